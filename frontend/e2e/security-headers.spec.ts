import { expect, test, type Page } from '@playwright/test';
import { employerIdByName, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Issue 11 §7: the web app works under its Content-Security-Policy (one inline script, the early
 * session restore of the employee's home, and the entry's inline style sheets, by their sha256 hashes;
 * React Aria's injected styles by the nonce; style attributes only for the mail preview frame), and the staff page
 * of mails that did not arrive works on both viewports. Chromium reports every refused script, style
 * or load on the console ("… violates the following Content Security Policy directive …"), from the
 * page and from its frames; none may appear.
 */

function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('de web-app werkt onder de Content-Security-Policy', async ({ page, request }) => {
  const violations = watchCsp(page);

  const response = await page.goto('/werknemer/inloggen');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+ 'nonce-[A-Za-z0-9+/]+=*';/);
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}/e-mailteksten`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mailteksten');

  await test.step('het voorbeeld van de mail krijgt zijn opmaak (style-attributen in het frame)', async () => {
    const frame = page.frameLocator('[data-testid="mail-preview"] iframe');
    await expect(frame.locator('body')).toHaveCSS('background-color', 'rgb(243, 244, 246)');
  });

  await test.step('mails die niet zijn aangekomen', async () => {
    await page.getByRole('link', { name: 'Mails die niet zijn aangekomen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mails die niet zijn aangekomen');
    await expect(page.getByRole('radio', { name: 'Van Voorbeeld MKB' })).toBeChecked();
    await expect(page.getByText('Alle mails zijn aangekomen')).toBeVisible();
    await checkPage(page, 'admin-niet-aangekomen-mails');
    // The API refuses nothing the page asks: the persisted documents are in the binary.
    const data = await request.post('/graphql', {
      headers: { Authorization: `Bearer ${token}` },
      data: { query: `{ failedMails(first: 5) { totalCount } }` },
    });
    expect(data.headers()['content-security-policy']).toContain("default-src 'none'");
  });

  expect(violations).toEqual([]);

  await test.step('een <style> zonder nonce wordt geweigerd (en deze controle ziet dat)', async () => {
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect.poll(() => violations.join('\n')).toContain('style-src');
  });
});
