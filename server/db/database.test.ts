import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../accounts/account.repository.js';
import { insertAuditEntry } from '../audit/audit.repository.js';
import { createTenant } from '../testing/test-app.js';
import { createTestDatabase, testDatabaseKind } from '../testing/test-database.js';
import type { TenantRow } from '../tenants/tenant.table.js';
import {
  inTenant,
  migrateToLatest,
  openDatabase,
  type DatabaseHandle,
  type DatabaseLocation,
  type Scope,
} from './database.js';

/** The error PostgreSQL gives for both a missing privilege and a row-level security violation. */
const INSUFFICIENT_PRIVILEGE = { code: '42501' };

describe(`row-level security and migrations (${testDatabaseKind()})`, () => {
  let database: DatabaseHandle;
  let a: TenantRow;
  let b: TenantRow;
  let other: TenantRow;
  let person: string;
  let personOfB: string;

  const scopeA: Scope = { tenantId: '', accountId: null };
  const scopeB: Scope = { tenantId: '', accountId: null };

  function auditRow(tenantId: string, action: string) {
    return { tenantId, accountId: null, actor: 'test', action, purpose: 'Test' };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await createTenant(database, 'gemeente', 'Gemeente A');
    b = await createTenant(database, 'gemeente', 'Gemeente B');
    other = await createTenant(database, 'bureau', 'Bureau C');
    scopeA.tenantId = a.id;
    scopeB.tenantId = b.id;
    person = (
      await insertAccount(database.db, { email: 'p@test.nl', name: 'P', passwordHash: null })
    ).id;
    personOfB = (
      await insertAccount(database.db, { email: 'q@test.nl', name: 'Q', passwordHash: null })
    ).id;
    await inTenant(database.db, scopeA, async (trx) => {
      await trx
        .insertInto('memberships')
        .values({ tenant_id: a.id, account_id: person, role: 'beheerder' })
        .execute();
      for (const action of ['a.1', 'a.2', 'a.3'])
        await insertAuditEntry(trx, auditRow(a.id, action));
    });
    await inTenant(database.db, scopeB, async (trx) => {
      await trx
        .insertInto('memberships')
        .values([
          { tenant_id: b.id, account_id: person, role: 'onderzoeker' },
          { tenant_id: b.id, account_id: personOfB, role: 'professional' },
        ])
        .execute();
      for (const action of ['b.1', 'b.2', 'b.3', 'b.4', 'b.5']) {
        await insertAuditEntry(trx, auditRow(b.id, action));
      }
    });
  });
  afterAll(() => database.close());

  it('shows no memberships or audit rows to the app role outside a tenant scope', async () => {
    expect(await database.db.selectFrom('memberships').selectAll().execute()).toEqual([]);
    expect(await database.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
    // A tenant scope ends with its transaction: nothing leaks into the next query.
    await inTenant(database.db, scopeA, (trx) => trx.selectFrom('audit_log').selectAll().execute());
    expect(await database.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  it("shows only the tenant's own rows in scope, even without a where-clause", async () => {
    const [audit, memberships] = await inTenant(database.db, scopeA, async (trx) => [
      await trx.selectFrom('audit_log').select(['tenant_id', 'action']).execute(),
      await trx.selectFrom('memberships').select(['tenant_id', 'account_id']).execute(),
    ]);
    expect(audit.map((r) => r.action).sort()).toEqual(['a.1', 'a.2', 'a.3']);
    expect(audit.every((r) => r.tenant_id === a.id)).toBe(true);
    expect(memberships).toEqual([{ tenant_id: a.id, account_id: person }]);
  });

  it('lets an account read its own memberships in any tenant scope, and nobody else’s', async () => {
    const rows = await inTenant(database.db, { tenantId: other.id, accountId: person }, (trx) =>
      trx.selectFrom('memberships').select(['tenant_id', 'account_id', 'role']).execute(),
    );
    expect(rows.map((r) => r.role).sort()).toEqual(['beheerder', 'onderzoeker']);
    expect(rows.every((r) => r.account_id === person)).toBe(true);
  });

  it('refuses to write a membership or audit row for tenant B while scoped to A', async () => {
    await expect(
      inTenant(database.db, scopeA, (trx) =>
        trx
          .insertInto('memberships')
          .values({ tenant_id: b.id, account_id: personOfB, role: 'beheerder' })
          .execute(),
      ),
    ).rejects.toMatchObject({
      ...INSUFFICIENT_PRIVILEGE,
      message: expect.stringMatching(/row-level security/) as unknown,
    });
    await expect(
      inTenant(database.db, scopeA, (trx) => insertAuditEntry(trx, auditRow(b.id, 'vals'))),
    ).rejects.toMatchObject({
      ...INSUFFICIENT_PRIVILEGE,
      message: expect.stringMatching(/row-level security/) as unknown,
    });
    // Nor can a row of B be moved into A, or a row of A be handed to B.
    await inTenant(database.db, scopeA, (trx) =>
      trx
        .updateTable('memberships')
        .set({ role: 'professional' })
        .where('tenant_id', '=', b.id)
        .execute(),
    );
    await expect(
      inTenant(database.db, scopeA, (trx) =>
        trx
          .updateTable('memberships')
          .set({ tenant_id: b.id })
          .where('account_id', '=', person)
          .execute(),
      ),
    ).rejects.toMatchObject(INSUFFICIENT_PRIVILEGE);
    const roles = await database.asOwner((owner) =>
      owner
        .selectFrom('memberships')
        .select(['tenant_id', 'role'])
        .where('account_id', 'in', [person, personOfB])
        .execute(),
    );
    expect(
      roles
        .filter((r) => r.tenant_id === b.id)
        .map((r) => r.role)
        .sort(),
    ).toEqual(['onderzoeker', 'professional']);
    expect(roles.filter((r) => r.tenant_id === a.id)).toEqual([
      { tenant_id: a.id, role: 'beheerder' },
    ]);
  });

  it('keeps the audit log append-only for the app role, even in its own tenant', async () => {
    await expect(
      inTenant(database.db, scopeA, (trx) =>
        trx.updateTable('audit_log').set({ actor: 'iemand anders' }).execute(),
      ),
    ).rejects.toMatchObject({
      ...INSUFFICIENT_PRIVILEGE,
      message: expect.stringMatching(/permission denied/) as unknown,
    });
    await expect(
      inTenant(database.db, scopeA, (trx) => trx.deleteFrom('audit_log').execute()),
    ).rejects.toMatchObject({
      ...INSUFFICIENT_PRIVILEGE,
      message: expect.stringMatching(/permission denied/) as unknown,
    });
    // Even the owner cannot rewrite history.
    await expect(
      database.asOwner((owner) => owner.updateTable('audit_log').set({ actor: 'x' }).execute()),
    ).rejects.toThrow('De auditlog kan niet worden gewijzigd.');
    const count = await inTenant(database.db, scopeA, (trx) =>
      trx
        .selectFrom('audit_log')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow(),
    );
    expect(count.n).toBe(3);
  });

  it('lets the owner read every tenant, and puts the app role back afterwards', async () => {
    const rows = await database.asOwner((owner) =>
      owner.selectFrom('audit_log').select('tenant_id').execute(),
    );
    expect(rows.filter((r) => r.tenant_id === a.id)).toHaveLength(3);
    expect(rows.filter((r) => r.tenant_id === b.id)).toHaveLength(5);
    expect(await database.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
    // Also when the owner's work fails.
    await expect(
      database.asOwner(async () => {
        throw new Error('mislukt');
      }),
    ).rejects.toThrow('mislukt');
    expect(await database.db.selectFrom('memberships').selectAll().execute()).toEqual([]);
  });

  it('keeps many concurrent transactions of different tenants apart', async () => {
    const runs = Array.from({ length: 40 }, (_, i) => {
      const tenant = i % 2 === 0 ? a : b;
      return inTenant(database.db, { tenantId: tenant.id, accountId: null }, async (trx) => {
        // Give the other transactions every chance to run in between.
        await sql`select pg_sleep(0.002)`.execute(trx);
        await insertAuditEntry(trx, auditRow(tenant.id, `gelijktijdig.${i}`));
        await new Promise((resolve) => setTimeout(resolve, 1));
        const rows = await trx.selectFrom('audit_log').select(['tenant_id', 'action']).execute();
        const setting = await sql<{ tenant: string }>`
          select current_setting('meetwerk.tenant_id') as tenant`.execute(trx);
        if (i % 5 === 0) throw new Error(`afgebroken ${i}`);
        return { tenant: tenant.id, setting: setting.rows[0]?.tenant, rows };
      });
    });
    const results = await Promise.allSettled(runs);
    for (const [i, result] of results.entries()) {
      if (i % 5 === 0) {
        expect(result).toEqual({ status: 'rejected', reason: new Error(`afgebroken ${i}`) });
        continue;
      }
      if (result.status === 'rejected') throw result.reason;
      const { tenant, setting, rows } = result.value;
      expect(setting).toBe(tenant);
      expect(rows.every((r) => r.tenant_id === tenant)).toBe(true);
      expect(rows.map((r) => r.action)).toContain(`gelijktijdig.${i}`);
    }
    const committed = await database.asOwner((owner) =>
      owner
        .selectFrom('audit_log')
        .select(['tenant_id', 'action'])
        .where('action', 'like', 'gelijktijdig.%')
        .execute(),
    );
    // 40 runs, of which 8 rolled back; each surviving row is in its own tenant.
    expect(committed).toHaveLength(32);
    for (const row of committed) {
      const i = Number(row.action.split('.')[1]);
      expect(i % 5).not.toBe(0);
      expect(row.tenant_id).toBe(i % 2 === 0 ? a.id : b.id);
    }
  });

  it('runs the migrations idempotently', async () => {
    expect(await database.asOwner((owner) => migrateToLatest(owner as Kysely<unknown>))).toEqual(
      [],
    );
  });

  it('opens the same database a second time, with its data and row-level security intact', async () => {
    const { location, remove } = await freshLocation();
    try {
      const first = await openDatabase(location);
      const tenant = await createTenant(first, 'gemeente', 'Blijft bestaan');
      await inTenant(first.db, { tenantId: tenant.id, accountId: null }, (trx) =>
        insertAuditEntry(trx, auditRow(tenant.id, 'eerste.keer')),
      );
      await first.close();

      const second = await openDatabase(location);
      try {
        const names = await second.db.selectFrom('tenants').select('name').execute();
        expect(names).toEqual([{ name: 'Blijft bestaan' }]);
        expect(await second.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
        const rows = await inTenant(second.db, { tenantId: tenant.id, accountId: null }, (trx) =>
          trx.selectFrom('audit_log').select('action').execute(),
        );
        expect(rows).toEqual([{ action: 'eerste.keer' }]);
      } finally {
        await second.close();
      }
    } finally {
      await remove();
    }
  });
});

/** An empty place for a database of its own: a PGlite folder, or a database on the server. */
async function freshLocation(): Promise<{
  location: DatabaseLocation;
  remove: () => Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meetwerk-db-test-'));
    return {
      location: { dataDir },
      remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `meetwerk_test_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    location: { url: url.toString() },
    remove: () => admin(`drop database if exists ${name} with (force)`),
  };
}
