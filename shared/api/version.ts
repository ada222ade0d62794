/** The version of the REST API (`API-Version` header, OpenAPI `info.version`). */
export const API_VERSION = '1.0.0';
