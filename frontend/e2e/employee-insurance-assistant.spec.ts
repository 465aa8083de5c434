import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { employerIdByName, isPhone, providerToken } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * Verzekeringen vergelijken (R40) and the Assistent (R41) at phone size, as Jan Jansen of Voorbeeld MKB.
 * The demo gives Voorbeeld MKB Verzekeringen vergelijken with four offers (three of the provider, one of
 * its own). The Assistent would make it Pro (R20), so this journey switches it on through the API and
 * off again afterwards, so Voorbeeld MKB stays Start for the other journeys.
 */

const ASSISTANT = 'MIJNLOKET_ASSISTANT';

async function setProduct(request: APIRequestContext, code: string, on: boolean) {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, DEMO_EMPLOYEE.employer);
  const mutation = on ? 'activateProduct' : 'deactivateProduct';
  const data = await gql<Record<string, { userErrors: Array<{ code: string }> }>>(
    request,
    token,
    `mutation ($input: ProductActivationInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
    { input: { employerId, productCode: code } },
  );
  const codes = data[mutation]!.userErrors.map((e) => e.code);
  expect(codes.filter((c) => c !== 'ALREADY_ACTIVE' && c !== 'NOT_ACTIVE')).toEqual([]);
}

async function signInAsJan(page: Page) {
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
}

test.afterEach(async ({ request }) => {
  if (isPhone(test.info())) await setProduct(request, ASSISTANT, false);
});

test('verzekeringen vergelijken: kaarten met dezelfde regels (telefoon) of een tabel (desktop), filter op soort', async ({ page }, testInfo) => {
  const heading = page.getByRole('heading', { level: 1 });
  await signInAsJan(page);
  await openFromPortalMenu(page, 'Verzekeringen');
  await expect(heading).toHaveText('Verzekeringen vergelijken');
  await expect(page.getByText(/Dit is informatie, geen advies/)).toBeVisible();
  const rows = ['Soort', 'Korting', 'Premie vanaf', 'Voorwaarden', 'Afgesproken door', 'Meer informatie'];

  if (!isPhone(testInfo)) {
    // A wide screen compares them side by side: an offer per column, the same rows.
    const table = page.getByRole('table', { name: 'Verzekeringen naast elkaar' });
    await expect(table.getByRole('columnheader')).toHaveCount(4);
    await expect(table.getByRole('columnheader', { name: 'Zorgzaam Collectief' })).toBeVisible();
    const link = table.getByRole('link', { name: /^Naar Zorgzaam Collectief/ });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(table.getByRole('rowheader')).toHaveText(rows);
    await expect(page.getByRole('list', { name: 'Verzekeringen naast elkaar' })).toBeHidden();
    await checkPage(page, 'verzekeringen');
    return;
  }

  const cards = page.getByRole('list', { name: 'Verzekeringen naast elkaar' });
  await expect(cards.getByRole('listitem')).toHaveCount(4);
  // On a phone every offer is a card with the same rows; the wide table is not shown.
  await expect(page.getByRole('table')).toBeHidden();
  for (const card of await cards.getByRole('listitem').all()) {
    for (const row of rows) {
      await expect(card.getByText(row, { exact: true })).toBeVisible();
    }
  }
  const zorg = cards.getByRole('listitem').filter({ hasText: 'Zorgzaam Collectief' });
  await expect(zorg).toContainText('€ 18,75 per maand');
  const link = zorg.getByRole('link', { name: /^Naar Zorgzaam Collectief/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // Nothing about the employee in the address.
  await expect(link).toHaveAttribute('href', 'https://zorgzaam.example.com/collectief');
  // The employer's own offer is there too.
  await expect(cards.getByRole('listitem').filter({ hasText: 'Veilig Thuis' })).toContainText('Voorbeeld MKB');
  await checkPage(page, 'verzekeringen');

  await page.getByRole('combobox', { name: 'Soort verzekering' }).selectOption({ label: 'Reisverzekering' });
  await expect(cards.getByRole('listitem')).toHaveCount(1);
  await expect(cards.getByRole('listitem')).toContainText('Op Reis Verzekeringen');
  await expect(page.getByText('1 verzekering', { exact: true })).toBeVisible();
  await checkPage(page, 'verzekeringen-reis');
});

test('assistent: "hoeveel verlof heb ik nog?" met de uren van de verlofkaart en een link (telefoon)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the journey of issue 16 is at phone size');
  await setProduct(request, ASSISTANT, true);
  const heading = page.getByRole('heading', { level: 1 });
  await signInAsJan(page);
  await openFromPortalMenu(page, 'Assistent');
  await expect(heading).toHaveText('Assistent');
  await checkPage(page, 'assistent');

  const conversation = page.getByRole('region', { name: 'Gesprek met de assistent' });
  await page.getByRole('textbox', { name: 'Je vraag' }).fill('hoeveel verlof heb ik nog?');
  await page.getByRole('button', { name: 'Vraag', exact: true }).click();
  const answer = conversation.getByRole('listitem').last();
  await expect(answer).toContainText(/Volgens je verlofkaart van \d{4} heb je nog .*\d+(,\d+)? uur Wettelijk verlof/);
  const year = String(new Date().getFullYear());
  const statutory = answer.getByRole('definition').first();
  await expect(answer.getByRole('term').first()).toHaveText(`Wettelijk verlof ${year}`);
  const hours = (await statutory.innerText()).trim();
  expect(hours).toMatch(/^-?\d+(,\d+)? uur$/);
  await checkPage(page, 'assistent-antwoord');

  // The link goes to the page the answer came from, which shows the same balance.
  await answer.getByRole('link', { name: 'Bron: Verlof' }).click();
  await expect(heading).toHaveText('Verlof');
  const card = page.getByRole('region', { name: 'Wettelijk verlof', exact: true });
  await expect(card.getByText('Saldo', { exact: true })).toBeVisible();
  await expect(card).toContainText(hours);
});
