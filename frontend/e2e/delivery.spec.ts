import { expect, test } from '@playwright/test';

/*
 * How the built app is delivered (R24: phones on mobile networks): the JavaScript goes out as the
 * precompressed brotli or gzip twin the browser accepts (the GraphQL answers: compress_test.go), the page
 * gzipped, carries a description, and robots.txt is a real robots file rather than the app's HTML.
 */

test('de app wordt gecomprimeerd geleverd en robots.txt is echt', async ({ request }) => {
  const index = await request.get('/werknemer/inloggen', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  // The page itself is made per answer (its nonce) and gzipped then (frontend/embed.go writeIndex).
  expect(index.headers()['content-encoding']).toBe('gzip');
  const html = await index.text();
  expect(html).toContain('<meta name="description"');
  const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script, 'the entry script in index.html').toBeTruthy();

  for (const [accept, encoding] of [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ] as const) {
    const asset = await request.get(script!, { headers: { 'Accept-Encoding': accept } });
    expect(asset.status()).toBe(200);
    expect(asset.headers()['content-encoding'], `Accept-Encoding: ${accept}`).toBe(encoding);
    expect(asset.headers()['content-type']).toContain('javascript');
    expect(asset.headers()['vary']).toContain('Accept-Encoding');
  }

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toContain('text/plain');
  const text = await robots.text();
  expect(text).toContain('User-agent: *');
  expect(text).toContain('Disallow: /');
  expect(text).not.toContain('<html');
});

/*
 * The entry's style sheets come inside the page (frontend/vite/inlineEntryCss.ts): no round trip before
 * the first paint, and on HTTP/1.1 no connection taken from the scripts. Each is followed by a disabled
 * link to its file, which the browser does not fetch but Vite's preload helper finds, so a lazy area
 * that names those sheets among its own does not fetch them either.
 */
test('de stijl van de ingang zit in de pagina en wordt nergens opgehaald', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const response = await page.goto('/werknemer/inloggen');
  const html = (await response?.text()) ?? '';
  const sheets = [...html.matchAll(/<style>[\s\S]+?<\/style><link rel="stylesheet" href="(\/assets\/[^"]+\.css)" disabled>/g)].map((m) => m[1]!);
  expect(sheets.length, 'the entry style sheets inline, each with its disabled link').toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The header's colour comes from the inline sheet (Layout.module.css, global.css).
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(31, 78, 140)');

  // The staff area, reached without a reload: its chunk's preload list names the entry's sheets.
  await page.evaluate(() => {
    window.history.pushState({}, '', '/inloggen');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect.poll(() => asked.some((path) => /^\/assets\/StaffArea-[^/]+\.js$/.test(path))).toBe(true);
  await expect(page.getByLabel('Gebruikersnaam', { exact: true })).toBeVisible();
  expect(asked.filter((path) => sheets.includes(path))).toEqual([]);
});
