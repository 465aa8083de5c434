import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { pdfText } from './support/pdf';

/*
 * The payslip as a Dutch loonstrook (R23, art. 7:626 BW), as Jan Jansen of Voorbeeld MKB reads his
 * newest one (server/demo publishes full loonstroken): the sections in the order a payroll
 * professional expects — details, earnings, deductions, net with the masked account, tax details,
 * cumulatives, then employer contributions and reservations —, axe clean and without sideways
 * scrolling on a phone (both projects run it), in English too, and the PDF with the same
 * sections and no BSN or full IBAN.
 */

const SECTIONS = ['Gegevens', 'Inkomsten', 'Inhoudingen', 'Uitbetaling', 'Fiscale gegevens', /^Cumulatieven \d{4}$/, 'Werkgeverslasten', 'Reserveringen'];

test('werknemer: de loonstrook toont wat art. 7:626 BW vraagt, op de telefoon en in de pdf', async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1 });
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(heading).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);

  await test.step('de nieuwste loonstrook: de secties in de volgorde van een loonstrook', async () => {
    await page.goto('/werknemer/loonstroken');
    await expect(heading).toHaveText('Loonstroken');
    await page.getByRole('list', { name: 'Loonstroken' }).getByRole('link').first().click();
    await expect(heading).toHaveText(/^Loonstrook [a-z]+ \d{4}$/);
    const sections = page.getByRole('heading', { level: 2 });
    await expect(sections).toHaveText(SECTIONS);

    const details = page.getByRole('region', { name: 'Gegevens', exact: true });
    await expect(details).toContainText(`Werkgever${DEMO_EMPLOYEE.employer}`);
    await expect(details).toContainText('WerknemerJan Jansen');
    await expect(details).toContainText(/Arbeidsduur\d+ uur per week/);
    await expect(details).toContainText(/Wettelijk minimumuurloon€\s14,\d\d/);
    await expect(page.getByRole('table', { name: 'Inkomsten' })).toContainText(/Salaris[\d,.]+ × €\s[\d.,]+/);
    await expect(page.getByRole('table', { name: 'Inhoudingen' })).toContainText('LoonheffingWitte maandtabel');
    await expect(page.getByTestId('payslip-account')).toHaveText(/^NL\*\* \*{4} \*{4} \*\*\w\w \w\w$/);
    const fiscal = page.getByRole('region', { name: 'Fiscale gegevens' });
    for (const label of ['SV-loon', 'Loon voor de loonheffing', 'Loonheffingstabel', 'Loonheffingskorting toegepast']) {
      await expect(fiscal.getByRole('term').filter({ hasText: label })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: /^Cumulatieven/ }).getByRole('term')).toHaveText([
      'Brutoloon',
      'SV-loon',
      'Loon voor de loonheffing',
      'Ingehouden loonheffing',
      'Nettoloon',
    ]);
    await checkPage(page, 'portaal-loonstrook-volledig');
  });

  await test.step('de pdf heeft dezelfde secties, zonder BSN en zonder volledig rekeningnummer', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pdf' }).click()]);
    const text = pdfText(await readFile(await download.path()));
    let at = 0;
    for (const part of ['Werknemer en dienstverband', 'Jan Jansen', 'Arbeidsduur', 'Wettelijk minimumuurloon', 'Inkomsten', 'Inhoudingen', 'Nettoloon', 'Uitbetaald op rekening', 'Fiscale gegevens', 'Witte maandtabel', 'Cumulatieven', 'Reserveringen']) {
      const found = text.indexOf(part, at);
      expect(found, `the PDF has "${part}" after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + part.length;
    }
    expect(text).toMatch(/NL\*\* \*{4} \*{4} \*\*\w\w \w\w/);
    expect(text).not.toMatch(/NL\d\d\s?DEMO/);
    expect(text).not.toContain('Burgerservicenummer');
  });

  await test.step('in het Engels', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Tax details' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Year to date \d{4}$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tax details' })).toContainText('White monthly table');
    await checkPage(page, 'portaal-loonstrook-engels');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Fiscale gegevens' })).toBeVisible();
  });
});
