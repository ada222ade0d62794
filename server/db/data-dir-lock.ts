import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite keeps its files in one folder that only one process may use at a time. A lock file
 * with the process id keeps a second `meetwerk` command from opening (and damaging) a
 * database that a running server holds.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'meetwerk.lock');
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(fs.readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `De database in ${dataDir} is in gebruik door een ander Meetwerk-proces (pid ${holder}). ` +
          'Stop dat proces eerst.',
      );
    }
    fs.writeFileSync(file, String(process.pid));
  }
  return () => fs.rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
