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
  // BENCH_SERVER_NODE_ARGS passes flags to the server's Node only (e.g. `--cpu-prof
  // --cpu-prof-dir=/tmp/prof`), which NODE_OPTIONS does not allow.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve'], {
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

/**
 * CPU time used so far by every local PostgreSQL process (`postgres` in /proc/<pid>/comm: the
 * backends serving the benchmark and the server's own workers), in ms; undefined off Linux.
 */
export function postgresCpuTimeMs(): number | undefined {
  try {
    let total = 0;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^[0-9]+$/.test(entry)) continue;
      try {
        if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
        total += cpuTimeMs(Number(entry)) ?? 0;
      } catch {
        // The process ended while we looked.
      }
    }
    return total;
  } catch {
    return undefined;
  }
}

/** Busy CPU time of the whole machine so far (all cores, all processes), in ms, from /proc/stat. */
export function machineBusyMs(): number | undefined {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return (
      (((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) *
        1000) /
      CLOCK_TICKS
    );
  } catch {
    return undefined;
  }
}

// sysconf(_SC_CLK_TCK): 100 on every Linux that Node supports.
const CLOCK_TICKS = 100;
