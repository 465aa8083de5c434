import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql, linkInMail } from './support/api';
import { choose, employerIdByName, openSection, providerToken, signIn } from './support/admin';
import { newestMail } from './support/employeeJourney';
import { freshTotp } from './support/totp';
import { checkPage } from './support/pageCheck';

/*
 * R43: Gebruikers. A provider user with Beheren gebruikers invites an employer user of Voorbeeld MKB
 * with the right Raadplegen MijnLoket e-mailadres; the invitation mail is followed from the dev
 * mailbox, the new user chooses a password, is signed in at once and sees the MijnLoket e-mail
 * address of an employee with access.
 */

const ACTIVE_PERSON = { desktop: 'Wendy Prins', phone: 'Gerrit Hendriks' } as const;
const NEW_PASSWORD = 'Paarse-olifant-fietst-naar-Zaltbommel';

async function openPerson(page: Page, employerId: string, name: string) {
  await page.goto(`/beheer/werkgevers/${employerId}/werknemers`);
  await page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres').fill(name);
  await expect(page).toHaveURL(/zoek=/);
  const row = page.getByRole('grid').getByRole('row', { name: new RegExp(`^${name},`) });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('Gebruikers: een werkgevergebruiker uitnodigen die het MijnLoket-e-mailadres mag zien', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const project = testInfo.project.name as keyof typeof ACTIVE_PERSON;
  const username = `wg-nieuw-${project}`;
  const email = `${username}@voorbeeldmkb.nl`;
  const personName = ACTIVE_PERSON[project];

  await test.step('de ak-gebruiker nodigt de gebruiker uit met een lijst van rechten', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(page, 'Gebruikers');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(`Nieuwe Gebruiker ${project}`);
    await page.getByRole('textbox', { name: 'E-mailadres', exact: true }).fill(email);
    await page.getByRole('textbox', { name: 'Gebruikersnaam', exact: true }).fill(username);
    await choose(page, 'checkbox', 'Werknemers bekijken');
    await choose(page, 'checkbox', 'MijnLoket-e-mailadressen bekijken');
    await page.getByRole('button', { name: 'Gebruiker uitnodigen' }).click();
    await expect(page.getByText(`Nieuwe Gebruiker ${project} is uitgenodigd via ${email}.`)).toBeVisible();
    await expect(page.getByRole('rowheader', { name: new RegExp(`Nieuwe Gebruiker ${project}`) })).toBeVisible();
    await checkPage(page, 'admin-gebruikers');
  });

  await test.step('de uitnodiging uit de dev-mailbox: wachtwoord kiezen en meteen ingelogd', async () => {
    const link = linkInMail(await newestMail(request, email, 'STAFF_INVITATION'), '/uitnodiging');
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies je wachtwoord');
    await expect(page.getByText(`Je gebruikersnaam is ${username}.`)).toBeVisible();
    await checkPage(page, 'gebruiker-uitnodiging');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(/Herhaal/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await expect(page).toHaveURL(new RegExp(`/beheer/werkgevers/${employerId}`));
  });

  await test.step('de nieuwe gebruiker ziet het MijnLoket-e-mailadres van een werknemer', async () => {
    const data = await gql<{ employer: { employments: { edges: { node: { person: { fullName: string; account: { registeredEmail: string | null } | null } } }[] } } }>(
      request,
      token,
      `query ($id: ID!, $search: String) {
        employer(id: $id) { employments(first: 20, search: $search) { edges { node { person { fullName account { registeredEmail } } } } } }
      }`,
      { id: employerId, search: personName },
    );
    const registered = data.employer.employments.edges.map((e) => e.node.person).find((p) => p.fullName === personName)?.account
      ?.registeredEmail;
    expect(registered).toBeTruthy();
    await openPerson(page, employerId, personName);
    const panel = page.getByRole('region', { name: 'Toegang Werkportaal' });
    await expect(panel.getByTestId('registered-email-no-right')).toHaveCount(0);
    // The MijnLoket row shows the address the employee registered with (R17).
    const row = panel.locator('dt', { hasText: 'MijnLoket-e-mailadres' }).locator('xpath=following-sibling::dd[1]');
    await expect(row).toHaveText(registered!);
  });
});

async function requireSecondFactorForEmployers(request: APIRequestContext, token: string, required: boolean) {
  const data = await gql<{ setRequireSecondFactorForEmployers: { userErrors: Array<{ code: string }> } }>(
    request,
    token,
    `mutation ($input: SetRequireSecondFactorForEmployersInput!) { setRequireSecondFactorForEmployers(input: $input) { userErrors { code } } }`,
    { input: { required } },
  );
  expect(data.setRequireSecondFactorForEmployers.userErrors).toEqual([]);
}

/*
 * R43: the provider decides whether its employer users need a second factor too. Switched on under
 * Gebruikers of the provider, a newly invited employer user enrols an authenticator app right after
 * choosing a password. The demo database is shared, so the rule is switched off again at the end.
 */
test('Gebruikers: tweestapsverificatie verplicht maken voor werkgevergebruikers', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const project = testInfo.project.name;
  const username = `wg-2fa-${project}`;
  const email = `${username}@voorbeeldmkb.nl`;
  await requireSecondFactorForEmployers(request, token, false);
  try {
    await test.step('de ak-gebruiker maakt tweestapsverificatie verplicht', async () => {
      await signIn(page);
      await page.goto('/beheer/gebruikers');
      const card = page.getByRole('region', { name: 'Tweestapsverificatie voor werkgevergebruikers' });
      await expect(card.getByText(/^Niet verplicht:/)).toBeVisible();
      await card.getByRole('button', { name: 'Verplicht maken' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Tweestapsverificatie verplichten voor werkgevergebruikers?' });
      await dialog.getByRole('button', { name: 'Verplicht maken' }).click();
      await expect(page.getByText('Tweestapsverificatie is nu verplicht voor werkgevergebruikers.')).toBeVisible();
      await expect(card.getByText('Verplicht: werkgevergebruikers loggen in met een authenticator-app.')).toBeVisible();
      await checkPage(page, 'admin-gebruikers-aanbieder');
    });

    await test.step('een nieuwe werkgevergebruiker stelt na het wachtwoord de app in', async () => {
      const data = await gql<{ createStaffUser: { userErrors: Array<{ code: string }> } }>(
        request,
        token,
        `mutation ($input: CreateStaffUserInput!) { createStaffUser(input: $input) { userErrors { code } } }`,
        { input: { employerId, name: `Verplicht Tweestaps ${project}`, email, username, rights: ['VIEW_EMPLOYEES'] } },
      );
      expect(data.createStaffUser.userErrors).toEqual([]);
      const link = linkInMail(await newestMail(request, email, 'STAFF_INVITATION'), '/uitnodiging');
      await page.context().clearCookies();
      await page.goto(link);
      await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel(/Herhaal/).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tweestapsverificatie instellen');
      const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
      await page.getByLabel('Code uit de app', { exact: true }).fill(await freshTotp(username, secret));
      await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaar je herstelcodes');
      await page.getByRole('button', { name: 'Ik heb ze bewaard, verder' }).click();
      await expect(page).toHaveURL(new RegExp(`/beheer/werkgevers/${employerId}`));
    });
  } finally {
    await requireSecondFactorForEmployers(request, token, false);
  }
});
