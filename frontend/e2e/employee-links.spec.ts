import { expect, test, type Page } from '@playwright/test';
import { gql, linkInMail, readDevMailbox } from './support/api';
import {
  freshPerson,
  grantAccess,
  invitationLink,
  mailIds,
  newestMail,
  resendInvitation,
  revokeInvitation,
  staffToken,
  wrongBirthDate,
} from './support/employeeJourney';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * The employee's other pages, at the phone viewport (R24): invitation links that cannot be used
 * (withdrawn, replaced, burned, expired, unknown), Gebruikersnaam vergeten?, Problemen met inloggen?,
 * the language choice, and the employment switcher (R18).
 */

// eslint-disable-next-line no-empty-pattern -- Playwright reads a hook's fixtures from this pattern, so it must be an object pattern even when empty
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone first: these pages are walked at the phone viewport');
});

async function fillBirthDate(page: Page, parts: { day: string; month: string; year: string }) {
  await page.getByLabel('Dag', { exact: true }).fill(parts.day);
  await page.getByLabel('Maand', { exact: true }).fill(parts.month);
  await page.getByLabel('Jaar', { exact: true }).fill(parts.year);
}

test('uitnodigingslinks die niet (meer) werken leggen zichzelf uit', async ({ page, request }) => {
  test.setTimeout(90_000);
  const heading = page.getByRole('heading', { level: 1 });
  const token = await staffToken(request);
  const person = await freshPerson(request, token);

  await test.step('ingetrokken (R3)', async () => {
    const before = await mailIds(request, person.email);
    await grantAccess(request, token, person.id);
    const link = await invitationLink(request, person, before);
    await revokeInvitation(request, token, person.id);
    await page.goto(link);
    await expect(heading).toHaveText('Deze uitnodiging is ingetrokken');
    await expect(page.getByText('Voorbeeld MKB heeft deze uitnodiging ingetrokken.', { exact: false })).toBeVisible();
    await checkPage(page, 'uitnodiging-ingetrokken');
  });

  let newest = '';
  await test.step('vervangen door een nieuwere link (opnieuw versturen, R3)', async () => {
    const before = await mailIds(request, person.email);
    await grantAccess(request, token, person.id);
    const first = await invitationLink(request, person, before);
    const again = await mailIds(request, person.email);
    await resendInvitation(request, token, person.id);
    newest = await invitationLink(request, person, again);
    expect(newest).not.toBe(first);
    await page.goto(first);
    await expect(heading).toHaveText('Er is een nieuwere uitnodiging');
    await expect(page.getByText('Gebruik de link in de nieuwste e-mail', { exact: false })).toBeVisible();
    await checkPage(page, 'uitnodiging-vervangen');
    await page.goto(newest);
    await expect(heading).toHaveText('Welkom bij je werkportaal');
  });

  await test.step('drie keer een verkeerde geboortedatum maakt de link onbruikbaar (R4)', async () => {
    const wrong = wrongBirthDate(person.birthDate);
    await fillBirthDate(page, wrong);
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('alert')).toContainText('Je kunt het nog 2 keer proberen.');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('alert')).toContainText('Je kunt het nog één keer proberen; daarna werkt deze link niet meer.');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(heading).toHaveText('Deze link werkt niet meer');
    await expect(page.getByText('De geboortedatum is drie keer niet goed ingevuld.', { exact: false })).toBeVisible();
    await checkPage(page, 'uitnodiging-onbruikbaar');
    await page.reload();
    await expect(heading).toHaveText('Deze link werkt niet meer');
  });

  await test.step('verlopen (R2)', async () => {
    // The demo data has one invitation that expired days ago; its access mail is in the dev
    // mailbox, so the page meets the server's real EXPIRED answer.
    const me = await gql<{ viewer: { employer: { id: string } } }>(request, token, `{ viewer { employer { id } } }`);
    const data = await gql<{ employer: { employments: { edges: { node: { person: { email: string | null } } }[] } } }>(
      request,
      token,
      `query ($id: ID!) { employer(id: $id) { employments(filter: { accessStatus: [EXPIRED] }) { edges { node { person { email } } } } } }`,
      { id: me.viewer.employer.id },
    );
    const email = data.employer.employments.edges[0]?.node.person.email;
    expect(email, 'a demo person with an expired invitation').toBeTruthy();
    const mail = (await readDevMailbox(request, email!)).find((m) => m.kind === 'INVITATION');
    expect(mail, 'the access mail of the expired invitation').toBeTruthy();
    await page.goto(linkInMail(mail!, '/werknemer/uitnodiging'));
    await expect(heading).toHaveText('Deze uitnodiging is verlopen');
    await expect(page.getByText('was vier dagen geldig', { exact: false })).toBeVisible();
    await expect(page.getByText('Vraag Voorbeeld MKB om je opnieuw uit te nodigen.', { exact: false })).toBeVisible();
    await checkPage(page, 'uitnodiging-verlopen');
  });

  await test.step('een onbekende of afgebroken link', async () => {
    await page.goto('/werknemer/uitnodiging#dezeLinkBestaatNiet');
    await expect(heading).toHaveText('Deze link werkt niet');
    await checkPage(page, 'uitnodiging-onbekend');
    await page.goto('/werknemer/wachtwoord-herstellen#dezeLinkBestaatNiet');
    await expect(heading).toHaveText('Deze link werkt niet (meer)');
    await expect(page.getByRole('link', { name: 'Nieuwe link aanvragen' })).toBeVisible();
    await checkPage(page, 'wachtwoord-herstellen-onbekend');
  });
});

test('Gebruikersnaam vergeten?, Problemen met inloggen? en de taalkeuze', async ({ page, request }) => {
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('Gebruikersnaam vergeten?: neutrale bevestiging, de gebruikersnaam komt per mail (R11)', async () => {
    const address = 'jan_jansen@gmail.com';
    const before = await mailIds(request, address);
    await page.goto('/werknemer/inloggen');
    await page.getByRole('link', { name: 'Gebruikersnaam vergeten?' }).click();
    await expect(heading).toHaveText('Gebruikersnaam vergeten?');
    await checkPage(page, 'gebruikersnaam-vergeten');
    await page.getByLabel('E-mailadres', { exact: true }).fill(address);
    await page.getByRole('button', { name: 'Gebruikersnaam versturen' }).click();
    await expect(heading).toHaveText('Kijk in je e-mail');
    await expect(page.getByText(`Als er een account bij ${address} hoort`, { exact: false })).toBeVisible();
    await checkPage(page, 'gebruikersnaam-vergeten-verstuurd');
    const mail = await newestMail(request, address, 'USERNAME', before);
    expect(mail.textBody).toContain(DEMO_EMPLOYEE.username);
  });

  await test.step('Problemen met inloggen?: de antwoorden uit de FAQ', async () => {
    await page.goto('/werknemer/inloggen');
    await page.getByRole('link', { name: 'Problemen met inloggen?' }).click();
    await expect(heading).toHaveText('Problemen met inloggen?');
    await page.getByText('Ik kan niet inloggen?').click();
    await expect(page.getByText('Je gebruikersnaam en wachtwoord zijn hoofdlettergevoelig, houd hier rekening mee.')).toBeVisible();
    await page.getByText('Ik heb drie keer mijn wachtwoord verkeerd ingevoerd').click();
    await expect(page.getByText('Na een uur is de blokkade opgeheven en kun je opnieuw inloggen.', { exact: false })).toBeVisible();
    await checkPage(page, 'problemen-met-inloggen');
  });

  await test.step('English: gekozen, onthouden na herladen, <html lang> volgt', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(heading).toHaveText('Trouble signing in?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/werknemer/inloggen');
    await expect(heading).toHaveText('Sign in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Forgot your password?' })).toBeVisible();
    await checkPage(page, 'werknemer-inloggen-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(heading).toHaveText('Inloggen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.reload();
    await expect(heading).toHaveText('Inloggen');
  });
});

test('meerdere dienstverbanden bij dezelfde werkgever: één inlog, een keuze (R18)', async ({ page, request }) => {
  const token = await staffToken(request);
  const data = await gql<{
    viewer: { employer: { employments: { edges: Array<{ node: { person: { account: { username: string | null; status: string } | null; employments: Array<{ id: string }> } } }> } } };
  }>(
    request,
    token,
    `{ viewer { employer { employments(first: 200, filter: { accessStatus: [ACTIVE] }) { edges { node { person { account { username status } employments { id } } } } } } } }`,
  );
  const username = data.viewer.employer.employments.edges
    .map((e) => e.node.person)
    .find((p) => p.employments.length > 1 && p.account?.username)?.account?.username;
  expect(username, 'the demo person with two employments').toBeTruthy();

  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username!);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Je dienstverbanden' })).toBeVisible();
  const options = page.getByRole('radio');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toBeChecked();
  await checkPage(page, 'werknemer-dienstverbanden');

  await options.nth(1).check();
  await expect(page).toHaveURL(/\?dienstverband=\d+$/);
  await expect(page.getByText('Uit dienst per')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio').nth(1)).toBeChecked();
  await checkPage(page, 'werknemer-dienstverband-gekozen');
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
});
