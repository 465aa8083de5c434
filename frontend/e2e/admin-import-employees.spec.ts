import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { downloadText, employerIdByName, openSection, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * R45: Werknemers importeren. A provider user downloads the example file and imports it without a
 * single error; then a file with one bad row (a wrong e-mail address) shows that error in its cell in
 * the preview, and confirming imports the other rows, which the API then finds. The demo database is
 * shared by both viewports: each run uses employee numbers of its own, and the example file's rows are
 * new on the first run and unchanged on the second.
 */

const IMPORT_EMPLOYER = 'Installatiebedrijf Van Dijk';

test('Werknemers importeren: voorbeeldbestand en een bestand met één foute regel', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  // Installatiebedrijf Van Dijk: an employer of the demo provider that no other spec counts or picks
  // persons from (the employee specs take theirs from Voorbeeld MKB).
  const employerId = await employerIdByName(request, token, IMPORT_EMPLOYER);
  const base = testInfo.project.name === 'phone' ? 7200 : 7100;

  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}`);
  await openSection(page, 'Werknemers importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werknemers importeren');
  await checkPage(page, 'admin-werknemers-importeren');

  await test.step('het voorbeeldbestand gaat er zonder fouten in', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Voorbeeldbestand downloaden' }).click()]);
    const example = await downloadText(download);
    expect(example).toContain('personeelsnummer;persoonsnummer');
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'voorbeeld-werknemers.csv', mimeType: 'text/csv', buffer: Buffer.from(example) });
    await expect(page.getByRole('table', { name: 'Regels van het bestand' })).toBeVisible();
    await expect(page.getByText('0 fouten')).toBeVisible();
    const importButton = page.getByRole('button', { name: /regels importeren/ });
    if (await importButton.count()) {
      await importButton.click();
      await expect(page.getByText(/^Klaar: \d+ nieuw, \d+ bijgewerkt, 0 met een fout\.$/)).toBeVisible();
    } else {
      // The second viewport: everything is there already.
      await expect(page.getByText('6 ongewijzigd')).toBeVisible();
    }
    await page.getByRole('button', { name: /Nog een bestand importeren|Ander bestand kiezen/ }).click();
  });

  await test.step('één foute regel: de fout staat in haar cel, de rest wordt geïmporteerd', async () => {
    const csv = [
      'personeelsnummer;persoonsnummer;roepnaam;achternaam;geboortedatum;e-mail;datum in dienst;functie',
      `${base + 1};E2E-${base + 1};Import;Eerste${base};01-02-1990;eerste.${base}@example.nl;01-01-2026;Tester`,
      `${base + 2};E2E-${base + 2};Import;Fout${base};02-03-1991;geen-adres;01-01-2026;Tester`,
      `${base + 3};E2E-${base + 3};Import;Derde${base};03-04-1992;;01-01-2026;Tester`,
    ].join('\n');
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'werknemers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const table = page.getByRole('table', { name: 'Regels van het bestand' });
    await expect(table).toBeVisible();
    const badRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Regel 3', exact: true }) });
    const badCell = badRow.getByRole('cell').filter({ hasText: 'geen-adres' });
    await expect(badCell).toContainText('Dit is geen geldig e-mailadres');
    await expect(badRow).toContainText('Fout');
    await expect(page.getByText('1 fout', { exact: true })).toBeVisible();
    await checkPage(page, 'admin-werknemers-importeren-controle');

    await page.getByRole('button', { name: '2 regels importeren' }).click();
    await expect(page.getByText('Klaar: 2 nieuw, 0 bijgewerkt, 1 met een fout.')).toBeVisible();
    await checkPage(page, 'admin-werknemers-importeren-klaar');

    const data = await gql<{ employer: { employments: { edges: Array<{ node: { employeeNumber: number; person: { fullName: string } } }> } } }>(
      request,
      token,
      `query ($id: ID!, $search: String) { employer(id: $id) { employments(first: 10, search: $search) { edges { node { employeeNumber person { fullName } } } } } }`,
      { id: employerId, search: 'Import' },
    );
    const numbers = data.employer.employments.edges.map((e) => e.node.employeeNumber);
    expect(numbers).toContain(base + 1);
    expect(numbers).toContain(base + 3);
    expect(numbers).not.toContain(base + 2);
  });
});
