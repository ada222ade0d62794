import { loadDemo } from '../../server/demo/demo.service.js';
import { syncReferenceData } from '../../server/platform/reference-data.js';
import { prepareEmbeddedTemplate } from '../../server/testing/template-database.js';

/** Names the dump of a database with the demo world loaded, made once per browser-test run. */
export const DEMO_DUMP_ENV = 'MEETWERK_TEST_DEMO_DUMP';

/**
 * Vitest global set-up of the browser tests: loads the demo world once, and every test file's
 * server starts from a copy of it instead of generating the whole demo again.
 */
export default function prepareDemoTemplate(): Promise<() => Promise<void>> {
  return prepareEmbeddedTemplate(DEMO_DUMP_ENV, async (database) => {
    await syncReferenceData(database.db);
    await loadDemo(database);
  });
}
