import type { Locator } from '@playwright/test';

/**
 * The words in `root` that the browser broke inside (rendered on more than one line), measured
 * in the page: every run of letters between spaces and hyphens gets a Range, and a word whose
 * line boxes do not all share one top was wrapped inside. Hidden text has no boxes and counts not.
 */
export async function wordsBrokenInside(root: Locator): Promise<string[]> {
  return root.evaluateAll((elements) => {
    const broken: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s\-‐]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}
