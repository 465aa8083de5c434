import { describe, expect, it } from 'vitest';
import { resetLinkView, resetLinkViewForError } from './resetLink';

describe('resetLinkView (password link state → page)', () => {
  it.each([
    ['VALID', 'form'],
    ['EXPIRED', 'expired'],
    ['USED', 'used'],
    ['INVALID', 'invalid'],
    [null, 'invalid'],
    [undefined, 'invalid'],
  ] as const)('%s → %s', (state, view) => {
    expect(resetLinkView(state)).toBe(view);
  });

  it.each([
    ['RESET_LINK_EXPIRED', 'expired'],
    ['RESET_LINK_USED', 'used'],
    ['RESET_LINK_INVALID', 'invalid'],
    ['PASSWORD_TOO_SHORT', null],
    [null, null],
  ])('resetPassword refused with %s → %s', (code, view) => {
    expect(resetLinkViewForError(code)).toBe(view);
  });
});
