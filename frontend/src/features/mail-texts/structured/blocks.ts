import type { MailBlockInput, MailBlockKind } from '../../../gql/graphql';

/** A block as the editor holds it; `key` keeps React's identity when blocks move. */
export interface EditorBlock {
  key: number;
  kind: MailBlockKind;
  condition: string | null;
  text: string;
  items: string[];
  link: string | null;
}

export const BLOCK_KINDS: readonly MailBlockKind[] = ['PARAGRAPH', 'LEAD', 'HEADING', 'LIST', 'BUTTON', 'CODE', 'LINES', 'SMALL', 'FOOTER'];

let nextKey = 1;
const key = () => nextKey++;

export interface BlockData {
  kind: MailBlockKind;
  condition?: string | null;
  text: string;
  items: readonly string[];
  link?: string | null;
}

export function editorBlocks(blocks: readonly BlockData[]): EditorBlock[] {
  return blocks.map((b) => ({ key: key(), kind: b.kind, condition: b.condition ?? null, text: b.text, items: [...b.items], link: b.link ?? null }));
}

export function newBlock(kind: MailBlockKind = 'PARAGRAPH'): EditorBlock {
  return { key: key(), kind, condition: null, text: '', items: kind === 'LIST' ? [''] : [], link: null };
}

/** What setMailTemplate and previewMailTemplate take: only the fields the kind uses. */
export function blockInputs(blocks: readonly EditorBlock[]): MailBlockInput[] {
  return blocks.map((b) => ({
    kind: b.kind,
    condition: b.condition,
    ...(b.kind === 'LIST' ? { items: b.items } : { text: b.text }),
    ...(b.kind === 'BUTTON' ? { link: b.link } : {}),
  }));
}

/** The block with another kind: a list keeps the text as its first item and back, a button gets an address. */
export function changeKind(block: EditorBlock, kind: MailBlockKind, firstUrl: string | null): EditorBlock {
  if (kind === block.kind) return block;
  if (kind === 'LIST') return { ...block, kind, items: block.items.length > 0 ? block.items : [block.text] };
  const text = block.kind === 'LIST' ? block.items.join('\n') : block.text;
  return { ...block, kind, text, link: kind === 'BUTTON' ? (block.link ?? firstUrl) : block.link };
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

export function sameBlocks(a: readonly EditorBlock[], b: readonly EditorBlock[]): boolean {
  return JSON.stringify(blockInputs(a)) === JSON.stringify(blockInputs(b));
}
