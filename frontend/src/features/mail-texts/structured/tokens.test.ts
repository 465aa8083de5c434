import { describe, expect, it } from 'vitest';
import { blockInputs, changeKind, editorBlocks, move } from './blocks';
import { conditionSummary, segments } from './tokens';

describe('segments (R15 structured editor)', () => {
  it('splits text, variables and whole conditions, as the server does', () => {
    expect(segments('Beste {{.FirstName}}, geldig{{if .ExpiresAt}} (tot {{.ExpiresAt}}){{end}}.')).toEqual([
      { kind: 'text', text: 'Beste ' },
      { kind: 'variable', name: 'FirstName' },
      { kind: 'text', text: ', geldig' },
      { kind: 'condition', name: 'ExpiresAt', raw: '{{if .ExpiresAt}} (tot {{.ExpiresAt}}){{end}}' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('keeps nested conditions in one chip', () => {
    const raw = '{{if .LeaveRequest}}a {{if .Accepted}}ja{{else}}nee{{end}}{{else}}b{{end}}';
    expect(segments(raw + '!')).toEqual([
      { kind: 'condition', name: 'LeaveRequest', raw },
      { kind: 'text', text: '!' },
    ]);
  });
  it('leaves anything else as text, for the server to refuse', () => {
    expect(segments('{{range .X}}{{if .Y}}')).toEqual([{ kind: 'text', text: '{{range .X}}{{if .Y}}' }]);
  });
});

describe('conditionSummary', () => {
  it('shows the content with labels and alternatives, no markup', () => {
    expect(conditionSummary('{{if .Accepted}}<strong>toegekend</strong>{{else}}afgewezen{{end}}', (n) => n)).toBe('toegekend / afgewezen');
    expect(conditionSummary('{{if .ExpiresAt}} (tot {{.ExpiresAt}}){{end}}', () => 'Vervaldatum')).toBe('(tot [Vervaldatum])');
  });
});

describe('blocks', () => {
  it('sends only the fields of the kind', () => {
    const [p, l, b] = editorBlocks([
      { kind: 'PARAGRAPH', text: 'x', items: [] },
      { kind: 'LIST', text: '', items: ['a', 'b'] },
      { kind: 'BUTTON', text: 'Klik', items: [], link: 'Link', condition: 'Link' },
    ]);
    expect(blockInputs([p!, l!, b!])).toEqual([
      { kind: 'PARAGRAPH', condition: null, text: 'x' },
      { kind: 'LIST', condition: null, items: ['a', 'b'] },
      { kind: 'BUTTON', condition: 'Link', text: 'Klik', link: 'Link' },
    ]);
  });
  it('changes kind without losing the text, and moves', () => {
    const [p] = editorBlocks([{ kind: 'PARAGRAPH', text: 'x', items: [] }]);
    const list = changeKind(p!, 'LIST', null);
    expect(list.items).toEqual(['x']);
    expect(changeKind(list, 'BUTTON', 'Link')).toMatchObject({ kind: 'BUTTON', text: 'x', link: 'Link' });
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
