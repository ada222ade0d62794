import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import boundaries from './boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2024, sourceType: 'module' },
});
const server = path.resolve(import.meta.dirname, '../server');
const at = (file: string) => path.join(server, file);

tester.run('domain-imports', boundaries.rules['domain-imports'], {
  valid: [
    // Its own files, the platform, another domain's service, and row types.
    {
      filename: at('results/results.service.ts'),
      code: "import { x } from './results.repository.js';",
    },
    {
      filename: at('results/results.service.ts'),
      code: "import { inTenant } from '../db/database.js';",
    },
    {
      filename: at('results/results.service.ts'),
      code: "import { findTenant } from '../tenants/tenant.repository.js';",
    },
    {
      filename: at('results/results.service.ts'),
      code: "import { x } from '../surveys/survey.service.js';",
    },
    {
      filename: at('results/results.repository.ts'),
      code: "import type { SurveyRow } from '../surveys/survey.table.js';",
    },
    // The composition roots and tests may know every domain.
    {
      filename: at('http/app.ts'),
      code: "import { surveyRoutes } from '../surveys/survey.routes.js';",
    },
    {
      filename: at('results/results.routes.test.ts'),
      code: "import { x } from '../surveys/survey.repository.js';",
    },
  ],
  invalid: [
    {
      // A deliberate cross-domain import in a test fixture file.
      filename: at('results/results.fixtures.ts'),
      code: "import { insertResponse } from '../surveys/responses/response.repository.js';",
      errors: [{ messageId: 'internals' }],
    },
    {
      filename: at('outcomes/outcome.service.ts'),
      code: "export { newCode } from '../surveys/invitations/codes.js';",
      errors: [{ messageId: 'internals' }],
    },
    {
      filename: at('results/results.service.ts'),
      code: "import { SurveyRow } from '../surveys/survey.table.js';",
      errors: [{ messageId: 'internals' }],
    },
    {
      filename: at('charts/comparison-chart.ts'),
      code: "import { escapeHtml } from '../resident/html.js';",
      errors: [{ messageId: 'platform' }],
    },
  ],
});

tester.run('sql-in-repositories', boundaries.rules['sql-in-repositories'], {
  valid: [
    {
      filename: at('results/results.repository.ts'),
      code: "import { sql } from 'kysely'; trx.selectFrom('x');",
    },
    { filename: at('results/results.service.ts'), code: "import { type Kysely } from 'kysely';" },
    { filename: at('db/migrations/2026-01-01T0000-x.ts'), code: "import { sql } from 'kysely';" },
    { filename: at('surveys/responses/fixtures.ts'), code: "trx.insertInto('responses');" },
  ],
  invalid: [
    {
      filename: at('results/results.service.ts'),
      code: "import { sql } from 'kysely';",
      errors: [{ messageId: 'sql' }],
    },
    {
      filename: at('http/health.routes.ts'),
      code: "db.selectFrom('tenants').selectAll().execute();",
      errors: [{ messageId: 'sql' }],
    },
  ],
});
