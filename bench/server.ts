import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from './http.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'cli/bin.js');

/** Children still running, so that an interrupted benchmark leaves no server behind. */
const running = new Set<ChildProcess>();
export function stopAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface StartedServer {
  url: string;
  pid: number;
  /** From spawning `node cli/bin.js serve` to the first 200 of GET /api/v1/health. */
  startMs: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node cli/bin.js serve` on 127.0.0.1 and a free port, and polls /api/v1/health every
 * 20 ms until it answers 200. `env` is added to this process's environment.
 */
export async function startServer(
  env: Record<string, string>,
  options: { timeoutMs?: number; keepLog?: boolean } = {},
): Promise<StartedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    // The request log goes to stdout; keep it only when asked, so reading it costs nothing.
    stdio: ['ignore', options.keepLog ? 'pipe' : 'ignore', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = started + (options.timeoutMs ?? 120_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`De server stopte met code ${child.exitCode}:\n${output}`);
    }
    try {
      const reply = await request(`${url}/api/v1/health`, { timeoutMs: 2_000 });
      if (reply.status === 200) {
        const pid = child.pid ?? -1;
        return { url, pid, startMs: performance.now() - started, output: () => output, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await stop();
  throw new Error(`De server antwoordde niet binnen de tijd:\n${output}`);
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux); undefined
 * elsewhere. Unlike throughput, this hardly depends on what else the machine is doing.
 */
export function cpuTimeMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

// sysconf(_SC_CLK_TCK): 100 on every Linux that Node supports.
const CLOCK_TICKS = 100;
