import { createHmac } from 'node:crypto';
import { test } from '@playwright/test';

/*
 * TOTP (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), as an authenticator app computes it, for the
 * staff users' second factor (R43). The server accepts a step once per user (replay refused) and one
 * step of drift either way, so codes() hands out each step once per user and waits for the next step
 * when the last one allowed is used.
 */

const PERIOD_MS = 30_000;

function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = input.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The code of `secret` (base32, spaces allowed) at time step `step`. */
export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return n.toString().padStart(6, '0');
}

const lastStep = new Map<string, number>();

/**
 * A code of `secret` for `user` that the server has not seen yet: the current step, or the next one
 * (within the drift the server allows), else it waits for the next step.
 */
export async function freshTotp(user: string, secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / PERIOD_MS);
    const step = Math.max(current, (lastStep.get(user) ?? -1) + 1);
    if (step <= current + 1) {
      lastStep.set(user, step);
      return totpAt(secret, step);
    }
    const wait = (step - 1) * PERIOD_MS - now + 50;
    // The wait is the replay rule's, not the journey's: it does not count against the test's time.
    const info = test.info();
    info.setTimeout(info.timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** After a refusal (a worker restarted and forgot what it used): skip past every step it may have used. */
export function skipUsedSteps(user: string): void {
  lastStep.set(user, Math.floor(Date.now() / PERIOD_MS) + 1);
}
