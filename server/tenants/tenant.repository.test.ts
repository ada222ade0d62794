import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import { syncReferenceData } from '../platform/reference-data.js';
import { createTestDatabase, testDatabaseKind } from '../testing/test-database.js';
import {
  findOrganisationsLinkedToAll,
  findTenantByCbsCode,
  findTenantsByName,
  insertTenant,
  linkTenants,
} from './tenant.repository.js';

/** How `meetwerk survey create` finds who runs a round: by name, or by the gemeenten served. */
describe(`finding organisations (${testDatabaseKind()})`, () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    await syncReferenceData(db);
    const id = async (code: string) => (await findTenantByCbsCode(db, code))!.id;
    const [assen, emmen, groningen] = [await id('GM0106'), await id('GM0114'), await id('GM0014')];
    const noord = await insertTenant(db, { kind: 'bureau', name: 'Zorgcoöperatie Noord' });
    const other = await insertTenant(db, { kind: 'bureau', name: 'Bureau Zuid' });
    const samenwerking = await insertTenant(db, { kind: 'samenwerking', name: 'Bureau Zuid' });
    await linkTenants(db, noord.id, [assen, emmen, groningen], 'werkt_voor');
    await linkTenants(db, other.id, [assen, emmen], 'werkt_voor');
    await linkTenants(db, samenwerking.id, [assen, groningen], 'omvat');
  });
  afterAll(() => database.close());

  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  it('finds the organisations linked to every one of the gemeenten, by kind of link', async () => {
    const { db } = database;
    expect(
      names(await findOrganisationsLinkedToAll(db, ['GM0106', 'GM0114'], 'werkt_voor')),
    ).toEqual(['Bureau Zuid', 'Zorgcoöperatie Noord']);
    expect(
      names(await findOrganisationsLinkedToAll(db, ['GM0106', 'GM0014', 'GM0106'], 'werkt_voor')),
    ).toEqual(['Zorgcoöperatie Noord']);
    expect(names(await findOrganisationsLinkedToAll(db, ['GM0106', 'GM0014'], 'omvat'))).toEqual([
      'Bureau Zuid',
    ]);
    expect(await findOrganisationsLinkedToAll(db, ['GM0106', 'GM0518'], 'werkt_voor')).toEqual([]);
  });

  it('finds tenants by their exact name in any case, also beyond ASCII', async () => {
    const { db } = database;
    expect(names(await findTenantsByName(db, 'ZORGCOÖPERATIE NOORD'))).toEqual([
      'Zorgcoöperatie Noord',
    ]);
    expect(await findTenantsByName(db, 'bureau zuid')).toHaveLength(2);
    expect(await findTenantsByName(db, 'Zorgcoöperatie')).toEqual([]);
    expect(names(await findTenantsByName(db, 'assen'))).toEqual(['Assen']);
  });
});
