import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the ten test files that took longest after a run, so that CI's time budget (25 minutes
 * for `.ci/run` on two cores) is watched file by file as modules are added.
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
    const lines = timed
      .slice(0, 10)
      .map(({ file, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${file}`);
    console.log(`\nSlowest test files (of ${modules.length}):\n${lines.join('\n')}\n`);
  }
}
