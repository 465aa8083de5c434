import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { openSection, signIn } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD, EMPLOYER_USER } from './support/demo';
import { checkPage } from './support/pageCheck';
import { pdfText } from './support/pdf';

/*
 * The portal's content (R22–R26) as Jan Jansen of Voorbeeld MKB sees it (server/demo/portal.go: 14
 * months of payslips, last year's annual statement, this year's leave, documents, an ended sick
 * report): sign in → the newest payslip and its PDF (the net amount on the page is the one in the
 * PDF) → the salary chart and its table → the annual statements → the leave card → the documents,
 * one downloaded, the new-document mail switch → personal data → report sick (the confirmation says
 * what was passed on) → the employer's staff, in a browser of their own, see the report at once in
 * Verzuim → report recovered, which staff see too.
 *
 * Both viewports walk it against the one demo database, one after the other. Jan ends recovered, as
 * he started; should a run break off while he is sick, afterEach reports him recovered through the API.
 */

const NBSP = /\u00a0/g;
const todayInDutch = () =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date());

async function employeeToken(request: APIRequestContext): Promise<string> {
  const data = await gql<{ employeeLogin: { accessToken: string | null } }>(
    request,
    null,
    `mutation ($input: LoginInput!) { employeeLogin(input: $input) { accessToken userErrors { code } } }`,
    { input: { username: DEMO_EMPLOYEE.username, password: DEMO_PASSWORD } },
  );
  return data.employeeLogin.accessToken!;
}

/** Jan's open sick report ended today, if he has one (the demo state this spec promises to leave). */
async function ensureRecovered(request: APIRequestContext) {
  const token = await employeeToken(request);
  const data = await gql<{ me: { openSickReport: { firstSickDay: string } | null } }>(request, token, `{ me { openSickReport { firstSickDay } } }`);
  if (!data.me.openSickReport) return;
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  await gql(request, token, `mutation ($input: ReportRecoveredInput!) { reportRecovered(input: $input) { userErrors { code } } }`, {
    input: { recoveryDate: today > data.me.openSickReport.firstSickDay ? today : data.me.openSickReport.firstSickDay },
  });
}

/** Opens a part of the portal through the portal menu (a disclosure on phones). */
async function openFromMenu(page: Page, name: string) {
  const menu = page.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
  const toggle = menu.getByRole('button', { name: 'Menu' });
  if (await toggle.isVisible()) {
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }
  await menu.getByRole('link', { name, exact: true }).click();
}

async function savedFile(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

test.beforeEach(async ({ request }) => ensureRecovered(request));
test.afterEach(async ({ request }) => ensureRecovered(request));

/** Staff of the employer at their own desk: a second browser context, signed in as the employer user. */
async function staffVerzuim(page: Page): Promise<Page> {
  const staff = await page
    .context()
    .browser()!
    .newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: page.viewportSize(),
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
  const staffPage = await staff.newPage();
  await signIn(staffPage, EMPLOYER_USER);
  await openSection(staffPage, 'Verzuim');
  await expect(staffPage.getByRole('heading', { level: 1 })).toHaveText('Verzuim');
  return staffPage;
}

test('werknemer: loonstrook met pdf → salarisgrafiek → jaaropgaven → verlof → documenten → persoonsgegevens → ziek melden → werkgever ziet de melding → hersteld melden', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('inloggen; de startpagina toont de onderdelen die de werkgever heeft aangezet', async () => {
    await page.goto('/werknemer/inloggen');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(heading).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
    // The menu holds the parts the employer activated (R22); the home answers at a glance.
    const menu = page.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    const toggle = menu.getByRole('button', { name: 'Menu' });
    if (await toggle.isVisible()) await toggle.click();
    for (const name of ['Loonstroken', 'Salarisgrafiek', 'Jaaropgaven', 'Verlof', 'Documenten', 'Persoonsgegevens', 'Verzuim']) {
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    }
    if (await toggle.isVisible()) await toggle.click();
    await expect(page.getByRole('region', { name: 'In één oogopslag' }).getByRole('heading', { name: 'Netto salaris' })).toBeVisible();
    await checkPage(page, 'portaal-home');
  });

  let net = '';
  await test.step('loonstroken: de nieuwste bovenaan, met verloningsdatum en nettobedrag', async () => {
    await openFromMenu(page, 'Loonstroken');
    await expect(heading).toHaveText('Loonstroken');
    await expect(page).toHaveTitle('Loonstroken – Werkportaal');
    const items = page.getByRole('list', { name: 'Loonstroken' }).getByRole('listitem');
    await expect(items).toHaveCount(12);
    await expect(items.first()).toContainText(/Verloningsdatum \d{1,2} [a-z]+ \d{4}/);
    await expect(items.first()).toContainText(/Netto €\s[\d.]+,\d{2}/);
    await expect(page.getByText('14 loonstroken in totaal.')).toBeVisible();
    await checkPage(page, 'portaal-loonstroken');
    await page.getByRole('link', { name: 'Oudere loonstroken →' }).click();
    await expect(items).toHaveCount(2);
    await page.getByRole('link', { name: '← Nieuwere loonstroken' }).click();
    await expect(items).toHaveCount(12);
  });

  await test.step('de nieuwste loonstrook: regels per categorie met totalen, bruto en netto', async () => {
    await page.getByRole('list', { name: 'Loonstroken' }).getByRole('link').first().click();
    await expect(heading).toHaveText(/^Loonstrook [a-z]+ \d{4}$/);
    for (const category of ['Inkomsten', 'Inhoudingen', 'Werkgeverslasten', 'Reserveringen']) {
      const section = page.getByRole('region', { name: category });
      await expect(section.getByRole('table')).toBeVisible();
      await expect(section.getByRole('rowheader', { name: `Totaal ${category.toLowerCase()}` })).toBeVisible();
    }
    await expect(page.getByRole('region', { name: 'Inhoudingen' })).toContainText('Loonheffing');
    net = ((await page.getByTestId('payslip-net').textContent()) ?? '').replace(NBSP, ' ');
    expect(net).toMatch(/^€ \d{1,3}(\.\d{3})*,\d{2}$/);
    await checkPage(page, 'portaal-loonstrook');
  });

  await test.step('de pdf van de loonstrook is een pdf met hetzelfde nettobedrag', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download pdf' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^loonstrook-\d{4}-\d{2}\.pdf$/);
    const pdf = await savedFile(download);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Nettoloon');
    expect(text).toContain(net);
    expect(text).toContain('Jan Jansen');
  });

  await test.step('salarisgrafiek: 12 of 24 maanden, als grafiek en als tabel', async () => {
    await openFromMenu(page, 'Salarisgrafiek');
    await expect(heading).toHaveText('Salarisgrafiek');
    const chart = page.getByRole('img', { name: /^Lijngrafiek van je bruto- en nettoloon/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute('aria-label', /Brutoloon tussen €\s[\d.]+,\d{2} en €\s[\d.]+,\d{2}/);
    await checkPage(page, 'portaal-salarisgrafiek');
    await expect(page.getByRole('radio', { name: '12 maanden' })).toBeChecked();
    await page.getByText('24 maanden', { exact: true }).click();
    await expect(page.getByRole('radio', { name: '24 maanden' })).toBeChecked();
    await expect(page).toHaveURL(/maanden=24/);
    await expect(page.getByRole('heading', { name: 'Bruto en netto, afgelopen 24 maanden' })).toBeVisible();
    await page.getByText('Toon de bedragen als tabel').click();
    const table = page.getByRole('table', { name: /^Bruto- en nettoloon per periode/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText(['Periode', 'Brutoloon', 'Nettoloon']);
    await expect(table.locator('tbody tr')).toHaveCount(14);
    await checkPage(page, 'portaal-salarisgrafiek-tabel');
  });

  await test.step('jaaropgaven: de bedragen van vorig jaar, zonder BSN, en de pdf', async () => {
    await openFromMenu(page, 'Jaaropgaven');
    await expect(heading).toHaveText('Jaaropgaven');
    const lastYear = new Date().getFullYear() - 1;
    const statement = page.getByRole('region', { name: `Jaaropgave ${lastYear}` });
    for (const label of ['Loon voor de loonheffing', 'Ingehouden loonheffing', 'Toegepaste arbeidskorting', 'Loon Zvw', 'Loonheffingskorting toegepast']) {
      await expect(statement.getByText(label, { exact: true })).toBeVisible();
    }
    expect(await page.locator('main').innerText()).not.toMatch(/\b\d{9}\b/);
    await checkPage(page, 'portaal-jaaropgaven');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      statement.getByRole('button', { name: `Download jaaropgave ${lastYear} (pdf)` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`jaaropgave-${lastYear}.pdf`);
    expect(pdfText(await savedFile(download))).toContain('Burgerservicenummer');
  });

  await test.step('verlof: tegoed, opgenomen, gepland, saldo en vervaldatum per soort verlof', async () => {
    await openFromMenu(page, 'Verlof');
    await expect(heading).toHaveText('Verlof');
    await expect(page.getByLabel('Verlofjaar')).toHaveValue(String(new Date().getFullYear()));
    for (const kind of ['Wettelijk verlof', 'Bovenwettelijk verlof']) {
      const card = page.getByRole('region', { name: kind, exact: true });
      for (const label of ['Tegoed', 'Opgenomen', 'Gepland', 'Saldo', 'Vervalt op']) {
        await expect(card.getByText(label, { exact: true })).toBeVisible();
      }
      await expect(card).toContainText(/\d+(,\d+)? uur/);
    }
    await checkPage(page, 'portaal-verlof');
  });

  await test.step('documenten: de zichtbare documenten, één gedownload; de mailschakelaar bewaart zijn stand', async () => {
    await openFromMenu(page, 'Documenten');
    await expect(heading).toHaveText('Documenten');
    const documents = page.getByRole('list', { name: 'Documenten' }).getByRole('listitem');
    await expect(documents).toHaveCount(3);
    await expect(page.getByRole('heading', { name: 'Beoordelingsverslag' })).toHaveCount(0);
    const contract = documents.filter({ hasText: 'Arbeidsovereenkomst' });
    await expect(contract).toContainText(/Contract · \d{1,2} [a-z]+ \d{4} · [\d,]+ kB/);
    await checkPage(page, 'portaal-documenten');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      contract.getByRole('button', { name: 'Download Arbeidsovereenkomst' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('arbeidsovereenkomst.pdf');
    expect(pdfText(await savedFile(download))).toContain('Arbeidsovereenkomst');

    const mail = page.getByRole('switch', { name: 'Mail me bij een nieuw document' });
    const mailLabel = page.getByText('Mail me bij een nieuw document', { exact: true });
    await expect(mail).toBeChecked();
    await mailLabel.click();
    await expect(page.getByText('Opgeslagen: je krijgt geen e-mail meer bij een nieuw document.')).toBeVisible();
    await page.reload();
    await expect(mail).not.toBeChecked();
    await mailLabel.click();
    await expect(page.getByText('Opgeslagen: je krijgt een e-mail bij een nieuw document.')).toBeVisible();
    await expect(mail).toBeChecked();
  });

  await test.step('persoonsgegevens: alleen inzien', async () => {
    await openFromMenu(page, 'Persoonsgegevens');
    await expect(heading).toHaveText('Persoonsgegevens');
    await expect(page.getByRole('region', { name: 'Persoon' })).toContainText('Jan Jansen');
    await expect(page.getByRole('region', { name: 'Persoon' })).toContainText('26 december 1962');
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await checkPage(page, 'portaal-persoonsgegevens');
  });

  const today = todayInDutch();
  await test.step('ziek melden: zonder vraag naar de oorzaak; de bevestiging zegt wat is doorgegeven', async () => {
    await openFromMenu(page, 'Verzuim');
    await expect(heading).toHaveText('Ziek en hersteld melden');
    const form = page.getByRole('form', { name: 'Ziek melden' });
    await expect(form.getByText('Vertel niet wat je hebt.', { exact: false })).toBeVisible();
    // The product's one date input: dag, maand, jaar (today to start with), never the browser's US order.
    const [year, month, day] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()).split('-');
    const firstDay = page.getByRole('group', { name: 'Eerste ziektedag' });
    await expect(firstDay.getByLabel('Dag', { exact: true })).toHaveValue(day!);
    await expect(firstDay.getByLabel('Maand', { exact: true })).toHaveValue(month!);
    await expect(firstDay.getByLabel('Jaar', { exact: true })).toHaveValue(year!);
    await expect(page.getByRole('region', { name: 'Eerdere meldingen' })).toBeVisible();
    await checkPage(page, 'portaal-ziek-melden');

    await page.getByLabel('Uren gewerkt op je eerste ziektedag (niet verplicht)').fill('25');
    await page.getByRole('button', { name: 'Ziek melden' }).click();
    await expect(page.getByText('Vul een aantal uren tussen 0 en 24 in.')).toBeVisible();
    await expect(page.getByLabel('Uren gewerkt op je eerste ziektedag (niet verplicht)')).toBeFocused();
    await page.getByLabel('Uren gewerkt op je eerste ziektedag (niet verplicht)').fill('2,5');
    await page.getByRole('button', { name: 'Ziek melden' }).click();

    const confirmation = page.getByRole('region', { name: 'Je ziekmelding is doorgegeven aan Voorbeeld MKB' });
    await expect(confirmation).toBeVisible();
    await expect(confirmation.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(confirmation).toContainText(`Eerste ziektedag${today}`);
    await expect(confirmation).toContainText('Gewerkt op de eerste ziektedag2,5 uur');
    await expect(confirmation).toContainText(new RegExp(`Doorgegeven op${today} om \\d{2}:\\d{2}`));
    await checkPage(page, 'portaal-ziek-gemeld');
    await confirmation.getByRole('button', { name: 'Klaar' }).click();
  });

  let staffPage: Page | null = null;
  await test.step('de werkgever ziet de ziekmelding meteen in Verzuim', async () => {
    staffPage = await staffVerzuim(page);
    const table = staffPage.getByRole('table', { name: 'Ziekmeldingen' });
    const row = table.getByRole('row').filter({ hasText: 'Jan Jansen' }).filter({ hasText: 'Open' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(today);
    await expect(row).toContainText('2,5 uur');
    await expect(row).toContainText('door Jan Jansen (werknemer)');
    await checkPage(staffPage, 'portaal-werkgever-verzuim-open');
  });

  await test.step('hersteld melden: niet voor de eerste ziektedag; de bevestiging zegt wat is doorgegeven', async () => {
    await expect(page.getByRole('region', { name: 'Je bent ziek gemeld' })).toContainText(today);
    const recovery = page.getByRole('group', { name: 'Hersteld per' });
    const date = recovery.getByLabel('Dag', { exact: true });
    // A whole date typed in one box fills all three.
    await date.fill('01-01-2000');
    await expect(recovery.getByLabel('Jaar', { exact: true })).toHaveValue('2000');
    await page.getByRole('button', { name: 'Hersteld melden' }).click();
    await expect(page.getByText(`De hersteldatum kan niet voor je eerste ziektedag (${today}) liggen.`)).toBeVisible();
    await expect(date).toBeFocused();
    await checkPage(page, 'portaal-hersteld-melden-fout');
    // The calendar beside the boxes picks today.
    await recovery.getByRole('button', { name: 'Hersteld per: kies een dag in de kalender' }).click();
    const calendar = page.getByRole('dialog', { name: 'Hersteld per: kies een dag in de kalender' });
    await expect(calendar).toBeVisible();
    await checkPage(page, 'portaal-hersteld-kalender');
    await calendar.getByRole('button', { name: /vandaag/i }).click();
    await expect(calendar).toBeHidden();
    await expect(recovery.getByLabel('Jaar', { exact: true })).toHaveValue(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 4));
    await page.getByRole('button', { name: 'Hersteld melden' }).click();
    const confirmation = page.getByRole('region', { name: 'Je herstelmelding is doorgegeven aan Voorbeeld MKB' });
    await expect(confirmation).toBeVisible();
    await expect(confirmation).toContainText(`Hersteld per${today}`);
    await checkPage(page, 'portaal-hersteld-gemeld');
    await confirmation.getByRole('button', { name: 'Klaar' }).click();
    await expect(page.getByRole('form', { name: 'Ziek melden' })).toBeVisible();
  });

  await test.step('de werkgever ziet het herstel', async () => {
    const staff = staffPage!;
    await staff.reload();
    const table = staff.getByRole('table', { name: 'Ziekmeldingen' });
    const rows = table.getByRole('row').filter({ hasText: 'Jan Jansen' });
    await expect(rows.filter({ hasText: 'Open' })).toHaveCount(0);
    await expect(rows.filter({ hasText: `${today}` }).first()).toContainText('1 dag');
    await checkPage(staff, 'portaal-werkgever-verzuim-hersteld');
    await staff.context().close();
  });
});
