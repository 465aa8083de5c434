import { expect, test, type Page } from '@playwright/test';
import { checkPage } from './support/pageCheck';

// checkPage is what every journey relies on for accessibility. It must fail on a serious or critical
// violation, in the document and in a frame of the same origin (as the SPA's would be), and pass a
// clean page. The pages are served by the test itself: no server state is involved.
const origin = 'http://werkportaal.test';
const doc = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><main><h1>Kop</h1>${body}</main></body></html>`;

async function serve(page: Page, pages: Record<string, string>): Promise<void> {
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: pages[new URL(route.request().url()).pathname] ?? '' }),
  );
}

test('checkPage weigert een pagina met een ernstige toegankelijkheidsfout, ook in een frame', async ({ page }) => {
  await serve(page, {
    '/image': doc('<img src="/pixel.gif">'),
    '/outer': doc('<iframe title="binnen" src="/inner"></iframe>'),
    '/inner': doc('<button></button>'),
    '/clean': doc('<p>Tekst</p>'),
  });
  await page.goto(`${origin}/image`);
  await expect(checkPage(page, 'page-check-image')).rejects.toThrow(/critical image-alt/);
  await page.goto(`${origin}/outer`);
  await expect(page.frameLocator('iframe').getByRole('button')).toHaveCount(1);
  await expect(checkPage(page, 'page-check-frame')).rejects.toThrow(/critical button-name/);
  await page.goto(`${origin}/clean`);
  await checkPage(page, 'page-check-clean');
});
