import { describe, expect, it } from 'vitest';
import { compactIban, groupIban, isValidEmail, isValidIban, isValidPhone, normalizePostcode, valueLines } from './personalData';

const EMPTY = { street: '', postalCode: '', city: '', phone: '', email: '', iban: '', name: '' };

// The same cases as server/datachange/check_test.go: the page and the server agree.
describe('IBAN (ISO 13616)', () => {
  it.each([
    ['NL91ABNA0417164300', true],
    ['nl91 abna 0417 1643 00', true],
    ['NL91-ABNA-0417-1643-00', true],
    ['DE89370400440532013000', true],
    ['BE68539007547034', true],
    ['NL20INGB0001234567', true],
    ['NL91ABNA0417164301', false], // a digit wrong
    ['NL19ABNA0417164300', false], // check digits swapped
    ['NL91ABNA04171643O0', false], // a letter O for a zero
    ['NL91ABNA041716430', false], // one short
    ['DE8937040044053201300', false],
    ['BE68539007547035', false],
    ['US64SVBKUS6S3300958879', false], // not SEPA
    ['', false],
    ['NL', false],
  ])('%s → %s', (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });

  it('is shown in groups of four', () => {
    expect(groupIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(groupIban('be68 5390 0754 7034')).toBe('BE68 5390 0754 7034');
    expect(compactIban(' nl91 abna.0417-1643 00 ')).toBe('NL91ABNA0417164300');
  });
});

describe('postcode', () => {
  it.each([
    ['1234 AB', '1234 AB'],
    ['1234ab', '1234 AB'],
    [' 5301 ll ', '5301 LL'],
    ['0123 AB', null],
    ['1234 SA', null],
    ['1234 SS', null],
    ['1234 A', null],
    ['12345', null],
    ['B-1000', null],
  ])('%s → %s', (text, want) => {
    expect(normalizePostcode(text)).toBe(want);
  });
});

describe('phone and e-mail', () => {
  it('takes what the server takes', () => {
    expect(isValidPhone('06-12345678')).toBe(true);
    expect(isValidPhone('+31 (0)6 1234 5678')).toBe(true);
    expect(isValidPhone('0612')).toBe(false);
    expect(isValidPhone('bel me')).toBe(false);
    expect(isValidEmail('jan@voorbeeld.nl')).toBe(true);
    expect(isValidEmail('jan@voorbeeld')).toBe(false);
    expect(isValidEmail('jan@@voorbeeld.nl')).toBe(false);
    expect(isValidEmail('jan jansen@voorbeeld.nl')).toBe(false);
  });
});

describe('valueLines', () => {
  it('shows each field as people read it', () => {
    expect(valueLines('ADDRESS', { ...EMPTY, street: 'Hogeweg 135', postalCode: '5301 LL', city: 'Zaltbommel' })).toEqual([
      'Hogeweg 135',
      '5301 LL Zaltbommel',
    ]);
    expect(valueLines('IBAN', { ...EMPTY, iban: 'NL91ABNA0417164300' })).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(valueLines('EMERGENCY_CONTACT', { ...EMPTY, name: 'Els Jansen', phone: '06-12345678' })).toEqual(['Els Jansen', '06-12345678']);
    expect(valueLines('ADDRESS', EMPTY)).toEqual([]);
  });
});
