import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dutchMessages } from '../../i18n/catalogue';
import { useFieldErrors } from './useFieldErrors';

const wrapper = ({ children }: { children: ReactNode }) => (
  <IntlProvider locale="nl" messages={dutchMessages}>
    {children}
  </IntlProvider>
);

describe('useFieldErrors', () => {
  it('gives the texts per field, focuses the first field in error and clears one field at a time', () => {
    const a = { current: document.createElement('input') };
    const b = { current: document.createElement('input') };
    document.body.append(a.current, b.current);
    onTestFinished(() => {
      a.current.remove();
      b.current.remove();
    });
    const { result } = renderHook(() => useFieldErrors<'a' | 'b'>({ a, b }), { wrapper });

    let shown = false;
    act(() => void (shown = result.current.show({ b: { id: 'app.documentTitle', values: { page: 'Inloggen' } }, a: 'error.generic' })));
    expect(shown).toBe(true);
    expect(result.current.validationErrors).toEqual({ a: 'Er ging iets mis. Probeer het opnieuw.', b: 'Inloggen – Werkportaal' });
    expect(document.activeElement).toBe(a.current);

    const before = result.current.errors;
    act(() => result.current.clear('a'));
    expect(result.current.validationErrors).toEqual({ b: 'Inloggen – Werkportaal' });
    act(() => result.current.clear('a'));
    expect(result.current.errors).not.toBe(before);
    const after = result.current.errors;
    act(() => result.current.clear('a'));
    expect(result.current.errors).toBe(after);

    act(() => void (shown = result.current.show({})));
    expect(shown).toBe(false);
    expect(result.current.validationErrors).toEqual({});
  });
});
