import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('passwords', () => {
  it('are stored as an argon2id hash with the OWASP settings, salted anew each time', async () => {
    const first = await hashPassword('correct paard batterij niet');
    const second = await hashPassword('correct paard batterij niet');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toContain('correct paard');
    expect(second).not.toBe(first);
  });

  it('verify only the right password', async () => {
    const stored = await hashPassword('Wachtwoord-met-ë-en-€');
    expect(await verifyPassword(stored, 'Wachtwoord-met-ë-en-€')).toBe(true);
    expect(await verifyPassword(stored, 'wachtwoord-met-ë-en-€')).toBe(false);
    expect(await verifyPassword(stored, 'Wachtwoord-met-e-en-€')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
  });

  it('say no, without an error, for an account without password or a damaged hash', async () => {
    expect(await verifyPassword(null, '')).toBe(false);
    expect(await verifyPassword(null, 'wat-dan-ook')).toBe(false);
    expect(await verifyPassword('geen-hash', 'wat-dan-ook')).toBe(false);
  });

  it('take about as long for an unknown account as for a known one', async () => {
    const stored = await hashPassword('iets');
    await verifyPassword(null, 'opwarmen');
    let known = 0;
    let unknown = 0;
    // Taken in turns, so that a busy machine slows both down alike.
    for (let i = 0; i < 4; i++) {
      let start = performance.now();
      await verifyPassword(stored, 'fout');
      known += performance.now() - start;
      start = performance.now();
      await verifyPassword(null, 'fout');
      unknown += performance.now() - start;
    }
    // Without the dummy check an unknown account would answer a hundred times faster.
    expect(unknown).toBeGreaterThan(known / 4);
  });
});
