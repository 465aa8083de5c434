/** The help page's content (faq.nl.json, faq.en.json): the seed FAQ's answers about signing in. */

export type FaqBlock = { p: string } | { steps: string[] };

export interface FaqItem {
  /** Anchor: /werknemer/problemen-met-inloggen#<id> opens this question. */
  id: string;
  question: string;
  answer: FaqBlock[];
}

export interface Faq {
  title: string;
  intro: string;
  quickTitle: string;
  items: FaqItem[];
}

/** Links an answer may contain, written <name>text</name>. */
export const FAQ_LINKS = ['forgotPassword', 'forgotUsername', 'login'] as const;
export type FaqLink = (typeof FAQ_LINKS)[number];

export type FaqSegment = { text: string } | { link: FaqLink; text: string };

/** Splits answer text into plain text and links; an unknown tag stays text. */
export function faqSegments(text: string): FaqSegment[] {
  const segments: FaqSegment[] = [];
  const pattern = /<(\w+)>(.*?)<\/\1>/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, name, inner] = match as unknown as [string, string, string];
    const index = match.index ?? 0;
    if (index > last) segments.push({ text: text.slice(last, index) });
    segments.push((FAQ_LINKS as readonly string[]).includes(name) ? { link: name as FaqLink, text: inner } : { text: inner });
    last = index + whole.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
