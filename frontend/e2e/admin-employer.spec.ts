import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { employerIdByName, providerToken, signIn } from './support/admin';
import { EMPLOYER_USER, PROVIDER_USER } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Journey 1: sign in, stay signed in across reloads, sign out. A provider user picks an employer
 * from a searchable list; an employer user lands on their employer. The employer header shows name,
 * address, administration number (R16) and the MijnLoket variant.
 */

const VARIANT_TEXT: Record<string, string> = {
  NONE: 'MijnLoket niet actief',
  START: 'MijnLoket Start',
  PLUS: 'MijnLoket Plus',
  PRO: 'MijnLoket Pro',
};

test('ak-gebruiker kiest een werkgever uit de zoekbare lijst en ziet de werkgeverskop', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const { employer } = await gql<{ employer: { mijnLoketVariant: string } }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { mijnLoketVariant } }`,
    { id: employerId },
  );
  const header = page.getByRole('region', { name: 'Huidige werkgever' });

  await test.step('na het inloggen staat de lijst van werkgevers klaar', async () => {
    await signIn(page, PROVIDER_USER);
    await expect(page).toHaveURL(/\/beheer$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkgevers');
    await expect(page.getByText('Ingelogd als Anouk Kramer', { exact: false })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'werkgevers' })).toHaveText('3 werkgevers');
    await expect(page.getByRole('row')).toHaveCount(3);
    await checkPage(page, 'admin-werkgevers');
  });

  await test.step('zoeken terwijl je typt, op naam en op administratienummer', async () => {
    const search = page.getByLabel('Zoek op naam of administratienummer');
    await search.fill('korenaar');
    await expect(page.getByRole('row')).toHaveCount(1);
    await expect(page.getByRole('row')).toContainText('Bakkerij De Korenaar');
    await expect(page).toHaveURL(/zoek=korenaar/);
    await search.fill('xyz-bestaat-niet');
    await expect(page.getByText('Geen werkgever gevonden')).toBeVisible();
    await checkPage(page, 'admin-werkgevers-leeg');
    await search.fill('23735');
    await expect(page.getByRole('row')).toHaveCount(1);
    await page.getByRole('row', { name: /Voorbeeld MKB/ }).click();
  });

  await test.step('de werkgeverskop: naam, adres, administratie en variant', async () => {
    await expect(page).toHaveURL(new RegExp(`/beheer/werkgevers/${employerId}$`));
    await expect(header).toContainText('Voorbeeld MKB');
    await expect(header).toContainText('Hogeweg 135');
    await expect(header).toContainText('5301 LL Zaltbommel');
    await expect(header).toContainText('Administratie 23735');
    await expect(header).toContainText(VARIANT_TEXT[employer.mijnLoketVariant]!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start');
    await checkPage(page, 'admin-werkgever-start');
  });

  await test.step('na herladen blijf je ingelogd, op dezelfde pagina', async () => {
    await page.reload();
    await expect(header).toContainText('Administratie 23735');
    await expect(page).toHaveURL(new RegExp(`/beheer/werkgevers/${employerId}$`));
  });

  await test.step('terug naar de lijst van werkgevers, en uitloggen', async () => {
    await page.getByRole('link', { name: 'Andere werkgever kiezen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkgevers');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await expect(page).toHaveURL(/\/inloggen$/);
  });
});

test('werkgevergebruiker komt direct bij de eigen werkgever', async ({ page }) => {
  await signIn(page, EMPLOYER_USER);
  await expect(page).toHaveURL(/\/beheer\/werkgevers\/emp_[^/]+$/);
  const header = page.getByRole('region', { name: 'Huidige werkgever' });
  await expect(header).toContainText('Voorbeeld MKB');
  await expect(header).toContainText('Administratie 23735');
  await expect(page.getByRole('link', { name: 'Andere werkgever kiezen' })).toHaveCount(0);
  await checkPage(page, 'admin-werkgever-start-werkgevergebruiker');
  await page.reload();
  await expect(header).toContainText('Voorbeeld MKB');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
});
