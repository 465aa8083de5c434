import type { MailTemplateScope, MailTextSource } from '../../gql/graphql';

export const TEXT_FIELDS = ['subject', 'textBody', 'htmlBody'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type Texts = Record<TextField, string>;
export type Sources = Record<TextField, MailTextSource>;

/** The source a level's own texts have: the provider's or the employer's. */
export function ownSource(scope: MailTemplateScope): MailTextSource {
  return scope === 'EMPLOYER' ? 'EMPLOYER' : 'PROVIDER';
}

/**
 * What setMailTemplate should save. A field this level already overrides is saved as edited; an
 * inherited field is saved only when it was changed, and otherwise stays inherited (null), so a save
 * never copies the provider's or the standard text into the level by accident.
 */
export function saveFields(scope: MailTemplateScope, original: Texts, sources: Sources, draft: Texts): Record<TextField, string | null> {
  const own = ownSource(scope);
  const out = {} as Record<TextField, string | null>;
  for (const field of TEXT_FIELDS) {
    out[field] = sources[field] === own || draft[field] !== original[field] ? draft[field] : null;
  }
  return out;
}

export function isDirty(original: Texts, draft: Texts): boolean {
  return TEXT_FIELDS.some((field) => original[field] !== draft[field]);
}

/** Whether the level has any text of its own (then "reset to standard" has something to remove). */
export function hasOwnText(scope: MailTemplateScope, sources: Sources): boolean {
  return TEXT_FIELDS.some((field) => sources[field] === ownSource(scope));
}

/** The field a userError points at (["input", "subject"] → subject), if it is one of the texts. */
export function errorField(path: readonly string[] | null | undefined): TextField | null {
  const last = path?.at(-1);
  return (TEXT_FIELDS as readonly string[]).includes(last ?? '') ? (last as TextField) : null;
}

/** `token` put into `value` in place of the selection start…end (the caret when equal). */
export function insertAt(value: string, start: number, end: number, token: string): { value: string; caret: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + token + value.slice(to), caret: from + token.length };
}

/** Variables a text uses ({{.Name}}, {{if .Name}}) that the kind of mail does not have. */
export function unknownVariables(text: string, known: readonly string[]): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\{\{-?\s*(?:if\s+)?\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!known.includes(match[1]!)) found.add(match[1]!);
  }
  return [...found];
}
