import { describe, expect, it } from 'vitest';
import { errorField, hasOwnText, insertAt, isDirty, saveFields, unknownVariables } from './template';

const original = { subject: 'Onderwerp', textBody: 'Tekst', htmlBody: '<p>Tekst</p>' };

describe('mail text editing', () => {
  it('saves a changed field and keeps unchanged inherited fields inherited', () => {
    const sources = { subject: 'STANDARD', textBody: 'PROVIDER', htmlBody: 'STANDARD' } as const;
    expect(saveFields('EMPLOYER', original, sources, { ...original, subject: 'Nieuw' })).toEqual({
      subject: 'Nieuw',
      textBody: null,
      htmlBody: null,
    });
  });

  it("keeps the level's own texts, changed or not", () => {
    const sources = { subject: 'EMPLOYER', textBody: 'STANDARD', htmlBody: 'PROVIDER' } as const;
    expect(saveFields('EMPLOYER', original, sources, original)).toEqual({ subject: 'Onderwerp', textBody: null, htmlBody: null });
    // At the provider's level, PROVIDER is its own.
    expect(saveFields('PROVIDER', original, sources, original)).toEqual({ subject: null, textBody: null, htmlBody: '<p>Tekst</p>' });
  });

  it('knows when there is something to reset and something unsaved', () => {
    expect(hasOwnText('EMPLOYER', { subject: 'PROVIDER', textBody: 'STANDARD', htmlBody: 'STANDARD' })).toBe(false);
    expect(hasOwnText('PROVIDER', { subject: 'PROVIDER', textBody: 'STANDARD', htmlBody: 'STANDARD' })).toBe(true);
    expect(isDirty(original, original)).toBe(false);
    expect(isDirty(original, { ...original, htmlBody: '' })).toBe(true);
  });

  it('puts a userError at its field', () => {
    expect(errorField(['input', 'textBody'])).toBe('textBody');
    expect(errorField(['input', 'level'])).toBeNull();
    expect(errorField(null)).toBeNull();
  });

  it('inserts a variable at the caret or over the selection', () => {
    expect(insertAt('Beste ,', 6, 6, '{{.FirstName}}')).toEqual({ value: 'Beste {{.FirstName}},', caret: 20 });
    expect(insertAt('Beste NAAM,', 6, 10, '{{.FirstName}}')).toEqual({ value: 'Beste {{.FirstName}},', caret: 20 });
    expect(insertAt('abc', 99, 99, 'X')).toEqual({ value: 'abcX', caret: 4 });
  });

  it('finds variables the kind of mail does not have', () => {
    const known = ['FirstName', 'Link'];
    expect(unknownVariables('Hoi {{.FirstName}}, {{ .Voornaam }} {{if .Link}}x{{end}} {{- .Oops}}', known)).toEqual(['Voornaam', 'Oops']);
    expect(unknownVariables('{{.FirstName}}', known)).toEqual([]);
  });
});
