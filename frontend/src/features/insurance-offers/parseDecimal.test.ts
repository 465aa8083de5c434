import { describe, expect, it } from 'vitest';
import { parseDecimal } from './InsuranceOffersPage';

describe('parseDecimal (R40: premium and discount as staff type them)', () => {
  it('reads Dutch and English decimals', () => {
    expect(parseDecimal('12,50')).toBe(12.5);
    expect(parseDecimal('12.50')).toBe(12.5);
    expect(parseDecimal('1.234,56')).toBe(1234.56);
    expect(parseDecimal(' 7,5 ')).toBe(7.5);
    expect(parseDecimal('10')).toBe(10);
  });
  it('is null when empty and NaN when not a number', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('tien')).toBeNaN();
    expect(parseDecimal('-5')).toBeNaN();
  });
});
