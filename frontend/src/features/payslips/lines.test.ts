import { describe, expect, it } from 'vitest';
import { formatCents } from './lines';

describe('amounts', () => {
  it('are euros in Dutch notation', () => {
    expect(formatCents(123_456, 'nl-NL').replace(/\s/g, ' ')).toBe('€ 1.234,56');
    expect(formatCents(-5, 'nl-NL').replace(/\s/g, ' ')).toBe('€ -0,05');
    expect(formatCents(123_456, 'en')).toBe('€1,234.56');
  });
});
