import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProviders } from '../../../app/AppProviders';
import { loadMessages } from '../../../i18n/locale';
import mailTexts from '../messages.nl.json';
import { blockInputs, editorBlocks } from './blocks';
import type { ChipTextHandle } from './ChipText';
import { readChipText } from './ChipText';
import { StructuredEditor, type StructuredDraft } from './StructuredEditor';

const VARIABLES = [
  { name: 'FirstName', description: 'Voornaam van de werknemer' },
  { name: 'Link', description: 'Persoonlijke link waarmee de werknemer het account aanmaakt (4 dagen geldig)' },
  { name: 'ExpiresAt', description: 'Datum en tijd waarop de uitnodiging verloopt' },
];

async function renderEditor(start: StructuredDraft) {
  const seen: StructuredDraft[] = [];
  const focused: { handle: ChipTextHandle | null } = { handle: null };
  function Harness() {
    const [draft, setDraft] = useState(start);
    return (
      <StructuredEditor
        draft={draft}
        onChange={(next) => {
          seen.push(next);
          setDraft(next);
        }}
        variables={VARIABLES}
        onFocused={(h) => {
          focused.handle = h;
        }}
        subjectError={null}
        subjectSource={null}
        bodySource={null}
        bodyError={null}
      />
    );
  }
  render(
    <AppProviders locale="nl" messages={{ ...(await loadMessages('nl')), ...mailTexts }}>
      <Harness />
    </AppProviders>,
  );
  return { seen, focused };
}

describe('StructuredEditor (R15)', () => {
  it('shows variables and conditions as labelled chips, not as {{.Name}}', async () => {
    await renderEditor({
      subject: 'Welkom {{.FirstName}}',
      blocks: editorBlocks([{ kind: 'PARAGRAPH', text: 'Beste {{.FirstName}}, geldig{{if .ExpiresAt}} tot {{.ExpiresAt}}{{end}}.', items: [] }]),
    });
    const subject = screen.getByRole('textbox', { name: 'Onderwerp' });
    expect(subject).toHaveTextContent('Welkom Voornaam van de werknemer');
    expect(subject.textContent).not.toContain('{{');
    const text = screen.getByRole('textbox', { name: 'Tekst van onderdeel 1 (Alinea)' });
    expect(text.textContent).toBe('Beste Voornaam van de werknemer, geldigAlleen als Datum en tijd waarop de uitnodiging ver… bekend is: tot [Datum en tijd waarop de uitnodiging ver…].');
    // Reading the field back gives the template text unchanged.
    expect(readChipText(text)).toBe('Beste {{.FirstName}}, geldig{{if .ExpiresAt}} tot {{.ExpiresAt}}{{end}}.');
  });

  it('reports typed text with the chips as tokens, and inserts a variable where the cursor was', async () => {
    const { seen, focused } = await renderEditor({ subject: 'Hoi', blocks: editorBlocks([{ kind: 'PARAGRAPH', text: 'Beste ,', items: [] }]) });
    const text = screen.getByRole('textbox', { name: 'Tekst van onderdeel 1 (Alinea)' });
    act(() => text.focus());
    expect(focused.handle).not.toBeNull();
    // Put the caret after "Beste " and insert the first name there.
    const range = document.createRange();
    range.setStart(text.firstChild!, 'Beste '.length);
    range.collapse(true);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.keyUp(text);
    act(() => focused.handle!.insertVariable('FirstName'));
    expect(seen.at(-1)!.blocks[0]!.text).toBe('Beste {{.FirstName}},');
    expect(within(text).getByText('Voornaam van de werknemer')).toHaveAttribute('contenteditable', 'false');
    // Typing more text: the DOM is read back into the template text.
    text.append(document.createTextNode(' welkom'));
    fireEvent.input(text);
    expect(seen.at(-1)!.blocks[0]!.text).toBe('Beste {{.FirstName}}, welkom');
  });

  it('adds, moves, changes and removes blocks', async () => {
    const user = userEvent.setup();
    const { seen } = await renderEditor({
      subject: 'Hoi',
      blocks: editorBlocks([
        { kind: 'PARAGRAPH', text: 'Eerste', items: [] },
        { kind: 'FOOTER', text: 'Slot', items: [] },
      ]),
    });
    await user.click(screen.getByRole('button', { name: 'Onderdeel 2 omhoog' }));
    expect(blockInputs(seen.at(-1)!.blocks).map((b) => b.text)).toEqual(['Slot', 'Eerste']);
    await user.click(screen.getAllByRole('button', { name: 'Onderdeel hieronder toevoegen' })[0]!);
    expect(seen.at(-1)!.blocks.map((b) => b.kind)).toEqual(['FOOTER', 'PARAGRAPH', 'PARAGRAPH']);
    await user.click(screen.getByRole('button', { name: 'Onderdeel 2 verwijderen' }));
    expect(seen.at(-1)!.blocks.map((b) => b.text)).toEqual(['Slot', 'Eerste']);
    // A button points at an address variable: only Link qualifies here.
    await user.click(screen.getByRole('button', { name: /Soort onderdeel 2/ }));
    await user.click(screen.getByRole('option', { name: 'Knop' }));
    expect(blockInputs(seen.at(-1)!.blocks)[1]).toEqual({ kind: 'BUTTON', condition: null, text: 'Eerste', link: 'Link' });
  });
});
