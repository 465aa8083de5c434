import { describe, expect, it } from 'vitest';
import { normalBsn, normalIban } from './identifiers';

// The same cases as server/preboarding's TestBSNElevenTest: 111222333 and 123456782 pass
// (9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−1·3 = 66 = 6·11).
describe('normalBsn (eleven test)', () => {
  it.each([
    ['111222333', '111222333'],
    ['123456782', '123456782'],
    [' 1112.22-333 ', '111222333'],
    ['11122233', null], // 011122233: 0+8+7+6+10+8+6+6−3 = 48, no multiple of 11
    ['123456789', null], // 147 = 13·11 + 4
    ['000000000', null], // sum 0
    ['1112223334', null],
    ['11122233a', null],
    ['', null],
  ])('%j → %j', (input, want) => {
    expect(normalBsn(input)).toBe(want);
  });
  it('gives eight digits a leading zero, as on older documents', () => {
    // 012345672: 0+8+14+18+20+20+18+14−2 = 110 = 10·11
    expect(normalBsn('12345672')).toBe('012345672');
  });
});

describe('normalIban (mod 97)', () => {
  it.each([
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['nl91 abna 0417 1643 00', 'NL91ABNA0417164300'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['NL91ABNA0417164301', null], // one digit off
    ['NL19ABNA0417164300', null], // swapped check digits
    ['NL91-ABNA-0417-1643-00', null], // the server takes spaces only
    ['NL91ABNA', null],
    ['', null],
  ])('%j → %j', (input, want) => {
    expect(normalIban(input)).toBe(want);
  });
});
