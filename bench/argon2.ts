import os from 'node:os';
import { hashPassword, verifyPassword } from '../server/auth/password.js';
import { round, summarize } from './stats.js';

export interface Argon2Cost {
  verifications: number;
  /** One argon2id verification with the server's settings, alone, in this process. */
  verifyMs: number;
  /** Cores divided by that time: what logins per second could reach if hashing were all. */
  ceilingPerSecond: number;
}

/** The price of one password check, measured with the server's own code and settings. */
export async function measureArgon2(verifications = 20): Promise<Argon2Cost> {
  const stored = await hashPassword('Meetwerk-bench-wachtwoord');
  await verifyPassword(stored, 'Meetwerk-bench-wachtwoord');
  const times: number[] = [];
  for (let i = 0; i < verifications; i += 1) {
    const started = performance.now();
    if (!(await verifyPassword(stored, 'Meetwerk-bench-wachtwoord'))) {
      throw new Error('argon2: het wachtwoord klopt niet');
    }
    times.push(performance.now() - started);
  }
  const verifyMs = summarize(times).median;
  return {
    verifications,
    verifyMs: round(verifyMs),
    ceilingPerSecond: round((os.availableParallelism() * 1000) / verifyMs),
  };
}
