// Lint rules that keep the server's domains apart (ADR 0012). A domain folder under server/ may
// import the platform folders, shared/, its own files, and other domains only through their
// `*.service.ts` files; SQL is written only in `*.repository.ts` files.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const server = path.join(root, 'server');

/**
 * The platform (M0 and the kit) that every domain may use. Everything else directly under
 * server/ is a domain: a module of PRODUCT.md.
 */
export const PLATFORM_FOLDERS = new Set([
  'accounts',
  'audit',
  'auth',
  'charts',
  'db',
  'documents',
  'exports',
  'http',
  'imports',
  'jobs',
  'platform',
  'public',
  'reference',
  'sessions',
  'tenants',
  'testing',
]);

/** Top-level folder under server/ that `file` belongs to, or undefined outside server/. */
function folderOf(file) {
  const relative = path.relative(server, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length === 0 ? '' : first;
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type');
}

function isTest(file) {
  return /\.test\.tsx?$/.test(file);
}

const domainImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A domain uses other domains only through their *.service.ts files.' },
    schema: [],
    messages: {
      internals:
        "'{{target}}' is part of the domain '{{domain}}': import its *.service.ts instead (docs/adr/0012-domain-boundaries.md).",
      platform:
        "The platform folder '{{from}}' may not depend on the domain '{{domain}}' ('{{target}}'): let the domain register itself with the platform.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = folderOf(file);
    if (from === undefined || isTest(file)) return {};
    // The composition roots (the app and start-up) and the demo world know every domain.
    const relative = path.relative(server, file).split(path.sep).join('/');
    if (relative === 'http/app.ts' || ['demo', 'platform', 'testing'].includes(from)) return {};

    function check(node) {
      const specifier = node.source && node.source.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), specifier);
      const domain = folderOf(target);
      if (!domain || domain === from || PLATFORM_FOLDERS.has(domain)) return;
      // The row types of `*.table.ts` describe the one database every domain reads.
      if (isTypeOnly(node) && /\.table\.[jt]s$/.test(target)) return;
      const shown = path.relative(root, target).split(path.sep).join('/');
      if (PLATFORM_FOLDERS.has(from) || from === '') {
        if (/\.service\.[jt]s$/.test(target)) return;
        context.report({
          node: node.source,
          messageId: 'platform',
          data: { from, domain, target: shown },
        });
        return;
      }
      if (/\.service\.[jt]s$/.test(target)) return;
      context.report({
        node: node.source,
        messageId: 'internals',
        data: { domain, target: shown },
      });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check({ source: node.source });
      },
    };
  },
};

const QUERY_BUILDERS = new Set([
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
]);

const sqlInRepositories = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL is written only in *.repository.ts files.' },
    schema: [],
    messages: {
      sql: 'SQL belongs in a *.repository.ts file ({{what}}).',
    },
  },
  create(context) {
    const file = context.filename;
    const from = folderOf(file);
    if (from === undefined || isTest(file)) return {};
    // The database layer, migrations, the demo loaders, the test harness and test fixtures that
    // insert rows as they are are SQL by nature.
    if (/(\.repository|fixtures|\.testing|\/test-[a-z-]+)\.ts$/.test(file)) return {};
    if (['db', 'demo', 'testing'].includes(from)) return {};
    return {
      ImportSpecifier(node) {
        const declaration = node.parent;
        if (
          declaration.type === 'ImportDeclaration' &&
          declaration.source.value === 'kysely' &&
          declaration.importKind !== 'type' &&
          node.importKind !== 'type' &&
          node.imported.name === 'sql'
        ) {
          context.report({ node, messageId: 'sql', data: { what: "the sql tag of 'kysely'" } });
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'MemberExpression' &&
          callee.property.type === 'Identifier' &&
          QUERY_BUILDERS.has(callee.property.name)
        ) {
          context.report({
            node: callee.property,
            messageId: 'sql',
            data: { what: callee.property.name },
          });
        }
      },
    };
  },
};

export default {
  meta: { name: 'meetwerk-boundaries' },
  rules: { 'domain-imports': domainImports, 'sql-in-repositories': sqlInRepositories },
};
