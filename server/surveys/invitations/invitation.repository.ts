import { sql } from 'kysely';
import type { Db, Trx } from '../../db/database.js';

/** What a letter or a mailing line needs about one invitee. */
export interface LetterRow {
  invitationId: string;
  clientNumber: string;
  name: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  code: string | null;
  gemeenteId: string;
  gemeenteName: string;
  /** CBS code (GM0106): a client number is only unique within its gemeente. */
  gemeenteCode: string | null;
}

export type LetterSelection =
  /** Invitees whose letter is not printed yet (or all, `again`), who have not answered. */
  | { kind: 'uitnodiging'; again: boolean }
  /**
   * Invitees who have not answered, whose letter (or, without one, the invitation) is at
   * least `afterDays` old; not yet reminded, unless `again`.
   */
  | { kind: 'herinnering'; afterDays: number; again: boolean };

/**
 * The invitees a batch of letters is for, sorted as a printing house wants them: by gemeente,
 * then postcode (post is cheaper pre-sorted), then client number for a stable order.
 */
export function listLetterRows(
  db: Trx,
  tenantId: string,
  surveyId: string,
  selection: LetterSelection,
): Promise<LetterRow[]> {
  let query = db
    .selectFrom('invitations as i')
    .innerJoin('clients as c', (join) =>
      join.onRef('c.tenant_id', '=', 'i.tenant_id').onRef('c.id', '=', 'i.client_id'),
    )
    .innerJoin('tenants as t', 't.id', 'i.gemeente_id')
    .select([
      'i.id as invitationId',
      'c.client_number as clientNumber',
      'c.name',
      'c.address',
      'c.postcode',
      'c.city',
      'i.code',
      'i.gemeente_id as gemeenteId',
      't.name as gemeenteName',
      't.cbs_code as gemeenteCode',
    ])
    .where('i.tenant_id', '=', tenantId)
    .where('i.survey_id', '=', surveyId)
    .where('i.used', '=', false);
  if (selection.kind === 'uitnodiging') {
    if (!selection.again) query = query.where('i.letter_at', 'is', null);
  } else {
    query = query.where(
      sql<boolean>`coalesce(i.letter_at, i.invited_at) <= now() - make_interval(days => ${selection.afterDays}::int)`,
    );
    if (!selection.again) query = query.where('i.reminded_at', 'is', null);
  }
  return query.orderBy('t.name').orderBy('c.postcode').orderBy('c.client_number').execute();
}

export async function markLettersPrinted(
  db: Trx,
  tenantId: string,
  invitationIds: string[],
  column: 'letter_at' | 'reminded_at',
): Promise<void> {
  const chunk = 5000;
  for (let start = 0; start < invitationIds.length; start += chunk) {
    await db
      .updateTable('invitations')
      .set({ [column]: sql<Date>`now()` })
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', invitationIds.slice(start, start + chunk))
      .execute();
  }
}

export interface LetterSettingsRow {
  helpPhone: string | null;
  answerBefore: string | null;
}

export async function findLetterSettings(
  db: Trx,
  tenantId: string,
  surveyId: string,
): Promise<LetterSettingsRow> {
  return db
    .selectFrom('surveys')
    .select(['help_phone as helpPhone', sql<string | null>`answer_before::text`.as('answerBefore')])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', surveyId)
    .executeTakeFirstOrThrow();
}

export async function updateLetterSettings(
  db: Trx,
  tenantId: string,
  surveyId: string,
  patch: { help_phone?: string; answer_before?: string },
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db
    .updateTable('surveys')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', surveyId)
    .execute();
}

export interface GemeenteLogoRow {
  id: string;
  logo: Uint8Array;
  mime: string;
}

/** Logos of the gemeenten on the letters; `tenants` is reference data, readable by all. */
export async function listGemeenteLogos(
  db: Trx,
  gemeenteIds: string[],
): Promise<GemeenteLogoRow[]> {
  if (gemeenteIds.length === 0) return [];
  const rows = await db
    .selectFrom('tenants')
    .select(['id', 'logo', 'logo_mime'])
    .where('id', 'in', gemeenteIds)
    .where('logo', 'is not', null)
    .execute();
  return rows.map((r) => ({ id: r.id, logo: r.logo!, mime: r.logo_mime ?? '' }));
}

/**
 * Deletes what identifies a person in a round: names, addresses, postcodes, places and plain
 * codes. Kept: gemeente, productcategorie, birth year and sex (counts per stratum and weighting),
 * client number and BSN hash (the "invited in the last N months" exclusion of later rounds), and
 * the code hash, so a late paper form or online answer still counts.
 */
export async function deletePersonalData(
  db: Trx,
  tenantId: string,
  surveyId: string,
): Promise<{ clients: number; codes: number; at: Date }> {
  const clients = await db
    .updateTable('clients')
    .set({ name: null, address: null, postcode: null, city: null })
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  const codes = await db
    .updateTable('invitations')
    .set({ code: null })
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .where('code', 'is not', null)
    .executeTakeFirst();
  const { at } = await db
    .updateTable('surveys')
    .set({ personal_data_deleted_at: sql<Date>`now()` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', surveyId)
    .returning('personal_data_deleted_at as at')
    .executeTakeFirstOrThrow();
  return {
    clients: Number(clients.numUpdatedRows),
    codes: Number(codes.numUpdatedRows),
    at: at ?? new Date(),
  };
}

/**
 * Rounds of every tenant whose retention period has passed: the last letter or reminder (or,
 * without letters, the last invitation) went out `retention_days` ago. Runs as the owner: the
 * daily job looks across tenants, and then works in each tenant's own scope.
 */
export async function listRoundsDueForPurge(
  owner: Db,
): Promise<{ tenantId: string; surveyId: string }[]> {
  const rows = await owner
    .selectFrom('surveys as s')
    .innerJoin('invitations as i', (join) =>
      join.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.survey_id', '=', 's.id'),
    )
    .select(['s.tenant_id as tenantId', 's.id as surveyId'])
    .where('s.personal_data_deleted_at', 'is', null)
    .groupBy(['s.tenant_id', 's.id', 's.retention_days'])
    .having(
      sql<boolean>`max(greatest(i.invited_at, i.letter_at, i.reminded_at))
        <= now() - make_interval(days => s.retention_days)`,
    )
    .execute();
  return rows;
}

/**
 * The tenant a round belongs to, for operator work on the command line, which knows only the
 * round's id. Runs as the owner; everything after it runs in that tenant's scope.
 */
export async function findSurveyTenant(owner: Db, surveyId: string): Promise<string | undefined> {
  const row = await owner
    .selectFrom('surveys')
    .select('tenant_id')
    .where('id', '=', surveyId)
    .executeTakeFirst();
  return row?.tenant_id;
}
