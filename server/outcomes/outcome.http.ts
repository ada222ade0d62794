import { z } from 'zod';
import { problemSchema, uuid } from '../../shared/api/common.schema.js';

/** What the route files of the Leefgebieden-monitor share: OpenAPI tag, permissions, shapes. */
export const tags = ['Leefgebieden-monitor'];
export const setup = 'organisatie.instellen' as const;
export const dossier = 'clientdossiers.lezen' as const;
export const figures = 'cijfers.lezen' as const;
export const idParams = z.object({ id: uuid });
export const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema };
