// Every installed package must run on the oldest Node.js the project promises (package.json
// `engines.node`, the same version the README names): a dependency that wants a newer Node would
// install with only a warning and then fail at run time on a machine that follows the README.
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(import.meta.dirname, '..');
const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

const promised = read('package.json').engines?.node;
const oldest = promised && semver.minVersion(promised);
if (!oldest) {
  console.error('package.json names no engines.node to check against.');
  process.exit(1);
}

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const named = /Node\.js ≥ (\d+\.\d+)/.exec(readme)?.[1];
const failures = [];
if (named !== `${oldest.major}.${oldest.minor}`) {
  failures.push(`README names Node.js ${named ?? '(none)'}, package.json ${promised}`);
}

for (const [where, entry] of Object.entries(read('package-lock.json').packages ?? {})) {
  const wants = entry.engines?.node;
  if (!where || !wants || (typeof wants === 'string' && wants.trim() === '*')) continue;
  if (!semver.satisfies(oldest, wants)) {
    failures.push(`${where.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wants}`);
  }
}

if (failures.length > 0) {
  console.error(`Not every dependency runs on Node.js ${oldest.version}:`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log(`Every dependency runs on Node.js ${oldest.version}.`);
