import { inflateSync } from 'node:zlib';

/*
 * The text a Werkportaal PDF shows, for checking a downloaded payslip or annual statement. It reads
 * what go-pdf/fpdf writes (server/pdf/pdf.go): content streams, Flate-compressed or not, with
 * literal strings (…) in the Windows-1252 code page of the core fonts. Like server/pdf/pdftext it
 * is no general PDF parser.
 */

/** Windows-1252 bytes 0x80–0x9F that differ from Latin-1 (the ones Dutch text may use). */
const WIN1252: Record<number, string> = { 0x80: '€', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' };

export function pdfText(pdf: Buffer): string {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  const start = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(source))) {
    if (source.slice(match.index - 3, match.index) === 'end') continue;
    const from = match.index + match[0].length;
    const to = source.indexOf('endstream', from);
    if (to < 0) break;
    let data: Buffer = pdf.subarray(from, to);
    try {
      data = inflateSync(data);
    } catch {
      // not compressed
    }
    const content = data.toString('latin1');
    if (content.includes('BT')) lines.push(...literals(content));
    start.lastIndex = to;
  }
  return lines.join('\n');
}

/** The literal strings of a content stream, unescaped and decoded from Windows-1252. */
function literals(content: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < content.length; i++) {
    if (content[i] !== '(') continue;
    let text = '';
    let depth = 1;
    let j = i + 1;
    for (; j < content.length && depth > 0; j++) {
      const c = content[j]!;
      if (c === '\\') {
        const next = content[++j]!;
        const octal = /^[0-7]{1,3}/.exec(content.slice(j, j + 3));
        if (octal) {
          text += String.fromCharCode(parseInt(octal[0], 8));
          j += octal[0].length - 1;
        } else {
          text += { n: '\n', r: '\r', t: '\t', b: '', f: '' }[next] ?? next;
        }
      } else if (c === '(') {
        depth++;
        text += c;
      } else if (c === ')') {
        depth--;
        if (depth > 0) text += c;
      } else {
        text += c;
      }
    }
    out.push([...text].map((ch) => WIN1252[ch.charCodeAt(0)] ?? ch).join(''));
    i = j - 1;
  }
  return out;
}
