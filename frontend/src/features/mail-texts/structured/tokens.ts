/**
 * A block's text as the structured editor shows it (R15): plain text, variables ({{.Name}}) and
 * conditions ({{if .Name}}…{{end}}, kept whole). The server splits texts the same way
 * (server/mail/blocks.go); anything else stays plain text and the server refuses it on save.
 */
export type Segment = { kind: 'text'; text: string } | { kind: 'variable'; name: string } | { kind: 'condition'; raw: string; name: string };

const VARIABLE = /^\{\{\.([A-Za-z][A-Za-z0-9]*)\}\}/;
const IF = /^\{\{if \.([A-Za-z][A-Za-z0-9]*)\}\}/;

/** Length of the {{if}}…{{end}} that s starts with (nested ifs counted), or 0 when it is not closed. */
function conditionEnd(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; ) {
    const open = s.indexOf('{{', i);
    if (open < 0) return 0;
    const close = s.indexOf('}}', open);
    if (close < 0) return 0;
    const action = s.slice(open, close + 2);
    if (action.startsWith('{{if ')) depth++;
    else if (action === '{{end}}' && --depth === 0) return close + 2;
    i = close + 2;
  }
  return 0;
}

export function segments(value: string): Segment[] {
  const out: Segment[] = [];
  let text = '';
  let rest = value;
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  while (rest) {
    const at = rest.indexOf('{{');
    if (at < 0) {
      text += rest;
      break;
    }
    text += rest.slice(0, at);
    rest = rest.slice(at);
    const variable = VARIABLE.exec(rest);
    if (variable) {
      flush();
      out.push({ kind: 'variable', name: variable[1]! });
      rest = rest.slice(variable[0].length);
      continue;
    }
    const condition = IF.exec(rest);
    const end = condition ? conditionEnd(rest) : 0;
    if (condition && end > 0) {
      flush();
      out.push({ kind: 'condition', raw: rest.slice(0, end), name: condition[1]! });
      rest = rest.slice(end);
      continue;
    }
    text += '{{';
    rest = rest.slice(2);
  }
  flush();
  return out;
}

export const variableToken = (name: string) => `{{.${name}}}`;

export function segmentToken(segment: Segment): string {
  if (segment.kind === 'variable') return variableToken(segment.name);
  if (segment.kind === 'condition') return segment.raw;
  return segment.text;
}

/**
 * What a condition chip says: its content with variables as their labels and markup dropped,
 * the alternatives of an {{else}} joined by " / ".
 */
export function conditionSummary(raw: string, label: (name: string) => string): string {
  return raw
    .replace(/^\{\{if \.[A-Za-z0-9]+\}\}/, '')
    .replace(/\{\{end\}\}$/, '')
    .replace(/\{\{\.([A-Za-z][A-Za-z0-9]*)\}\}/g, (_, name: string) => `[${label(name)}]`)
    .replace(/\{\{else\}\}/g, ' / ')
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Address variables show as links and are what a button may point at (as the server decides). */
export const isUrlVariable = (name: string) => name === 'Link' || name.endsWith('URL');
