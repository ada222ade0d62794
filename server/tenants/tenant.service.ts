import type { TenantSettings, UpdateTenantBody } from '../../shared/api/tenants.schema.js';
import type { Actor } from '../auth/actor.js';
import { audit, PURPOSES } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import { findTenant, findTenantByCbsCode, updateTenant } from './tenant.repository.js';
import type { TenantRow } from './tenant.table.js';

export function presentTenant(row: TenantRow): TenantSettings {
  return {
    id: row.id,
    naam: row.name,
    soort: row.kind,
    cbsCode: row.cbs_code,
    provincie: row.province,
    themaKleur: row.theme_colour,
    heeftLogo: row.logo !== null,
    drempelKleineAantallen: row.small_cell_threshold,
    benchmarkOpenbaar: row.benchmark_public,
  };
}

/** A beheerder manages only the tenant they work in now; any other id is "not found". */
function ownTenantId(actor: Actor, id: string): string {
  if (id !== actor.tenantId)
    throw problems.notFound('Deze organisatie bestaat niet, of u hebt er geen toegang toe.');
  return id;
}

export async function getTenantSettings(
  trx: Trx,
  actor: Actor,
  id: string,
): Promise<TenantSettings> {
  const row = await findTenant(trx, ownTenantId(actor, id));
  if (!row) throw problems.notFound();
  return presentTenant(row);
}

// Scripts, event-handler attributes (onload=…), javascript: links and embedded HTML.
const SVG_DANGER = /<script|\son[a-z]+\s*=|javascript:|<foreignObject/i;

function decodeLogo(dataUrl: string): { bytes: Buffer; mime: string } {
  const match = /^data:(image\/(?:png|jpeg|svg\+xml));base64,(.+)$/.exec(dataUrl);
  if (!match)
    throw problems.invalidField('logo', 'Het logo moet een PNG-, JPEG- of SVG-bestand zijn.');
  const mime = match[1] as string;
  const bytes = Buffer.from(match[2] as string, 'base64');
  const looksRight =
    (mime === 'image/png' && bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) ||
    (mime === 'image/jpeg' && bytes[0] === 0xff && bytes[1] === 0xd8) ||
    (mime === 'image/svg+xml' &&
      /<svg[\s>]/i.test(bytes.toString('utf8')) &&
      !SVG_DANGER.test(bytes.toString('utf8')));
  if (!looksRight) {
    throw problems.invalidField(
      'logo',
      'Het bestand is geen geldig PNG-, JPEG- of SVG-logo (SVG zonder scripts).',
    );
  }
  return { bytes, mime };
}

export async function updateTenantSettings(
  trx: Trx,
  actor: Actor,
  id: string,
  body: UpdateTenantBody,
): Promise<TenantSettings> {
  const current = await findTenant(trx, ownTenantId(actor, id));
  if (!current) throw problems.notFound();
  if (body.cbsCode !== undefined && body.cbsCode !== current.cbs_code) {
    if (current.kind !== 'gemeente') {
      throw problems.invalidField('cbsCode', 'Alleen een gemeente heeft een CBS-code.');
    }
    const taken = body.cbsCode ? await findTenantByCbsCode(trx, body.cbsCode) : undefined;
    if (taken && taken.id !== id) {
      throw problems.invalidField(
        'cbsCode',
        `Deze CBS-code hoort al bij ${taken.name}.`,
        'duplicate',
      );
    }
  }
  if (body.benchmarkOpenbaar === true && current.kind !== 'gemeente') {
    throw problems.invalidField(
      'benchmarkOpenbaar',
      'Alleen een gemeente kan haar resultaten op de openbare benchmark laten zien.',
    );
  }
  const logo = body.logo ? decodeLogo(body.logo) : undefined;
  const updated = await updateTenant(trx, id, {
    ...(body.naam !== undefined ? { name: body.naam } : {}),
    ...(body.cbsCode !== undefined ? { cbs_code: body.cbsCode } : {}),
    ...(body.themaKleur !== undefined ? { theme_colour: body.themaKleur } : {}),
    ...(body.drempelKleineAantallen !== undefined
      ? { small_cell_threshold: body.drempelKleineAantallen }
      : {}),
    ...(body.benchmarkOpenbaar !== undefined ? { benchmark_public: body.benchmarkOpenbaar } : {}),
    ...(body.logo === null ? { logo: null, logo_mime: null } : {}),
    ...(logo ? { logo: logo.bytes, logo_mime: logo.mime } : {}),
  });
  const changed = Object.keys(body).filter((k) => body[k as keyof UpdateTenantBody] !== undefined);
  await audit(trx, actor, {
    action: 'organisatie.gewijzigd',
    purpose: PURPOSES.tenantAdmin,
    objectType: 'organisatie',
    objectId: id,
    details: { velden: changed },
  });
  return presentTenant(updated);
}

export async function getTenantLogo(
  trx: Trx,
  actor: Actor,
  id: string,
): Promise<{ bytes: Uint8Array; mime: string }> {
  const row = await findTenant(trx, ownTenantId(actor, id));
  if (!row?.logo || !row.logo_mime) throw problems.notFound('Deze organisatie heeft geen logo.');
  return { bytes: row.logo, mime: row.logo_mime };
}
