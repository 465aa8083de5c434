import { expect, test } from '@playwright/test';

/*
 * How the built app is delivered (R24: phones on mobile networks): the JavaScript goes out as the
 * precompressed brotli or gzip twin the browser accepts (the GraphQL answers: compress_test.go), the page
 * carries a description, and robots.txt is a real robots file rather than the app's HTML.
 */

test('de app wordt gecomprimeerd geleverd en robots.txt is echt', async ({ request }) => {
  const index = await request.get('/werknemer/inloggen');
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
