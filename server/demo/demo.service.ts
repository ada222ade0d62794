import { sql } from 'kysely';
import { insertAccount, insertMembership } from '../accounts/account.repository.js';
import { hashPassword } from '../auth/password.js';
import { auditAs } from '../audit/audit.service.js';
import { inTenant, type DatabaseHandle, type Db } from '../db/database.js';
import { findTenantByCbsCode, insertTenant, linkTenants } from '../tenants/tenant.repository.js';
import { syncReferenceData } from '../platform/reference-data.js';
import {
  DEMO_ACCOUNTS,
  DEMO_BUREAU_PROVINCES,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  type DemoTenantRef,
} from './demo.data.js';
import { loadDemoOutcomes } from './demo-outcomes.service.js';
import { loadDemoRegistrations } from './demo-registrations.service.js';
import { loadDemoRound, type DemoRoundSummary } from './demo-round.service.js';
import { DEMO_ROUND_GEMEENTEN } from './demo-round.data.js';

export type Progress = (done: number, total: number, label: string) => void;

const DEMO_ACTOR = 'Demo-opbouw';

/** The demo researcher of the bureau, who set up the finished round. */
const DEMO_ROUND_RESEARCHER = 'onderzoeker@demo.meetwerk.nl';

export async function isDemoLoaded(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', DEMO_ACCOUNTS[0]?.email ?? '')
    .executeTakeFirst();
  return row !== undefined;
}

export async function hasAnyAccount(db: Db): Promise<boolean> {
  return (await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Builds the demo world on a database that has the reference data. With `round: 'later'` the
 * finished survey round (the largest part) is left out: `serve` loads it with
 * `loadDemoRoundIfMissing` after it listens.
 */
export async function loadDemo(
  handle: DatabaseHandle,
  progress: Progress = () => {},
  options: { round?: 'now' | 'later' } = {},
): Promise<void> {
  const { db } = handle;
  const total = DEMO_ACCOUNTS.length + 3;
  progress(0, total, 'organisaties');
  const platform = await syncReferenceData(db);
  const organisations = {
    bureau: await insertTenant(db, DEMO_ORGANISATIONS.bureau),
    samenwerking: await insertTenant(db, DEMO_ORGANISATIONS.samenwerking),
    aanbieder: await insertTenant(db, DEMO_ORGANISATIONS.aanbieder),
  };
  const region = await db
    .selectFrom('tenants')
    .select(['id', 'cbs_code', 'name', 'inhabitants'])
    .where('kind', '=', 'gemeente')
    .where('province', 'in', DEMO_BUREAU_PROVINCES)
    .execute();
  const regionIds = region.map((r) => r.id);
  await linkTenants(db, organisations.bureau.id, regionIds, 'werkt_voor');
  await linkTenants(db, organisations.samenwerking.id, regionIds, 'omvat');
  progress(1, total, 'accounts');

  const tenantIdOf = async (ref: DemoTenantRef): Promise<string> => {
    if (ref === 'platform') return platform.id;
    if ('demo' in ref) return organisations[ref.demo].id;
    const tenant = await findTenantByCbsCode(db, ref.cbsCode);
    if (!tenant) throw new Error(`Demo: gemeente ${ref.cbsCode} ontbreekt.`);
    return tenant.id;
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accountIds = new Map<string, string>();
  for (const [index, person] of DEMO_ACCOUNTS.entries()) {
    const account = await insertAccount(db, {
      email: person.email,
      name: person.name,
      passwordHash: person.invitePending ? null : passwordHash,
    });
    accountIds.set(person.email, account.id);
    for (const membership of person.memberships) {
      const tenantId = await tenantIdOf(membership.tenant);
      await inTenant(db, { tenantId, accountId: null }, async (trx) => {
        await insertMembership(trx, { tenantId, accountId: account.id, role: membership.role });
        if (membership.active === false) {
          await trx
            .updateTable('memberships')
            .set({ active: false })
            .where('tenant_id', '=', tenantId)
            .where('account_id', '=', account.id)
            .execute();
        }
        await auditAs(
          trx,
          { tenantId, accountId: null, actor: DEMO_ACTOR },
          {
            action: 'gebruiker.uitgenodigd',
            purpose: 'Demo-omgeving opbouwen',
            objectType: 'gebruiker',
            objectId: account.id,
            details: { rol: membership.role },
          },
        );
      });
    }
    progress(index + 2, total, person.email);
  }

  progress(total - 1, total, 'enquêteronde 2025');
  if (options.round !== 'later') {
    await loadDemoRound(
      handle,
      {
        tenantId: organisations.bureau.id,
        createdBy: accountIds.get(DEMO_ROUND_RESEARCHER) ?? null,
        actor: DEMO_ACTOR,
      },
      roundGemeenten(region),
    );
  }
  // The gemeenten of the demo round show their figures on the public benchmark portal.
  const roundIds = roundGemeenten(region).map((g) => g.id);
  if (roundIds.length > 0) {
    await db
      .updateTable('tenants')
      .set({ benchmark_public: true })
      .where('id', 'in', roundIds)
      .execute();
  }
  // Den Haag: stadsdelen, servicepunten, a year of contacts, capacity and waiting lists (M3).
  await loadDemoRegistrations(handle, {
    professionalId: accountIds.get('professional@demo.meetwerk.nl') ?? null,
  });
  // Eindhoven and Utrecht: wijkteams with residents measured two or three times (M4).
  await loadDemoOutcomes(handle, { passwordHash, actor: DEMO_ACTOR });
  progress(total, total, 'klaar');
}

/** The gemeenten of the bureau's region that the demo round covers (DEMO_ROUND_GEMEENTEN). */
const roundGemeenten = (
  rows: { id: string; cbs_code: string | null; name: string; inhabitants: number | null }[],
) =>
  rows
    .filter((r) => r.cbs_code !== null && DEMO_ROUND_GEMEENTEN.includes(r.cbs_code))
    .map((r) => ({
      id: r.id,
      cbsCode: r.cbs_code ?? '',
      name: r.name,
      inhabitants: r.inhabitants,
    }));

/**
 * The demo's finished survey round, when the demo is there but the round is not (yet): after a
 * first start that left it for later, or a start that was stopped while loading it. Safe to run
 * on every start and from two servers at once (see `loadDemoRound`). Undefined when there was
 * nothing to do.
 */
export async function loadDemoRoundIfMissing(
  handle: DatabaseHandle,
): Promise<DemoRoundSummary | undefined> {
  const { db } = handle;
  const bureau = await db
    .selectFrom('tenants')
    .select('id')
    .where('kind', '=', DEMO_ORGANISATIONS.bureau.kind)
    .where('name', '=', DEMO_ORGANISATIONS.bureau.name)
    .executeTakeFirst();
  if (!bureau) return undefined;
  const researcher = await db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', DEMO_ROUND_RESEARCHER)
    .executeTakeFirst();
  const region = await db
    .selectFrom('tenants')
    .select(['id', 'cbs_code', 'name', 'inhabitants'])
    .where('kind', '=', 'gemeente')
    .where('province', 'in', DEMO_BUREAU_PROVINCES)
    .execute();
  return loadDemoRound(
    handle,
    { tenantId: bureau.id, createdBy: researcher?.id ?? null, actor: DEMO_ACTOR },
    roundGemeenten(region),
    { ifMissing: true },
  );
}

/**
 * Removes every account, session, audit entry and organisation other than the gemeenten and
 * the platform, and undoes changes to gemeente settings. Runs as the database owner because
 * the application itself may never delete from the audit log.
 */
export async function clearAllData(handle: DatabaseHandle): Promise<void> {
  await handle.asOwner(async (owner) => {
    await sql`truncate sessions, audit_log, memberships, accounts, tenant_links, surveys, tenant_secrets cascade`.execute(
      owner,
    );
    await owner.deleteFrom('tenants').where('kind', 'not in', ['gemeente', 'platform']).execute();
    await owner
      .updateTable('tenants')
      .set({
        theme_colour: null,
        logo: null,
        logo_mime: null,
        small_cell_threshold: 10,
        benchmark_public: false,
      })
      .execute();
  });
}

export async function resetDemo(handle: DatabaseHandle, progress?: Progress): Promise<void> {
  await clearAllData(handle);
  await loadDemo(handle, progress);
}
