import { describe, expect, it } from 'vitest';
import { editorReducer, initialEditorState, type TemplateData } from './editorState';

const template = (subject: string): TemplateData => ({
  kind: 'ACCESS_BLOCKED',
  locale: 'nl',
  subject,
  subjectSource: 'STANDARD',
  textBody: 'Beste {{.FirstName}}',
  textBodySource: 'STANDARD',
  htmlBody: '<p>Beste {{.FirstName}}</p>',
  htmlBodySource: 'STANDARD',
});

describe('the mail-text editor state', () => {
  it('edits a draft over the stored text, and undo goes back to it', () => {
    let state = initialEditorState(template('Welkom'));
    state = editorReducer(state, { type: 'change', field: 'subject', value: 'Welkom bij ons' });
    expect(state.draft.subject).toBe('Welkom bij ons');
    expect(state.base.subject).toBe('Welkom');
    state = editorReducer(state, { type: 'undo' });
    expect(state.draft.subject).toBe('Welkom');
  });

  it('takes the stored template after a save and says so until the next change', () => {
    let state = initialEditorState(template('Welkom'));
    state = editorReducer(state, { type: 'change', field: 'subject', value: 'Hallo' });
    state = editorReducer(state, { type: 'saveStarted' });
    expect(state.saving).toBe(true);
    state = editorReducer(state, { type: 'stored', template: template('Hallo'), done: 'mailTexts.saved' });
    state = editorReducer(state, { type: 'saveEnded' });
    expect(state).toMatchObject({ saving: false, done: 'mailTexts.saved', formError: null });
    expect(state.base.subject).toBe('Hallo');
    state = editorReducer(state, { type: 'change', field: 'textBody', value: 'Hoi' });
    expect(state.done).toBeNull();
  });

  it('keeps a form error until the next save starts', () => {
    let state = editorReducer(initialEditorState(template('Welkom')), { type: 'saveFailed', formError: 'error.generic' });
    expect(state.formError).toBe('error.generic');
    state = editorReducer(state, { type: 'saveStarted' });
    expect(state.formError).toBeNull();
  });

  it('follows a changed list unless the user is editing', () => {
    const clean = editorReducer(initialEditorState(template('Welkom')), { type: 'listChanged', template: template('Nieuw'), seen: 'x' });
    expect(clean).toMatchObject({ seen: 'x', draft: { subject: 'Nieuw' }, base: { subject: 'Nieuw' } });

    const editing = editorReducer(initialEditorState(template('Welkom')), { type: 'change', field: 'subject', value: 'Mijn tekst' });
    const kept = editorReducer(editing, { type: 'listChanged', template: template('Nieuw'), seen: 'y' });
    expect(kept).toMatchObject({ seen: 'y', draft: { subject: 'Mijn tekst' }, base: { subject: 'Welkom' } });
  });
});
