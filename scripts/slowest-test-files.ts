import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the ten test files that took longest after a run, so that CI's time budget (25 minutes
 * for `.ci/run` on two cores) is watched file by file as modules are added. With
 * `MEETWERK_TEST_TIMES` set to a file, it also appends every file's time there (seconds, the
 * database, the file), from which `.ci/run` prints the slowest of all its runs at the end.
 */
export default class SlowestTestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length < 2) return;
    const timed = modules.map((module) => {
      const d = module.diagnostic();
      return {
        file: module.relativeModuleId,
        seconds: (d.duration + d.collectDuration + d.setupDuration + d.prepareDuration) / 1000,
      };
    });
    timed.sort((a, b) => b.seconds - a.seconds);
    const times = process.env.MEETWERK_TEST_TIMES;
    if (times) {
      const on = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
      fs.appendFileSync(
        times,
        timed.map(({ file, seconds }) => `${seconds.toFixed(1)}\t${on}\t${file}\n`).join(''),
      );
    }
    const lines = timed
      .slice(0, 10)
      .map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${file}`);
    console.log(`\nSlowest test files (of ${modules.length}):\n${lines.join('\n')}\n`);
  }
}
