import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { employerIdByName, isPhone, openSection, providerToken, signIn } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * Persoonsgegevens wijzigen end to end (R37, R34, R22). Bakkerij De Korenaar has the product
 * (server/demo): one of its employees asks on the phone to change the address, with a wrong postcode
 * first (the page says so before anything is sent); the handler sees old → new in the queue on a
 * desktop (and the queue at 390 px), approves it with a comment and hides the emergency contact from
 * the employees; the person page shows the new address and the history; the employee sees the new
 * address, no emergency contact, and the change applied. An IBAN change is refused with a wrong
 * password and taken with the right one, then withdrawn. Jan Jansen of Voorbeeld MKB, whose employer
 * has only Persoonsgegevens inzien, has no Wijziging aanvragen, and the employer has no section for
 * it. axe runs on every new page state.
 *
 * Phone project only: the journey changes the shared demo database. afterEach puts it back: the
 * employee's address (through a change the provider user approves), no change in progress, the
 * emergency contact requestable again.
 */

const EMPLOYER = 'Bakkerij De Korenaar';
const NEW_ADDRESS = { street: 'Lange Nieuwstraat 12', postalCode: '3512 PH', city: 'Utrecht' };
const NEW_IBAN = 'NL20 INGB 0001 2345 67';

interface Employee {
  personId: string;
  fullName: string;
  username: string;
}

interface Address {
  street: string;
  postalCode: string;
  city: string;
}

type OwnField = { field: string; current: Address & { iban: string }; pending: { id: string; status: string } | null };

async function employeeToken(request: APIRequestContext, username: string): Promise<string> {
  const data = await gql<{ employeeLogin: { accessToken: string | null; userErrors: Array<{ code: string }> } }>(
    request,
    null,
    `mutation ($input: LoginInput!) { employeeLogin(input: $input) { accessToken userErrors { code } } }`,
    { input: { username, password: DEMO_PASSWORD } },
  );
  expect(data.employeeLogin.userErrors, `sign-in of ${username}`).toEqual([]);
  return data.employeeLogin.accessToken!;
}

async function ownFields(request: APIRequestContext, token: string): Promise<OwnField[]> {
  const data = await gql<{ me: { personalDataFields: OwnField[] } }>(
    request,
    token,
    `{ me { personalDataFields { field current { street postalCode city iban } pending { id status } } } }`,
  );
  return data.me.personalDataFields;
}

/**
 * An employee of the bakery in service with an active account who manages nobody and has no change
 * in progress (the demo leaves one waiting for someone else), taken from the end of the list.
 */
async function pickEmployee(request: APIRequestContext, token: string, employerId: string): Promise<Employee> {
  const data = await gql<{
    employer: {
      employments: { edges: Array<{ node: { inService: boolean; person: { id: string; fullName: string; account: { status: string; username: string | null } | null } } }> };
    };
  }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { employments(first: 50) { edges { node { inService person { id fullName account { status username } } } } } } }`,
    { id: employerId },
  );
  const candidates = data.employer.employments.edges
    .map((e) => e.node)
    .filter((n) => n.inService && n.person.account?.status === 'ACTIVE' && n.person.account.username && n.person.account.username !== 'manager.korenaar')
    .reverse();
  for (const n of candidates) {
    const changes = await gql<{ personalDataChanges: Array<{ status: string }> }>(
      request,
      token,
      `query ($p: ID!) { personalDataChanges(personId: $p) { status } }`,
      { p: n.person.id },
    );
    if (!changes.personalDataChanges.some((c) => c.status === 'SUBMITTED' || c.status === 'APPROVED')) {
      return { personId: n.person.id, fullName: n.person.fullName, username: n.person.account!.username! };
    }
  }
  throw new Error(`no employee of ${EMPLOYER} without a change in progress`);
}

async function setMode(request: APIRequestContext, token: string, employerId: string, field: string, mode: string) {
  const data = await gql<{ setPersonalDataSetting: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($input: SetPersonalDataSettingInput!) { setPersonalDataSetting(input: $input) { userErrors { code } } }`,
    { input: { employerId, field, mode } },
  );
  expect(data.setPersonalDataSetting.userErrors).toEqual([]);
}

/** What the journey changed, put back: no change in progress, the address it started with, every field requestable. */
async function restore(request: APIRequestContext, employerId: string, employee: Employee, address: Address) {
  const staff = await providerToken(request);
  await setMode(request, staff, employerId, 'EMERGENCY_CONTACT', 'REQUEST');
  const token = await employeeToken(request, employee.username);
  for (const f of await ownFields(request, token)) {
    if (f.pending?.status === 'SUBMITTED') {
      await gql(request, token, `mutation ($input: WithdrawPersonalDataChangeInput!) { withdrawPersonalDataChange(input: $input) { userErrors { code } } }`, {
        input: { id: f.pending.id },
      });
    }
  }
  const now = (await ownFields(request, token)).find((f) => f.field === 'ADDRESS')!.current;
  if (now.street === address.street && now.postalCode === address.postalCode && now.city === address.city) return;
  const asked = await gql<{ requestPersonalDataChange: { change: { id: string } | null; userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($input: RequestPersonalDataChangeInput!) { requestPersonalDataChange(input: $input) { change { id } userErrors { code } } }`,
    { input: { field: 'ADDRESS', values: address } },
  );
  expect(asked.requestPersonalDataChange.userErrors).toEqual([]);
  const decided = await gql<{ decidePersonalDataChange: { change: { status: string } | null; userErrors: unknown[] } }>(
    request,
    staff,
    `mutation ($input: DecidePersonalDataChangeInput!) { decidePersonalDataChange(input: $input) { change { status } userErrors { code } } }`,
    { input: { id: asked.requestPersonalDataChange.change!.id, accept: true, comment: 'e2e: terug naar het oude adres' } },
  );
  expect(decided.decidePersonalDataChange).toEqual({ change: { status: 'APPLIED' }, userErrors: [] });
}

async function signInEmployee(page: Page, username: string) {
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
}

let cleanup: (() => Promise<void>) | null = null;
test.afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

test('persoonsgegevens: adres wijzigen op de telefoon → goedgekeurd door de behandelaar; IBAN alleen met het juiste wachtwoord', async ({
  page,
  request,
  browser,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'one journey on the shared demo database, employee at phone size');
  test.setTimeout(180_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  const employee = await pickEmployee(request, token, employerId);
  const before = await gql<{ node: Address }>(request, token, `query ($id: ID!) { node(id: $id) { ... on Person { street postalCode city } } }`, {
    id: employee.personId,
  });
  const original: Address = { street: before.node.street, postalCode: before.node.postalCode, city: before.node.city };
  cleanup = () => restore(request, employerId, employee, original);
  const card = page.getByRole('region', { name: 'Contact- en bankgegevens' });
  const address = card.getByRole('listitem', { name: 'Adres', exact: true });

  await test.step('de werknemer vraagt op de telefoon een nieuw adres aan', async () => {
    await signInEmployee(page, employee.username);
    await openFromPortalMenu(page, 'Persoonsgegevens');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Persoonsgegevens');
    await expect(address).toContainText(original.street);
    await expect(card.getByRole('listitem', { name: 'Contactpersoon bij nood' })).toBeVisible();
    await checkPage(page, 'employee-personal-data-changes');
    await address.getByRole('button', { name: 'Wijziging aanvragen: Adres' }).click();
    const form = page.getByRole('form', { name: 'Wijziging aanvragen: Adres' });
    await form.getByLabel('Straat en huisnummer').fill(NEW_ADDRESS.street);
    await form.getByLabel('Postcode').fill('0512 PH');
    await form.getByLabel('Woonplaats').fill(NEW_ADDRESS.city);
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(form.getByText('Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.')).toBeVisible();
    await expect(form.getByLabel('Postcode')).toBeFocused();
    await checkPage(page, 'employee-personal-data-change-form-error');
    await form.getByLabel('Postcode').fill(NEW_ADDRESS.postalCode.replace(' ', '').toLowerCase());
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(page.getByText(`Je aanvraag is verstuurd. ${EMPLOYER} beoordeelt hem.`)).toBeVisible();
    await expect(address).toContainText('Wijziging aangevraagd');
    await expect(address).toContainText(`${NEW_ADDRESS.postalCode} ${NEW_ADDRESS.city}`);
    await expect(address).toContainText('wacht op beoordeling');
    await checkPage(page, 'employee-personal-data-change-pending');
  });

  await test.step('de behandelaar ziet oud → nieuw en keurt goed (desktop), en toont de contactpersoon bij nood niet meer', async () => {
    const desktop = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1366, height: 900 } });
    const staff = await desktop.newPage();
    await signIn(staff);
    await staff.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(staff, 'Persoonsgegevens');
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Persoonsgegevens');
    const item = staff.getByRole('listitem', { name: `${employee.fullName} — Adres` });
    const [now, next] = [item.getByRole('definition').first(), item.getByRole('definition').last()];
    await expect(now).toContainText(original.street);
    await expect(next).toContainText(NEW_ADDRESS.street);
    await expect(next).toContainText(`${NEW_ADDRESS.postalCode} ${NEW_ADDRESS.city}`);
    await expect(item).toContainText('gaat in bij goedkeuring');
    await checkPage(staff, 'admin-personal-data-changes');
    // The queue at phone width too (the demo's own waiting change stays in it).
    await staff.setViewportSize({ width: 390, height: 844 });
    await checkPage(staff, 'admin-personal-data-changes-390');
    await staff.setViewportSize({ width: 1366, height: 900 });

    await item.getByLabel(`Toelichting bij je beslissing over ${employee.fullName} (niet verplicht)`).fill('Verhuizing verwerkt');
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(staff.getByText(`De wijziging van ${employee.fullName} is goedgekeurd.`)).toBeVisible();
    await expect(item).toHaveCount(0);

    const emergency = staff.getByRole('radiogroup', { name: 'Contactpersoon bij nood' });
    await emergency.getByRole('radio', { name: 'Niet tonen' }).locator('xpath=ancestor::label[1]').click();
    await expect(staff.getByText('Opgeslagen: Contactpersoon bij nood — Niet tonen.')).toBeVisible();
    await expect(emergency.getByRole('radio', { name: 'Niet tonen' })).toBeChecked();

    await staff.goto(`/beheer/werkgevers/${employerId}/werknemers/${employee.personId}`);
    await expect(staff.getByRole('region', { name: 'Persoonsgegevens', exact: true })).toContainText(`${NEW_ADDRESS.street}${NEW_ADDRESS.postalCode} ${NEW_ADDRESS.city}`);
    const history = staff.getByRole('region', { name: 'Wijzigingen persoonsgegevens' });
    const applied = history.getByRole('listitem', { name: 'Adres: Doorgevoerd' }).first();
    await expect(applied).toContainText(original.street);
    await expect(applied).toContainText('Toelichting: Verhuizing verwerkt');
    await checkPage(staff, 'admin-person-personal-data-changes');
    await desktop.close();
  });

  await test.step('de werknemer ziet het nieuwe adres en geen contactpersoon bij nood meer', async () => {
    await page.reload();
    await expect(address).toContainText(NEW_ADDRESS.street);
    await expect(address).toContainText(`${NEW_ADDRESS.postalCode} ${NEW_ADDRESS.city}`);
    await expect(address).not.toContainText('Wijziging aangevraagd');
    await expect(card.getByRole('listitem', { name: 'Contactpersoon bij nood' })).toHaveCount(0);
    const history = page.getByRole('region', { name: 'Mijn wijzigingen' });
    await expect(history.getByRole('listitem', { name: 'Adres: Doorgevoerd' }).first()).toContainText('Toelichting van');
    await checkPage(page, 'employee-personal-data-change-applied');
  });

  await test.step('een ander IBAN: geweigerd met een verkeerd wachtwoord, aangenomen met het juiste, en ingetrokken', async () => {
    const iban = card.getByRole('listitem', { name: 'Rekeningnummer (IBAN)' });
    await iban.getByRole('button', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' }).click();
    const form = page.getByRole('form', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' });
    await form.getByLabel('Nieuw rekeningnummer (IBAN)').fill(NEW_IBAN);
    await form.getByLabel('Je huidige wachtwoord').fill('Niet-mijn-wachtwoord-1');
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(form.getByText('Je huidige wachtwoord is niet juist.')).toBeVisible();
    await expect(form.getByLabel('Je huidige wachtwoord')).toBeFocused();
    await checkPage(page, 'employee-personal-data-iban-wrong-password');
    await form.getByLabel('Je huidige wachtwoord').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(page.getByText(`Je aanvraag is verstuurd. ${EMPLOYER} beoordeelt hem.`)).toBeVisible();
    await expect(iban).toContainText('Wijziging aangevraagd');
    await expect(iban).toContainText(NEW_IBAN);
    await iban.getByRole('button', { name: 'Aanvraag intrekken: Rekeningnummer (IBAN)' }).click();
    await expect(page.getByText('Je aanvraag is ingetrokken.')).toBeVisible();
    await expect(iban.getByRole('button', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Mijn wijzigingen' }).getByRole('listitem', { name: 'Rekeningnummer (IBAN): Ingetrokken' }).first()).toContainText(
      NEW_IBAN,
    );
  });

  await test.step('zonder Persoonsgegevens wijzigen: geen Wijziging aanvragen (Jan Jansen) en geen onderdeel bij de werkgever', async () => {
    const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const jan = await other.newPage();
    await signInEmployee(jan, DEMO_EMPLOYEE.username);
    await openFromPortalMenu(jan, 'Persoonsgegevens');
    await expect(jan.getByRole('region', { name: 'Contactgegevens' })).toBeVisible();
    await expect(jan.getByRole('button', { name: /Wijziging aanvragen/ })).toHaveCount(0);
    await expect(jan.getByRole('region', { name: 'Contact- en bankgegevens' })).toHaveCount(0);
    await checkPage(jan, 'employee-personal-data-without-changes');
    await other.close();

    const desktop = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1366, height: 900 } });
    const staff = await desktop.newPage();
    await signIn(staff);
    await staff.goto(`/beheer/werkgevers/${await employerIdByName(request, token)}`);
    const nav = staff.getByRole('navigation', { name: 'Onderdelen van de werkgever' });
    await expect(nav.getByRole('link', { name: 'Declaraties', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Persoonsgegevens', exact: true })).toHaveCount(0);
    await desktop.close();
  });
});
