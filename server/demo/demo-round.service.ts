import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { CEO_WMO_TEMPLATE } from '../../shared/surveys/ceo-wmo.template.js';
import { auditAs } from '../audit/audit.service.js';
import { inTenant, type DatabaseHandle, type Trx } from '../db/database.js';
import { hashCode, newCode } from '../public/personal-code.js';
import { DEMO_ROUND } from './demo-round.data.js';
import {
  generateDemoRound,
  type DemoClient,
  type DemoResponse,
  type DemoRound,
} from './demo-round.generate.js';

export interface DemoRoundGemeente {
  id: string;
  cbsCode: string;
  name: string;
  inhabitants: number | null;
}

export interface DemoRoundSummary {
  surveyId: string;
  invited: number;
  responses: number;
}

/**
 * Loads the finished demo round of the bureau: survey, register, invitations and anonymous
 * responses, as they stand after fieldwork and after names, addresses and plain codes were
 * deleted. Names and addresses are therefore never made up at all, and the plain codes exist
 * only in memory while their hashes are made (`newCode`, not seeded: no one can recompute them).
 *
 * Speed: a few statements with whole columns as parameters (`unnest` of `string_to_array`,
 * `json_to_recordset` for the answers) instead of the per-row service paths; the first start
 * of the demo waits for this.
 */
export function loadDemoRound(
  handle: DatabaseHandle,
  bureau: Bureau,
  region: readonly DemoRoundGemeente[],
  options: { ifMissing?: boolean } = {},
): Promise<DemoRoundSummary | undefined> {
  if (!options.ifMissing) return loadRound(handle, bureau, region, options);
  // In one process, one background load at a time per database: a second waits for the first
  // and then finds the round there. (Between processes: the advisory lock on PostgreSQL; a
  // PGlite folder has one process.)
  const previous = backgroundLoads.get(handle) ?? Promise.resolve();
  const current = previous.catch(() => {}).then(() => loadRound(handle, bureau, region, options));
  backgroundLoads.set(handle, current);
  return current;
}

const backgroundLoads = new WeakMap<DatabaseHandle, Promise<unknown>>();

async function loadRound(
  handle: DatabaseHandle,
  bureau: Bureau,
  region: readonly DemoRoundGemeente[],
  options: { ifMissing?: boolean },
): Promise<DemoRoundSummary | undefined> {
  const tenantId = bureau.tenantId;
  const scope = { tenantId, accountId: null };
  if (options.ifMissing) {
    const state = await inTenant(handle.db, scope, (trx) => demoRoundState(trx, tenantId));
    // A restart finds the round there: nothing to generate.
    if (state.kind === 'complete') return undefined;
    // A start that was stopped while loading it in portions (PGlite, below) left part of it:
    // removed (its rows go with the survey), then loaded again.
    if (state.kind === 'partial') {
      await handle.asOwner((owner) =>
        owner
          .deleteFrom('surveys')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', state.surveyId)
          .execute(),
      );
    }
  }
  const gemeenten = [...region].sort((a, b) => a.cbsCode.localeCompare(b.cbsCode));
  const round = generateDemoRound(gemeenten);
  // The demo goes through the same walls as any request: the app role, the bureau's scope.
  if (!options.ifMissing || handle.kind === 'postgres') {
    return inTenant(handle.db, scope, async (trx) => {
      if (options.ifMissing) {
        // Loaded in the background after the server listens: one loader at a time, even with
        // two servers on one PostgreSQL database, and never a second round.
        await sql`select pg_advisory_xact_lock(hashtext('meetwerk-demo-round'))`.execute(trx);
        if ((await demoRoundState(trx, tenantId)).kind !== 'none') return undefined;
      }
      const head = await insertRoundHead(trx, bureau, gemeenten, round);
      await insertClientsAndInvitations(trx, head.scope, head.importIds, round.clients);
      await insertResponses(trx, head.scope, round.responses);
      return finishRound(trx, bureau, gemeenten, round, head.scope.surveyId);
    });
  }
  // PGlite has one connection, and a transaction holds it: requests (health too) would wait for
  // the whole round. In the background it is loaded in portions, each its own transaction,
  // with requests served in between; the audit entry, written last, marks the round complete.
  // One process holds a PGlite folder (data-dir-lock.ts), so there is no second loader.
  const head = await inTenant(handle.db, scope, (trx) =>
    insertRoundHead(trx, bureau, gemeenten, round),
  );
  for (let at = 0; at < round.clients.length; at += PORTION) {
    await yieldToRequests();
    await inTenant(handle.db, scope, (trx) =>
      insertClientsAndInvitations(
        trx,
        head.scope,
        head.importIds,
        round.clients.slice(at, at + PORTION),
      ),
    );
  }
  for (let at = 0; at < round.responses.length; at += PORTION) {
    await yieldToRequests();
    await inTenant(handle.db, scope, (trx) =>
      insertResponses(trx, head.scope, round.responses.slice(at, at + PORTION)),
    );
  }
  await yieldToRequests();
  return inTenant(handle.db, scope, (trx) =>
    finishRound(trx, bureau, gemeenten, round, head.scope.surveyId),
  );
}

/** Rows per portion when loading in the background: a fraction of a second each. */
const PORTION = 2_000;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Bureau {
  tenantId: string;
  createdBy: string | null;
  actor: string;
}

type RoundState = { kind: 'none' } | { kind: 'partial'; surveyId: string } | { kind: 'complete' };

/** Whether the demo round is there, and complete (its audit entry is written last). */
async function demoRoundState(trx: Trx, tenantId: string): Promise<RoundState> {
  const survey = await trx
    .selectFrom('surveys')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('year', '=', DEMO_ROUND.year)
    .where('name', '=', DEMO_ROUND.name)
    .executeTakeFirst();
  if (!survey) return { kind: 'none' };
  const marked = await trx
    .selectFrom('audit_log')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('action', '=', 'enquete.aangemaakt')
    .where('object_id', '=', survey.id)
    .executeTakeFirst();
  return marked ? { kind: 'complete' } : { kind: 'partial', surveyId: survey.id };
}

/** The survey, its gemeenten, questionnaire and client imports. */
async function insertRoundHead(
  trx: Trx,
  bureau: Bureau,
  gemeenten: readonly DemoRoundGemeente[],
  round: DemoRound,
): Promise<{ scope: Scope; importIds: string[] }> {
  const tenantId = bureau.tenantId;
  const survey = await trx
    .insertInto('surveys')
    .values({
      tenant_id: tenantId,
      name: DEMO_ROUND.name,
      year: DEMO_ROUND.year,
      template: DEMO_ROUND.template,
      status: 'gesloten',
      reminder_after_days: DEMO_ROUND.reminderAfterDays,
      retention_days: DEMO_ROUND.retentionDays,
      personal_data_deleted_at: new Date(DEMO_ROUND.personalDataDeletedAt),
      help_phone: DEMO_ROUND.helpPhone,
      answer_before: DEMO_ROUND.answerBefore,
      created_by: bureau.createdBy,
      created_at: new Date(DEMO_ROUND.createdAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const surveyId = survey.id;
  await trx
    .insertInto('survey_gemeenten')
    .values(gemeenten.map((g) => ({ tenant_id: tenantId, survey_id: surveyId, gemeente_id: g.id })))
    .execute();
  await trx
    .insertInto('questionnaire_versions')
    .values({
      tenant_id: tenantId,
      survey_id: surveyId,
      version: 1,
      definition: JSON.stringify(CEO_WMO_TEMPLATE),
      created_by: bureau.createdBy,
      created_at: new Date(DEMO_ROUND.createdAt),
    })
    .execute();
  const importIds = gemeenten.map(() => randomUUID());
  await trx
    .insertInto('client_imports')
    .values(
      gemeenten.map((g, i) => ({
        tenant_id: tenantId,
        survey_id: surveyId,
        id: importIds[i]!,
        file_name: `clienten-${g.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-2025.csv`,
        accepted: round.clients.filter((c) => c.gemeente === i).length,
        rejected: 0,
        rejections: '[]',
        created_by: bureau.createdBy,
        created_at: new Date(DEMO_ROUND.importedAt),
      })),
    )
    .execute();
  const scope = {
    tenantId,
    surveyId,
    gemeenteIds: gemeenten.map((g) => g.id).join(','),
  };
  return { scope, importIds };
}

/** The audit entry, last: the round is complete. */
async function finishRound(
  trx: Trx,
  bureau: Bureau,
  gemeenten: readonly DemoRoundGemeente[],
  round: DemoRound,
  surveyId: string,
): Promise<DemoRoundSummary> {
  const tenantId = bureau.tenantId;
  await auditAs(
    trx,
    { tenantId, accountId: null, actor: bureau.actor },
    {
      action: 'enquete.aangemaakt',
      purpose: 'Demo-omgeving opbouwen',
      objectType: 'enquete',
      objectId: surveyId,
      details: {
        jaar: DEMO_ROUND.year,
        gemeenten: gemeenten.map((g) => g.cbsCode),
        demo: true,
        uitgenodigd: round.clients.length,
        reacties: round.responses.length,
      },
    },
  );
  return { surveyId, invited: round.clients.length, responses: round.responses.length };
}

interface Scope {
  tenantId: string;
  surveyId: string;
  /** The round's gemeenten in generator order, comma-separated; indexed from 1 in SQL. */
  gemeenteIds: string;
}

const column = <T>(rows: readonly DemoClient[], value: (c: DemoClient) => T) =>
  rows.map((c) => String(value(c) ?? '')).join(',');

/**
 * The register and one invitation per client, in one statement: the client ids are made in
 * the statement itself and used by both inserts. Invitations are as after fieldwork: letter
 * printed, reminder for those who had not answered by then, used with the response's channel,
 * plain code deleted.
 */
async function insertClientsAndInvitations(
  trx: Trx,
  scope: Scope,
  importIds: string[],
  clients: readonly DemoClient[],
): Promise<void> {
  const codeHashes = clients.map(() => hashCode(newCode())).join(',');
  await sql`
    with src as materialized (
      select gen_random_uuid() as id, u.*
      from unnest(
        string_to_array(${column(clients, (c) => c.gemeente + 1)}, ',')::int[],
        string_to_array(${column(clients, (c) => c.clientNumber)}, ','),
        string_to_array(${column(clients, (c) => c.birthYear)}, ',')::int[],
        string_to_array(${column(clients, (c) => c.sex)}, ','),
        string_to_array(${column(clients, (c) => c.productCategory)}, ','),
        string_to_array(${column(clients, (c) => c.startDay)}, ',')::int[],
        string_to_array(${column(clients, (c) => c.endDay)}, ',', '')::int[],
        string_to_array(${codeHashes}, ','),
        string_to_array(${column(clients, (c) => c.channel)}, ',', ''),
        string_to_array(${column(clients, (c) => (c.reminded ? 1 : 0))}, ',')::int[]
      ) as u(g, client_number, birth_year, sex, product_category, start_day, end_day,
             code_hash, channel, reminded)
    ),
    region as (
      select string_to_array(${scope.gemeenteIds}, ',')::uuid[] as gemeenten,
             string_to_array(${importIds.join(',')}, ',')::uuid[] as imports
    ),
    registered as (
      insert into clients (tenant_id, survey_id, id, gemeente_id, client_number, birth_year, sex,
                           product_category, start_date, end_date, import_id, created_at)
      select ${scope.tenantId}::uuid, ${scope.surveyId}::uuid, src.id, region.gemeenten[src.g],
             src.client_number, src.birth_year, src.sex, src.product_category,
             ${DEMO_ROUND.startWindow.from}::date + src.start_day,
             ${DEMO_ROUND.startWindow.from}::date + src.end_day,
             region.imports[src.g], ${DEMO_ROUND.importedAt}::timestamptz
      from src cross join region
    )
    insert into invitations (tenant_id, survey_id, client_id, gemeente_id, code_hash, code,
                             invited_at, letter_at, reminded_at, used, used_channel)
    select ${scope.tenantId}::uuid, ${scope.surveyId}::uuid, src.id, region.gemeenten[src.g],
           src.code_hash, null, ${DEMO_ROUND.invitedAt}::timestamptz,
           ${DEMO_ROUND.letterAt}::timestamptz,
           case when src.reminded = 1 then ${DEMO_ROUND.reminderAt}::timestamptz end,
           src.channel is not null, src.channel
    from src cross join region
  `.execute(trx);
}

async function insertResponses(
  trx: Trx,
  scope: Scope,
  responses: readonly DemoResponse[],
): Promise<void> {
  const rows = JSON.stringify(
    responses.map((r) => ({
      g: r.gemeente + 1,
      p: r.productCategory,
      c: r.channel,
      d: r.submittedOn,
      a: r.answers,
    })),
  );
  await sql`
    insert into responses (tenant_id, survey_id, gemeente_id, questionnaire_version, channel,
                           answers, submitted_on, product_category)
    select ${scope.tenantId}::uuid, ${scope.surveyId}::uuid, region.gemeenten[r.g], 1,
           r.c, r.a, r.d, r.p
    from json_to_recordset(${rows}::json) as r(g int, p text, c text, d date, a jsonb)
    cross join (select string_to_array(${scope.gemeenteIds}, ',')::uuid[] as gemeenten) as region
  `.execute(trx);
}
