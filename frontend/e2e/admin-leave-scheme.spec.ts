import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gql } from './support/api';
import { DEMO_EMPLOYER, choose, employerIdByName, isPhone, openSection, personByName, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Verlofregeling and the person's leave for staff (R28, R29, R33): at Voorbeeld MKB (Verlofregistratie)
 * a provider user changes the statutory leave type and the day of the expiry reminder, changes Jan
 * Jansen's work pattern and books a correction that shows in his ledger; at Bakkerij De Korenaar
 * (departments Directie and Bakkerij) the Verlofaanvragen queue is narrowed to a team. axe on every
 * page state.
 *
 * The demo database is shared by the specs of a worker: the employee specs count on Jan's 32 hours
 * over five days, his balances and the scheme as seeded. afterEach puts back what the journey changed:
 * the statutory type, the reminder day, the work pattern, and a correction of the opposite sign (the
 * ledger is append-only, R28), so his balances are what they were.
 */

const BAKERY = 'Bakkerij De Korenaar';
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

type Week = Record<(typeof WEEKDAYS)[number], number>;

interface LeaveTypeState {
  id: string;
  name: string;
  category: string;
  vacation: boolean;
  weeksPerYear: number;
  accrual: string;
  expiryMonths: number | null;
  sortOrder: number;
  requestable: boolean;
  allowNegative: boolean;
}

interface Saved {
  token: string;
  employerId: string;
  employmentId: string;
  statutory: LeaveTypeState;
  reminder: { month: number; day: number };
  pattern: { weeks: Week[]; weekAStartsOn: string | null; source: string };
  balances: Balances;
  reason: string;
}

type Balances = Array<{ leaveType: { id: string }; balanceHours: number; correctedHours: number }>;

const balancesQuery = `query ($j: ID!) { leaveLedger(employmentId: $j) { balances { leaveType { id } balanceHours correctedHours } } }`;

let saved: Saved | null = null;

function expectNoUserErrors(data: Record<string, { userErrors: unknown[] }>, field: string) {
  expect(data[field]!.userErrors, field).toEqual([]);
}

/** What the journey may change, read before it starts. */
async function snapshot(request: APIRequestContext): Promise<Saved> {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, DEMO_EMPLOYER);
  const jan = await personByName(request, token, employerId, 'Jan Jansen');
  const data = await gql<{
    node: { employments: Array<{ id: string; inService: boolean }> };
    leaveScheme: { expiryReminderMonth: number; expiryReminderDay: number; leaveTypes: LeaveTypeState[] };
  }>(
    request,
    token,
    `query ($p: ID!, $e: ID!) {
      node(id: $p) { ... on Person { employments { id inService } } }
      leaveScheme(employerId: $e) {
        expiryReminderMonth expiryReminderDay
        leaveTypes { id name category vacation weeksPerYear accrual expiryMonths sortOrder requestable allowNegative }
      }
    }`,
    { p: jan.id, e: employerId },
  );
  const employmentId = data.node.employments.find((e) => e.inService)!.id;
  const pattern = await gql<{ workPattern: { weeks: Week[]; weekAStartsOn: string | null; source: string } }>(
    request,
    token,
    `query ($j: ID!) { workPattern(employmentId: $j) { weekAStartsOn source weeks { ${WEEKDAYS.join(' ')} } } }`,
    { j: employmentId },
  );
  const ledger = await gql<{ leaveLedger: { balances: Balances } }>(request, token, balancesQuery, { j: employmentId });
  return {
    token,
    employerId,
    employmentId,
    balances: ledger.leaveLedger.balances,
    statutory: data.leaveScheme.leaveTypes.find((t) => t.category === 'STATUTORY')!,
    reminder: { month: data.leaveScheme.expiryReminderMonth, day: data.leaveScheme.expiryReminderDay },
    pattern: pattern.workPattern,
    reason: `Correctie uit de e2e-test ${Date.now()}`,
  };
}

test.afterEach(async ({ request }) => {
  const s = saved;
  saved = null;
  if (!s) return;
  const t = s.statutory;
  const type = await gql<Record<string, { userErrors: unknown[] }>>(
    request,
    s.token,
    `mutation ($in: UpdateLeaveTypeInput!) { updateLeaveType(input: $in) { userErrors { code } } }`,
    {
      in: {
        id: t.id,
        name: t.name,
        vacation: t.vacation,
        weeksPerYear: t.weeksPerYear,
        accrual: t.accrual,
        sortOrder: t.sortOrder,
        requestable: t.requestable,
        allowNegative: t.allowNegative,
        ...(t.expiryMonths == null ? { neverExpires: true } : { expiryMonths: t.expiryMonths }),
      },
    },
  );
  expectNoUserErrors(type, 'updateLeaveType');
  const reminder = await gql<Record<string, { userErrors: unknown[] }>>(
    request,
    s.token,
    `mutation ($in: SetLeaveExpiryReminderInput!) { setLeaveExpiryReminder(input: $in) { userErrors { code } } }`,
    { in: { employerId: s.employerId, ...s.reminder } },
  );
  expectNoUserErrors(reminder, 'setLeaveExpiryReminder');
  const pattern = await gql<Record<string, { userErrors: unknown[] }>>(
    request,
    s.token,
    `mutation ($in: SetWorkPatternInput!) { setWorkPattern(input: $in) { userErrors { code } } }`,
    {
      in: {
        employmentId: s.employmentId,
        weeks: s.pattern.weeks,
        source: s.pattern.source,
        ...(s.pattern.weekAStartsOn ? { weekAStartsOn: s.pattern.weekAStartsOn } : {}),
      },
    },
  );
  expectNoUserErrors(pattern, 'setWorkPattern');
  // The correction stays in the ledger; one of the opposite sign on the same day and year brings the balances back.
  const ledger = await gql<{ leaveLedger: { entries: Array<{ kind: string; hours: number; date: string; year: number; reason: string; leaveTypeId: string }> } }>(
    request,
    s.token,
    `query ($j: ID!) { leaveLedger(employmentId: $j) { entries { kind hours date year reason leaveTypeId } } }`,
    { j: s.employmentId },
  );
  const mine = ledger.leaveLedger.entries.filter((e) => e.kind === 'CORRECTION' && e.reason === s.reason);
  const sum = mine.reduce((total, e) => total + e.hours, 0);
  if (mine.length > 0 && sum !== 0) {
    const first = mine[0]!;
    const undo = await gql<{ recordLeaveEntries: { userErrors: unknown[]; results: Array<{ userErrors: unknown[] }> } }>(
      request,
      s.token,
      `mutation ($in: RecordLeaveEntriesInput!) { recordLeaveEntries(input: $in) { userErrors { code } results { userErrors { code } } } }`,
      {
        in: {
          entries: [
            { employmentId: s.employmentId, leaveTypeId: first.leaveTypeId, kind: 'CORRECTION', hours: -sum, date: first.date, year: first.year, reason: `Teruggedraaid: ${s.reason}` },
          ],
        },
      },
    );
    expect(undo.recordLeaveEntries.userErrors).toEqual([]);
    expect(undo.recordLeaveEntries.results[0]?.userErrors).toEqual([]);
  }
  // What the employee specs count on is back: the balances and the work pattern.
  const after = await gql<{ leaveLedger: { balances: Balances } }>(request, s.token, balancesQuery, { j: s.employmentId });
  expect(after.leaveLedger.balances).toEqual(s.balances);
  const back = await gql<{ workPattern: { weeks: Week[]; weekAStartsOn: string | null; source: string } }>(
    request,
    s.token,
    `query ($j: ID!) { workPattern(employmentId: $j) { weekAStartsOn source weeks { ${WEEKDAYS.join(' ')} } } }`,
    { j: s.employmentId },
  );
  expect(back.workPattern).toEqual(s.pattern);
});

/** The bakery's departments: Directie with its manager, Bakkerij with the others (server/demo). */
async function bakeryTeams(request: APIRequestContext, token: string) {
  const employerId = await employerIdByName(request, token, BAKERY);
  const data = await gql<{ departments: Array<{ id: string; name: string; managers: Array<{ name: string }> }> }>(
    request,
    token,
    `query ($e: ID!) { departments(employerId: $e) { id name managers { name } } }`,
    { e: employerId },
  );
  const directie = data.departments.find((d) => d.name === 'Directie')!;
  return { employerId, director: directie.managers[0]!.name };
}

async function chooseOption(page: Page, field: string, option: string) {
  await page.getByRole('button', { name: new RegExp(field) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('Verlofregeling: wettelijk verlof en herinneringsdag wijzigen, werkpatroon en correctie van Jan Jansen, wachtrij per team', async ({
  page,
  request,
}, testInfo) => {
  test.skip(isPhone(testInfo), 'the journey changes the shared demo database once, on the desktop; the phone checks the pages');
  test.setTimeout(120_000);
  saved = await snapshot(request);
  const s = saved;
  const statutory = s.statutory.name;

  await test.step('Verlofregeling staat bij de werkgever; de wettelijke soort krijgt een ander verval', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${s.employerId}`);
    await openSection(page, 'Verlofregeling');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verlofregeling');
    // Voorbeeld MKB has Verlofregistratie only: the page says that nothing accrues by itself.
    await expect(page.getByText(/Werkportaal bouwt zelf geen verlof op/)).toBeVisible();
    const item = page.getByRole('list', { name: 'Verlofsoorten' }).getByRole('listitem', { name: statutory, exact: true });
    await expect(item).toContainText('Tegoed: 4 × de weekuren per jaar');
    await checkPage(page, 'admin-verlofregeling');

    await item.getByRole('button', { name: `${statutory} wijzigen` }).click();
    await expect(item.getByRole('textbox', { name: 'Tegoed per jaar, in weken (× de weekuren)' })).toHaveAttribute('readonly', '');
    const months = item.getByRole('textbox', { name: 'Maanden na het opbouwjaar' });
    await months.fill('3');
    await item.getByRole('button', { name: 'Verlofsoort opslaan' }).click();
    await expect(item.getByText('Wettelijk verlof vervalt op zijn vroegst 6 maanden na het opbouwjaar (art. 7:640a BW).')).toBeVisible();
    await checkPage(page, 'admin-verlofregeling-soort');
    await months.fill('18');
    await item.getByRole('button', { name: 'Verlofsoort opslaan' }).click();
    await expect(page.getByText(`De verlofsoort ${statutory} is opgeslagen.`)).toBeVisible();
    await expect(item).toContainText('vervalt 18 maanden na het opbouwjaar');
  });

  await test.step('de herinnering over vervallend verlof gaat voortaan op 15 mei', async () => {
    const reminder = page.getByRole('region', { name: 'Herinnering vervallend verlof' });
    await reminder.getByRole('textbox', { name: 'Dag' }).fill('15');
    await chooseOption(page, 'Maand', 'mei');
    await reminder.getByRole('button', { name: 'Herinneringsdatum opslaan' }).click();
    await expect(reminder.getByText('Werknemers krijgen de herinnering voortaan op 15 mei.')).toBeVisible();
    await expect(reminder).toContainText('elk jaar op 15 mei een e-mail');
  });

  await test.step('het werkpatroon van Jan Jansen: vier dagen van 8 uur', async () => {
    await page.goto(`/beheer/werkgevers/${s.employerId}/werknemers/${(await personByName(request, s.token, s.employerId, 'Jan Jansen')).id}?tab=verlof`);
    const panel = page.getByRole('region', { name: 'Werkpatroon' }).first();
    await expect(panel).toContainText('Gemiddeld 32 uur per week');
    await panel.getByRole('button', { name: 'Werkpatroon wijzigen' }).click();
    for (const day of ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag']) await panel.getByRole('textbox', { name: day, exact: true }).fill('8');
    await panel.getByRole('textbox', { name: 'Vrijdag', exact: true }).fill('0');
    await checkPage(page, 'admin-werkpatroon');
    await panel.getByRole('button', { name: 'Werkpatroon opslaan' }).click();
    await expect(panel.getByText('Het werkpatroon is opgeslagen.')).toBeVisible();
    await expect(panel).toContainText('ingesteld in Werkportaal');
    await expect(panel.getByRole('row', { name: 'Maandag 8 uur' })).toBeVisible();
    await expect(panel.getByRole('row', { name: 'Vrijdag 0 uur' })).toBeVisible();
  });

  await test.step('een correctie met reden staat in het grootboek', async () => {
    await page.getByRole('button', { name: 'Correctie boeken' }).first().click();
    const form = page.getByRole('region', { name: 'Correctie boeken' });
    await expect(form.getByRole('button', { name: /Verlofsoort/ })).toContainText(statutory);
    await choose(page, 'radio', 'Uren erbij');
    await form.getByRole('textbox', { name: 'Uren' }).fill('2,5');
    await form.getByRole('textbox', { name: 'Reden' }).fill(s.reason);
    await checkPage(page, 'admin-verlofcorrectie');
    await form.getByRole('button', { name: 'Correctie boeken' }).click();
    await expect(form.getByText(`Correctie van 2,5 uur op ${statutory} geboekt.`)).toBeVisible();
    const ledger = page.getByRole('grid', { name: `Verlofmutaties ${statutory}` });
    await expect(ledger.getByRole('row').filter({ hasText: s.reason })).toContainText('Correctie');
    await expect(ledger.getByRole('row').filter({ hasText: s.reason })).toContainText('Medewerker');
  });

  await test.step('Verlofaanvragen van de bakkerij per team', async () => {
    const { employerId, director } = await bakeryTeams(request, s.token);
    await page.goto(`/beheer/werkgevers/${employerId}/verlofaanvragen?status=alle`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verlofaanvragen');
    const grid = page.getByRole('grid', { name: 'Verlofaanvragen' });
    await expect(grid.getByRole('row').first()).toBeVisible();
    await chooseOption(page, 'Team', 'Directie');
    await expect(page).toHaveURL(/team=afd_/);
    await expect(grid.getByRole('row').first()).toContainText(director);
    await expect(grid.getByRole('row').filter({ hasNotText: director })).toHaveCount(0);
    await checkPage(page, 'admin-verlofaanvragen-team');
    await chooseOption(page, 'Team', 'Bakkerij');
    await expect(grid.getByRole('row').first()).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: director })).toHaveCount(0);
  });
});

test('Verlofregeling, werkpatroon en teamfilter op een telefoon (390 px)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'the phone checks the pages; the desktop runs the journey');
  test.setTimeout(90_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, DEMO_EMPLOYER);
  const jan = await personByName(request, token, employerId, 'Jan Jansen');
  await signIn(page);

  await page.goto(`/beheer/werkgevers/${employerId}/verlofregeling`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verlofregeling');
  const first = page.getByRole('list', { name: 'Verlofsoorten' }).getByRole('listitem').first();
  await first.getByRole('button', { name: /wijzigen$/ }).click();
  await expect(first.getByRole('button', { name: 'Verlofsoort opslaan' })).toBeVisible();
  await checkPage(page, 'admin-verlofregeling-telefoon');

  await page.goto(`/beheer/werkgevers/${employerId}/werknemers/${jan.id}?tab=verlof`);
  const panel = page.getByRole('region', { name: 'Werkpatroon' }).first();
  await expect(panel).toContainText('Gemiddeld 32 uur per week');
  await panel.getByRole('button', { name: 'Werkpatroon wijzigen' }).click();
  await page.getByRole('button', { name: 'Correctie boeken' }).first().click();
  await expect(page.getByRole('region', { name: 'Correctie boeken' })).toBeVisible();
  await checkPage(page, 'admin-werkpatroon-telefoon');

  const { employerId: bakery } = await bakeryTeams(request, token);
  await page.goto(`/beheer/werkgevers/${bakery}/verlofaanvragen?status=alle`);
  await chooseOption(page, 'Team', 'Bakkerij');
  await expect(page).toHaveURL(/team=afd_/);
  await checkPage(page, 'admin-verlofaanvragen-team-telefoon');
});
