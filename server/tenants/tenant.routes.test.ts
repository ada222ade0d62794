import zlib from 'node:zlib';
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
import type { TenantRow } from './tenant.table.js';

/** A real 1×1 PNG in the blue of the theme, built chunk by chunk. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const pixels = Buffer.from([0, 0x1a, 0x5e, 0x9a]); // filter type, then one pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dataUrl = (mime: string, bytes: Buffer | string) =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

const NOT_A_LOGO = 'Het bestand is geen geldig PNG-, JPEG- of SVG-logo (SVG zonder scripts).';

interface Settings {
  id: string;
  naam: string;
  themaKleur: string | null;
  heeftLogo: boolean;
  drempelKleineAantallen: number;
}

describe(`organisation settings and logo (${testDatabaseKind()})`, () => {
  let t: TestApp;
  let a: TenantRow;
  let beheerder: Client;
  let professional: Client;
  let url: string;

  const settings = async () => (await beheerder.get(url)).json<Settings>();

  beforeAll(async () => {
    t = await createTestApp();
    a = await gemeente(t.database, 'GM0014');
    url = `/api/v1/organisaties/${a.id}`;
    await createUser(t.database, 'beheerder@test.nl', [{ tenant: a, role: 'beheerder' }]);
    await createUser(t.database, 'prof@test.nl', [{ tenant: a, role: 'professional' }]);
    beheerder = await login(t.app, 'beheerder@test.nl');
    professional = await login(t.app, 'prof@test.nl');
  });
  afterAll(() => t.close());

  it('shows the settings of the own gemeente', async () => {
    const response = await beheerder.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id: a.id,
      naam: 'Groningen',
      soort: 'gemeente',
      cbsCode: 'GM0014',
      provincie: 'Groningen',
      themaKleur: null,
      heeftLogo: false,
      drempelKleineAantallen: 10,
      benchmarkOpenbaar: false,
    });
  });

  it('changes name, colour and threshold; the session shows them and the change is audited', async () => {
    const response = await beheerder.patch(url, {
      naam: '  Gemeente Groningen  ',
      themaKleur: '#1A5E9A',
      drempelKleineAantallen: 15,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      naam: 'Gemeente Groningen',
      themaKleur: '#1A5E9A',
      drempelKleineAantallen: 15,
      cbsCode: 'GM0014',
    });
    expect(await settings()).toMatchObject({
      naam: 'Gemeente Groningen',
      drempelKleineAantallen: 15,
    });
    const session = (await professional.get('/api/v1/sessies/huidige')).json<{
      actieveOrganisatie: { naam: string; themaKleur: string | null };
    }>();
    expect(session.actieveOrganisatie).toMatchObject({
      naam: 'Gemeente Groningen',
      themaKleur: '#1A5E9A',
    });
    const audited = await t.database.asOwner((owner) =>
      owner
        .selectFrom('audit_log')
        .select(['account_id', 'object_id', 'details'])
        .where('tenant_id', '=', a.id)
        .where('action', '=', 'organisatie.gewijzigd')
        .execute(),
    );
    expect(audited).toEqual([
      {
        account_id: beheerder.accountId,
        object_id: a.id,
        details: { velden: ['naam', 'themaKleur', 'drempelKleineAantallen'] },
      },
    ]);
  });

  it('rejects invalid settings, naming the field, and changes nothing', async () => {
    const before = await settings();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { cbsCode: 'GM14' },
        'cbsCode',
        'Een CBS-code is GM gevolgd door vier cijfers, zoals GM0014.',
      ],
      [
        { cbsCode: 'gm0014' },
        'cbsCode',
        'Een CBS-code is GM gevolgd door vier cijfers, zoals GM0014.',
      ],
      [{ cbsCode: 'GM0518' }, 'cbsCode', "Deze CBS-code hoort al bij 's-Gravenhage."],
      [
        { drempelKleineAantallen: 3 },
        'drempelKleineAantallen',
        'De drempel is minstens 5: kleinere aantallen zijn te herleiden tot personen.',
      ],
      [{ drempelKleineAantallen: 101 }, 'drempelKleineAantallen', 'De drempel is hoogstens 100.'],
      [{ drempelKleineAantallen: 7.5 }, 'drempelKleineAantallen', 'Vul een heel getal in.'],
      [{ drempelKleineAantallen: '10' }, 'drempelKleineAantallen', 'Vul een heel getal in.'],
      [{ themaKleur: 'red' }, 'themaKleur', 'Geef een kleur als #rrggbb, zoals #1a5e9a.'],
      [{ naam: 'X' }, 'naam', 'Vul een naam van minstens 2 tekens in.'],
      [
        { naam: 'Gron\u0000ingen' },
        'naam',
        'Gebruik geen onzichtbare tekens, zoals een tab of een regeleinde.',
      ],
    ];
    for (const [body, name, reason] of cases) {
      // Each together with a valid change, which must not be saved either.
      const response = await beheerder.patch(url, { themaKleur: '#000000', ...body });
      const label = JSON.stringify(body);
      expect(response.statusCode, label).toBe(400);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(response.json(), label).toMatchObject({ invalidParams: [{ name, reason }] });
    }
    expect(await settings()).toEqual(before);
  });

  it('gives a CBS code only to a gemeente', async () => {
    const bureau = await createTenant(t.database, 'bureau', 'Bureau Zonder Code');
    await createUser(t.database, 'bureau@test.nl', [{ tenant: bureau, role: 'beheerder' }]);
    const client = await login(t.app, 'bureau@test.nl');
    const response = await client.patch(`/api/v1/organisaties/${bureau.id}`, {
      cbsCode: 'GM9999',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      invalidParams: [{ name: 'cbsCode', reason: 'Alleen een gemeente heeft een CBS-code.' }],
    });
  });

  it('accepts a PNG logo and serves it back to every user of the organisation', async () => {
    const png = tinyPng();
    const response = await beheerder.patch(url, { logo: dataUrl('image/png', png) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ heeftLogo: true });

    for (const client of [beheerder, professional]) {
      const logo = await client.get(`${url}/logo`);
      expect(logo.statusCode).toBe(200);
      expect(logo.headers['content-type']).toBe('image/png');
      expect(logo.rawPayload).toEqual(png);
      expect(logo.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    }
    const session = (await professional.get('/api/v1/sessies/huidige')).json<{
      actieveOrganisatie: { heeftLogo: boolean };
    }>();
    expect(session.actieveOrganisatie.heeftLogo).toBe(true);
  });

  it('refuses a file that is not what it claims to be, and keeps the old logo', async () => {
    const cases: [string, string][] = [
      [dataUrl('image/png', 'GIF89a, helemaal geen PNG'), NOT_A_LOGO],
      [dataUrl('image/jpeg', tinyPng()), NOT_A_LOGO],
      [
        dataUrl(
          'image/svg+xml',
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        NOT_A_LOGO,
      ],
      [
        dataUrl('image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        NOT_A_LOGO,
      ],
      [dataUrl('image/svg+xml', '<html><body>geen svg</body></html>'), NOT_A_LOGO],
      [dataUrl('image/gif', 'GIF89a'), 'Het logo moet een PNG-, JPEG- of SVG-bestand zijn.'],
      [
        dataUrl('image/png', Buffer.concat([tinyPng(), Buffer.alloc(210 * 1024)])),
        'Het logo is groter dan 200 kB.',
      ],
    ];
    for (const [logo, reason] of cases) {
      const response = await beheerder.patch(url, { logo });
      expect(response.statusCode, logo.slice(0, 60)).toBe(400);
      expect(response.json()).toMatchObject({ invalidParams: [{ name: 'logo', reason }] });
    }
    const logo = await beheerder.get(`${url}/logo`);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload).toEqual(tinyPng());
  });

  it('accepts an SVG logo without scripts, served so that it cannot run as a page', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1a5e9a"/></svg>';
    expect((await beheerder.patch(url, { logo: dataUrl('image/svg+xml', svg) })).statusCode).toBe(
      200,
    );
    const logo = await beheerder.get(`${url}/logo`);
    expect(logo.headers['content-type']).toBe('image/svg+xml');
    expect(logo.body).toBe(svg);
    expect(logo.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
  });

  it('removes the logo with logo: null', async () => {
    const response = await beheerder.patch(url, { logo: null });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ heeftLogo: false });
    const logo = await beheerder.get(`${url}/logo`);
    expect(logo.statusCode).toBe(404);
    expect(logo.json()).toMatchObject({ detail: 'Deze organisatie heeft geen logo.' });
  });

  it('lists the 342 gemeenten with unique CBS codes, without login', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/gemeenten' });
    expect(response.statusCode).toBe(200);
    const { gemeenten } = response.json<{
      gemeenten: { cbsCode: string; naam: string; provincie: string }[];
    }>();
    expect(gemeenten).toHaveLength(342);
    expect(new Set(gemeenten.map((g) => g.cbsCode)).size).toBe(342);
    expect(gemeenten.every((g) => /^GM\d{4}$/.test(g.cbsCode))).toBe(true);
    expect(gemeenten).toContainEqual({
      cbsCode: 'GM0518',
      naam: "'s-Gravenhage",
      provincie: 'Zuid-Holland',
    });
    // Organisations that are not gemeenten are not in the list.
    expect(gemeenten.some((g) => g.naam === 'Bureau Zonder Code')).toBe(false);
  });
});
