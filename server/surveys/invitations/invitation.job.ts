import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Who } from '../../audit/audit.service.js';
import { inTenant, type Db, type Scope } from '../../db/database.js';
import { writeLetters } from '../../documents/letters.js';
import type { JobKind } from '../../jobs/job.service.js';
import {
  dutchDay,
  LETTER_JOB,
  letterJobParamsSchema,
  prepareLetters,
  recordLetters,
  type LetterJobParams,
  type PreparedLetters,
} from './invitation.service.js';

/** A count as Dutch readers write it: 2.500. */
const nl = (count: number) => count.toLocaleString('nl-NL');

export const LETTERS_BUSY =
  'Er wordt al een batch brieven voor dit onderzoek gemaakt. Wacht tot die klaar is.';

export function letterFileName(params: LetterJobParams, date = new Date()): string {
  return `${params.kind === 'uitnodiging' ? 'brieven' : 'herinneringen'}-${dutchDay(date)}.pdf`;
}

function whoOf(scope: Scope, params: LetterJobParams): Who {
  return { tenantId: scope.tenantId, accountId: scope.accountId, name: params.startedBy };
}

/**
 * Writes one batch of letters to `out` and then marks them printed: read in one short
 * transaction, the PDF written outside any, and marked in a second. If writing stops halfway
 * nothing is marked, so the same batch can simply be made again.
 */
export async function makeLetters(
  db: Db,
  scope: Scope,
  params: LetterJobParams,
  out: Writable,
  onPage?: (done: number, total: number) => void,
): Promise<PreparedLetters> {
  const who = whoOf(scope, params);
  const prepared = await inTenant(db, scope, (trx) => prepareLetters(trx, who, params));
  const total = prepared.recipients.length;
  await writeLetters(out, prepared.recipients, prepared.batch, (done) => onPage?.(done, total));
  await finished(out);
  await inTenant(db, scope, (trx) => recordLetters(trx, who, params, prepared));
  return prepared;
}

/** Letters for a round as a background job: progress per page, the PDF kept for download. */
export const letterJob: JobKind<LetterJobParams> = {
  kind: LETTER_JOB,
  permission: 'onderzoek.uitvoeren',
  params: letterJobParamsSchema,
  // Nothing is marked until the whole PDF is stored: running again after a crash is safe.
  maxAttempts: 3,
  async run({ db, scope, params, progress, writeResult }) {
    const who = whoOf(scope, params);
    progress(0, 0, 'Adressen en codes worden gelezen.');
    const prepared = await inTenant(db, scope, (trx) => prepareLetters(trx, who, params));
    const total = prepared.recipients.length;
    await writeResult(letterFileName(params), 'application/pdf', (out) =>
      writeLetters(out, prepared.recipients, prepared.batch, (done) =>
        progress(done, total, `Brief ${nl(done)} van ${nl(total)} is gemaakt.`),
      ),
    );
    return {
      summary: { brieven: total, zonderAdres: prepared.withoutAddress },
      step: `${nl(total)} brieven gemaakt.`,
      commit: (trx) => recordLetters(trx, who, params, prepared),
    };
  },
};
