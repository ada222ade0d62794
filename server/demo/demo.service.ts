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
import { loadDemoRound } from './demo-round.service.js';

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

/** Builds the demo world on a database that has the reference data. */
export async function loadDemo(
  handle: DatabaseHandle,
  progress: Progress = () => {},
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
  await loadDemoRound(
    handle,
    {
      tenantId: organisations.bureau.id,
      createdBy: accountIds.get(DEMO_ROUND_RESEARCHER) ?? null,
      actor: DEMO_ACTOR,
    },
    region.map((r) => ({
      id: r.id,
      cbsCode: r.cbs_code ?? '',
      name: r.name,
      inhabitants: r.inhabitants,
    })),
  );
  progress(total, total, 'klaar');
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
      .set({ theme_colour: null, logo: null, logo_mime: null, small_cell_threshold: 10 })
      .execute();
  });
}

export async function resetDemo(handle: DatabaseHandle, progress?: Progress): Promise<void> {
  await clearAllData(handle);
  await loadDemo(handle, progress);
}
