import { describe, expect, it } from 'vitest';
import { hoursText, parseHours } from './hours';
import { draftProblems, expiryDate, fieldOf, newDraft, updateInput } from './leaveType';
import { patternFieldOf, patternInput, patternProblems, withTwoWeeks, patternDraft } from './workPattern';

describe('leave type drafts (R28)', () => {
  it('reads hours the Dutch and the English way', () => {
    expect(parseHours('7,5')).toBe(7.5);
    expect(parseHours(' 7.25 ')).toBe(7.25);
    expect(parseHours('-4')).toBeNull();
    expect(parseHours('-4', { signed: true })).toBe(-4);
    expect(parseHours('7,555')).toBeNull();
    expect(hoursText(2.4, 'nl')).toBe('2,4');
  });

  it('holds the statutory type to 4 weeks and at least 6 months', () => {
    const d = { ...newDraft('nl'), name: 'Wettelijk', category: 'STATUTORY' as const, weeks: '5', expires: true, expiryMonths: '3' };
    expect(draftProblems(d)).toEqual({ weeks: 'statutoryWeeks', expiryMonths: 'statutoryExpiry' });
    expect(draftProblems({ ...d, weeks: '4', expiryMonths: '6' })).toEqual({});
    expect(draftProblems({ ...newDraft('nl'), name: ' ', weeks: '53', sortOrder: 'x' })).toEqual({ name: 'name', weeks: 'weeks', sortOrder: 'sortOrder' });
  });

  it('clears the expiry with neverExpires', () => {
    expect(updateInput('vls_1', { ...newDraft('nl'), name: 'ADV', expires: false })).toMatchObject({ id: 'vls_1', neverExpires: true });
    expect(updateInput('vls_1', { ...newDraft('nl'), name: 'ADV', expires: true, expiryMonths: '12' })).not.toHaveProperty('neverExpires');
    expect(fieldOf(['input', 'weeksPerYear'])).toBe('weeks');
  });

  it('expires 6 months after the year on 1 July, 60 months after it on 1 January five years on', () => {
    expect(expiryDate(2026, 6)).toEqual(new Date(2027, 6, 1));
    expect(expiryDate(2026, 60)).toEqual(new Date(2032, 0, 1));
  });
});

describe('work pattern drafts (R29)', () => {
  it('copies week A into week B and sends both with the day in week A', () => {
    const d = withTwoWeeks(patternDraft({ weeks: [{ monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 0, saturday: 0, sunday: 0 }] }, 'nl', '2026-03-04'), true);
    expect(d.weeks).toHaveLength(2);
    expect(patternInput('emt_1', d)).toEqual({
      employmentId: 'emt_1',
      weekAStartsOn: '2026-03-04',
      weeks: [
        { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 0, saturday: 0, sunday: 0 },
        { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 0, saturday: 0, sunday: 0 },
      ],
    });
    // Back to one week: week B is not sent.
    expect(patternInput('emt_1', withTwoWeeks(d, false)).weeks).toHaveLength(1);
  });

  it('finds the boxes out of range and a week without hours', () => {
    const d = patternDraft(null, 'nl', '2026-03-04');
    expect(patternProblems(d)).toEqual({ days: [], empty: true, anchor: false });
    d.weeks[0]!.friday = '25';
    expect(patternProblems(d).days).toEqual(['w0-friday']);
    expect(patternFieldOf(['input', 'weeks', '1', 'sunday'])).toBe('w1-sunday');
  });
});
