import type { FastifyRequest } from 'fastify';
import { HttpProblem, problems } from '../http/problem.js';
import { readTabular, TabularError, type Tabular } from '../imports/tabular.js';

/** The uploaded file: the request body itself, as the upload parser in `app.ts` hands it over. */
export function uploadedBytes(request: FastifyRequest): Buffer {
  if (request.body === undefined || request.body === null) return Buffer.alloc(0);
  if (Buffer.isBuffer(request.body)) return request.body;
  throw new HttpProblem(
    415,
    'Niet ondersteund',
    'Stuur het bestand zelf als inhoud van het verzoek, als CSV (text/csv) of als Excel-werkmap (.xlsx).',
  );
}

export async function readUpload(bytes: Buffer, fileName: string): Promise<Tabular> {
  try {
    return await readTabular(bytes, fileName);
  } catch (error) {
    if (error instanceof TabularError) throw problems.invalidField('bestand', error.message);
    throw error;
  }
}
