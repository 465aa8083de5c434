/*
 * The password meter's estimator: a port of the server's policy (server/auth/strength, a zxcvbn-style
 * estimate that knows Dutch words) to the browser, so the meter and its advice agree with what the
 * server will say. Same rules, same guess formulas, same codes:
 *
 *   - 10 to 128 characters (Unicode code points after NFC), no composition rules;
 *   - rejected as COMMON_PASSWORD, CONTAINS_PERSONAL_DATA (the employee's own data) or TOO_GUESSABLE
 *     (fewer than about 10^8 guesses, score below 3);
 *   - advice codes in the server's order, for the concrete Dutch tips.
 *
 * The one difference is the dictionary: the browser gets the server's Dutch lists in full but only the
 * top of zxcvbn's English lists (see generate-wordlists.mjs). So the meter can find a password
 * acceptable that the server still refuses (a rare English word), never the other way round; the page
 * then shows the server's verdict. The server is authoritative.
 *
 * Pure functions without React; the word lists are passed in (dictionary.ts builds them), so the
 * module and its tests stay small and the lists load lazily with the meter.
 */

export const MIN_LENGTH = 10;
export const MAX_LENGTH = 128;
/** The lowest score a password needs (about 10^8 guesses). */
export const MIN_SCORE = 3;

export type StrengthCode = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON_PASSWORD' | 'CONTAINS_PERSONAL_DATA' | 'TOO_GUESSABLE';

/** Advice codes, in the server's order (most specific first, USE_MORE_WORDS last). */
export const ADVICE_CODES = [
  'AVOID_PERSONAL_DATA',
  'AVOID_COMMON_WORDS',
  'AVOID_PREDICTABLE_SUBSTITUTIONS',
  'AVOID_REVERSED_WORDS',
  'AVOID_KEYBOARD_PATTERNS',
  'AVOID_SEQUENCES',
  'AVOID_REPEATS',
  'AVOID_DATES',
  'USE_MORE_WORDS',
] as const;
export type AdviceCode = (typeof ADVICE_CODES)[number];

export interface StrengthResult {
  ok: boolean;
  /** 0..4 as zxcvbn; a rejected password scores at most MIN_SCORE - 1. */
  score: number;
  code: StrengthCode | null;
  advice: AdviceCode[];
  /** Estimated guesses (0 when not estimated: TOO_LONG). */
  guesses: number;
  /** Length in code points after NFC. */
  length: number;
}

// ---------------------------------------------------------------- dictionary

/** What a dictionary entry is: a common password, a word, a name, or the employee's own data. */
export const Kind = { Password: 1, Word: 2, Name: 3, Personal: 4 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

interface DictEntry {
  rank: number;
  kind: Kind;
}

export interface Dictionary {
  words: Map<string, DictEntry>;
  common: Set<string>;
  maxLen: number;
}

export interface RankedList {
  /** One entry per line, most frequent first. */
  entries: string;
  kind: Kind;
}

const MAX_WORD_LEN = 32;

/** Builds the dictionary as the server does: folded, best rank over all lists, "de vries" also as "devries". */
export function buildDictionary(lists: readonly RankedList[]): Dictionary {
  const d: Dictionary = { words: new Map(), common: new Set(), maxLen: 0 };
  const add = (w: string, rank: number, kind: Kind) => {
    const n = codePoints(w).length;
    if (n === 0 || n > MAX_WORD_LEN || rank >= 10 ** n) return;
    const e = d.words.get(w);
    if (e && e.rank <= rank) return;
    d.words.set(w, { rank, kind });
  };
  for (const list of lists) {
    let rank = 0;
    for (const raw of list.entries.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      rank++;
      const w = foldString(line);
      if (list.kind === Kind.Password) d.common.add(w);
      add(w, rank, list.kind);
      if (/[ \-'.]/.test(w)) add(w.replace(/[ \-'.]/g, ''), rank, list.kind);
    }
  }
  for (const w of d.words.keys()) d.maxLen = Math.max(d.maxLen, codePoints(w).length);
  return d;
}

// ---------------------------------------------------------------- text helpers

const codePoints = (s: string): string[] => Array.from(s);

const isUpper = (c: string) => /\p{Lu}/u.test(c);
const isLower = (c: string) => /\p{Ll}/u.test(c);
const isDigitChar = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string) => /[\p{L}\p{Nd}]/u.test(c);

function toLowerRune(c: string): string {
  const low = c.toLowerCase();
  return low.length === c.length ? low : (codePoints(low)[0] ?? c);
}

const SPECIAL_FOLDS: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };

/** Lower case and, for Latin letters U+00C0..U+024F, the ASCII base letter: "É" → "e". */
function foldRune(c: string): string {
  const lower = toLowerRune(c);
  const code = lower.codePointAt(0) ?? 0;
  if (code < 0xc0 || code > 0x24f) return lower;
  const special = SPECIAL_FOLDS[lower];
  if (special) return special;
  const base = lower.normalize('NFD');
  const first = base[0];
  return base.length > 1 && first !== undefined && first < '\u0080' ? first : lower;
}

const foldRunes = (s: readonly string[]): string[] => s.map(foldRune);
const foldString = (s: string): string => foldRunes(codePoints(s.normalize('NFC'))).join('');

const reversedRunes = (s: readonly string[]): string[] => [...s].reverse();

function isPalindrome(s: readonly string[]): boolean {
  for (let i = 0, j = s.length - 1; i < j; i++, j--) if (s[i] !== s[j]) return false;
  return true;
}

function nCk(n: number, k: number): number {
  if (k > n) return 0;
  if (k === 0) return 1;
  let r = 1;
  for (let d = 1; d <= k; d++) {
    r *= n;
    r /= d;
    n--;
  }
  return r;
}

// ---------------------------------------------------------------- matches

const Pattern = { Bruteforce: 0, Dictionary: 1, Spatial: 2, Repeat: 3, Sequence: 4, Year: 5, Date: 6 } as const;
type Pattern = (typeof Pattern)[keyof typeof Pattern];

interface Match {
  i: number;
  j: number;
  guesses: number;
  pattern: Pattern;
  turns?: number;
  kind?: Kind;
  l33t?: boolean;
  reversed?: boolean;
}

const matchLen = (m: Match) => m.j - m.i + 1;

function uppercaseVariations(tok: readonly string[]): number {
  let upper = 0;
  let lower = 0;
  for (const c of tok) {
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
  }
  if (upper === 0) return 1;
  if (lower === 0) return 2;
  if (upper === 1 && (isUpper(tok[0] ?? '') || isUpper(tok[tok.length - 1] ?? ''))) return 2;
  let v = 0;
  for (let k = 1; k <= Math.min(upper, lower); k++) v += nCk(upper + lower, k);
  return v;
}

const accentVariations = (accent: readonly boolean[]) => (accent.some(Boolean) ? 2 : 1);

function l33tLetters(c: string): string[] | null {
  switch (c) {
    case '4':
    case '@':
      return ['a'];
    case '8':
      return ['b'];
    case '(':
    case '{':
    case '[':
    case '<':
      return ['c'];
    case '3':
      return ['e'];
    case '6':
    case '9':
      return ['g'];
    case '1':
    case '|':
      return ['i', 'l'];
    case '!':
      return ['i'];
    case '7':
      return ['t', 'l'];
    case '+':
      return ['t'];
    case '0':
      return ['o'];
    case '$':
    case '5':
      return ['s'];
    case '%':
      return ['x'];
    case '2':
      return ['z'];
  }
  return null;
}

interface L33tVariant {
  runes: string[];
  subbed: boolean[];
}

function l33tVariants(low: readonly string[]): L33tVariant[] {
  const ambiguous: string[] = [];
  let any = false;
  for (const c of low) {
    const letters = l33tLetters(c);
    any ||= letters !== null;
    if (letters && letters.length > 1 && !ambiguous.includes(c)) ambiguous.push(c);
  }
  if (!any) return [];
  const out: L33tVariant[] = [];
  for (let v = 0; v < 1 << ambiguous.length; v++) {
    const runes: string[] = [];
    const subbed: boolean[] = [];
    for (const c of low) {
      const letters = l33tLetters(c);
      if (!letters) {
        runes.push(c);
        subbed.push(false);
        continue;
      }
      let choice = 0;
      if (letters.length > 1) {
        ambiguous.forEach((amb, bit) => {
          if (amb === c && ((v >> bit) & 1) === 1) choice = 1;
        });
      }
      runes.push(letters[choice] ?? c);
      subbed.push(true);
    }
    out.push({ runes, subbed });
  }
  return out;
}

function l33tVariations(low: readonly string[], sub: readonly string[], subbed: readonly boolean[]): number {
  let v = 1;
  const done: string[] = [];
  for (let k = 0; k < low.length; k++) {
    const c = low[k]!;
    if (!subbed[k] || done.includes(c)) continue;
    const letter = sub[k]!;
    done.push(c);
    let s = 0;
    let u = 0;
    for (let m = 0; m < low.length; m++) {
      if (low[m] === c && sub[m] === letter) s++;
      else if (low[m] === letter) u++;
    }
    if (s === 0 || u === 0) {
      v *= 2;
      continue;
    }
    let p = 0;
    for (let i = 1; i <= Math.min(s, u); i++) p += nCk(s + u, i);
    v *= p;
  }
  return v;
}

// Keyboards, as the server's: rows of keys, each key its unshifted and shifted character; "··"/"·" are gaps.
const QWERTY_ROWS = [
  '`~ 1! 2@ 3# 4$ 5% 6^ 7& 8* 9( 0) -_ =+',
  '·· qQ wW eE rR tT yY uU iI oO pP [{ ]} \\|',
  "·· aA sS dD fF gG hH jJ kK lL ;: '\"",
  '·· zZ xX cC vV bB nN mM ,< .> /?',
];
const AZERTY_ROWS = [
  '·· &1 é2 "3 \'4 (5 -6 è7 _8 ç9 à0 )° =+',
  '·· aA zZ eE rR tT yY uU iI oO pP ^¨ $£',
  '·· qQ sS dD fF gG hH jJ kK lL mM ù% *µ',
  '<> wW xX cC vV bB nN ,? ;. :/ !§',
];
const KEYPAD_ROWS = ['· / * -', '7 8 9 +', '4 5 6', '1 2 3', '· 0 .'];

interface Keyboard {
  keyOf: Map<string, { key: number; shifted: boolean }>;
  adj: number[][];
  starts: number;
  degree: number;
}

function newKeyboard(rows: readonly string[], slanted: boolean): Keyboard {
  const kb: Keyboard = { keyOf: new Map(), adj: [], starts: 0, degree: 0 };
  const pos = new Map<string, number>();
  rows.forEach((row, y) => {
    row
      .split(/\s+/)
      .filter(Boolean)
      .forEach((tok, x) => {
        if (tok.replace(/·/g, '') === '') return;
        const k = kb.adj.length;
        kb.adj.push([]);
        pos.set(`${x},${y}`, k);
        codePoints(tok).forEach((c, n) => {
          if (!kb.keyOf.has(c)) kb.keyOf.set(c, { key: k, shifted: n === 1 });
        });
      });
  });
  const dirs = slanted
    ? [
        [-1, 0],
        [0, -1],
        [1, -1],
        [1, 0],
        [0, 1],
        [-1, 1],
      ]
    : [
        [-1, 0],
        [-1, -1],
        [0, -1],
        [1, -1],
        [1, 0],
        [1, 1],
        [0, 1],
        [-1, 1],
      ];
  let total = 0;
  for (const [p, k] of pos) {
    const [x, y] = p.split(',').map(Number) as [number, number];
    kb.adj[k] = dirs.map(([dx, dy]) => {
      const o = pos.get(`${x + dx!},${y + dy!}`);
      if (o === undefined) return -1;
      total++;
      return o;
    });
  }
  kb.starts = kb.adj.length;
  kb.degree = total / kb.starts;
  return kb;
}

const KEYBOARDS = [newKeyboard(QWERTY_ROWS, true), newKeyboard(AZERTY_ROWS, true), newKeyboard(KEYPAD_ROWS, false)];

function keyboardGuesses(kb: Keyboard, length: number, turns: number, shifted: number): number {
  let g = 0;
  for (let i = 2; i <= length; i++) {
    for (let j = 1; j <= Math.min(turns, i - 1); j++) g += nCk(i - 1, j - 1) * kb.starts * kb.degree ** j;
  }
  if (shifted > 0) {
    const unshifted = length - shifted;
    if (unshifted === 0) g *= 2;
    else {
      let v = 0;
      for (let i = 1; i <= Math.min(shifted, unshifted); i++) v += nCk(shifted + unshifted, i);
      g *= v;
    }
  }
  return g;
}

function spatialMatches(ms: Match[], kb: Keyboard, pw: readonly string[]): void {
  const n = pw.length;
  for (let i = 0; i < n - 1; ) {
    let j = i + 1;
    let lastDir = -1;
    let turns = 0;
    let shifted = kb.keyOf.get(pw[i]!)?.shifted ? 1 : 0;
    for (;;) {
      let found = false;
      if (j < n) {
        const prev = kb.keyOf.get(pw[j - 1]!);
        const cur = kb.keyOf.get(pw[j]!);
        if (prev && cur) {
          const neighbours = kb.adj[prev.key]!;
          for (let dir = 0; dir < neighbours.length; dir++) {
            if (neighbours[dir] === cur.key) {
              found = true;
              if (cur.shifted) shifted++;
              if (dir !== lastDir) {
                turns++;
                lastDir = dir;
              }
              break;
            }
          }
        }
      }
      if (found) {
        j++;
        continue;
      }
      if (j - i > 2) {
        ms.push({ i, j: j - 1, guesses: keyboardGuesses(kb, j - i, turns, shifted), pattern: Pattern.Spatial, turns: Math.min(turns, 255) });
      }
      i = j;
      break;
    }
  }
}

function sequenceMatches(ms: Match[], pw: readonly string[]): void {
  const maxDelta = 5;
  const n = pw.length;
  if (n < 2) return;
  const cp = (k: number) => pw[k]!.codePointAt(0)!;
  const emit = (i: number, j: number, delta: number) => {
    const d = Math.abs(delta);
    if (d === 0 || d > maxDelta || (j - i < 2 && d !== 1)) return;
    const first = pw[i]!;
    let base: number;
    if ('aAzZ019'.includes(first)) base = 4;
    else if (isDigitChar(first)) base = 10;
    else base = 26;
    if (delta < 0) base *= 2;
    ms.push({ i, j, guesses: base * (j - i + 1), pattern: Pattern.Sequence });
  };
  let i = 0;
  let last = cp(1) - cp(0);
  for (let k = 2; k < n; k++) {
    const delta = cp(k) - cp(k - 1);
    if (delta === last) continue;
    emit(i, k - 1, last);
    i = k - 1;
    last = delta;
  }
  emit(i, n - 1, last);
}

const referenceYear = new Date().getFullYear();
const MIN_YEAR_SPACE = 20;
const yearSpace = (year: number) => Math.max(Math.abs(year - referenceYear), MIN_YEAR_SPACE);
const atoi = (s: readonly string[]) => s.reduce((n, c) => n * 10 + (c.charCodeAt(0) - 48), 0);

function yearMatches(ms: Match[], pw: readonly string[]): void {
  for (let i = 0; i + 4 <= pw.length; ) {
    if (
      ((pw[i] === '1' && pw[i + 1] === '9') || (pw[i] === '2' && pw[i + 1] === '0')) &&
      isDigitChar(pw[i + 2]) &&
      isDigitChar(pw[i + 3])
    ) {
      ms.push({ i, j: i + 3, guesses: yearSpace(atoi(pw.slice(i, i + 4))), pattern: Pattern.Year });
      i += 4;
      continue;
    }
    i++;
  }
}

const DATE_MIN_YEAR = 1000;
const DATE_MAX_YEAR = 2050;
const DATE_SPLITS: Record<number, Array<[number, number]>> = {
  4: [
    [1, 2],
    [2, 3],
  ],
  5: [
    [1, 3],
    [2, 3],
  ],
  6: [
    [1, 2],
    [2, 4],
    [4, 5],
  ],
  7: [
    [1, 3],
    [2, 3],
    [4, 5],
    [4, 6],
  ],
  8: [
    [2, 4],
    [4, 6],
  ],
};

function dm(x: number, y: number): boolean {
  return (x >= 1 && x <= 31 && y >= 1 && y <= 12) || (y >= 1 && y <= 31 && x >= 1 && x <= 12);
}

/** zxcvbn's map_ints_to_dmy: the year of a reading of three numbers as a date, or null. */
function dmyYear(a: number, b: number, c: number): number | null {
  if (b > 31 || b <= 0) return null;
  let over12 = 0;
  let over31 = 0;
  let under1 = 0;
  for (const v of [a, b, c]) {
    if ((v > 99 && v < DATE_MIN_YEAR) || v > DATE_MAX_YEAR) return null;
    if (v > 31) over31++;
    if (v > 12) over12++;
    if (v <= 0) under1++;
  }
  if (over31 >= 2 || over12 === 3 || under1 >= 2) return null;
  const splits: Array<[number, number, number]> = [
    [c, a, b],
    [a, b, c],
  ];
  for (const [y, m, d] of splits) {
    if (y >= DATE_MIN_YEAR && y <= DATE_MAX_YEAR) return dm(m, d) ? y : null;
  }
  for (const [y, m, d] of splits) {
    if (dm(m, d)) return y > 99 ? y : y > 50 ? y + 1900 : y + 2000;
  }
  return null;
}

const SEPARATED_DATE = /^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$/;

function dateMatches(ms: Match[], pw: readonly string[]): void {
  const n = pw.length;
  const found: Match[] = [];
  for (let i = 0; i + 4 <= n; i++) {
    for (let j = i + 3; j < n && j <= i + 7; j++) {
      const tok = pw.slice(i, j + 1);
      if (!tok.every((c) => isDigitChar(c))) break;
      let best: number | null = null;
      for (const [c1, c2] of DATE_SPLITS[tok.length] ?? []) {
        const y = dmyYear(atoi(tok.slice(0, c1)), atoi(tok.slice(c1, c2)), atoi(tok.slice(c2)));
        if (y !== null && (best === null || Math.abs(y - referenceYear) < Math.abs(best - referenceYear))) best = y;
      }
      if (best !== null) found.push({ i, j, guesses: yearSpace(best) * 365, pattern: Pattern.Date });
    }
  }
  for (let i = 0; i + 6 <= n; i++) {
    for (let j = i + 5; j < n && j <= i + 9; j++) {
      const m = SEPARATED_DATE.exec(pw.slice(i, j + 1).join(''));
      if (!m) continue;
      const y = dmyYear(Number(m[1]), Number(m[3]), Number(m[4]));
      if (y !== null) found.push({ i, j, guesses: yearSpace(y) * 365 * 4, pattern: Pattern.Date });
    }
  }
  found.forEach((f, k) => {
    const inside = found.some((o, ok) => ok !== k && o.i <= f.i && o.j >= f.j);
    if (!inside) ms.push(f);
  });
}

// ---------------------------------------------------------------- personal data

const MIN_HARD_LEN = 4;
const MIN_SOFT_LEN = 3;

const FREE_MAIL_DOMAINS = new Set(
  'gmail googlemail hotmail outlook live msn yahoo icloud me mac ziggo kpnmail kpnplanet planet xs4all home hetnet casema chello upcmail telfort tele2 online proton protonmail gmx aol mail skynet telenet hetnetmail'.split(
    ' ',
  ),
);

interface PersonalData {
  soft: Map<string, number>;
  maxLen: number;
  hard: string[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A birth date as the portal stores it (1985-03-17) or as Dutch people write it (17-03-1985, 17/3/1985, 17.03.1985). */
function parsePersonalDate(s: string): [number, number, number] | null {
  let m = /^(\d{4})([-/])(\d{2})\2(\d{2})(T.*)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return isValidDate(y, mo, d) ? [y, mo, d] : null;
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return isValidDate(y, mo, d) ? [y, mo, d] : null;
  }
  return null;
}

const compact = (s: string) => codePoints(s).filter(isAlnum).join('');

function splitLettersDigits(w: string): string[] {
  const chars = codePoints(w);
  const parts: string[] = [];
  let start = 0;
  let digit = false;
  chars.forEach((c, i) => {
    const d = /\p{Nd}/u.test(c);
    if (i > 0 && d !== digit) {
      parts.push(chars.slice(start, i).join(''));
      start = i;
    }
    digit = d;
  });
  if (start > 0) parts.push(chars.slice(start).join(''));
  return parts;
}

function buildPersonal(inputs: readonly string[]): PersonalData {
  const pd: PersonalData = { soft: new Map(), maxLen: 0, hard: [] };
  const add = (piece: string, hard: boolean) => {
    const n = codePoints(piece).length;
    if (n < MIN_SOFT_LEN || pd.soft.has(piece)) return;
    pd.soft.set(piece, pd.soft.size + 1);
    pd.maxLen = Math.max(pd.maxLen, n);
    if (hard && n >= MIN_HARD_LEN) pd.hard.push(piece);
  };
  const words = (s: string) => {
    add(compact(s), true);
    const parts = s.split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
    parts.forEach((w, k) => {
      add(w, true);
      for (const part of splitLettersDigits(w)) add(part, true);
      for (let end = k + 2; end <= parts.length && end - k < 6; end++) add(parts.slice(k, end).join(''), true);
    });
  };
  for (const input of inputs) {
    const raw = input.trim();
    if (raw === '') continue;
    const date = parsePersonalDate(raw);
    if (date) {
      const [y, m, d] = date;
      for (const p of [
        pad(y, 4),
        `${pad(d, 2)}${pad(m, 2)}${pad(y, 4)}`,
        `${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}`,
        `${pad(m, 2)}${pad(d, 2)}${pad(y, 4)}`,
        `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}`,
        `${d}${m}${pad(y, 4)}`,
      ]) {
        add(p, true);
      }
      add(`${pad(d, 2)}${pad(m, 2)}`, false);
      add(`${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}`, false);
      continue;
    }
    const s = foldString(raw);
    const at = s.lastIndexOf('@');
    if (at > 0) {
      words(s.slice(0, at));
      const domain = s.slice(at + 1).split('.')[0] ?? '';
      if (!FREE_MAIL_DOMAINS.has(domain)) add(compact(domain), true);
      continue;
    }
    words(s);
  }
  return pd;
}

function containsPersonal(pd: PersonalData, pw: readonly string[]): boolean {
  if (pd.hard.length === 0) return false;
  const low = foldRunes(pw);
  const forms = [low.join(''), low.filter(isAlnum).join('')];
  for (const v of l33tVariants(low)) forms.push(v.runes.filter(isAlnum).join(''));
  for (const f of forms.slice(1)) forms.push(reversedRunes(codePoints(f)).join(''));
  return pd.hard.some((piece) => forms.some((f) => f.includes(piece)));
}

// ---------------------------------------------------------------- the estimate

const MAX_DEPTH = 8;
const MIN_SUBMATCH_GUESSES_SINGLE = 10;
const MIN_SUBMATCH_GUESSES_MULTI = 50;

interface Estimation {
  guesses: number;
  seq: Match[];
  matches: Match[];
}

class Analyzer {
  private readonly d: Dictionary;
  private readonly personal: Map<string, number>;
  private readonly personalMax: number;

  constructor(d: Dictionary, personal: Map<string, number>, personalMax: number) {
    this.d = d;
    this.personal = personal;
    this.personalMax = personalMax;
  }

  estimate(pw: readonly string[], depth: number): Estimation {
    const matches = this.omnimatch(pw, depth);
    const [guesses, seq] = mostGuessable(pw, matches);
    return { guesses, seq, matches };
  }

  private omnimatch(pw: readonly string[], depth: number): Match[] {
    const ms: Match[] = [];
    const low = foldRunes(pw);
    const accent = pw.map((c, i) => toLowerRune(c) !== low[i]);
    this.dictionaryMatches(ms, pw, low, accent);
    this.reverseMatches(ms, pw, low, accent);
    this.l33tMatches(ms, pw, low, accent);
    for (const kb of KEYBOARDS) spatialMatches(ms, kb, pw);
    if (depth < MAX_DEPTH) this.repeatMatches(ms, pw, depth);
    sequenceMatches(ms, pw);
    yearMatches(ms, pw);
    dateMatches(ms, pw);
    return ms;
  }

  private scan(s: readonly string[], found: (i: number, j: number, rank: number, kind: Kind) => void): void {
    const n = s.length;
    for (let i = 0; i < n; i++) {
      let piece = '';
      for (let j = i; j < Math.min(n, i + this.personalMax); j++) {
        piece += s[j];
        const r = this.personal.get(piece);
        if (r !== undefined) found(i, j, r, Kind.Personal);
      }
      piece = '';
      for (let j = i; j < Math.min(n, i + this.d.maxLen); j++) {
        piece += s[j];
        const e = this.d.words.get(piece);
        if (e) found(i, j, e.rank, e.kind);
      }
    }
  }

  private dictionaryMatches(ms: Match[], pw: readonly string[], low: readonly string[], accent: readonly boolean[]): void {
    this.scan(low, (i, j, rank, kind) => {
      const g = rank * uppercaseVariations(pw.slice(i, j + 1)) * accentVariations(accent.slice(i, j + 1));
      ms.push({ i, j, guesses: g, pattern: Pattern.Dictionary, kind });
    });
  }

  private reverseMatches(ms: Match[], pw: readonly string[], low: readonly string[], accent: readonly boolean[]): void {
    const n = pw.length;
    this.scan(reversedRunes(low), (ri, rj, rank, kind) => {
      const i = n - 1 - rj;
      const j = n - 1 - ri;
      if (isPalindrome(low.slice(i, j + 1))) return;
      const g = rank * uppercaseVariations(pw.slice(i, j + 1)) * accentVariations(accent.slice(i, j + 1)) * 2;
      ms.push({ i, j, guesses: g, pattern: Pattern.Dictionary, kind, reversed: true });
    });
  }

  private l33tMatches(ms: Match[], pw: readonly string[], low: readonly string[], accent: readonly boolean[]): void {
    const variants = l33tVariants(low);
    variants.forEach((vr, v) => {
      this.scan(vr.runes, (i, j, rank, kind) => {
        if (i === j) return;
        let subbed = false;
        let fresh = v === 0;
        for (let k = i; k <= j; k++) {
          subbed ||= vr.subbed[k]!;
          fresh ||= vr.runes[k] !== variants[0]!.runes[k];
        }
        if (!subbed || !fresh) return;
        const g =
          rank *
          uppercaseVariations(pw.slice(i, j + 1)) *
          accentVariations(accent.slice(i, j + 1)) *
          l33tVariations(low.slice(i, j + 1), vr.runes.slice(i, j + 1), vr.subbed.slice(i, j + 1));
        ms.push({ i, j, guesses: g, pattern: Pattern.Dictionary, kind, l33t: true });
      });
    });
  }

  private repeatMatches(ms: Match[], pw: readonly string[], depth: number): void {
    const n = pw.length;
    for (let from = 0; from < n - 1; ) {
      const [start, lazyLen, greedyLen] = findRepeat(pw, from);
      if (start < 0) break;
      const lazyEnd = start + lazyLen * repeatCount(pw, start, lazyLen);
      const greedyEnd = start + greedyLen * repeatCount(pw, start, greedyLen);
      let end = lazyEnd;
      let baseLen = lazyLen;
      if (greedyEnd > lazyEnd) {
        end = greedyEnd;
        baseLen = period(pw.slice(start, greedyEnd));
      }
      while (end < n && pw[end] === pw[start + ((end - start) % baseLen)]) end++;
      const count = Math.ceil((end - start) / baseLen);
      const base = this.estimate(pw.slice(start, start + baseLen), depth + 1).guesses;
      ms.push({ i: start, j: end - 1, guesses: base * count, pattern: Pattern.Repeat });
      from = end;
    }
  }
}

function equalRunes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function findRepeat(pw: readonly string[], from: number): [number, number, number] {
  const n = pw.length;
  for (let s = from; s < n - 1; s++) {
    let shortest = 0;
    for (let l = 1; s + 2 * l <= n; l++) {
      if (equalRunes(pw.slice(s, s + l), pw.slice(s + l, s + 2 * l))) {
        shortest = l;
        break;
      }
    }
    if (shortest === 0) continue;
    for (let l = Math.floor((n - s) / 2); l >= shortest; l--) {
      if (equalRunes(pw.slice(s, s + l), pw.slice(s + l, s + 2 * l))) return [s, shortest, l];
    }
  }
  return [-1, 0, 0];
}

function repeatCount(pw: readonly string[], start: number, l: number): number {
  let k = 1;
  while (start + (k + 1) * l <= pw.length && equalRunes(pw.slice(start, start + l), pw.slice(start + k * l, start + (k + 1) * l))) k++;
  return k;
}

function period(s: readonly string[]): number {
  for (let l = 1; l <= s.length / 2; l++) {
    if (s.length % l !== 0) continue;
    let ok = true;
    for (let k = l; k < s.length && ok; k += l) ok = equalRunes(s.slice(0, l), s.slice(k, k + l));
    if (ok) return l;
  }
  return s.length;
}

const FACTORIALS = (() => {
  const f = [1];
  for (let i = 1; i <= MAX_LENGTH + 1; i++) f.push(f[i - 1]! * i);
  return f;
})();
const factorial = (n: number) => FACTORIALS[n] ?? Infinity;

function bruteforceGuesses(size: number): number {
  if (size === 1) return MIN_SUBMATCH_GUESSES_SINGLE + 1;
  if (size === 2) return Math.max(100, MIN_SUBMATCH_GUESSES_MULTI + 1);
  return 10 ** size;
}

function partGuesses(m: Match, n: number): number {
  const size = matchLen(m);
  if (m.pattern === Pattern.Bruteforce) return bruteforceGuesses(size);
  let g = Math.max(m.guesses, 1);
  if (size < n) g = Math.max(g, size === 1 ? MIN_SUBMATCH_GUESSES_SINGLE : MIN_SUBMATCH_GUESSES_MULTI);
  return g;
}

interface OptEntry {
  l: number;
  g: number;
  pi: number;
  m: Match;
}

/** zxcvbn's most_guessable_match_sequence in exclude_additive mode, as the server's mostGuessable. */
function mostGuessable(pw: readonly string[], input: Match[]): [number, Match[]] {
  const n = pw.length;
  if (n === 0) return [1, []];
  const ms = [...input].sort((a, b) => (a.j !== b.j ? a.j - b.j : a.i - b.i));
  const opt: OptEntry[][] = Array.from({ length: n }, () => []);
  const update = (m: Match, prev: OptEntry | null) => {
    const k = m.j;
    let l = 1;
    let pi = partGuesses(m, n);
    if (prev) {
      l = prev.l + 1;
      pi *= prev.pi;
    }
    const g = factorial(l) * pi;
    const slot = opt[k]!;
    for (const c of slot) if (c.l <= l && c.g <= g) return;
    const same = slot.findIndex((c) => c.l === l);
    if (same >= 0) slot[same] = { l, g, pi, m };
    else slot.push({ l, g, pi, m });
  };
  let next = 0;
  for (let k = 0; k < n; k++) {
    for (; next < ms.length && ms[next]!.j === k; next++) {
      const m = ms[next]!;
      if (m.i === 0) {
        update(m, null);
        continue;
      }
      for (const e of [...opt[m.i - 1]!]) update(m, e);
    }
    update({ i: 0, j: k, guesses: 0, pattern: Pattern.Bruteforce }, null);
    for (let i = 1; i <= k; i++) {
      for (const e of [...opt[i - 1]!]) {
        if (e.m.pattern !== Pattern.Bruteforce) update({ i, j: k, guesses: 0, pattern: Pattern.Bruteforce }, e);
      }
    }
  }
  const last = opt[n - 1]!;
  let best = last[0]!;
  for (const e of last) if (e.g < best.g) best = e;
  const seq: Match[] = new Array<Match>(best.l);
  for (let k = n - 1, l = best.l; k >= 0 && l > 0; l--) {
    const e = opt[k]!.find((x) => x.l === l);
    if (!e) break;
    seq[l - 1] = e.m;
    k = e.m.i - 1;
  }
  return [Math.min(best.g, Number.MAX_VALUE), seq];
}

function scoreOf(guesses: number): number {
  const delta = 5;
  if (guesses < 1e3 + delta) return 0;
  if (guesses < 1e6 + delta) return 1;
  if (guesses < 1e8 + delta) return 2;
  if (guesses < 1e10 + delta) return 3;
  return 4;
}

function adviceFor(m: Match): Set<AdviceCode> {
  const s = new Set<AdviceCode>();
  switch (m.pattern) {
    case Pattern.Dictionary:
      s.add(m.kind === Kind.Personal ? 'AVOID_PERSONAL_DATA' : 'AVOID_COMMON_WORDS');
      if (m.l33t) s.add('AVOID_PREDICTABLE_SUBSTITUTIONS');
      if (m.reversed) s.add('AVOID_REVERSED_WORDS');
      break;
    case Pattern.Spatial:
      s.add('AVOID_KEYBOARD_PATTERNS');
      break;
    case Pattern.Sequence:
      s.add('AVOID_SEQUENCES');
      break;
    case Pattern.Repeat:
      s.add('AVOID_REPEATS');
      break;
    case Pattern.Year:
    case Pattern.Date:
      s.add('AVOID_DATES');
      break;
  }
  return s;
}

/** As the server's estimation.advice: the weak parts, plus patterns a person would recognise in them. */
function estimationAdvice(e: Estimation): Set<AdviceCode> {
  const s = new Set<AdviceCode>();
  for (const part of e.seq) {
    if (part.pattern !== Pattern.Bruteforce) adviceFor(part).forEach((a) => s.add(a));
    for (const m of e.matches) {
      if ((m.pattern === Pattern.Spatial && (m.turns ?? 0) > 2) || (m.pattern === Pattern.Date && matchLen(m) < 6)) continue;
      const same = m.i === part.i && m.j === part.j && m.pattern !== Pattern.Dictionary;
      const inside =
        part.pattern === Pattern.Bruteforce &&
        m.i >= part.i &&
        m.j <= part.j &&
        matchLen(m) >= 3 &&
        (m.pattern !== Pattern.Dictionary || matchLen(m) >= 4);
      if (same || inside) adviceFor(m).forEach((a) => s.add(a));
    }
  }
  return s;
}

function isCommon(d: Dictionary, pw: readonly string[]): boolean {
  const low = foldRunes(pw);
  const forms: string[][] = [low];
  const bare = low.filter((c) => !/[\s\-_.]/u.test(c));
  if (bare.length !== low.length) forms.push(bare);
  for (const f of [...forms]) for (const v of l33tVariants(f)) forms.push(v.runes);
  return forms.some((f) => d.common.has(f.join('')) || d.common.has(reversedRunes(f).join('')));
}

/**
 * Judges a password as the server's strength.Check does. `personal` is what the page knows about the
 * employee (username, names, e-mail address, employer, birth date); empty strings are ignored.
 */
export function checkPassword(password: string, personal: readonly string[], d: Dictionary): StrengthResult {
  if (codePoints(password).length > 4 * MAX_LENGTH) {
    return { ok: false, score: 0, code: 'TOO_LONG', advice: [], guesses: 0, length: codePoints(password).length };
  }
  const pw = codePoints(password.normalize('NFC'));
  if (pw.length > MAX_LENGTH) return { ok: false, score: 0, code: 'TOO_LONG', advice: [], guesses: 0, length: pw.length };
  const pd = buildPersonal(personal);
  const est = new Analyzer(d, pd.soft, pd.maxLen).estimate(pw, 0);
  const score = scoreOf(est.guesses);
  const weak = score < MIN_SCORE;
  const usesPersonal = est.seq.some((m) => m.pattern === Pattern.Dictionary && m.kind === Kind.Personal && matchLen(m) >= 3);

  let code: StrengthCode | null = null;
  if (pw.length < MIN_LENGTH) code = 'TOO_SHORT';
  else if (isCommon(d, pw)) code = 'COMMON_PASSWORD';
  else if (containsPersonal(pd, pw) || (weak && usesPersonal)) code = 'CONTAINS_PERSONAL_DATA';
  else if (weak) code = 'TOO_GUESSABLE';
  if (code === null) return { ok: true, score, code: null, advice: [], guesses: est.guesses, length: pw.length };

  const advice = weak ? estimationAdvice(est) : new Set<AdviceCode>();
  switch (code) {
    case 'TOO_SHORT':
    case 'TOO_GUESSABLE':
      advice.add('USE_MORE_WORDS');
      break;
    case 'COMMON_PASSWORD':
      advice.add('AVOID_COMMON_WORDS').add('USE_MORE_WORDS');
      break;
    case 'CONTAINS_PERSONAL_DATA':
      advice.add('AVOID_PERSONAL_DATA');
      if (weak) advice.add('USE_MORE_WORDS');
      break;
  }
  return {
    ok: false,
    score: Math.min(score, MIN_SCORE - 1),
    code,
    advice: ADVICE_CODES.filter((a) => advice.has(a)),
    guesses: est.guesses,
    length: pw.length,
  };
}
