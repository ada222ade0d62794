import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareFirstStart } from '../platform/platform.js';
import {
  createTestApp,
  createUser,
  gemeente,
  login,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';

describe(`changing one's password (${testDatabaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const groningen = await gemeente(t.database, 'GM0014');
    await createUser(t.database, 'wissel@test.nl', [{ tenant: groningen, role: 'beheerder' }]);
  });
  afterAll(() => t.close());

  it('checks the current password and the new one, naming the field', async () => {
    const me = await login(t.app, 'wissel@test.nl');
    const wrong = await me.put('/api/v1/sessies/huidige/wachtwoord', {
      huidigWachtwoord: 'niet-het-mijne',
      nieuwWachtwoord: 'een-heel-nieuw-wachtwoord',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      invalidParams: [{ name: 'huidigWachtwoord', reason: 'Uw huidige wachtwoord klopt niet.' }],
    });
    const short = await me.put('/api/v1/sessies/huidige/wachtwoord', {
      huidigWachtwoord: TEST_PASSWORD,
      nieuwWachtwoord: 'kort',
    });
    expect(short.json()).toMatchObject({ invalidParams: [{ name: 'nieuwWachtwoord' }] });
  });

  it('takes the new password, refuses the old one, and ends the other sessions', async () => {
    const elsewhere = await login(t.app, 'wissel@test.nl');
    const me = await login(t.app, 'wissel@test.nl');
    const changed = await me.put('/api/v1/sessies/huidige/wachtwoord', {
      huidigWachtwoord: TEST_PASSWORD,
      nieuwWachtwoord: 'een-heel-nieuw-wachtwoord',
    });
    expect(changed.statusCode).toBe(200);
    expect((await me.get('/api/v1/sessies/huidige')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/sessies/huidige')).statusCode).toBe(401);
    await expect(login(t.app, 'wissel@test.nl')).rejects.toThrow(/401/);
    await login(t.app, 'wissel@test.nl', 'een-heel-nieuw-wachtwoord');
  });

  it('makes the first beheerder of an empty installation choose a new password before anything else', async () => {
    const empty = await createTestApp();
    try {
      const first = await prepareFirstStart(empty.database, {
        loadDemo: false,
        firstBeheerderEmail: 'eerste@test.nl',
      });
      if (first.kind !== 'beheerder') throw new Error('expected a first beheerder');
      const me = await login(empty.app, first.email, first.password);
      const session = await me.get('/api/v1/sessies/huidige');
      expect(session.json()).toMatchObject({ moetWachtwoordWijzigen: true });
      const blocked = await me.get('/api/v1/gebruikers');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json()).toMatchObject({
        detail: 'Kies eerst een nieuw wachtwoord. Daarna kunt u verder.',
      });
      const changed = await me.put('/api/v1/sessies/huidige/wachtwoord', {
        huidigWachtwoord: first.password,
        nieuwWachtwoord: 'mijn-eigen-wachtwoord',
      });
      expect(changed.json()).toMatchObject({ moetWachtwoordWijzigen: false });
      expect((await me.get('/api/v1/gebruikers')).statusCode).toBe(200);
    } finally {
      await empty.close();
    }
  });
});
