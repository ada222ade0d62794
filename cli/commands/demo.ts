import type { Command } from 'commander';
import {
  isDemoLoaded,
  hasAnyAccount,
  loadDemo,
  resetDemo,
} from '../../server/demo/demo.service.js';
import { withDatabase } from '../context.js';
import { progressBar } from '../progress.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Laad de demo-omgeving, of zet haar terug (--reset)')
    .option(
      '--reset',
      'wis alle accounts, sessies, auditlog en organisaties en laad de demo opnieuw',
    )
    .option('--ja', 'vraag niet om bevestiging bij --reset')
    .action(async (options: { reset?: boolean; ja?: boolean }) => {
      await withDatabase(async (database) => {
        const bar = progressBar('Demo');
        const update = (d: number, t: number, s: string) => bar.update(d, t, s);
        if (options.reset) {
          if (!options.ja) {
            throw new Error(
              'Reset wist alle accounts, sessies en de auditlog. Herhaal met --reset --ja om door te gaan.',
            );
          }
          await resetDemo(database, update);
          bar.stop();
          console.log('De demo-omgeving is teruggezet.');
          return;
        }
        if (await isDemoLoaded(database.db)) {
          console.log(
            'De demo-omgeving is al geladen. Gebruik --reset --ja om haar terug te zetten.',
          );
          return;
        }
        if (await hasAnyAccount(database.db)) {
          throw new Error(
            'Deze database heeft al eigen accounts; de demo wordt daar niet bij geladen. Gebruik een lege database.',
          );
        }
        await loadDemo(database, update);
        bar.stop();
        console.log('De demo-omgeving is geladen.');
      });
    });
}
