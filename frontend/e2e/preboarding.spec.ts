import { expect, test, type Locator, type Page } from '@playwright/test';
import { employerIdByName, isPhone, openSection, providerToken, signIn } from './support/admin';
import { linkInMail } from './support/api';
import { mailIds, newestMail, uniqueUsername } from './support/employeeJourney';
import { checkPage } from './support/pageCheck';

/*
 * Preboarding end to end (R38, R2–R4): staff of Installatiebedrijf Van Dijk (MijnLoket - Preboarding)
 * create a new hire on a desktop; the new hire opens the invitation from the mail on a phone, answers
 * the birth date, chooses a username and password and lands on the checklist; fills it in part by
 * part (a wrong BSN and IBAN refused in the browser first), with a photo of the ID's front and a PDF of
 * its back, and sends it; staff see the BSN and the photo, return it with a remark on the IBAN; the
 * new hire sees the remark, corrects the IBAN and sends it again; staff complete it; the same login
 * now shows the ordinary portal with the employment. axe runs on every page the new hire sees.
 *
 * Phone project only: the journey adds an employee to the shared demo database (a new person with a
 * new e-mail address, whom no other spec picks: their employment is the newest of Van Dijk).
 */

const EMPLOYER = 'Installatiebedrijf Van Dijk';
const PASSWORD = 'zaag hamer beitel duim';
// A real (1×1) PNG photo, which staff's page shows, and the first bytes of a PDF: the server takes
// the type from the bytes (content sniffing).
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), Buffer.alloc(2048, 32)]);

/** YYYY-MM-DD `days` from today, in the browser's zone (the tests never assume a date). */
function isoInDays(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function fillDate(group: Locator, iso: string) {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await group.getByLabel('Dag', { exact: true }).fill(day);
  await group.getByLabel('Maand', { exact: true }).fill(month);
  await group.getByLabel('Jaar', { exact: true }).fill(year);
}

/** A part of the checklist by its heading. */
const part = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function save(section: Locator) {
  await section.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
}

test('preboarding: nieuwe medewerker → checklist op de telefoon met ID-foto → teruggestuurd → verbeterd → afgerond → werkportaal', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'one journey on the shared demo database, the new hire at phone size');
  test.setTimeout(240_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  const stamp = Date.now().toString(36);
  const email = `lotte.hermans.${stamp}@prive.example.nl`;
  const birthDate = '1998-04-17';
  const firstDay = isoInDays(16);
  const username = uniqueUsername('e2e.nieuw');
  const name = 'Lotte Hermans';
  const heading = page.getByRole('heading', { level: 1 });

  const desktop = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1366, height: 900 } });
  const staff = await desktop.newPage();
  const staffHeading = staff.getByRole('heading', { level: 1 });
  let detailUrl = '';

  await test.step('staff: Nieuwe medewerkers toont de demo-kandidaten; een nieuwe medewerker uitnodigen', async () => {
    await signIn(staff);
    await staff.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(staff, 'Nieuwe medewerkers');
    await expect(staffHeading).toHaveText('Nieuwe medewerkers');
    const list = staff.getByRole('grid', { name: `Nieuwe medewerkers van ${EMPLOYER}` });
    await expect(list.getByRole('row', { name: /Fatima El Idrissi, Ingestuurd/ })).toBeVisible();
    await expect(list.getByRole('row', { name: /Sem van der Heijden, Bezig/ })).toBeVisible();
    await checkPage(staff, 'admin-preboarding-list');

    const before = await mailIds(request, email);
    await staff.getByRole('button', { name: 'Nieuwe medewerker', exact: true }).click();
    const form = staff.getByRole('region', { name: 'Nieuwe medewerker' });
    await form.getByLabel('Voornaam').fill('Lotte');
    await form.getByLabel('Achternaam').fill('Hermans');
    await form.getByLabel('Privé-e-mailadres').fill(email);
    await fillDate(form.getByRole('group', { name: 'Geboortedatum' }), birthDate);
    await fillDate(form.getByRole('group', { name: 'Eerste werkdag' }), firstDay);
    await form.getByLabel('Functie').fill('Servicemonteur');
    await form.getByRole('button', { name: /Team/ }).click();
    await staff.getByRole('option', { name: 'Monteurs' }).click();
    await checkPage(staff, 'admin-preboarding-new');
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect(staff.getByText(`${name} is uitgenodigd. De uitnodiging is verstuurd naar ${email}.`)).toBeVisible();
    await expect(list.getByRole('row', { name: new RegExp(`^${name}, Uitgenodigd`) })).toBeVisible();
    const mail = await newestMail(request, email, 'PREBOARDING_INVITATION', before);
    expect(mail.subject).toContain(EMPLOYER);
  });

  await test.step('de nieuwe medewerker opent de uitnodiging op de telefoon en komt op de checklist', async () => {
    const mail = await newestMail(request, email, 'PREBOARDING_INVITATION');
    await page.goto(linkInMail(mail, '/werknemer/uitnodiging'));
    await fillDate(page.locator('body'), birthDate);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
    await expect(page.getByText('Deze gebruikersnaam is nog vrij.')).toBeVisible();
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page).toHaveURL(/\/werknemer\/preboarding$/);
    await expect(heading).toHaveText('Voor je start');
    await expect(page.getByText('Je account is aangemaakt en je bent ingelogd.', { exact: false })).toBeVisible();
    await expect(page.getByText(`Welkom bij ${EMPLOYER}! Je begint op`, { exact: false })).toContainText('als Servicemonteur');
    await expect(page.getByRole('heading', { name: '0 van 7 onderdelen klaar' })).toBeVisible();
    // The menu of a new hire holds the checklist only (on a phone it opens from its button).
    const menu = page.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    await menu.getByRole('button', { name: 'Menu' }).click();
    await expect(menu.getByRole('link')).toHaveText(['Voor je start']);
    await menu.getByRole('button', { name: 'Menu' }).click();
    await checkPage(page, 'preboarding-checklist-new');
  });

  await test.step('de checklist invullen, deel voor deel opgeslagen; BSN en IBAN eerst verkeerd', async () => {
    const personal = part(page, 'Persoonsgegevens');
    await expect(personal.getByLabel('Voornaam')).toHaveValue('Lotte');
    await personal.getByLabel('Voorletters').fill('L.M.');
    await personal.getByLabel('Telefoonnummer').fill('0612345678');
    await personal.getByLabel('Nationaliteit').fill('Nederlandse');
    await save(personal);
    await expect(personal.getByText('Klaar', { exact: true })).toBeVisible();

    const address = part(page, 'Adres');
    await address.getByLabel('Straat en huisnummer').fill('Spoorlaan 21');
    await address.getByLabel('Postcode').fill('5038 CB');
    await address.getByLabel('Woonplaats').fill('Tilburg');
    await expect(address.getByLabel('Land')).toHaveValue('Nederland');
    await save(address);

    const bsn = part(page, 'Burgerservicenummer (BSN)');
    await bsn.getByLabel('BSN', { exact: true }).fill('123456789');
    await bsn.getByRole('button', { name: 'Opslaan' }).click();
    await expect(bsn.getByText('Dit BSN klopt niet.', { exact: false })).toBeVisible();
    await checkPage(page, 'preboarding-bsn-wrong');
    await bsn.getByLabel('BSN', { exact: true }).fill('111222333');
    await save(bsn);
    await expect(bsn.getByText('Opgeslagen: ******333.', { exact: false })).toBeVisible();

    const iban = part(page, 'Bankrekening');
    await iban.getByLabel('IBAN').fill('NL91 ABNA 0417 1643 01');
    await iban.getByRole('button', { name: 'Opslaan' }).click();
    await expect(iban.getByText('Dit IBAN klopt niet.', { exact: false })).toBeVisible();
    await iban.getByLabel('IBAN').fill('nl91abna0417164300');
    await save(iban);
    await expect(iban.getByLabel('IBAN')).toHaveValue('NL91 ABNA 0417 1643 00');

    const credit = part(page, 'Loonheffingskorting');
    await credit.getByLabel('Ja', { exact: true }).check();
    await expect(credit.getByRole('group', { name: 'Vanaf welke datum?' }).getByLabel('Jaar')).toHaveValue(firstDay.slice(0, 4));
    await save(credit);

    const emergency = part(page, 'Contactpersoon bij nood');
    await emergency.getByLabel('Naam').fill('Joris Hermans');
    await emergency.getByLabel('Relatie').fill('broer');
    await emergency.getByLabel('Telefoonnummer').fill('0687654321');
    await save(emergency);

    const id = part(page, 'Identiteitsbewijs');
    await id.getByLabel('Voorkant').setInputFiles({ name: 'paspoort-voorkant.png', mimeType: 'image/png', buffer: PHOTO });
    await expect(id.getByText('De voorkant is geüpload.')).toBeVisible();
    await id.getByLabel('Achterkant').setInputFiles({ name: 'paspoort-achterkant.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(id.getByText('De achterkant is geüpload.')).toBeVisible();
    await expect(id.getByText('Geüpload: foto', { exact: false })).toBeVisible();

    await expect(page.getByRole('heading', { name: '7 van 7 onderdelen klaar' })).toBeVisible();
    await checkPage(page, 'preboarding-checklist-filled');
    // A phone widens its layout viewport to content wider than the screen (a file input is, unstyled),
    // which checkPage's scroll check cannot see: the page must keep the phone's width.
    expect(await page.evaluate(() => window.innerWidth)).toBe(390);
    await page.getByRole('button', { name: 'Gegevens versturen' }).click();
    await expect(page.getByText('Je gegevens zijn verstuurd.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
    await checkPage(page, 'preboarding-submitted');
  });

  await test.step('staff zien BSN en ID-foto en sturen de checklist terug met een opmerking bij het IBAN', async () => {
    await staff.reload();
    const list = staff.getByRole('grid', { name: `Nieuwe medewerkers van ${EMPLOYER}` });
    await list.getByRole('row', { name: new RegExp(`^${name}, Ingestuurd`) }).click();
    await expect(staffHeading).toHaveText(name);
    detailUrl = new URL(staff.url()).pathname;
    const checklist = staff.getByRole('region', { name: 'Checklist' });
    await expect(checklist.getByText('111222333')).toBeVisible();
    await expect(checklist.getByText('NL91 ABNA 0417 1643 00')).toBeVisible();
    await checklist.getByRole('button', { name: 'Bekijk de voorkant' }).click();
    const photo = checklist.getByRole('img', { name: `De voorkant van het identiteitsbewijs van ${name}` });
    await expect(photo).toBeVisible();
    await expect(photo).toHaveJSProperty('naturalWidth', 1);
    await expect(checklist.getByRole('link', { name: 'Download de voorkant' })).toHaveAttribute('download', `${name} - Voorkant.png`);
    await checkPage(staff, 'admin-preboarding-detail');

    const before = await mailIds(request, email);
    await checklist.getByLabel(/^Opmerking bij Bankrekening \(IBAN\)/).fill('Dit is niet je eigen rekening; vul de rekening op je eigen naam in.');
    await staff.getByRole('button', { name: 'Terugsturen ter verbetering' }).click();
    const dialog = staff.getByRole('alertdialog');
    await expect(dialog).toContainText('Dit is niet je eigen rekening');
    await dialog.getByRole('button', { name: 'Terugsturen' }).click();
    await expect(staff.getByText(`De checklist is teruggestuurd naar ${name}.`)).toBeVisible();
    await newestMail(request, email, 'PREBOARDING_RETURNED', before);
  });

  await test.step('de nieuwe medewerker ziet de opmerking, verbetert het IBAN en verstuurt opnieuw', async () => {
    await page.goto('/werknemer');
    await expect(page).toHaveURL(/\/werknemer\/preboarding$/);
    await expect(page.getByText(`${EMPLOYER} heeft je checklist teruggestuurd.`, { exact: false })).toBeVisible();
    const iban = part(page, 'Bankrekening');
    await expect(iban).toContainText(`Opmerking van ${EMPLOYER}: Dit is niet je eigen rekening; vul de rekening op je eigen naam in.`);
    await expect(iban.getByText('Verbeteren', { exact: true })).toBeVisible();
    await checkPage(page, 'preboarding-returned');
    await iban.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
    await save(iban);
    await page.getByRole('button', { name: 'Gegevens versturen' }).click();
    await expect(page.getByText('Je gegevens zijn verstuurd.', { exact: false })).toBeVisible();
  });

  await test.step('staff ronden af: een dienstverband vanaf de eerste werkdag', async () => {
    await staff.goto(detailUrl);
    const checklist = staff.getByRole('region', { name: 'Checklist' });
    await expect(checklist.getByText('DE89 3704 0044 0532 0130 00')).toBeVisible();
    await staff.getByRole('button', { name: 'Afronden', exact: true }).click();
    const dialog = staff.getByRole('alertdialog');
    await expect(dialog).toContainText(`${name} wordt werknemer van ${EMPLOYER}`);
    await dialog.getByRole('button', { name: 'Afronden' }).click();
    await expect(staff.getByText(`${name} is werknemer en staat bij Werknemers.`)).toBeVisible();
    await expect(staff.getByText(/Afgerond op/)).toBeVisible();
    await desktop.close();
  });

  await test.step('met dezelfde login nu het gewone werkportaal met het dienstverband', async () => {
    await page.goto('/werknemer');
    await expect(heading).toHaveText('Welkom, Lotte');
    await expect(page).toHaveURL(/\/werknemer$/);
    await expect(page.getByRole('heading', { name: 'Je dienstverband' })).toBeVisible();
    await expect(page.getByText('Servicemonteur')).toBeVisible();
    await expect(page.getByText(username, { exact: true })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    await menu.getByRole('button', { name: 'Menu' }).click();
    await expect(menu.getByRole('link', { name: 'Start' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Voor je start' })).toHaveCount(0);
    await menu.getByRole('button', { name: 'Menu' }).click();
    await checkPage(page, 'preboarding-portal-after');
  });
});
