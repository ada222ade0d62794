import type { Command } from 'commander';
import { inviteUserBodySchema } from '../../shared/api/users.schema.js';
import { ROLES, type Role } from '../../shared/auth/roles.js';
import { findAccountByEmail } from '../../server/accounts/account.repository.js';
import {
  deactivateAccount,
  inviteUser,
  listUsers,
  updateUser,
} from '../../server/accounts/account.service.js';
import { inTenant, type Db } from '../../server/db/database.js';
import { findTenantByRef } from '../../server/tenants/tenant.repository.js';
import type { TenantRow } from '../../server/tenants/tenant.table.js';
import { CLI_ACTOR, withDatabase } from '../context.js';

async function tenantOrFail(db: Db, ref: string): Promise<TenantRow> {
  const tenant = await findTenantByRef(db, ref);
  if (!tenant) {
    throw new Error(
      `Organisatie "${ref}" bestaat niet. Gebruik "platform", een CBS-code (GM0014) of een id.`,
    );
  }
  return tenant;
}

function cliWho(tenant: TenantRow) {
  return { tenantId: tenant.id, accountId: null, name: CLI_ACTOR };
}

export function registerUsers(program: Command): void {
  const user = program.command('user').description('Gebruikers beheren');

  user
    .command('create')
    .description('Nodig een gebruiker uit in een organisatie; toont de uitnodigingslink')
    .requiredOption('--email <e-mailadres>')
    .requiredOption('--naam <naam>')
    .requiredOption('--rol <rol>', ROLES.join(' | '))
    .requiredOption('--organisatie <organisatie>', 'platform, CBS-code (GM0014) of id')
    .action(async (o: { email: string; naam: string; rol: string; organisatie: string }) => {
      if (!ROLES.includes(o.rol as Role)) {
        throw new Error(`Onbekende rol "${o.rol}". Kies uit: ${ROLES.join(', ')}.`);
      }
      // The same checks as the API: the command line is no way around them.
      const parsed = inviteUserBodySchema.safeParse({ email: o.email, naam: o.naam, rol: o.rol });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`--${String(issue?.path[0] ?? 'email')}: ${issue?.message ?? 'ongeldig'}`);
      }
      await withDatabase(async ({ db }) => {
        const tenant = await tenantOrFail(db, o.organisatie);
        const { user: created, invitationPath } = await inTenant(
          db,
          { tenantId: tenant.id, accountId: null },
          (trx) => inviteUser(trx, cliWho(tenant), parsed.data),
        );
        console.log(`${created.naam} <${created.email}> is ${created.rol} bij ${tenant.name}.`);
        // An empty MEETWERK_PUBLIC_URL (as in `MEETWERK_PUBLIC_URL=` in a .env) means: not set.
        const base = (process.env.MEETWERK_PUBLIC_URL || 'http://localhost:8080').replace(
          /\/+$/,
          '',
        );
        if (invitationPath) {
          console.log(
            `Uitnodigingslink (7 dagen geldig, één keer te gebruiken):\n${base}${invitationPath}`,
          );
        } else {
          console.log('Dit account bestond al en kan meteen inloggen met het eigen wachtwoord.');
        }
      });
    });

  user
    .command('list')
    .description('Toon de gebruikers van een organisatie')
    .requiredOption('--organisatie <organisatie>', 'platform, CBS-code (GM0014) of id')
    .action(async (o: { organisatie: string }) => {
      await withDatabase(async ({ db }) => {
        const tenant = await tenantOrFail(db, o.organisatie);
        const users = await inTenant(db, { tenantId: tenant.id, accountId: null }, (trx) =>
          listUsers(trx, cliWho(tenant)),
        );
        console.log(`Gebruikers van ${tenant.name}: ${users.length}`);
        for (const u of users) {
          const status = !u.actief
            ? 'gedeactiveerd'
            : u.uitnodigingOpen
              ? 'uitnodiging open'
              : 'actief';
          console.log(`${u.email}\t${u.naam}\t${u.rol}\t${status}`);
        }
      });
    });

  user
    .command('deactivate')
    .description('Zet een gebruiker op non-actief (in één organisatie, of overal)')
    .requiredOption('--email <e-mailadres>')
    .option('--organisatie <organisatie>', 'alleen in deze organisatie; zonder: het hele account')
    .action(async (o: { email: string; organisatie?: string }) => {
      await withDatabase(async ({ db }) => {
        const account = await findAccountByEmail(db, o.email);
        if (!account) throw new Error(`Er is geen account met e-mailadres ${o.email}.`);
        if (o.organisatie) {
          const tenant = await tenantOrFail(db, o.organisatie);
          await inTenant(db, { tenantId: tenant.id, accountId: null }, (trx) =>
            updateUser(trx, cliWho(tenant), account.id, { actief: false }),
          );
          console.log(`${account.email} is gedeactiveerd bij ${tenant.name}.`);
          return;
        }
        await deactivateAccount(db, account.id, CLI_ACTOR);
        console.log(`Het account ${account.email} is gedeactiveerd en overal uitgelogd.`);
      });
    });
}
