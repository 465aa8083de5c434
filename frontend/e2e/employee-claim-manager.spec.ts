import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { employerIdByName, isPhone, providerToken } from './support/admin';
import { allChanges, gql, integratorToken } from './support/api';
import { DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * The claim journey of issue 15 in one go, at phone size (R36, R35, R34, R45, R21): Bakkerij De
 * Korenaar (Management Self Service, Workflow editor) gets Declaraties and Dossiervorming, and its
 * claims go to the employee's manager. An employee claims 42 km with a photo of the receipt from the
 * phone's camera input; the manager (manager.korenaar, an employee with Mijn team) opens the receipt
 * and approves the claim in Mijn team; payroll's integrator (the demo's API client) reads the
 * approval from the change feed and marks it processed in 2027-03; the employee sees the period. axe
 * runs on every new page state.
 *
 * Phone only: the journey changes the shared demo database. Afterwards the Bakkerij is as the demo
 * made it: the claim route is what it was, the component is switched off, and Declaraties and
 * Dossiervorming are off again where the journey switched them on (the portal spec expects the
 * Bakkerij without documents).
 */

const EMPLOYER = 'Bakkerij De Korenaar';
const MANAGER = 'manager.korenaar';
const PERIOD = '2027-03';
const PRODUCTS = ['MIJNLOKET_EXPENSE_CLAIMS', 'MIJNLOKET_DOCUMENTS'];
// The demo's integrator (server/demo APIClientID / APIClientSecret): provider level, every right.
const INTEGRATOR = { id: 'cli_01JDEMQ0000000000000000000', secret: 'demo-integrator-secret-2026' };
// A JPEG's first bytes: the server takes the type from the content, not the name.
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)]);

interface RouteInput {
  steps: Array<{ target: string; userIds: string[] }>;
  notifyUserIds: string[];
  autoApproval: { maxLeaveHours: number | null; maxClaimAmount: number | null } | null;
}

/** What the journey changed, for afterEach to undo. */
const made: { employerId?: string; activated: string[]; route?: RouteInput; componentId?: string; componentName?: string } = { activated: [] };

async function claimRoute(request: APIRequestContext, token: string, employerId: string): Promise<RouteInput> {
  const data = await gql<{
    workflowRoutes: {
      routes: Array<{
        kind: string;
        steps: Array<{ target: string; users: Array<{ id: string }> }>;
        notify: Array<{ id: string }>;
        autoApproval: { maxLeaveHours: number | null; maxClaimAmount: number | null } | null;
      }>;
    };
  }>(
    request,
    token,
    `query ($e: ID!) { workflowRoutes(employerId: $e) { routes { kind steps { target users { id } } notify { id } autoApproval { maxLeaveHours maxClaimAmount } } } }`,
    { e: employerId },
  );
  const r = data.workflowRoutes.routes.find((x) => x.kind === 'CLAIM')!;
  return {
    steps: r.steps.map((s) => ({ target: s.target, userIds: s.users.map((u) => u.id) })),
    notifyUserIds: r.notify.map((u) => u.id),
    autoApproval: r.autoApproval,
  };
}

async function setClaimRoute(request: APIRequestContext, token: string, employerId: string, route: RouteInput) {
  const set = await gql<{ setWorkflowRoute: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($in: SetWorkflowRouteInput!) { setWorkflowRoute(input: $in) { userErrors { code } } }`,
    { in: { employerId, kind: 'CLAIM', route } },
  );
  expect(set.setWorkflowRoute.userErrors).toEqual([]);
}

/** An employee of the Bakkerij with an account who manages nobody: their claims go to manager.korenaar. */
async function claimant(request: APIRequestContext, token: string, employerId: string) {
  const data = await gql<{
    employer: { employments: { edges: Array<{ node: { inService: boolean; person: { id: string; fullName: string; account: { status: string; username: string | null } | null } } }> } };
    departments: Array<{ managers: Array<{ id: string }> }>;
  }>(
    request,
    token,
    `query ($id: ID!) {
      employer(id: $id) { employments(first: 50) { edges { node { inService person { id fullName account { status username } } } } } }
      departments(employerId: $id) { managers { id } }
    }`,
    { id: employerId },
  );
  const managers = new Set(data.departments.flatMap((d) => d.managers.map((m) => m.id)));
  const found = data.employer.employments.edges
    .map((e) => e.node)
    .find((n) => n.inService && n.person.account?.status === 'ACTIVE' && n.person.account.username && !managers.has(n.person.id));
  expect(found, 'an employee of the Bakkerij with an account who manages nobody').toBeDefined();
  return { fullName: found!.person.fullName, username: found!.person.account!.username! };
}

async function signInEmployee(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
}

test.afterEach(async ({ request }) => {
  if (!isPhone(test.info()) || !made.employerId) return;
  const token = await providerToken(request);
  const employerId = made.employerId;
  if (made.route) await setClaimRoute(request, token, employerId, made.route);
  if (made.componentId) {
    const off = await gql<{ saveClaimComponent: { userErrors: unknown[] } }>(
      request,
      token,
      `mutation ($input: SaveClaimComponentInput!) { saveClaimComponent(input: $input) { userErrors { code } } }`,
      { input: { employerId, id: made.componentId, name: made.componentName, kind: 'KILOMETRES', rate: 0.23, receiptRequired: true, active: false } },
    );
    expect(off.saveClaimComponent.userErrors).toEqual([]);
  }
  for (const productCode of made.activated) {
    const off = await gql<{ deactivateProduct: { userErrors: unknown[] } }>(
      request,
      token,
      `mutation ($input: ProductActivationInput!) { deactivateProduct(input: $input) { userErrors { code } } }`,
      { input: { employerId, productCode } },
    );
    expect(off.deactivateProduct.userErrors).toEqual([]);
  }
  made.employerId = made.route = made.componentId = made.componentName = undefined;
  made.activated = [];
});

test('declaratie: 42 km met een foto → de leidinggevende keurt goed in Mijn team → verwerkt door de salarissoftware (telefoon)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'one journey on the shared demo database, at phone size');
  test.setTimeout(180_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  made.employerId = employerId;
  for (const productCode of PRODUCTS) {
    const on = await gql<{ activateProduct: { userErrors: Array<{ code: string }> } }>(
      request,
      token,
      `mutation ($input: ProductActivationInput!) { activateProduct(input: $input) { userErrors { code } } }`,
      { input: { employerId, productCode } },
    );
    const codes = on.activateProduct.userErrors.map((e) => e.code);
    if (codes.length === 0) made.activated.push(productCode);
    else expect(codes).toEqual(['ALREADY_ACTIVE']);
  }
  made.route = await claimRoute(request, token, employerId);
  await setClaimRoute(request, token, employerId, { steps: [{ target: 'MANAGER', userIds: [] }], notifyUserIds: [], autoApproval: null });
  const component = `Reiskosten ${Date.now()}`;
  const saved = await gql<{ saveClaimComponent: { component: { id: string } | null; userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($input: SaveClaimComponentInput!) { saveClaimComponent(input: $input) { component { id } userErrors { code } } }`,
    { input: { employerId, name: component, kind: 'KILOMETRES', rate: 0.23, receiptRequired: true } },
  );
  expect(saved.saveClaimComponent.userErrors).toEqual([]);
  made.componentId = saved.saveClaimComponent.component!.id;
  made.componentName = component;
  const employee = await claimant(request, token, employerId);
  const heading = page.getByRole('heading', { level: 1 });

  await test.step('de werknemer declareert 42 km met een foto van de bon', async () => {
    await signInEmployee(page, employee.username);
    await openFromPortalMenu(page, 'Declaraties');
    await expect(heading).toHaveText('Declaraties');
    await page.getByLabel('Wat declareer je?').selectOption({ label: component });
    await expect(page.getByText('€ 0,23 per kilometer')).toBeVisible();
    await page.getByLabel('Aantal kilometers').fill('42');
    await page.getByLabel('Omschrijving').fill('Broodlevering Amersfoort');
    // The phone offers its camera: images and PDFs, the back camera first.
    const receipts = page.getByLabel('Bonnen', { exact: true });
    await expect(receipts).toHaveAttribute('accept', 'image/*,application/pdf');
    await expect(receipts).toHaveAttribute('capture', 'environment');
    await receipts.setInputFiles({ name: 'bon.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await checkPage(page, 'claim-manager-form');
    await page.getByRole('button', { name: 'Declaratie indienen' }).click();
    await expect(page.getByText('Je declaratie is ingediend.')).toBeVisible();
    const mine = page.getByRole('listitem').filter({ hasText: component });
    await expect(mine).toContainText('€ 9,66');
    await expect(mine).toContainText('1 bon');
    await expect(mine).toContainText('Ingediend, wacht op beoordeling');
    await checkPage(page, 'claim-manager-submitted');
  });

  await test.step('de leidinggevende opent de bon en keurt de declaratie goed in Mijn team', async () => {
    await signInEmployee(page, MANAGER);
    await openFromPortalMenu(page, 'Mijn team');
    await expect(heading).toHaveText('Mijn team');
    const task = page.getByRole('listitem', { name: `${employee.fullName} declareert ${component}: € 9,66` });
    await expect(task).toBeVisible();
    await expect(task).toContainText('42 km');
    await expect(task).toContainText('Broodlevering Amersfoort');
    await checkPage(page, 'claim-manager-task');
    // The receipt is readable for the claim's route (R36): the manager downloads the photo.
    const download = page.waitForEvent('download');
    await task.getByRole('button', { name: 'Bon bon.jpg openen' }).click();
    expect((await download).suggestedFilename()).toBe('bon.jpg');
    await task.getByLabel('Opmerking (verplicht bij afwijzen)').fill('Akkoord, goede rit');
    await task.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(page.getByText('Je beslissing is vastgelegd.')).toBeVisible();
    await expect(task).toHaveCount(0);
    await checkPage(page, 'claim-manager-decided');
  });

  await test.step('de salarissoftware leest de goedkeuring en markeert de declaratie als verwerkt', async () => {
    const integrator = await integratorToken(request, INTEGRATOR.id, INTEGRATOR.secret);
    const changes = await allChanges(request, integrator);
    const approved = changes.filter((c) => c.kind === 'CLAIM_APPROVED' && c.values.some((v) => v.field === 'component' && v.value === component));
    expect(approved).toHaveLength(1);
    expect(approved[0]!.values).toContainEqual({ field: 'amount', value: '9.66' });
    const marked = await gql<{ markClaimsProcessed: { results: Array<{ claim: { status: string; payrollPeriod: string } | null; userErrors: unknown[] }> } }>(
      request,
      integrator,
      `mutation ($input: MarkClaimsProcessedInput!) { markClaimsProcessed(input: $input) { results { claim { status payrollPeriod } userErrors { code } } } }`,
      { input: { claims: [{ id: approved[0]!.subjectId, payrollPeriod: PERIOD }] } },
    );
    expect(marked.markClaimsProcessed.results[0]).toEqual({ claim: { status: 'PROCESSED', payrollPeriod: PERIOD }, userErrors: [] });
  });

  await test.step('de werknemer ziet in welke periode de declaratie is verwerkt', async () => {
    await signInEmployee(page, employee.username);
    await openFromPortalMenu(page, 'Declaraties');
    await expect(heading).toHaveText('Declaraties');
    const mine = page.getByRole('listitem').filter({ hasText: component });
    await expect(mine).toContainText(`Verwerkt in periode ${PERIOD}`);
    await checkPage(page, 'claim-manager-processed');
  });
});
