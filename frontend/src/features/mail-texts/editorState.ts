import type { MailBlockKind, MailKind, MailLocale, MailTextSource } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { isDirty, type Sources, type TextField, type Texts } from './template';

export interface TemplateData {
  kind: MailKind;
  locale: MailLocale;
  subject: string;
  subjectSource: MailTextSource;
  textBody: string;
  textBodySource: MailTextSource;
  htmlBody: string;
  htmlBodySource: MailTextSource;
  /** The HTML body as the structured editor's blocks; null when it was written by hand (advanced only). */
  blocks?: ReadonlyArray<{ kind: MailBlockKind; condition?: string | null; text: string; items: readonly string[]; link?: string | null }> | null;
}

export const texts = (t: TemplateData): Texts => ({ subject: t.subject, textBody: t.textBody, htmlBody: t.htmlBody });
export const sources = (t: TemplateData): Sources => ({ subject: t.subjectSource, textBody: t.textBodySource, htmlBody: t.htmlBodySource });

/**
 * What the mail-text editor edits, together: the stored template (`base`), the draft over it, the
 * template the list last gave (`seen`), and the outcome of saving or resetting. They change
 * together — a save replaces base and draft and says so — so one reducer keeps them consistent.
 */
export interface EditorState {
  base: TemplateData;
  draft: Texts;
  seen: string;
  saving: boolean;
  formError: MessageId | null;
  done: 'mailTexts.saved' | 'mailTexts.resetDone' | null;
}

export type EditorAction =
  | { type: 'change'; field: TextField; value: string }
  | { type: 'undo' }
  | { type: 'saveStarted' }
  | { type: 'saveFailed'; formError: MessageId | null }
  | { type: 'saveEnded' }
  | { type: 'stored'; template: TemplateData; done: 'mailTexts.saved' | 'mailTexts.resetDone' }
  | { type: 'listChanged'; template: TemplateData; seen: string };

export function initialEditorState(template: TemplateData): EditorState {
  return { base: template, draft: texts(template), seen: JSON.stringify(template), saving: false, formError: null, done: null };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'change':
      return { ...state, draft: { ...state.draft, [action.field]: action.value }, done: null };
    case 'undo':
      return { ...state, draft: texts(state.base) };
    case 'saveStarted':
      return { ...state, saving: true, formError: null, done: null };
    case 'saveFailed':
      return { ...state, formError: action.formError };
    case 'saveEnded':
      return { ...state, saving: false };
    case 'stored':
      return { ...state, base: action.template, draft: texts(action.template), done: action.done };
    case 'listChanged':
      // The list refreshed (another level saved, a reset elsewhere): follow it unless the user is editing.
      if (isDirty(texts(state.base), state.draft)) return { ...state, seen: action.seen };
      return { ...state, seen: action.seen, base: action.template, draft: texts(action.template) };
  }
}
