import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** frontend/e2e/screenshots/ (gitignored): one PNG per page state per viewport. */
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Checks the page as it is now and records it:
 * - axe finds no serious or critical violations (all findings are attached to the report);
 * - the page does not scroll sideways (phone viewport!);
 * - a full-page screenshot is written to frontend/e2e/screenshots/<project>-<name>.png
 *   (desktop-… and phone-…), for reviewers.
 *
 * Call it for every distinct page state a journey passes (form, form with error, result, …).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const testInfo = test.info();
  // A sandboxed frame without scripts (the mail preview) cannot run axe; checking it would hang.
  // Legacy mode runs axe.run in the page itself. The default opens a blank page for every check
  // to merge the frames' results in, which cost a fifth of the browser tests' CPU; what it adds,
  // cross-origin frames, the SPA does not have (its only frame is the preview excluded here).
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .withTags(WCAG_TAGS)
    .exclude('iframe[sandbox=""]')
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  expect(report, `axe: serious or critical violations on "${name}"`).toEqual([]);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `"${name}" scrolls sideways`).toBeLessThanOrEqual(0);

  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({
    path: join(screenshotDir, `${testInfo.project.name}-${name}.png`),
    fullPage: true,
    animations: 'disabled',
    // One pixel per CSS pixel: the phone's three device pixels per CSS pixel made each PNG nine
    // times larger to encode, for a picture a reviewer reads as well at 390 px.
    scale: 'css',
  });
}
