import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint-rules/boundaries.js';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'web/dist', 'coverage', 'cli/bin.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      eqeqeq: ['error', 'always'],
      // Fastify plugins and route handlers are async by contract, with or without an await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The server's domains stay apart: ADR 0012.
    files: ['server/**/*.ts'],
    plugins: { meetwerk: boundaries },
    rules: {
      'meetwerk/domain-imports': 'error',
      'meetwerk/sql-in-repositories': 'error',
    },
  },
  {
    files: ['eslint.config.js', 'scripts/**/*.mjs', 'eslint-rules/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // shared/ is used by the server, the web app and the CLI: it may depend on none of them.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/server/**',
                '**/web/**',
                '**/cli/**',
                'node:*',
                'fastify*',
                'kysely*',
                'pg',
              ],
              message: 'shared/ mag alleen van zichzelf en van zod afhangen.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app runs in the browser: no server code, no database.
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/cli/**'],
              message: 'De webapp praat alleen via de API met de server.',
            },
          ],
        },
      ],
    },
  },
  {
    // The configuration owns its defaults and imports no application code: no import circle
    // can pass through it.
    files: ['server/config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['./*', '../*'], message: 'config.ts importeert geen applicatiecode.' },
          ],
        },
      ],
    },
  },
  {
    // Migrations are frozen in time: they never import application code.
    files: ['server/db/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', '!./*'], message: 'Een migratie importeert geen applicatiecode.' },
          ],
        },
      ],
    },
  },
);
