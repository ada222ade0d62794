import type { ESLint, Rule } from 'eslint';

declare const plugin: ESLint.Plugin & {
  rules: Record<'domain-imports' | 'sql-in-repositories', Rule.RuleModule>;
};
export default plugin;
export declare const PLATFORM_FOLDERS: Set<string>;
