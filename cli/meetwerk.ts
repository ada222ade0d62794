import { Command, CommanderError } from 'commander';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerClients } from './commands/clients.js';
import { registerDemo } from './commands/demo.js';
import { registerOutcomes } from './commands/outcomes.js';
import { registerRegistrations } from './commands/registrations.js';
import { registerResponses } from './commands/responses.js';
import { registerResults } from './commands/results.js';
import { registerServe } from './commands/serve.js';
import { registerSurvey } from './commands/survey.js';
import { registerUsers } from './commands/users.js';

// `meetwerk user list | head -1`: when the reader stops early, stop quietly like other tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('meetwerk')
  .description('Meetwerk: meten wat telt in het sociaal domein')
  .showHelpAfterError()
  .exitOverride();

registerServe(program);
registerDemo(program);
registerUsers(program);
registerAudit(program);
registerBackup(program);
registerSurvey(program);
registerResponses(program);
registerResults(program);
registerClients(program);
registerOutcomes(program);
registerRegistrations(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  console.error(`Fout: ${(error as Error).message}`);
  process.exit(1);
}
