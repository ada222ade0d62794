import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { CEO_WMO_TEMPLATE } from '../../shared/surveys/ceo-wmo.template.js';
import { auditAs } from '../audit/audit.service.js';
import { inTenant, type DatabaseHandle, type Trx } from '../db/database.js';
import { hashCode, newCode } from '../surveys/invitations/codes.js';
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
export async function loadDemoRound(
  handle: DatabaseHandle,
  bureau: { tenantId: string; createdBy: string | null; actor: string },
  region: readonly DemoRoundGemeente[],
): Promise<DemoRoundSummary> {
  const gemeenten = [...region].sort((a, b) => a.cbsCode.localeCompare(b.cbsCode));
  const round = generateDemoRound(gemeenten);
  const tenantId = bureau.tenantId;
  // The demo goes through the same walls as any request: the app role, the bureau's scope.
  return inTenant(handle.db, { tenantId, accountId: null }, (trx) =>
    insertRound(trx, bureau, gemeenten, round),
  );
}

async function insertRound(
  trx: Trx,
  bureau: { tenantId: string; createdBy: string | null; actor: string },
  gemeenten: readonly DemoRoundGemeente[],
  round: DemoRound,
): Promise<DemoRoundSummary> {
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
  await insertClientsAndInvitations(trx, scope, importIds, round.clients);
  await insertResponses(trx, scope, round.responses);
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
    responses.map((r) => ({ g: r.gemeente + 1, c: r.channel, d: r.submittedOn, a: r.answers })),
  );
  await sql`
    insert into responses (tenant_id, survey_id, gemeente_id, questionnaire_version, channel,
                           answers, submitted_on)
    select ${scope.tenantId}::uuid, ${scope.surveyId}::uuid, region.gemeenten[r.g], 1,
           r.c, r.a, r.d
    from json_to_recordset(${rows}::json) as r(g int, c text, d date, a jsonb)
    cross join (select string_to_array(${scope.gemeenteIds}, ',')::uuid[] as gemeenten) as region
  `.execute(trx);
}
