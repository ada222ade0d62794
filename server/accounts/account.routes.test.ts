import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTenant,
  createTestApp,
  createUser,
  gemeente,
  login,
  type Client,
  type TestApp,
} from '../testing/test-app.js';
import { testDatabaseKind } from '../testing/test-database.js';
import { linkTenants } from '../tenants/tenant.repository.js';
import type { TenantRow } from '../tenants/tenant.table.js';

const NEW_PASSWORD = 'een-goed-wachtwoord-2026';

interface UserBody {
  id: string;
  naam: string;
  email: string;
  rol: string;
  actief: boolean;
  uitnodigingOpen: boolean;
  laatstIngelogd: string | null;
}
interface InvitationBody {
  gebruiker: UserBody;
  uitnodigingslink: string | null;
}

function accept(app: FastifyInstance, token: string, wachtwoord: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/uitnodigingen/acceptaties',
    payload: { token, wachtwoord },
  });
}

function tokenOf(invitation: InvitationBody): string {
  const link = invitation.uitnodigingslink ?? '';
  return new URL(link, 'https://meetwerk.test').searchParams.get('token') ?? '';
}

describe(`users: inviting, roles and deactivating (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let a: TenantRow;
  let b: TenantRow;
  let anna: Client;

  async function users(client: Client = anna): Promise<UserBody[]> {
    const response = await client.get('/api/v1/gebruikers');
    expect(response.statusCode).toBe(200);
    return response.json<{ gebruikers: UserBody[] }>().gebruikers;
  }

  async function auditOf(tenantId: string, action: string) {
    return t.database.asOwner((owner) =>
      owner
        .selectFrom('audit_log')
        .select(['account_id', 'object_id', 'details'])
        .where('tenant_id', '=', tenantId)
        .where('action', '=', action)
        .orderBy('id')
        .execute(),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    a = await gemeente(t.database, 'GM0014');
    b = await gemeente(t.database, 'GM0518');
    await createUser(t.database, 'anna@test.nl', [{ tenant: a, role: 'beheerder' }], 'Anna');
    await createUser(t.database, 'bert@test.nl', [{ tenant: a, role: 'beleidsmedewerker' }]);
    await createUser(t.database, 'extern@test.nl', [{ tenant: b, role: 'onderzoeker' }], 'Eva');
    anna = await login(t.app, 'anna@test.nl');
  });
  afterAll(() => t.close());

  it('invites a new user with a one-time link; the user chooses a password and logs in', async () => {
    const response = await anna.post('/api/v1/gebruikers', {
      naam: 'Nieuwe Collega',
      email: 'Nieuw@Test.nl',
      rol: 'beleidsmedewerker',
    });
    expect(response.statusCode).toBe(201);
    const invitation = response.json<InvitationBody>();
    expect(invitation.uitnodigingslink).toMatch(/^\/uitnodiging\?token=[\w-]{43}$/);
    expect(invitation.gebruiker).toMatchObject({
      naam: 'Nieuwe Collega',
      email: 'nieuw@test.nl',
      rol: 'beleidsmedewerker',
      actief: true,
      uitnodigingOpen: true,
      laatstIngelogd: null,
    });
    expect((await users()).find((u) => u.email === 'nieuw@test.nl')).toMatchObject({
      uitnodigingOpen: true,
    });
    // No password yet, so no password works.
    const early = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { email: 'nieuw@test.nl', wachtwoord: '' + NEW_PASSWORD },
    });
    expect(early.statusCode).toBe(401);

    const token = tokenOf(invitation);
    const short = await accept(t.app, token, 'kort');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      invalidParams: [
        { name: 'wachtwoord', reason: 'Kies een wachtwoord van minstens 12 tekens.' },
      ],
    });

    expect((await accept(t.app, token, NEW_PASSWORD)).statusCode).toBe(204);
    const nieuw = await login(t.app, 'nieuw@test.nl', NEW_PASSWORD);
    const session = (await nieuw.get('/api/v1/sessies/huidige')).json<{
      actieveOrganisatie: { id: string; rol: string };
    }>();
    expect(session.actieveOrganisatie).toEqual(
      expect.objectContaining({ id: a.id, rol: 'beleidsmedewerker' }),
    );
    const listed = (await users()).find((u) => u.email === 'nieuw@test.nl');
    expect(listed?.uitnodigingOpen).toBe(false);
    expect(listed?.laatstIngelogd).not.toBeNull();
    expect(await auditOf(a.id, 'wachtwoord.ingesteld')).toEqual([
      { account_id: nieuw.accountId, object_id: nieuw.accountId, details: {} },
    ]);

    // The link works once: it cannot be used to set the password again.
    const again = await accept(t.app, token, 'een-ander-wachtwoord-2026');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({
      detail:
        'Deze uitnodiging is niet (meer) geldig. Vraag uw beheerder om een nieuwe uitnodiging.',
      invalidParams: [{ name: 'token' }],
    });
    await login(t.app, 'nieuw@test.nl', NEW_PASSWORD);
  });

  it('refuses an invitation link that has expired', async () => {
    const invitation = (
      await anna.post('/api/v1/gebruikers', {
        naam: 'Te Laat',
        email: 'laat@test.nl',
        rol: 'professional',
      })
    ).json<InvitationBody>();
    await t.database.asOwner((owner) =>
      owner
        .updateTable('accounts')
        .set({ invite_expires_at: sql<Date>`now() - interval '1 minute'` })
        .where('email', '=', 'laat@test.nl')
        .execute(),
    );
    const response = await accept(t.app, tokenOf(invitation), NEW_PASSWORD);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ invalidParams: [{ name: 'token' }] });
  });

  it('refuses to invite an e-mail address that is already a member, whatever its case', async () => {
    const before = await users();
    const response = await anna.post('/api/v1/gebruikers', {
      naam: 'Bert Nogmaals',
      email: 'BERT@test.nl',
      rol: 'beheerder',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      invalidParams: [
        {
          name: 'email',
          reason: 'Er is al een gebruiker met dit e-mailadres in deze organisatie.',
        },
      ],
    });
    const after = await users();
    expect(after.map((u) => [u.email, u.rol])).toEqual(before.map((u) => [u.email, u.rol]));
  });

  it('adds an account of another organisation as a member, without a link', async () => {
    const response = await anna.post('/api/v1/gebruikers', {
      naam: 'Een andere naam',
      email: 'extern@test.nl',
      rol: 'professional',
    });
    expect(response.statusCode).toBe(201);
    const invitation = response.json<InvitationBody>();
    expect(invitation.uitnodigingslink).toBeNull();
    // The account keeps its own name and password.
    expect(invitation.gebruiker).toMatchObject({
      naam: 'Eva',
      rol: 'professional',
      uitnodigingOpen: false,
    });
    const eva = await login(t.app, 'extern@test.nl');
    const session = (await eva.get('/api/v1/sessies/huidige')).json<{
      organisaties: { id: string; rol: string }[];
    }>();
    expect(session.organisaties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.id, rol: 'professional' }),
        expect.objectContaining({ id: b.id, rol: 'onderzoeker' }),
      ]),
    );
  });

  it("applies a role change on the user's next request", async () => {
    const bert = await login(t.app, 'bert@test.nl');
    expect((await bert.get('/api/v1/gebruikers')).statusCode).toBe(403);

    const promoted = await anna.patch(`/api/v1/gebruikers/${bert.accountId}`, { rol: 'beheerder' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ id: bert.accountId, rol: 'beheerder' });
    expect((await bert.get('/api/v1/gebruikers')).statusCode).toBe(200);

    const demoted = await anna.patch(`/api/v1/gebruikers/${bert.accountId}`, {
      rol: 'beleidsmedewerker',
    });
    expect(demoted.statusCode).toBe(200);
    expect((await bert.get('/api/v1/gebruikers')).statusCode).toBe(403);
  });

  it('does not let a beheerder take away their own rights', async () => {
    for (const body of [{ rol: 'beleidsmedewerker' }, { actief: false }]) {
      const response = await anna.patch(`/api/v1/gebruikers/${anna.accountId}`, body);
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json()).toMatchObject({
        title: 'Conflict',
        detail:
          'U kunt uw eigen beheerrechten niet intrekken. Vraag een andere beheerder om dit te doen.',
      });
    }
    expect((await users()).find((u) => u.id === anna.accountId)).toMatchObject({
      rol: 'beheerder',
      actief: true,
    });
  });

  it('does not let anyone remove the last beheerder of an organisation', async () => {
    // A beheerder of a bureau that works for the gemeente may manage its users, but is not a
    // member of it: the gemeente's own beheerder is its last one.
    const almere = await gemeente(t.database, 'GM0034');
    const bureau = await createTenant(t.database, 'bureau', 'Beheerbureau');
    await linkTenants(t.database.db, bureau.id, [almere.id], 'werkt_voor');
    const enige = await createUser(t.database, 'enige@test.nl', [
      { tenant: almere, role: 'beheerder' },
    ]);
    await createUser(t.database, 'bas@test.nl', [{ tenant: bureau, role: 'beheerder' }]);
    const bas = await login(t.app, 'bas@test.nl');
    const switched = await bas.put('/api/v1/sessies/huidige/organisatie', {
      organisatieId: almere.id,
    });
    expect(switched.statusCode).toBe(200);

    for (const body of [{ rol: 'professional' }, { actief: false }]) {
      const response = await bas.patch(`/api/v1/gebruikers/${enige}`, body);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        detail:
          'Dit is de laatste beheerder van de organisatie. Maak eerst iemand anders beheerder.',
      });
    }
    expect(await auditOf(almere.id, 'gebruiker.gewijzigd')).toEqual([]);
    await login(t.app, 'enige@test.nl');
  });

  it('keeps one beheerder when two beheerders take away each other’s rights at once', async () => {
    // Five organisations, each with two beheerders who demote each other at the same moment.
    const pairs = await Promise.all(
      ['GM0193', 'GM0153', 'GM0200', 'GM0202', 'GM0228'].map(async (code, i) => {
        const tenant = await gemeente(t.database, code);
        await createUser(t.database, `zoe${i}@test.nl`, [{ tenant, role: 'beheerder' }]);
        await createUser(t.database, `zef${i}@test.nl`, [{ tenant, role: 'beheerder' }]);
        return {
          tenant,
          zoe: await login(t.app, `zoe${i}@test.nl`),
          zef: await login(t.app, `zef${i}@test.nl`),
        };
      }),
    );
    const outcomes = await Promise.all(
      pairs.map(({ zoe, zef }) =>
        Promise.all([
          zoe.patch(`/api/v1/gebruikers/${zef.accountId}`, { rol: 'professional' }),
          zef.patch(`/api/v1/gebruikers/${zoe.accountId}`, { rol: 'professional' }),
        ]),
      ),
    );
    for (const [i, { tenant }] of pairs.entries()) {
      const codes = (outcomes[i] ?? []).map((r) => r.statusCode).sort();
      // One wins; the other is refused, as the last beheerder (409) or, when the winner was
      // quicker, as someone who no longer is a beheerder (403).
      expect(codes[0], tenant.name).toBe(200);
      expect([403, 409], tenant.name).toContain(codes[1]);
      const beheerders = await t.database.asOwner((owner) =>
        owner
          .selectFrom('memberships')
          .select('account_id')
          .where('tenant_id', '=', tenant.id)
          .where('role', '=', 'beheerder')
          .execute(),
      );
      expect(beheerders, tenant.name).toHaveLength(1);
    }
  });

  it('rejects invalid bodies with a Dutch reason per field', async () => {
    const response = await anna.post('/api/v1/gebruikers', {
      naam: '   ',
      email: 'geen-adres',
      rol: 'koning',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      title: 'Ongeldige invoer',
      invalidParams: [
        { name: 'naam', reason: 'Vul de naam in.' },
        { name: 'email', reason: 'Vul een geldig e-mailadres in.' },
        { name: 'rol', reason: 'Kies een rol uit de lijst.' },
      ],
    });
    const tooLong = await anna.post('/api/v1/gebruikers', {
      naam: 'x'.repeat(201),
      email: 'lang@test.nl',
      rol: 'professional',
    });
    expect(tooLong.json()).toMatchObject({
      invalidParams: [{ name: 'naam', reason: 'De naam is te lang (hoogstens 200 tekens).' }],
    });

    const bert = (await users()).find((u) => u.email === 'bert@test.nl');
    const nothing = await anna.patch(`/api/v1/gebruikers/${bert?.id}`, {});
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json<{ detail: string; invalidParams: { reason: string }[] }>()).toMatchObject({
      invalidParams: [{ reason: 'Geef een nieuwe rol of een nieuwe status op.' }],
    });
    const badRole = await anna.patch(`/api/v1/gebruikers/${bert?.id}`, { rol: 'koning' });
    expect(badRole.json()).toMatchObject({ invalidParams: [{ name: 'rol' }] });
    const badId = await anna.patch('/api/v1/gebruikers/12345', { rol: 'professional' });
    expect(badId.json()).toMatchObject({
      invalidParams: [{ name: 'id', reason: 'Dit is geen geldige id.' }],
    });
    const unknown = await anna.patch('/api/v1/gebruikers/00000000-0000-4000-8000-000000000000', {
      rol: 'professional',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      detail: 'Deze gebruiker bestaat niet in uw organisatie.',
    });
  });

  it('stores hostile names as plain text and returns them unchanged', async () => {
    const names = [
      '<script>alert(1)</script>',
      `Robert'); DROP TABLE accounts;--`,
      '=HYPERLINK("https://evil.example")',
      'Zoë d’Hondt-Ōtsuka 👩🏽‍💻',
      '\u202Eredro\u202C',
      '{"$ne": null}',
      'x'.repeat(200),
    ];
    for (const [i, naam] of names.entries()) {
      const response = await anna.post('/api/v1/gebruikers', {
        naam,
        email: `vijandig${i}@test.nl`,
        rol: 'professional',
      });
      expect(response.statusCode, naam).toBe(201);
      expect(response.json<InvitationBody>().gebruiker.naam).toBe(naam);
    }
    const list = await anna.get('/api/v1/gebruikers');
    expect(list.headers['content-type']).toBe('application/json; charset=utf-8');
    const stored = list.json<{ gebruikers: UserBody[] }>().gebruikers;
    for (const [i, naam] of names.entries()) {
      expect(stored.find((u) => u.email === `vijandig${i}@test.nl`)?.naam).toBe(naam);
    }
  });

  it('refuses names with control characters, such as NUL, with a 400 instead of a 500', async () => {
    for (const naam of ['Nul\u0000Byte', 'Twee\nRegels', 'Tab\tTab']) {
      const response = await anna.post('/api/v1/gebruikers', {
        naam,
        email: 'controle@test.nl',
        rol: 'professional',
      });
      expect(response.statusCode, JSON.stringify(naam)).toBe(400);
      expect(response.json()).toMatchObject({
        invalidParams: [
          {
            name: 'naam',
            reason: 'Gebruik geen onzichtbare tekens, zoals een tab of een regeleinde.',
          },
        ],
      });
    }
  });

  it('audits every read of the user list and every change', async () => {
    const reads = (await auditOf(a.id, 'gebruikers.gelezen')).length;
    const list = await users();
    const readEntries = await auditOf(a.id, 'gebruikers.gelezen');
    expect(readEntries).toHaveLength(reads + 1);
    expect(readEntries.at(-1)).toEqual({
      account_id: anna.accountId,
      object_id: null,
      details: { aantal: list.length },
    });

    const invited = (
      await anna.post('/api/v1/gebruikers', {
        naam: 'Gelogd',
        email: 'gelogd@test.nl',
        rol: 'professional',
      })
    ).json<InvitationBody>().gebruiker;
    expect((await auditOf(a.id, 'gebruiker.uitgenodigd')).at(-1)).toEqual({
      account_id: anna.accountId,
      object_id: invited.id,
      details: { rol: 'professional', bestaandAccount: false },
    });

    await anna.patch(`/api/v1/gebruikers/${invited.id}`, { rol: 'onderzoeker', actief: false });
    expect((await auditOf(a.id, 'gebruiker.gewijzigd')).at(-1)).toEqual({
      account_id: anna.accountId,
      object_id: invited.id,
      details: {
        rol: { van: 'professional', naar: 'onderzoeker' },
        actief: { van: true, naar: false },
      },
    });

    await anna.patch(`/api/v1/gebruikers/${invited.id}`, { actief: true });
    expect((await auditOf(a.id, 'gebruiker.geactiveerd')).at(-1)).toEqual({
      account_id: anna.accountId,
      object_id: invited.id,
      details: { actief: { van: false, naar: true } },
    });
  });
});
