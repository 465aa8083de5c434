import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads a decimal comma and a point', () => {
    expect(parseDecimal('42')).toBe(42);
    expect(parseDecimal('12,50')).toBe(12.5);
    expect(parseDecimal(' € 7.3 ')).toBe(7.3);
  });
  it('refuses what is not an amount', () => {
    for (const t of ['', 'abc', '1,234,5', '12,345', '-3', '1.000,00']) expect(parseDecimal(t)).toBeNull();
  });
});
