import type { Domain, DomainList, NewLocalDomain } from '../../shared/api/outcomes.schema.js';
import {
  DEFAULT_DOMAIN_SETS,
  defaultDomain,
  localDomainCode,
  sourceOf,
} from '../../shared/outcomes/domains.js';
import type { DomainSet } from '../../shared/outcomes/vocabulary.js';
import type { Actor } from '../auth/actor.js';
import { audit } from '../audit/audit.service.js';
import type { Trx } from '../db/database.js';
import { problems } from '../http/problem.js';
import * as repo from './domain.repository.js';
import { SETUP_PURPOSE } from './outcome.service.js';

/** The gemeente's life domains: the default set it chose (MvO or ZRM) and its own ones. */

export interface Catalogue {
  set: DomainSet;
  /** The active set, then local domains (also inactive). */
  domains: Domain[];
  /** Codes that may be chosen in a new measurement. */
  selectable: Set<string>;
  /** Names of every code this gemeente may have used (both default sets and all local ones). */
  nameOf(code: string): { naam: string; bewonersnaam: string };
}

export async function catalogueOf(trx: Trx, tenantId: string): Promise<Catalogue> {
  const [set, locals] = await Promise.all([
    repo.findDomainSet(trx, tenantId),
    repo.listLocalDomains(trx, tenantId),
  ]);
  const domains: Domain[] = [
    ...DEFAULT_DOMAIN_SETS[set].map((d) => ({
      code: d.code,
      naam: d.name,
      bewonersnaam: d.residentName,
      bron: set,
      actief: true,
    })),
    ...locals.map((l) => ({
      code: l.code,
      naam: l.name,
      bewonersnaam: l.resident_name,
      bron: 'lokaal' as const,
      actief: l.active,
    })),
  ];
  const local = new Map(locals.map((l) => [l.code, l]));
  return {
    set,
    domains,
    selectable: new Set(domains.filter((d) => d.actief).map((d) => d.code)),
    nameOf(code) {
      const known = defaultDomain(code);
      if (known) return { naam: known.name, bewonersnaam: known.residentName };
      const own = local.get(code);
      return own
        ? { naam: own.name, bewonersnaam: own.resident_name }
        : { naam: code, bewonersnaam: code };
    },
  };
}

export async function readDomains(trx: Trx, tenantId: string): Promise<DomainList> {
  const catalogue = await catalogueOf(trx, tenantId);
  return { set: catalogue.set, leefgebieden: catalogue.domains };
}

export async function chooseDomainSet(trx: Trx, actor: Actor, set: DomainSet): Promise<DomainList> {
  await repo.saveDomainSet(trx, actor.tenantId, set, actor.accountId);
  await audit(trx, actor, {
    action: 'leefgebieden.gewijzigd',
    purpose: SETUP_PURPOSE,
    details: { set },
  });
  return readDomains(trx, actor.tenantId);
}

export async function addLocalDomain(
  trx: Trx,
  actor: Actor,
  body: NewLocalDomain,
): Promise<Domain> {
  const code = localDomainCode(body.naam);
  const residentName = body.bewonersnaam ?? body.naam;
  const inserted = await repo.insertLocalDomain(trx, {
    tenantId: actor.tenantId,
    code,
    name: body.naam,
    residentName,
    by: actor.accountId,
  });
  if (!inserted) throw problems.conflict(`Er is al een eigen leefgebied met de code ${code}.`);
  await audit(trx, actor, {
    action: 'leefgebieden.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'leefgebied',
    objectId: code,
  });
  return { code, naam: body.naam, bewonersnaam: residentName, bron: 'lokaal', actief: true };
}

export async function changeLocalDomain(
  trx: Trx,
  actor: Actor,
  code: string,
  patch: { bewonersnaam?: string | undefined; actief?: boolean | undefined },
): Promise<Domain> {
  if (sourceOf(code) !== 'lokaal') {
    throw problems.invalidField(
      'code',
      'Een standaard leefgebied verandert niet: zo blijven de cijfers van gemeenten vergelijkbaar. Voeg een eigen leefgebied toe.',
    );
  }
  const row = await repo.updateLocalDomain(trx, actor.tenantId, code, {
    ...(patch.bewonersnaam !== undefined ? { resident_name: patch.bewonersnaam } : {}),
    ...(patch.actief !== undefined ? { active: patch.actief } : {}),
  });
  if (!row) throw problems.notFound('Dit leefgebied bestaat niet.');
  await audit(trx, actor, {
    action: 'leefgebieden.gewijzigd',
    purpose: SETUP_PURPOSE,
    objectType: 'leefgebied',
    objectId: code,
  });
  return {
    code: row.code,
    naam: row.name,
    bewonersnaam: row.resident_name,
    bron: 'lokaal',
    actief: row.active,
  };
}
