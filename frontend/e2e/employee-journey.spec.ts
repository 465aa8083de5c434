import { expect, test, type Page, type Request } from '@playwright/test';
import { linkInMail } from './support/api';
import { adminChunkPath, staffChunkPath } from './support/bundle';
import {
  blockAccess,
  dateParts,
  freshPerson,
  grantAccess,
  invitationLink,
  mailIds,
  newestMail,
  staffToken,
  uniqueUsername,
  wrongBirthDate,
  type DemoPerson,
} from './support/employeeJourney';
import { DEMO_EMPLOYEE } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * The whole employee journey (R2–R13), on a phone and once on a desktop: staff grant access → the
 * access mail → birth date (one wrong, then right) → username and password → home → sign out → sign in
 * → three wrong passwords → the lock explained → Wachtwoord vergeten? → the reset link → signed in →
 * new username → sign in with it → staff block → the open page shows that access ended.
 *
 * Each viewport walks it with its own demo person, who gets a new account here: the lock and the block
 * hit nobody else.
 */

const PASSWORD = 'molen tulp gracht zeil';
const NEW_PASSWORD = 'haring storm fluit drop';

async function fillBirthDate(page: Page, parts: { day: string; month: string; year: string }) {
  await page.getByLabel('Dag', { exact: true }).fill(parts.day);
  await page.getByLabel('Maand', { exact: true }).fill(parts.month);
  await page.getByLabel('Jaar', { exact: true }).fill(parts.year);
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

test('werknemer: uitnodiging → account → inloggen → blokkade na drie fouten → wachtwoord herstellen → gebruikersnaam wijzigen → toegang beëindigd', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const requested: string[] = [];
  page.on('request', (r: Request) => requested.push(new URL(r.url()).pathname));

  const heading = page.getByRole('heading', { level: 1 });
  const token = await staffToken(request);
  let person!: DemoPerson;
  let link = '';
  const username = uniqueUsername(`e2e.${testInfo.project.name}`);
  const newUsername = `${username}.nieuw`;

  await test.step('de werkgever geeft toegang; de toegangsmail staat in de dev-mailbox', async () => {
    person = await freshPerson(request, token);
    const before = await mailIds(request, person.email);
    await grantAccess(request, token, person.id);
    link = await invitationLink(request, person, before);
    expect(link).toMatch(/^\/werknemer\/uitnodiging#[A-Za-z0-9_-]{43}$/);
  });

  await test.step('de link vraagt eerst de geboortedatum, met de naam van de werkgever', async () => {
    await page.goto(link);
    await expect(heading).toHaveText('Welkom bij je werkportaal');
    await expect(page.getByText('Voorbeeld MKB nodigt je uit voor het werkportaal', { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Wat is je geboortedatum?');
    await expect(page.getByLabel('Dag', { exact: true })).toHaveAttribute('inputmode', 'numeric');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await checkPage(page, 'uitnodiging-geboortedatum');
  });

  await test.step('een verkeerde geboortedatum: nog twee pogingen', async () => {
    await fillBirthDate(page, wrongBirthDate(person.birthDate));
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('alert')).toContainText('Deze geboortedatum klopt niet met wat Voorbeeld MKB van je weet.');
    await expect(page.getByRole('alert')).toContainText('Je kunt het nog 2 keer proberen.');
    await checkPage(page, 'uitnodiging-geboortedatum-fout');
  });

  await test.step('de juiste geboortedatum leidt naar gebruikersnaam en wachtwoord', async () => {
    await fillBirthDate(page, dateParts(person.birthDate));
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Kies je gebruikersnaam en wachtwoord');
    await checkPage(page, 'uitnodiging-inloggegevens');
  });

  await test.step('beschikbaarheid van de gebruikersnaam tijdens het typen, sterktemeter met advies', async () => {
    const name = page.getByLabel('Gebruikersnaam', { exact: true });
    await name.fill('jan.jansen');
    await expect(page.getByText('Deze gebruikersnaam is al in gebruik. Kies een andere.')).toBeVisible();
    await name.fill(username);
    await expect(page.getByText('Deze gebruikersnaam is nog vrij.')).toBeVisible();

    const password = page.getByLabel('Wachtwoord', { exact: true });
    await password.fill('Welkom2026!!');
    await expect(page.getByText(/Sterkte: (zwak|bijna goed)/)).toBeVisible();
    await expect(page.getByText(/Vermijd bekende wachtwoorden/)).toBeVisible();
    await checkPage(page, 'uitnodiging-wachtwoord-zwak');

    await password.fill(PASSWORD);
    await expect(page.getByText(/Sterkte: (goed|sterk)$/)).toBeVisible();
    await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(PASSWORD);
    await checkPage(page, 'uitnodiging-wachtwoord-sterk');
  });

  await test.step('bevestigen: meteen ingelogd op de startpagina', async () => {
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page).toHaveURL(/\/werknemer$/);
    await expect(heading).toHaveText(`Welkom, ${person.firstName}`);
    await expect(page.getByText('Je account is aangemaakt en je bent ingelogd. Welkom!')).toBeVisible();
    await expect(page.getByText('Je werkportaal bij Voorbeeld MKB.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Je dienstverband' })).toBeVisible();
    await expect(page.getByText(username, { exact: true })).toBeVisible();
    await checkPage(page, 'werknemer-home-nieuw');
  });

  await test.step('de uitnodigingslink werkt daarna niet meer en verwijst naar inloggen', async () => {
    await page.goto(link);
    await expect(heading).toHaveText('Deze uitnodiging is al gebruikt');
    await expect(page.getByRole('link', { name: 'Naar de inlogpagina' })).toBeVisible();
    await checkPage(page, 'uitnodiging-gebruikt');
  });

  await test.step('uitloggen en weer inloggen', async () => {
    await page.goto('/werknemer');
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await signIn(page, username, PASSWORD);
    await expect(page).toHaveURL(/\/werknemer$/);
    await expect(heading).toHaveText(`Welkom, ${person.firstName}`);
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
  });

  await test.step('drie keer een verkeerd wachtwoord: de blokkade van een uur wordt uitgelegd', async () => {
    await signIn(page, username, 'verkeerd-wachtwoord-1');
    await expect(page.getByRole('alert')).toHaveText('Gebruikersnaam of wachtwoord is onjuist.');
    await signIn(page, username, 'verkeerd-wachtwoord-2');
    await expect(page.getByRole('alert')).toContainText('na nog een verkeerd wachtwoord wordt je account een uur geblokkeerd');
    await signIn(page, username, 'verkeerd-wachtwoord-3');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Je account is tijdelijk geblokkeerd');
    await expect(alert).toContainText(/kun je een uur niet inloggen: vanaf \d\d:\d\d kun je het opnieuw proberen/);
    await checkPage(page, 'werknemer-inloggen-geblokkeerd');
    // The server really locked the account: the right password does not get in now either.
    await signIn(page, username, PASSWORD);
    await expect(alert).toContainText('Je account is tijdelijk geblokkeerd');
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
  });

  await test.step('Wachtwoord vergeten? vanuit de melding: neutrale bevestiging', async () => {
    const before = await mailIds(request, person.email);
    await page.getByRole('alert').getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await expect(page).toHaveURL(/\/werknemer\/wachtwoord-vergeten$/);
    await expect(heading).toHaveText('Wachtwoord vergeten?');
    await expect(page.getByLabel('Gebruikersnaam', { exact: true })).toHaveValue(username);
    await checkPage(page, 'wachtwoord-vergeten');
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await expect(heading).toHaveText('Kijk in je e-mail');
    await expect(page.getByText(`Als er een account met de gebruikersnaam ${username} bestaat`, { exact: false })).toBeVisible();
    await checkPage(page, 'wachtwoord-vergeten-verstuurd');
    const mail = await newestMail(request, person.email, 'PASSWORD_RESET', before);
    link = linkInMail(mail, '/werknemer/wachtwoord-herstellen');
  });

  await test.step('de link uit de mail: nieuw wachtwoord, twee keer, en meteen ingelogd', async () => {
    await page.goto(link);
    await expect(heading).toHaveText('Nieuw wachtwoord instellen');
    await checkPage(page, 'wachtwoord-herstellen');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect(page).toHaveURL(/\/werknemer$/);
    await expect(page.getByText('Je nieuwe wachtwoord is opgeslagen en je bent ingelogd.')).toBeVisible();
    await expect(heading).toHaveText(`Welkom, ${person.firstName}`);
  });

  await test.step('een gebruikte herstellink legt zichzelf uit', async () => {
    await page.goto(link);
    await expect(heading).toHaveText('Deze link is al gebruikt');
    await checkPage(page, 'wachtwoord-herstellen-gebruikt');
  });

  await test.step('gebruikersnaam wijzigen in de accountinstellingen', async () => {
    await page.goto('/werknemer');
    await page.getByRole('link', { name: 'Accountinstellingen' }).click();
    await expect(page).toHaveURL(/\/werknemer\/account$/);
    await expect(heading).toHaveText('Accountinstellingen');
    await checkPage(page, 'account');
    // Availability as you type, asked with the employee's own session (R4, R12).
    await page.getByLabel('Nieuwe gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
    await expect(page.getByText('Deze gebruikersnaam is al in gebruik. Kies een andere.')).toBeVisible();
    await page.getByLabel('Nieuwe gebruikersnaam', { exact: true }).fill(newUsername);
    await expect(page.getByText('Deze gebruikersnaam is nog vrij.')).toBeVisible();
    await page.getByRole('button', { name: 'Gebruikersnaam opslaan' }).click();
    await expect(page.getByText(`Je gebruikersnaam is gewijzigd in ${newUsername}. Log voortaan hiermee in.`)).toBeVisible();
    await expect(page.getByText(`Je gebruikersnaam is nu: ${newUsername}`)).toBeVisible();
    await checkPage(page, 'account-gebruikersnaam-gewijzigd');
  });

  await test.step('uitloggen en inloggen met de nieuwe gebruikersnaam', async () => {
    await page.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
    await signIn(page, username, NEW_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('Gebruikersnaam of wachtwoord is onjuist.');
    await signIn(page, newUsername, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/werknemer$/);
    await expect(heading).toHaveText(`Welkom, ${person.firstName}`);
  });

  await test.step('de werkgever blokkeert; de open pagina toont bij de volgende actie dat de toegang is beëindigd', async () => {
    await blockAccess(request, token, person.id);
    await page.getByRole('link', { name: 'Accountinstellingen' }).click();
    await expect(page).toHaveURL(/\/werknemer\/toegang-beeindigd$/);
    await expect(heading).toHaveText('Je toegang is beëindigd');
    await expect(page.getByText('Je werkgever heeft je toegang tot het werkportaal geblokkeerd.', { exact: false })).toBeVisible();
    await expect(page.getByText(`Welkom, ${person.firstName}`)).toHaveCount(0);
    await expect(page.getByText(person.fullName)).toHaveCount(0);
    await expect(page.getByText(newUsername)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Uitloggen', exact: true })).toHaveCount(0);
    await checkPage(page, 'toegang-beeindigd');
    // Nothing of the portal comes back: the portal's pages ask to sign in (the block is for good).
    await page.goto('/werknemer');
    await expect(page).toHaveURL(/\/werknemer\/(inloggen|toegang-beeindigd)$/);
    await expect(page.getByText(`Welkom, ${person.firstName}`)).toHaveCount(0);
  });

  await test.step('geen beheercode geladen', () => {
    expect(requested).not.toContain(adminChunkPath());
    expect(requested).not.toContain(staffChunkPath());
  });
});
