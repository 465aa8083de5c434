import { expect, test, type APIRequestContext } from '@playwright/test';
import { employerIdByName, isPhone, providerToken } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Salaris berekenen (R39) at phone size, as Jan Jansen of Voorbeeld MKB: the employer switches the
 * product on through the API for this journey (R22; the demo has it at the bakery only) → Jan opens it
 * from the portal's menu → his latest payslip is the starting point and his work pattern (R29) gives his
 * current 32 hours, the same as the payslip → 24 hours instead of 32 → the estimated net, lower than now,
 * labelled a schatting, with the steps and the sources of the year's rules. Afterwards the product is
 * switched off again, so Voorbeeld MKB stays MijnLoket Start for the other journeys.
 */

const CODE = 'MIJNLOKET_SALARY_CALCULATOR';

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
  // Already on (a run that broke off) or already off is fine; anything else is not.
  expect(codes.filter((c) => c !== 'ALREADY_ACTIVE' && c !== 'NOT_ACTIVE')).toEqual([]);
}

test.afterEach(async ({ request }) => {
  if (isPhone(test.info())) await setProduct(request, false);
});

test('salaris berekenen: een geschat nettoloon na minder uren (telefoon)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the journey of issue 16 is at phone size');
  await setProduct(request, true);
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('inloggen; Salaris berekenen staat bij de onderdelen (R22)', async () => {
    await page.goto('/werknemer/inloggen');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(heading).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
    const menu = page.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    const toggle = menu.getByRole('button', { name: 'Menu' });
    if (await toggle.isVisible()) await toggle.click();
    await menu.getByRole('link', { name: 'Salaris berekenen', exact: true }).click();
    await expect(heading).toHaveText('Salaris berekenen');
    await expect(page).toHaveURL(/\/werknemer\/salaris-berekenen/);
  });

  await test.step('de laatste loonstrook is het vertrekpunt', async () => {
    const base = page.getByRole('region', { name: /^Je laatste loonstrook: / });
    await expect(base).toContainText('Brutoloon');
    await expect(base).toContainText('Nettoloon');
    await checkPage(page, 'salaris-berekenen');
  });

  await test.step('24 uur in plaats van 32: een lager geschat nettoloon, met de stappen en bronnen', async () => {
    // The work pattern says the current hours, so the page does not ask them.
    await expect(page.getByRole('textbox', { name: 'Hoeveel uur per week werk je nu?' })).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Nieuwe uren per week' }).fill('24');
    await page.getByRole('button', { name: 'Bereken' }).click();
    const result = page.getByRole('region', { name: 'Geschat nettoloon (per maand)' });
    await expect(result).toBeVisible();
    await expect(result.getByText('Schatting', { exact: true })).toBeVisible();
    await expect(result).toContainText('24 uur per week');
    // Fewer hours, less net: the difference is negative.
    await expect(result).toContainText(/€\s?-\d[\d.]*,\d{2} ten opzichte van nu/);
    const table = result.getByRole('table', { name: /^Zo is het berekend, met de regels van \d{4}$/ });
    for (const step of ['Belastbaar loon', 'Schijf 1', 'Algemene heffingskorting', 'Arbeidskorting', 'Loonheffing', 'Nettoloon']) {
      await expect(table.getByRole('rowheader', { name: new RegExp(`^${step}`) }).first()).toBeVisible();
    }
    const source = result.getByRole('link', { name: /Bijstellingsregeling directe belastingen 2026/ });
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(source).toHaveAttribute('rel', /noopener/);
    await checkPage(page, 'salaris-berekenen-schatting');
  });
});
