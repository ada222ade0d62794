import type { Command } from 'commander';
import { readConfig } from '../../server/config.js';
import { buildApp } from '../../server/http/app.js';
import {
  hasAnyAccount,
  isDemoLoaded,
  loadDemo,
  loadDemoRoundIfMissing,
} from '../../server/demo/demo.service.js';
import { prepareFirstStart } from '../../server/platform/platform.js';
import { openPlatform } from '../../server/platform/platform.js';
import { deleteExpiredSessions } from '../../server/sessions/session.repository.js';
import { purgeDueRounds } from '../../server/surveys/invitations/invitation.service.js';
import { progressBar } from '../progress.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start Meetwerk (API en webapplicatie)')
    .option('--port <poort>', 'poort (standaard PORT of 8080)')
    .option('--dev', 'ontwikkelmodus: de webapplicatie draait apart via Vite')
    .action(async (options: { port?: string }) => {
      const config = readConfig();
      if (options.port !== undefined) {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new Error(
            `--port moet een poortnummer zijn (0 tot 65535), niet "${options.port}".`,
          );
        }
        config.port = port;
      }
      const database = await openPlatform(config);
      const bar = progressBar('Demo-omgeving opbouwen');
      const progress = (d: number, t: number, s: string) => bar.update(d, t, s);
      // A first start with the demo: everything but the finished survey round (the largest
      // part) before listening; the round follows in the background, below.
      const first =
        config.loadDemo && !(await hasAnyAccount(database.db))
          ? await loadDemo(database, progress, { round: 'later' }).then(() => ({
              kind: 'demo' as const,
            }))
          : await prepareFirstStart(database, config, progress);
      bar.stop();
      if (first.kind === 'demo') {
        console.log('De demo-omgeving is geladen. De demo-accounts staan in README.md.');
      } else if (first.kind === 'beheerder') {
        console.log(
          [
            '',
            'Meetwerk is voor het eerst gestart, zonder demo. Er is één beheerder aangemaakt:',
            `  e-mailadres: ${first.email}`,
            `  wachtwoord:  ${first.password}`,
            'Dit wachtwoord wordt niet opnieuw getoond en niet opgeslagen. Bewaar het nu.',
            '',
          ].join('\n'),
        );
      }
      const app = await buildApp({ database, config });
      const cleanup = setInterval(
        () => void deleteExpiredSessions(database.db, config.sessionIdleMinutes).catch(() => {}),
        15 * 60_000,
      );
      cleanup.unref();
      // Names and addresses of survey rounds past their retention period: checked daily, and
      // once shortly after start so a server that restarts often still gets there.
      const purge = () => void purgeDueRounds(database).catch(() => {});
      const retention = setInterval(purge, 24 * 60 * 60_000);
      retention.unref();
      const firstPurge = setTimeout(purge, 60_000);
      firstPurge.unref();
      let demoRound: Promise<void> = Promise.resolve();
      const stop = async () => {
        // A round being loaded is one transaction: let it finish rather than cut it off.
        await demoRound;
        clearInterval(cleanup);
        clearInterval(retention);
        clearTimeout(firstPurge);
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      try {
        await app.listen({ port: config.port, host: config.host });
      } catch (error) {
        // Close the database too, so the data folder is not left locked by a failed start.
        clearInterval(cleanup);
        clearInterval(retention);
        clearTimeout(firstPurge);
        await app.close();
        await database.close();
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
        const message = `Poort ${config.port} is al in gebruik. Kies een andere met PORT of --port.`;
        throw new Error(message, { cause: error });
      }
      const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      // With port 0 the system picks one: show that one.
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      console.log(
        `Meetwerk draait op http://${shown}:${port} (database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
      );
      // Letters, QR codes and invitation e-mails carry this address: on a server that others
      // reach, localhost would send every resident nowhere.
      if (
        !process.env.MEETWERK_PUBLIC_URL &&
        !['127.0.0.1', 'localhost', '::1'].includes(config.host)
      ) {
        console.log(
          'Let op: MEETWERK_PUBLIC_URL is niet ingesteld. Brieven, QR-codes en uitnodigingen verwijzen dan naar http://localhost:8080.',
        );
      }
      // The demo's finished survey round, after listening: health answers at once, and the
      // round's pages show it as soon as it is in. Also after a start that was stopped while
      // loading it; a loaded round is found and left alone.
      if (config.loadDemo && (await isDemoLoaded(database.db))) {
        demoRound = loadDemoRoundIfMissing(database).then(
          (loaded) => {
            if (loaded) {
              console.log(
                `De demo-enquêteronde is geladen (${loaded.invited} uitgenodigd, ${loaded.responses} reacties).`,
              );
            }
          },
          (error: unknown) => {
            console.error('De demo-enquêteronde kon niet worden geladen:', error);
          },
        );
      }
    });

  program
    .command('migrate')
    .description('Breng de database naar de nieuwste versie')
    .action(async () => {
      const config = readConfig();
      const database = await openPlatform(config);
      await database.close();
      console.log('De database is bijgewerkt.');
    });
}
