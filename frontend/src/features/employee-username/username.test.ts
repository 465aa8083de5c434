import { describe, expect, it } from 'vitest';
import { usernameFormatOk } from './username';

describe('usernameFormatOk (the server’s rule: 3–64 letters, digits, . _ - @)', () => {
  it.each(['jan', 'jan.jansen', 'Jan_Jansen-2', 'jan@example.nl', 'jöns', 'x'.repeat(64)])('%s is fine', (u) => {
    expect(usernameFormatOk(u)).toBe(true);
  });
  it.each(['', 'ja', 'jan jansen', 'jan!', 'x'.repeat(65), 'jan/jansen'])('%s is not', (u) => {
    expect(usernameFormatOk(u)).toBe(false);
  });
});
