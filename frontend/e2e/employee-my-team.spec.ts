import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { employerIdByName, isPhone, providerToken } from './support/admin';
import { gql } from './support/api';
import { DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * Mijn team with a substitute, end to end at phone size (R34, R35, R32): Bakkerij De Korenaar sends
 * leave to the employee's manager. The Bakkerij's manager (manager.korenaar) names a colleague as
 * substitute for a week in Mijn team; a leave request an employee of the Bakkerij sends in that week
 * lands with the substitute, who approves it in their own Mijn team "namens" the manager; the employee
 * sees "Beslist door … namens …"; the manager's team calendar shows the leave with its kind. axe runs
 * on every page.
 *
 * Phone only: the journey changes the shared demo database. Afterwards the bakery's leave goes to
 * Behandelen aanvragen again (what the other journeys expect), the substitution is ended, and the leave
 * is cancelled and its extra hours taken back.
 */

const EMPLOYER = 'Bakkerij De Korenaar';
const MANAGER = 'manager.korenaar';

interface Person {
  employmentId: string;
  personId: string;
  fullName: string;
  username: string;
}

/** What the journey changed, for afterEach to undo. */
const made: { employerId?: string; employee?: Person; leaveId?: string; typeId?: string; hoursAdded?: boolean } = {};

function isoDay(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(d);
}

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

async function employeeToken(request: APIRequestContext, username: string): Promise<string> {
  const login = await gql<{ employeeLogin: { accessToken: string; userErrors: unknown[] } }>(
    request,
    null,
    `mutation ($input: LoginInput!) { employeeLogin(input: $input) { accessToken userErrors { code } } }`,
    { input: { username, password: DEMO_PASSWORD } },
  );
  expect(login.employeeLogin.userErrors).toEqual([]);
  return login.employeeLogin.accessToken;
}

async function setLeaveRoute(request: APIRequestContext, token: string, employerId: string, target: 'MANAGER' | 'RIGHT') {
  const route = await gql<{ setWorkflowRoute: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($in: SetWorkflowRouteInput!) { setWorkflowRoute(input: $in) { userErrors { code } } }`,
    { in: { employerId, kind: 'LEAVE', route: { steps: [{ target }] } } },
  );
  expect(route.setWorkflowRoute.userErrors).toEqual([]);
}

async function extraHours(request: APIRequestContext, token: string, employmentId: string, leaveTypeId: string, hours: number) {
  const res = await gql<{ recordLeaveEntries: { userErrors: unknown[]; results: Array<{ userErrors: unknown[] }> } }>(
    request,
    token,
    `mutation ($input: RecordLeaveEntriesInput!) { recordLeaveEntries(input: $input) { userErrors { code } results { userErrors { code } } } }`,
    {
      input: {
        entries: [
          {
            employmentId,
            leaveTypeId,
            kind: 'CORRECTION',
            hours,
            date: isoDay(new Date()),
            reason: 'Uren voor de e2e-test van Mijn team',
            reference: `e2e-my-team-${employmentId}-${Date.now()}`,
          },
        ],
      },
    },
  );
  expect(res.recordLeaveEntries.userErrors).toEqual([]);
  expect(res.recordLeaveEntries.results[0]!.userErrors).toEqual([]);
}

/** The manager, and two colleagues of the Bakkerij with an account: the employee and the substitute. */
async function people(request: APIRequestContext, token: string, employerId: string) {
  const data = await gql<{
    employer: {
      employments: {
        edges: Array<{ node: { id: string; inService: boolean; person: { id: string; fullName: string; account: { status: string; username: string | null } | null } } }>;
      };
    };
    departments: Array<{ name: string; managers: Array<{ id: string }> }>;
    leaveScheme: { leaveTypes: Array<{ id: string; name: string; category: string }> };
  }>(
    request,
    token,
    `query ($id: ID!) {
      employer(id: $id) { employments(first: 50) { edges { node { id inService person { id fullName account { status username } } } } } }
      departments(employerId: $id) { name managers { id } }
      leaveScheme(employerId: $id) { leaveTypes { id name category } }
    }`,
    { id: employerId },
  );
  const managers = new Set(data.departments.flatMap((d) => d.managers.map((m) => m.id)));
  const all = data.employer.employments.edges
    .map((e) => e.node)
    .filter((n) => n.inService && n.person.account?.status === 'ACTIVE' && n.person.account.username)
    .map((n) => ({ employmentId: n.id, personId: n.person.id, fullName: n.person.fullName, username: n.person.account!.username! }));
  const manager = all.find((p) => p.username === MANAGER);
  const others = all.filter((p) => !managers.has(p.personId));
  expect(manager, 'the Bakkerij manager').toBeDefined();
  expect(others.length, 'two colleagues in the Bakkerij with an account').toBeGreaterThanOrEqual(2);
  const statutory = data.leaveScheme.leaveTypes.find((t) => t.category === 'STATUTORY')!;
  return { manager: manager!, employee: others[0]!, substitute: others[1]!, type: statutory };
}

/** Asks a day of leave from two days on, the first weekday the employee has no leave yet; returns its ID and day. */
async function requestLeave(request: APIRequestContext, employee: Person, leaveTypeId: string): Promise<{ id: string; day: string }> {
  const token = await employeeToken(request, employee.username);
  let day = addDays(isoDay(new Date()), 2);
  for (let attempt = 0; attempt < 30; attempt++, day = addDays(day, 1)) {
    if (weekday(day) === 0 || weekday(day) === 6) continue;
    const sent = await gql<{ requestLeave: { leaveRequest: { id: string } | null; userErrors: Array<{ code: string }> } }>(
      request,
      token,
      `mutation ($input: LeaveRequestInput!) { requestLeave(input: $input) { leaveRequest { id } userErrors { code } } }`,
      { input: { employmentId: employee.employmentId, leaveTypeId, firstDay: day, lastDay: day, comment: 'Tandarts en daarna vrij' } },
    );
    const codes = sent.requestLeave.userErrors.map((e) => e.code);
    if (codes.includes('LEAVE_REQUEST_OVERLAP') || codes.includes('LEAVE_REQUEST_ZERO_HOURS')) continue;
    expect(codes).toEqual([]);
    return { id: sent.requestLeave.leaveRequest!.id, day };
  }
  throw new Error('no free weekday in the next month');
}

async function signInEmployee(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
}

async function fillDate(group: Locator, iso: string) {
  const [y, m, d] = iso.split('-');
  await group.getByLabel('Dag', { exact: true }).fill(d!);
  await group.getByLabel('Maand', { exact: true }).fill(m!);
  await group.getByLabel('Jaar', { exact: true }).fill(y!);
}

test.afterEach(async ({ request }) => {
  if (!isPhone(test.info()) || !made.employerId) return;
  const token = await providerToken(request);
  await setLeaveRoute(request, token, made.employerId, 'RIGHT');
  // The manager's substitutions end (one that began today is removed).
  const managerToken = await employeeToken(request, MANAGER);
  const mine = await gql<{ myTeam: { substitutes: Array<{ id: string; manager: { name: string } }> } }>(
    request,
    managerToken,
    `{ myTeam { substitutes { id manager { name } } } }`,
  );
  const managerName = (await people(request, token, made.employerId)).manager.fullName;
  for (const s of mine.myTeam.substitutes.filter((x) => x.manager.name === managerName)) {
    const ended = await gql<{ endManagerSubstitute: { userErrors: unknown[] } }>(
      request,
      managerToken,
      `mutation ($in: EndManagerSubstituteInput!) { endManagerSubstitute(input: $in) { userErrors { code } } }`,
      { in: { id: s.id } },
    );
    expect(ended.endManagerSubstitute.userErrors).toEqual([]);
  }
  // The leave: withdrawn while open, else cancelled by a request that a handler accepts.
  if (made.employee && made.leaveId) {
    const employee = await employeeToken(request, made.employee.username);
    const withdrawn = await gql<{ withdrawLeaveRequest: { userErrors: Array<{ code: string }> } }>(
      request,
      employee,
      `mutation ($in: WithdrawLeaveRequestInput!) { withdrawLeaveRequest(input: $in) { userErrors { code } } }`,
      { in: { id: made.leaveId } },
    );
    if (withdrawn.withdrawLeaveRequest.userErrors.length > 0) {
      const asked = await gql<{ requestLeaveCancellation: { leaveRequest: { id: string } | null; userErrors: unknown[] } }>(
        request,
        employee,
        `mutation ($in: RequestLeaveCancellationInput!) { requestLeaveCancellation(input: $in) { leaveRequest { id } userErrors { code } } }`,
        { in: { id: made.leaveId } },
      );
      expect(asked.requestLeaveCancellation.userErrors).toEqual([]);
      const decided = await gql<{ decideLeaveRequests: { userErrors: unknown[]; results: Array<{ userErrors: unknown[] }> } }>(
        request,
        token,
        `mutation ($in: DecideLeaveRequestsInput!) { decideLeaveRequests(input: $in) { userErrors { code } results { userErrors { code } } } }`,
        { in: { ids: [asked.requestLeaveCancellation.leaveRequest!.id], accept: true } },
      );
      expect(decided.decideLeaveRequests.userErrors).toEqual([]);
      expect(decided.decideLeaveRequests.results[0]!.userErrors).toEqual([]);
    }
  }
  if (made.employee && made.typeId && made.hoursAdded) await extraHours(request, token, made.employee.employmentId, made.typeId, -8);
  for (const k of Object.keys(made)) delete made[k as keyof typeof made];
});

test('Mijn team: een vervanger keurt verlof goed namens de leidinggevende; de teamkalender toont het verlof (telefoon)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'one journey on the shared demo database, at phone size');
  test.setTimeout(180_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  made.employerId = employerId;
  const { manager, employee, substitute, type } = await people(request, token, employerId);
  made.employee = employee;
  made.typeId = type.id;
  await setLeaveRoute(request, token, employerId, 'MANAGER');
  const pattern = await gql<{ setWorkPattern: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($input: SetWorkPatternInput!) { setWorkPattern(input: $input) { userErrors { code } } }`,
    { input: { employmentId: employee.employmentId, weeks: [{ monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8 }] } },
  );
  expect(pattern.setWorkPattern.userErrors).toEqual([]);
  await extraHours(request, token, employee.employmentId, type.id, 8);
  made.hoursAdded = true;
  const today = isoDay(new Date());
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('de leidinggevende wijst in Mijn team een vervanger aan voor een week', async () => {
    await signInEmployee(page, MANAGER);
    await openFromPortalMenu(page, 'Mijn team');
    await expect(heading).toHaveText('Mijn team');
    await expect(page).toHaveURL(/\/werknemer\/mijn-team/);
    const section = page.getByRole('region', { name: 'Vervanging' });
    await section.getByLabel('Vervanger').selectOption({ label: substitute.fullName });
    await fillDate(section.getByRole('group', { name: 'Eerste dag' }), today);
    await fillDate(section.getByRole('group', { name: 'Laatste dag' }), addDays(today, 7));
    await checkPage(page, 'mijn-team-vervanger');
    await section.getByRole('button', { name: 'Vervanger aanwijzen' }).click();
    await expect(section.getByText('Je vervanger is aangewezen.')).toBeVisible();
    await expect(section.getByText(`${substitute.fullName} vervangt ${manager.fullName}`)).toBeVisible();
    await expect(section.getByText('(nu actief)')).toBeVisible();
  });

  const leave = await requestLeave(request, employee, type.id);
  made.leaveId = leave.id;

  await test.step('de aanvraag komt bij de vervanger, die hem namens de leidinggevende goedkeurt', async () => {
    await signInEmployee(page, substitute.username);
    await openFromPortalMenu(page, 'Mijn team');
    await expect(heading).toHaveText('Mijn team');
    const task = page.getByRole('listitem', { name: new RegExp(`^${employee.fullName} vraagt ${type.name} aan`) });
    await expect(task).toBeVisible();
    await expect(task.getByText(`Namens ${manager.fullName}`)).toBeVisible();
    await expect(task.getByText('Toelichting: Tandarts en daarna vrij')).toBeVisible();
    // A substitute decides only the tasks given to them: no team calendar of the manager's team.
    await expect(page.getByRole('heading', { name: 'Teamkalender' })).toHaveCount(0);
    await checkPage(page, 'mijn-team-vervanger-taak');
    await task.getByLabel('Opmerking (verplicht bij afwijzen)').fill('Prima, veel plezier');
    await task.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(page.getByText('Je beslissing is vastgelegd.')).toBeVisible();
    await expect(task).toHaveCount(0);
  });

  await test.step('de werknemer ziet dat de vervanger besliste namens de leidinggevende', async () => {
    await signInEmployee(page, employee.username);
    await page.goto('/werknemer/verlof-aanvragen');
    await expect(heading).toHaveText('Verlof aanvragen');
    await expect(page.getByText(`Beslist door ${substitute.fullName} namens ${manager.fullName}`).first()).toBeVisible();
    await checkPage(page, 'verlof-namens');
  });

  await test.step('de teamkalender van de leidinggevende toont het verlof met de soort', async () => {
    await signInEmployee(page, MANAGER);
    await page.goto(`/werknemer/mijn-team?maand=${leave.day.slice(0, 7)}`);
    await expect(heading).toHaveText('Mijn team');
    const calendar = page.getByRole('region', { name: 'Teamkalender' });
    const agenda = calendar.getByRole('list', { name: 'Afwezig per dag' });
    await expect(agenda).toBeVisible();
    const dayHeading = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${leave.day}T12:00:00Z`),
    );
    const day = agenda.getByRole('listitem').filter({ has: page.getByRole('heading', { name: dayHeading, exact: true }) });
    await expect(day.getByRole('listitem').filter({ hasText: employee.fullName })).toContainText(type.name);
    // On a phone the month grid is not shown.
    await expect(calendar.getByRole('table')).toBeHidden();
    await checkPage(page, 'mijn-team-kalender');
  });
});
