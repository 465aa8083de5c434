import { expect, test, type APIRequestContext } from '@playwright/test';
import { employerIdByName, isPhone, providerToken, signIn } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * Verlofkalender (R32) at phone size, as Jan Jansen of Voorbeeld MKB: the employer switches the product
 * on through the API for this journey (R22; the demo has it at the bakery only) → Jan opens it from the
 * portal's start page → an agenda by day, not a squeezed grid, with his colleagues' leave (demo data
 * relative to today) as "Afwezig", never the kind of leave → the iCal address is made once and revoked →
 * a staff user sees the same month with the leave type. Afterwards the product is switched off again, so
 * Voorbeeld MKB stays MijnLoket Start for the other journeys.
 */

const CODE = 'MIJNLOKET_LEAVE_CALENDAR';

async function setProduct(request: APIRequestContext, on: boolean) {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, DEMO_EMPLOYEE.employer);
  const mutation = on ? 'activateProduct' : 'deactivateProduct';
  const data = await gql<Record<string, { userErrors: Array<{ code: string }> }>>(
    request,
    token,
    `mutation ($input: ProductActivationInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
    { input: { employerId, productCode: CODE } },
  );
  const codes = data[mutation]!.userErrors.map((e) => e.code);
  expect(codes.filter((c) => c !== 'ALREADY_ACTIVE' && c !== 'NOT_ACTIVE')).toEqual([]);
  return employerId;
}

test.afterEach(async ({ request }) => {
  if (isPhone(test.info())) await setProduct(request, false);
});

test('verlofkalender: een collega staat er als afwezig, zonder soort verlof (telefoon)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the calendar journey is at phone size');
  const employerId = await setProduct(request, true);
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('inloggen; de Verlofkalender staat bij de onderdelen (R22)', async () => {
    await page.goto('/werknemer/inloggen');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(heading).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
    await openFromPortalMenu(page, 'Kalender');
    await expect(heading).toHaveText('Verlofkalender');
    await expect(page).toHaveURL(/\/werknemer\/verlofkalender/);
  });

  await test.step('een agenda per dag: collega’s als afwezig, nooit de soort (R32)', async () => {
    const agenda = page.getByRole('list', { name: 'Afwezig per dag' });
    await expect(agenda).toBeVisible();
    await expect(agenda.getByText('Afwezig', { exact: true }).first()).toBeVisible();
    await expect(agenda).not.toContainText(/verlof/i);
    // On a phone the month grid is not shown.
    await expect(page.getByRole('table')).toBeHidden();
    await checkPage(page, 'verlofkalender');
  });

  await test.step('het agenda-adres: één keer getoond, daarna ingetrokken', async () => {
    await page.getByRole('button', { name: 'Adres maken' }).click();
    const address = page.getByRole('textbox', { name: 'Agenda-adres' });
    await expect(address).toHaveValue(/\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    const url = new URL(await address.inputValue());
    const feed = await request.get(url.pathname);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain(': afwezig\r\n');
    expect(ics).not.toMatch(/verlof\r\n/i);
    await checkPage(page, 'verlofkalender-adres');
    await page.getByRole('button', { name: 'Adres intrekken' }).click();
    await expect(page.getByText('Het adres werkt niet meer.')).toBeVisible();
    expect((await request.get(url.pathname)).status()).toBe(404);
  });

  await test.step('de werkgever ziet dezelfde maand met de soort verlof', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}/verlofkalender`);
    await expect(heading).toHaveText('Verlofkalender');
    await expect(page.getByRole('list', { name: 'Afwezig per dag' })).toContainText(/verlof/i);
    await expect(page.getByRole('button', { name: /Adres maken|Nieuw adres maken/ })).toBeVisible();
    await checkPage(page, 'werkgever-verlofkalender');
  });
});
