import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { choose, employerIdByName, isPhone, providerToken, signIn } from './support/admin';
import { gql } from './support/api';
import { DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Verlof aanvragen end to end at phone size (R29–R31): an employee of Bakkerij De Korenaar (Plus,
 * with Verlofaanvragen and Verlofregeling) requests leave — the hours computed from the work
 * pattern, one day adjusted — the handler sees it in Verlofaanvragen with its two-week deadline and
 * accepts it, rejects a second one with a reason, the employee sees both decisions and the balance
 * lowered by the accepted hours, and withdraws a third request. The person page shows the ledger
 * with the request as the source of the planned hours. axe runs on every new page.
 *
 * Phone only: the journey changes the shared demo database, and both projects use one server.
 */

const EMPLOYER = 'Bakkerij De Korenaar';
const NBSP = /\u00a0/g;

interface Employee {
  employmentId: string;
  personId: string;
  fullName: string;
  username: string;
}

/** The first employee in service with an active account, the work pattern 5 × 8 hours, and 80 hours more. */
async function prepare(request: APIRequestContext, token: string, employerId: string): Promise<{ employee: Employee; typeName: string }> {
  const data = await gql<{
    employer: {
      employments: {
        edges: Array<{ node: { id: string; inService: boolean; person: { id: string; fullName: string; account: { status: string; username: string | null } | null } } }>;
      };
    };
    leaveScheme: { leaveTypes: Array<{ id: string; name: string; category: string }> };
  }>(
    request,
    token,
    `query ($id: ID!) {
      employer(id: $id) { employments(first: 50) { edges { node { id inService person { id fullName account { status username } } } } } }
      leaveScheme(employerId: $id) { leaveTypes { id name category } }
    }`,
    { id: employerId },
  );
  const node = data.employer.employments.edges
    .map((e) => e.node)
    .find((n) => n.inService && n.person.account?.status === 'ACTIVE' && n.person.account.username);
  expect(node, 'an employee with an active account').toBeDefined();
  const statutory = data.leaveScheme.leaveTypes.find((t) => t.category === 'STATUTORY')!;
  const pattern = await gql<{ setWorkPattern: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($input: SetWorkPatternInput!) { setWorkPattern(input: $input) { userErrors { code } } }`,
    { input: { employmentId: node!.id, weeks: [{ monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8 }] } },
  );
  expect(pattern.setWorkPattern.userErrors).toEqual([]);
  // The bakery has the Workflow editor: decide its leave in one step by Behandelen aanvragen (R34's
  // default route), whatever another journey left behind.
  const route = await gql<{ setWorkflowRoute: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($in: SetWorkflowRouteInput!) { setWorkflowRoute(input: $in) { userErrors { code } } }`,
    { in: { employerId, kind: 'LEAVE', route: { steps: [{ target: 'RIGHT' }] } } },
  );
  expect(route.setWorkflowRoute.userErrors).toEqual([]);
  const extra = await gql<{ recordLeaveEntries: { userErrors: unknown[]; results: Array<{ userErrors: unknown[] }> } }>(
    request,
    token,
    `mutation ($input: RecordLeaveEntriesInput!) { recordLeaveEntries(input: $input) { userErrors { code } results { userErrors { code } } } }`,
    {
      input: {
        entries: [
          {
            employmentId: node!.id,
            leaveTypeId: statutory.id,
            kind: 'CORRECTION',
            hours: 80,
            date: isoDay(new Date()),
            reason: 'Extra uren voor de e2e-test',
            reference: `e2e-leave-queue-${node!.id}`,
          },
        ],
      },
    },
  );
  expect(extra.recordLeaveEntries.userErrors).toEqual([]);
  return {
    employee: { employmentId: node!.id, personId: node!.person.id, fullName: node!.person.fullName, username: node!.person.account!.username! },
    typeName: statutory.name,
  };
}

function isoDay(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(d);
}

/** The Monday at least three weeks ahead, and the days after it. */
function mondayAhead(weeks: number, plus = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + 21);
  while (d.getDay() !== 1) d.setDate(d.getDate() + 1);
  d.setDate(d.getDate() + weeks * 7 + plus);
  return isoDay(d);
}

const longDay = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
const shortDay = (iso: string) => iso.split('-').reverse().join('-');

async function fillDate(group: Locator, iso: string) {
  const [y, m, d] = iso.split('-');
  await group.getByLabel('Dag', { exact: true }).fill(d!);
  await group.getByLabel('Maand', { exact: true }).fill(m!);
  await group.getByLabel('Jaar', { exact: true }).fill(y!);
}

function hoursOf(text: string): number {
  return Number(text.replace(NBSP, ' ').replace(/\s*uur$/, '').replace('.', '').replace(',', '.'));
}

async function fact(page: Page, label: string): Promise<number> {
  const dd = page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(dd).toHaveText(/\d/);
  return hoursOf((await dd.textContent()) ?? '');
}

async function employeeRequest(request: APIRequestContext, username: string, employmentId: string, leaveTypeId: string, first: string, last: string) {
  const login = await gql<{ employeeLogin: { accessToken: string } }>(
    request,
    null,
    `mutation ($input: LoginInput!) { employeeLogin(input: $input) { accessToken userErrors { code } } }`,
    { input: { username, password: DEMO_PASSWORD } },
  );
  const sent = await gql<{ requestLeave: { userErrors: unknown[] } }>(
    request,
    login.employeeLogin.accessToken,
    `mutation ($input: LeaveRequestInput!) { requestLeave(input: $input) { userErrors { code } } }`,
    { input: { employmentId, leaveTypeId, firstDay: first, lastDay: last } },
  );
  expect(sent.requestLeave.userErrors).toEqual([]);
}

test('verlof: aanvragen met een aangepaste dag → behandelaar kent toe met termijn → afwijzing met reden → intrekken; grootboek op de persoonspagina', async ({
  page,
  request,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'one journey on the shared demo database, at phone size');
  // Two areas, three requests and six axe runs: longer than the default minute on a busy machine.
  test.setTimeout(180_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  const { employee, typeName } = await prepare(request, token, employerId);
  const types = await gql<{ leaveScheme: { leaveTypes: Array<{ id: string; name: string }> } }>(
    request,
    token,
    `query ($id: ID!) { leaveScheme(employerId: $id) { leaveTypes { id name } } }`,
    { id: employerId },
  );
  const typeId = types.leaveScheme.leaveTypes.find((t) => t.name === typeName)!.id;
  const [aFirst, aLast] = [mondayAhead(0), mondayAhead(0, 2)];
  const b = mondayAhead(1);
  const c = mondayAhead(2, 1);
  const reason = 'Te druk in de kerstperiode';
  let balanceBefore = 0;
  let hoursA = 0;

  await test.step('de werknemer vraagt verlof aan: uren uit het werkpatroon, één dag aangepast', async () => {
    await page.goto('/werknemer/inloggen');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(employee.username);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
    await page.goto('/werknemer/verlof-aanvragen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verlof aanvragen');
    await page.getByLabel('Soort verlof').selectOption({ label: typeName });
    await fillDate(page.getByRole('group', { name: 'Eerste dag' }), aFirst);
    await fillDate(page.getByRole('group', { name: 'Laatste dag' }), aLast);
    await expect(page.getByLabel(`Uren op ${longDay(aFirst)}`)).toHaveValue('8');
    await expect(page.getByLabel(`Uren op ${longDay(aLast)}`)).toHaveValue('8');
    await expect(page.locator('dt', { hasText: 'Totaal' }).locator('xpath=following-sibling::dd[1]')).toHaveText(/^24\s*uur$/);
    const computed = await fact(page, 'Totaal');
    balanceBefore = await fact(page, 'Saldo nu');
    await page.getByLabel(`Uren op ${longDay(aLast)}`).fill('4');
    await expect(page.locator('dt', { hasText: 'Totaal' }).locator('xpath=following-sibling::dd[1]')).toHaveText(
      new RegExp(`^${String(computed - 4).replace('.', ',')}\\s*uur$`),
    );
    hoursA = computed - 4;
    await checkPage(page, 'leave-request-form');
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await expect(page.getByText('Je aanvraag is verstuurd.')).toBeVisible();
    await employeeRequest(request, employee.username, employee.employmentId, typeId, b, b);
    await employeeRequest(request, employee.username, employee.employmentId, typeId, c, c);
  });

  await test.step('de behandelaar ziet de aanvraag met de termijn en kent hem toe', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}/verlofaanvragen`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verlofaanvragen');
    const rowA = page.getByRole('row', { name: new RegExp(`${employee.fullName}.*${shortDay(aFirst)} t/m ${shortDay(aLast)}`) });
    await expect(rowA).toContainText(/nog 1[34] dagen/);
    await expect(rowA).toContainText(`${hoursA} uur`);
    await checkPage(page, 'leave-queue');
    await rowA.click();
    await expect(rowA).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Toekennen', exact: true }).click();
    const results = page.getByRole('list', { name: 'Resultaat per aanvraag' });
    await expect(results).toContainText(`${employee.fullName}: toegekend`);
    await expect(rowA).toHaveCount(0);
  });

  await test.step('een tweede aanvraag wordt afgewezen met een reden', async () => {
    const rowB = page.getByRole('row', { name: new RegExp(`${employee.fullName}.*${shortDay(b)}`) });
    await rowB.click();
    await expect(rowB).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Afwijzen', exact: true }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(dialog.getByText('Geef een reden als je een aanvraag afwijst.')).toBeVisible();
    await dialog.getByLabel('Reden').fill(reason);
    await checkPage(page, 'leave-queue-reject');
    await dialog.getByRole('button', { name: 'Afwijzen' }).click();
    await expect(page.getByRole('list', { name: 'Resultaat per aanvraag' })).toContainText(`${employee.fullName}: afgewezen`);
    await choose(page, 'radio', 'Beslist');
    await expect(page.getByRole('row', { name: new RegExp(`${employee.fullName}.*${shortDay(b)}`) })).toContainText(reason);
    await checkPage(page, 'leave-queue-decided');
  });

  await test.step('de werknemer ziet de beslissingen, het lagere saldo, en trekt de derde aanvraag in', async () => {
    await page.goto('/werknemer/verlof-aanvragen');
    const mine = page.getByRole('region', { name: 'Mijn aanvragen' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Mijn aanvragen' }) }));
    const itemA = mine.getByRole('listitem').filter({ hasText: `${longDay(aFirst)} t/m ${longDay(aLast)}` });
    await expect(itemA).toContainText('Toegekend');
    const itemB = mine.getByRole('listitem').filter({ hasText: `${longDay(b)} t/m ${longDay(b)}` });
    await expect(itemB).toContainText('Afgewezen');
    await expect(itemB).toContainText(`Reactie: ${reason}`);
    const itemC = mine.getByRole('listitem').filter({ hasText: `${longDay(c)} t/m ${longDay(c)}` });
    await itemC.getByRole('button', { name: 'Intrekken' }).click();
    await expect(itemC).toContainText('Ingetrokken');
    // The balance now: the accepted hours are planned in the ledger (R28, R30).
    await page.getByLabel('Soort verlof').selectOption({ label: typeName });
    await fillDate(page.getByRole('group', { name: 'Eerste dag' }), c);
    await fillDate(page.getByRole('group', { name: 'Laatste dag' }), c);
    await expect.poll(() => fact(page, 'Saldo nu')).toBe(balanceBefore - hoursA);
    await checkPage(page, 'leave-requests-decided');
  });

  await test.step('de persoonspagina toont het grootboek met de aanvraag als bron', async () => {
    await page.goto(`/beheer/werkgevers/${employerId}/werknemers/${employee.personId}?tab=verlof`);
    const ledger = page.getByRole('grid', { name: `Verlofmutaties ${typeName}` });
    await expect(ledger.getByRole('row', { name: new RegExp(`Gepland.*Verlofaanvraag ${shortDay(aFirst)} t/m ${shortDay(aLast)}`) }).first()).toBeVisible();
    await expect(ledger.getByRole('row', { name: /Correctie/ })).toHaveCount(1);
    await checkPage(page, 'person-leave-ledger');
  });
});
