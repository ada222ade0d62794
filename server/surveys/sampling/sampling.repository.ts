import { sql } from 'kysely';
import type { Trx } from '../../db/database.js';

/** A client of the round's register, with what the exclusions and the strata need. */
export interface CandidateRow {
  id: string;
  gemeenteId: string;
  cbsCode: string;
  gemeenteName: string;
  clientNumber: string;
  productCategory: string | null;
  birthYear: number | null;
  optedOut: boolean;
  ended: boolean;
  invitedHere: boolean;
  invitedRecently: boolean;
}

export interface CandidateFilter {
  /** Ended before this date (yyyy-mm-dd): `einddatum < datum`. */
  endedBefore?: string | undefined;
  /** Invited in another round of the tenant within this many months. */
  recentMonths?: number | undefined;
}

/**
 * Every client of the round, in a fixed order (gemeente's CBS code, client number): the order a
 * seeded draw depends on, the same on every installation. Exclusion flags come with each row so
 * the service can count why people were left out.
 */
export function listCandidates(
  db: Trx,
  tenantId: string,
  surveyId: string,
  filter: CandidateFilter,
): Promise<CandidateRow[]> {
  const endedBefore = filter.endedBefore ?? null;
  const months = filter.recentMonths ?? null;
  return db
    .selectFrom('clients as c')
    .innerJoin('tenants as t', 't.id', 'c.gemeente_id')
    .select([
      'c.id',
      'c.gemeente_id as gemeenteId',
      sql<string>`coalesce(t.cbs_code, '')`.as('cbsCode'),
      't.name as gemeenteName',
      'c.client_number as clientNumber',
      'c.product_category as productCategory',
      'c.birth_year as birthYear',
      'c.opted_out as optedOut',
      sql<boolean>`coalesce(c.end_date < ${endedBefore}::date, false)`.as('ended'),
      sql<boolean>`c.id in (
        select i.client_id from invitations i
        where i.tenant_id = ${tenantId} and i.survey_id = ${surveyId})`.as('invitedHere'),
      // IN (subquery) rather than EXISTS … OR …: PostgreSQL hashes each subquery once.
      sql<boolean>`${months}::int is not null and (
        c.bsn_hash in (
          select o.bsn_hash from invitations i
          join clients o on o.tenant_id = i.tenant_id and o.id = i.client_id
          where i.tenant_id = ${tenantId} and i.survey_id <> ${surveyId}
            and o.bsn_hash is not null
            and i.invited_at >= now() - make_interval(months => ${months}::int))
        or (c.gemeente_id, c.client_number) in (
          select o.gemeente_id, o.client_number from invitations i
          join clients o on o.tenant_id = i.tenant_id and o.id = i.client_id
          where i.tenant_id = ${tenantId} and i.survey_id <> ${surveyId}
            and i.invited_at >= now() - make_interval(months => ${months}::int)))`.as(
        'invitedRecently',
      ),
    ])
    .where('c.tenant_id', '=', tenantId)
    .where('c.survey_id', '=', surveyId)
    .orderBy('t.cbs_code')
    .orderBy('c.client_number')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, invitedRecently: r.invitedRecently === true })));
}

/**
 * Holds the round until the transaction ends, so two draws at once (a double click) run one
 * after the other and the second sees who the first invited.
 */
export async function lockSurvey(db: Trx, tenantId: string, surveyId: string): Promise<void> {
  await db
    .selectFrom('surveys')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', surveyId)
    .forUpdate()
    .execute();
}

export interface NewInvitation {
  clientId: string;
  gemeenteId: string;
  code: string;
  codeHash: string;
}

/**
 * Inserts invitations; returns the client ids that could not be stored because their code hash
 * is taken (in this tenant), so the caller can draw new codes for them.
 */
export async function insertInvitations(
  db: Trx,
  tenantId: string,
  surveyId: string,
  invitations: NewInvitation[],
): Promise<Set<string>> {
  if (invitations.length === 0) return new Set();
  const stored = await db
    .insertInto('invitations')
    .values(
      invitations.map((i) => ({
        tenant_id: tenantId,
        survey_id: surveyId,
        client_id: i.clientId,
        gemeente_id: i.gemeenteId,
        code: i.code,
        code_hash: i.codeHash,
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'code_hash']).doNothing())
    .returning('client_id')
    .execute();
  const done = new Set(stored.map((r) => r.client_id));
  return new Set(invitations.map((i) => i.clientId).filter((id) => !done.has(id)));
}

/**
 * The hashes among `hashes` that are already a code in any tenant. A resident types a code
 * before any tenant is known, so a code must be unique across the installation; the
 * security-definer function answers without showing other tenants' rows.
 */
export async function hashesInUse(db: Trx, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const { rows } = await sql<{ hash: string }>`
    select h as hash from unnest(${hashes}::text[]) as h
    where meetwerk_invitation_tenant(h) is not null`.execute(db);
  return new Set(rows.map((r) => r.hash));
}
