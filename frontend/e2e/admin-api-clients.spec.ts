import { expect, test } from '@playwright/test';
import { choose, employerIdByName, openSection, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * R44: API-koppelingen. A provider user with Beheren gebruikers creates an API client for the
 * employer, sees its secret once, signs in with it at /oauth/token, gives it a new secret and
 * disables it; the disabled client gets no token.
 */

test('API-koppelingen: aanmaken, geheim één keer zien, vervangen en uitschakelen', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const name = `Salarissoftware ${testInfo.project.name}`;

  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}`);
  await openSection(page, 'API-koppelingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API-koppelingen');
  await checkPage(page, 'admin-api-koppelingen');

  let secret = '';
  let clientId = '';
  await test.step('aanmaken: het geheim staat één keer op het scherm en werkt', async () => {
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await choose(page, 'checkbox', 'Werknemers bekijken');
    await page.getByRole('button', { name: 'Koppeling aanmaken' }).click();
    const panel = page.getByRole('region', { name: `Inloggegevens van ${name}` });
    await expect(panel).toBeVisible();
    secret = (await panel.getByTestId('client-secret').textContent())?.trim() ?? '';
    clientId = (await panel.locator('dd').first().textContent())?.trim() ?? '';
    expect(secret).toMatch(/^wpcs_/);
    expect(clientId).toMatch(/^cli_/);
    await checkPage(page, 'admin-api-koppelingen-geheim');
    const answer = await request.post('/oauth/token', {
      form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
    });
    expect(answer.status()).toBe(200);
    await panel.getByRole('button', { name: 'Ik heb het geheim bewaard' }).click();
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(page.getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  });

  await test.step('nieuw geheim: het oude werkt nog een dag', async () => {
    await page.getByRole('button', { name: `Nieuw geheim voor ${name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Nieuw geheim voor ${name}?` });
    await checkPage(page, 'admin-api-koppelingen-vervangen');
    await dialog.getByRole('button', { name: 'Nieuw geheim maken' }).click();
    const fresh = (await page.getByTestId('client-secret').textContent())?.trim() ?? '';
    expect(fresh).toMatch(/^wpcs_/);
    expect(fresh).not.toBe(secret);
    for (const s of [secret, fresh]) {
      const answer = await request.post('/oauth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: s } });
      expect(answer.status()).toBe(200);
    }
    await page.getByRole('button', { name: 'Ik heb het geheim bewaard' }).click();
  });

  await test.step('uitschakelen: geen token meer', async () => {
    await page.getByRole('button', { name: `${name} uitschakelen` }).click();
    await page.getByRole('alertdialog', { name: `${name} uitschakelen?` }).getByRole('button', { name: 'Uitschakelen' }).click();
    await expect(page.getByText(`${name} is uitgeschakeld.`)).toBeVisible();
    await expect(page.getByRole('button', { name: `${name} uitschakelen` })).toHaveCount(0);
    await checkPage(page, 'admin-api-koppelingen-uitgeschakeld');
    const answer = await request.post('/oauth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret } });
    expect(answer.status()).toBe(401);
  });
});
