import { expect, test, type Page } from '@playwright/test';
import { linkInMail } from './support/api';
import {
  employerIdByName,
  ensureActive,
  ensureNoAccess,
  isPhone,
  mailIdsTo,
  newMail,
  personById,
  personByName,
  providerToken,
  setEmailViaApi,
  signIn,
} from './support/admin';
import { EMPLOYER_USER } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Journey 3 (R1–R9, R16, R17): open a person, the Persoon tab with personal data and the access
 * panel; only the actions allowed in the status, each confirmed after saying what will happen; the
 * e-mail address checked and changed (an invalid one refused in Dutch); the registered e-mail only
 * with VIEW_MIJNLOKET_EMAIL; close the person to go back. Each viewport uses its own persons.
 */

const NEW_PERSON = { desktop: 'Stefan Maas', phone: 'Milan Pinas' } as const;
const ACTIVE_PERSON = { desktop: 'Wendy Prins', phone: 'Gerrit Hendriks' } as const;

async function openPerson(page: Page, employerId: string, name: string) {
  await page.goto(`/beheer/werkgevers/${employerId}/werknemers`);
  await page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres').fill(name);
  await expect(page).toHaveURL(/zoek=/);
  const row = page.getByRole('grid').getByRole('row', { name: new RegExp(`^${name},`) });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

const actionButtons = (page: Page) =>
  page
    .getByRole('region', { name: 'Toegang Werkportaal' })
    .getByRole('button', { name: /^(Toegang verstrekken|Uitnodiging opnieuw versturen|Nieuwe uitnodiging versturen|Uitnodiging intrekken|Toegang blokkeren|Blokkade opheffen|Gebruikersnaam versturen)$/ });

test('toegang van één werknemer: e-mailadres, uitnodigen, opnieuw versturen, intrekken', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const person = await personByName(request, token, employerId, NEW_PERSON[isPhone(testInfo) ? 'phone' : 'desktop']);
  const originalEmail = person.email!;
  const newEmail = `${person.fullName.toLowerCase().replace(/\s+/g, '.')}.${testInfo.project.name}@voorbeeld-prive.nl`;
  await ensureNoAccess(request, token, person);
  const panel = page.getByRole('region', { name: 'Toegang Werkportaal' });
  const badge = panel.locator('[data-status]');

  try {
    await test.step('de werknemer openen: persoonsgegevens en het toegangspaneel', async () => {
      await signIn(page);
      await openPerson(page, employerId, person.fullName);
      await expect(page.getByRole('tab', { name: 'Persoon' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('region', { name: 'Persoonsgegevens' })).toContainText('Geboortedatum');
      await expect(badge).toHaveText('Geen toegang');
      await expect(panel.getByTestId('person-email')).toHaveText(originalEmail);
      await expect(panel).toContainText('Advies: gebruik een privé-e-mailadres');
      await expect(panel).toContainText('Nog geen account aangemaakt'); // VIEW_MIJNLOKET_EMAIL: the field is shown
      await expect(actionButtons(page)).toHaveText(['Toegang verstrekken']);
      await checkPage(page, 'admin-werknemer-geen-toegang');
    });

    await test.step('een ongeldig e-mailadres wordt in het Nederlands geweigerd, bij het veld', async () => {
      await panel.getByRole('button', { name: 'E-mailadres wijzigen' }).click();
      const dialog = page.getByRole('dialog', { name: 'E-mailadres controleren' });
      await expect(dialog).toBeVisible();
      await dialog.getByLabel('E-mailadres').fill('geen-adres@');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await expect(dialog.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog).toContainText('Dit is geen geldig e-mailadres.');
      await expect(dialog).not.toContainText(/not a valid|invalid/i);
      await checkPage(page, 'admin-werknemer-e-mail-fout');
      await dialog.getByLabel('E-mailadres').fill(newEmail);
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await expect(dialog).toBeHidden();
      await expect(panel.getByTestId('person-email')).toHaveText(newEmail);
      await expect(panel.getByRole('status').filter({ hasText: 'Het e-mailadres is opgeslagen.' })).toBeVisible();
      expect((await personById(request, token, person.id)).email).toBe(newEmail);
    });

    await test.step('toegang verstrekken: de bevestiging zegt wat er gebeurt; de toegangsmail komt aan', async () => {
      const before = await mailIdsTo(request, newEmail);
      await actionButtons(page).filter({ hasText: 'Toegang verstrekken' }).click();
      const dialog = page.getByRole('alertdialog', { name: `Toegang verstrekken aan ${person.fullName}?` });
      await expect(dialog).toContainText(`krijgt een e-mail op ${newEmail}`);
      await expect(dialog).toContainText('4 dagen geldig');
      await checkPage(page, 'admin-werknemer-bevestigen');
      await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
      await expect(dialog).toBeHidden();
      await expect(panel.getByRole('status').filter({ hasText: `Uitnodiging verstuurd naar ${newEmail}.` })).toBeVisible();
      await expect(badge).toHaveText('Uitgenodigd');
      await expect(panel).toContainText(`naar ${newEmail}`);
      await expect(actionButtons(page)).toHaveText(['Uitnodiging opnieuw versturen', 'Uitnodiging intrekken']);
      const mail = await newMail(request, newEmail, 'INVITATION', before);
      expect(linkInMail(mail, '/werknemer/uitnodiging')).toMatch(/^\/werknemer\/uitnodiging#/);
      expect((await personById(request, token, person.id)).status).toBe('INVITED');
      await checkPage(page, 'admin-werknemer-uitgenodigd');
    });

    await test.step('opnieuw versturen geeft een nieuwe link; intrekken maakt hem ongeldig', async () => {
      const before = await mailIdsTo(request, newEmail);
      await actionButtons(page).filter({ hasText: 'Uitnodiging opnieuw versturen' }).click();
      const resend = page.getByRole('alertdialog', { name: 'Uitnodiging opnieuw versturen?' });
      await expect(resend).toContainText('De vorige link werkt dan niet meer.');
      await resend.getByRole('button', { name: 'Opnieuw versturen' }).click();
      await expect(panel.getByRole('status').filter({ hasText: `Nieuwe uitnodiging verstuurd naar ${newEmail}.` })).toBeVisible();
      await newMail(request, newEmail, 'INVITATION', before);

      await actionButtons(page).filter({ hasText: 'Uitnodiging intrekken' }).click();
      const revoke = page.getByRole('alertdialog', { name: 'Uitnodiging intrekken?' });
      await expect(revoke).toContainText('krijgt hierover geen e-mail');
      await revoke.getByRole('button', { name: 'Uitnodiging intrekken' }).click();
      await expect(badge).toHaveText('Geen toegang');
      await expect(actionButtons(page)).toHaveText(['Toegang verstrekken']);
      expect((await personById(request, token, person.id)).status).toBe('NONE');
    });

    await test.step('het logboek van de werknemer toont wat er gebeurde', async () => {
      await page.getByRole('tab', { name: 'Logboek' }).click();
      await expect(page).toHaveURL(/tab=logboek/);
      const trail = page.getByRole('list', { name: 'Recente gebeurtenissen' });
      await expect(trail.getByRole('listitem').first()).toContainText('Uitnodiging ingetrokken');
      await expect(trail).toContainText('Toegang verstrekt');
      await expect(trail).toContainText('E-mailadres gewijzigd');
      await expect(trail).toContainText('door Anouk Kramer (medewerker)');
      await checkPage(page, 'admin-werknemer-logboek');
    });

    await test.step('sluiten brengt je terug naar de lijst waar je vandaan kwam', async () => {
      await page.getByRole('link', { name: `${person.fullName} sluiten en terug naar de werkgever` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dienstverbanden');
      await expect(page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres')).toHaveValue(person.fullName);
    });
  } finally {
    await ensureNoAccess(request, token, person);
    await setEmailViaApi(request, token, person.id, originalEmail);
  }
});

test('toegang van een actieve werknemer: gebruikersnaam versturen, blokkeren en deblokkeren', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const person = await personByName(request, token, employerId, ACTIVE_PERSON[isPhone(testInfo) ? 'phone' : 'desktop']);
  await ensureActive(request, token, person);
  const email = person.email!; // the registered address equals the private one in the demo data
  const panel = page.getByRole('region', { name: 'Toegang Werkportaal' });
  const badge = panel.locator('[data-status]');

  try {
    await signIn(page);
    await openPerson(page, employerId, person.fullName);
    await expect(badge).toHaveText('Actief');
    await expect(panel).toContainText(person.username!);
    await expect(actionButtons(page)).toHaveText(['Gebruikersnaam versturen', 'Toegang blokkeren']);

    await test.step('gebruikersnaam versturen', async () => {
      const before = await mailIdsTo(request, email);
      await actionButtons(page).filter({ hasText: 'Gebruikersnaam versturen' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Gebruikersnaam versturen?' });
      await expect(dialog).toContainText('Een wachtwoord wordt nooit verstuurd');
      await dialog.getByRole('button', { name: 'Gebruikersnaam versturen' }).click();
      await expect(panel.getByRole('status').filter({ hasText: 'De gebruikersnaam is per e-mail verstuurd.' })).toBeVisible();
      const mail = await newMail(request, email, 'USERNAME', before);
      expect(mail.textBody).toContain(person.username!);
    });

    await test.step('blokkeren: direct, met een e-mail; daarna alleen deblokkeren', async () => {
      const before = await mailIdsTo(request, email);
      await actionButtons(page).filter({ hasText: 'Toegang blokkeren' }).click();
      const dialog = page.getByRole('alertdialog', { name: `Toegang van ${person.fullName} blokkeren?` });
      await expect(dialog).toContainText('kan direct niet meer inloggen');
      await expect(dialog).toContainText('krijgt hierover een e-mail');
      await dialog.getByRole('button', { name: 'Toegang blokkeren' }).click();
      await expect(badge).toHaveText('Geblokkeerd');
      await expect(actionButtons(page)).toHaveText(['Blokkade opheffen']);
      await newMail(request, email, 'ACCESS_BLOCKED', before);
      expect((await personById(request, token, person.id)).status).toBe('BLOCKED');
      await checkPage(page, 'admin-werknemer-geblokkeerd');
    });

    await test.step('deblokkeren: weer inloggen met dezelfde gegevens', async () => {
      const before = await mailIdsTo(request, email);
      await actionButtons(page).filter({ hasText: 'Blokkade opheffen' }).click();
      const dialog = page.getByRole('alertdialog', { name: `Blokkade van ${person.fullName} opheffen?` });
      await expect(dialog).toContainText('dezelfde gebruikersnaam en hetzelfde wachtwoord');
      await dialog.getByRole('button', { name: 'Blokkade opheffen' }).click();
      await expect(badge).toHaveText('Actief');
      await newMail(request, email, 'ACCESS_UNBLOCKED', before);
      expect((await personById(request, token, person.id)).status).toBe('ACTIVE');
    });
  } finally {
    await ensureActive(request, token, person);
  }
});

test('zonder het recht MijnLoket-e-mailadres ziet de werkgevergebruiker dat het recht ontbreekt', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const person = await personByName(request, token, employerId, ACTIVE_PERSON[isPhone(testInfo) ? 'phone' : 'desktop']);
  await signIn(page, EMPLOYER_USER);
  await openPerson(page, employerId, person.fullName);
  const panel = page.getByRole('region', { name: 'Toegang Werkportaal' });
  await expect(panel.getByTestId('registered-email-no-right')).toHaveText(
    'Niet zichtbaar: je mist het recht ‘Raadplegen MijnLoket e-mailadres’.',
  );
  // The private address is shown once (the e-mail row); the registered one nowhere else.
  await expect(panel.getByText(person.email!)).toHaveCount(1);
  await checkPage(page, 'admin-werknemer-zonder-recht');
});
