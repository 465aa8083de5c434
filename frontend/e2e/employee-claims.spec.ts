import { expect, test } from '@playwright/test';
import { employerIdByName, isPhone, providerToken, signIn } from './support/admin';
import { allChanges, gql, integratorToken } from './support/api';
import { DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * Declaraties end to end (R36, R34, R45): staff of Installatiebedrijf Van Dijk (with Dossiervorming)
 * switch on Declaraties and set up Reiskosten at € 0,23 per km; an employee claims 42 km on the
 * phone with a photo of the receipt; a handler approves it on a desktop; payroll's integrator marks
 * it processed in period 2027-03 through the API; the employee sees "Verwerkt in periode 2027-03".
 * axe runs on every new page.
 *
 * Phone project only: the journey changes the shared demo database; the handler's page is opened
 * at desktop size in a second context.
 */

const EMPLOYER = 'Installatiebedrijf Van Dijk';
const PERIOD = '2027-03';
// The first bytes of a JPEG: the server takes the type from them (content sniffing).
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2048, 7)]);

test('declaratie: 42 km met een foto van de bon → goedgekeurd → verwerkt door de salarissoftware', async ({ page, request, browser }, testInfo) => {
  test.skip(!isPhone(testInfo), 'one journey on the shared demo database, employee at phone size');
  test.setTimeout(180_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  const component = `Reiskosten ${Date.now()}`;

  const activated = await gql<{ activateProduct: { userErrors: Array<{ code: string }> } }>(
    request,
    token,
    `mutation ($input: ProductActivationInput!) { activateProduct(input: $input) { userErrors { code } } }`,
    { input: { employerId, productCode: 'MIJNLOKET_EXPENSE_CLAIMS' } },
  );
  expect(activated.activateProduct.userErrors.filter((e) => e.code !== 'ALREADY_ACTIVE')).toEqual([]);
  const saved = await gql<{ saveClaimComponent: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($input: SaveClaimComponentInput!) { saveClaimComponent(input: $input) { userErrors { code } } }`,
    { input: { employerId, name: component, kind: 'KILOMETRES', rate: 0.23, receiptRequired: true } },
  );
  expect(saved.saveClaimComponent.userErrors).toEqual([]);
  const people = await gql<{
    employer: { employments: { edges: Array<{ node: { inService: boolean; person: { fullName: string; account: { status: string; username: string | null } | null } } }> } };
  }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { employments(first: 50) { edges { node { inService person { fullName account { status username } } } } } } }`,
    { id: employerId },
  );
  const employee = people.employer.employments.edges
    .map((e) => e.node)
    .find((n) => n.inService && n.person.account?.status === 'ACTIVE' && n.person.account.username)!;
  expect(employee, 'an employee with an active account').toBeDefined();

  await test.step('de werknemer declareert 42 km met een foto van de bon', async () => {
    await page.goto('/werknemer/inloggen');
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(employee.person.account!.username!);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
    await openFromPortalMenu(page, 'Declaraties');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Declaraties');
    await page.getByLabel('Wat declareer je?').selectOption({ label: component });
    await expect(page.getByText('€ 0,23 per kilometer')).toBeVisible();
    await page.getByLabel('Aantal kilometers').fill('42');
    await page.getByLabel('Omschrijving').fill('Klantbezoek Tilburg');
    const receipts = page.getByLabel('Bonnen', { exact: true });
    await expect(receipts).toHaveAttribute('accept', 'image/*,application/pdf');
    await expect(receipts).toHaveAttribute('capture', 'environment');
    await receipts.setInputFiles({ name: 'bon.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await checkPage(page, 'employee-claims-form');
    await page.getByRole('button', { name: 'Declaratie indienen' }).click();
    await expect(page.getByText('Je declaratie is ingediend.')).toBeVisible();
    const mine = page.getByRole('listitem').filter({ hasText: component });
    await expect(mine).toContainText('€ 9,66');
    await expect(mine).toContainText('1 bon');
    await expect(mine).toContainText('Ingediend, wacht op beoordeling');
  });

  await test.step('de behandelaar keurt de declaratie goed (desktop)', async () => {
    const desktop = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1366, height: 900 } });
    const staff = await desktop.newPage();
    await signIn(staff);
    await staff.goto(`/beheer/werkgevers/${employerId}/declaraties`);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Declaraties');
    await expect(staff.getByText('Ter informatie: de onbelaste reiskostenvergoeding in')).toBeVisible();
    const item = staff.getByRole('listitem', { name: `${employee.person.fullName} — ${component}` });
    await expect(item).toContainText('42 km');
    await expect(item.getByRole('button', { name: 'Bon bon.jpg downloaden' })).toBeVisible();
    await checkPage(staff, 'admin-claims');
    await item.getByRole('button', { name: 'Goedkeuren' }).click();
    await expect(staff.getByText(`De declaratie van ${employee.person.fullName} is goedgekeurd.`)).toBeVisible();
    await desktop.close();
  });

  await test.step('de salarissoftware leest de goedkeuring en markeert de declaratie als verwerkt', async () => {
    const created = await gql<{ createApiClient: { apiClient: { id: string } | null; clientSecret: string | null; userErrors: unknown[] } }>(
      request,
      token,
      `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { apiClient { id } clientSecret userErrors { code } } }`,
      { input: { name: `Salarissoftware declaraties ${Date.now()}`, employerId, rights: ['MANAGE_PAYROLL_DATA'] } },
    );
    expect(created.createApiClient.userErrors).toEqual([]);
    const integrator = await integratorToken(request, created.createApiClient.apiClient!.id, created.createApiClient.clientSecret!);
    const changes = await allChanges(request, integrator);
    const approved = changes.filter((c) => c.kind === 'CLAIM_APPROVED' && c.values.some((v) => v.field === 'component' && v.value === component));
    expect(approved).toHaveLength(1);
    expect(approved[0]!.values).toContainEqual({ field: 'amount', value: '9.66' });
    const marked = await gql<{ markClaimsProcessed: { results: Array<{ claim: { status: string } | null; userErrors: unknown[] }> } }>(
      request,
      integrator,
      `mutation ($input: MarkClaimsProcessedInput!) { markClaimsProcessed(input: $input) { results { claim { status } userErrors { code } } } }`,
      { input: { claims: [{ id: approved[0]!.subjectId, payrollPeriod: PERIOD }] } },
    );
    expect(marked.markClaimsProcessed.results[0]).toEqual({ claim: { status: 'PROCESSED' }, userErrors: [] });
  });

  await test.step('de werknemer ziet in welke periode de declaratie is verwerkt', async () => {
    await page.reload();
    const mine = page.getByRole('listitem').filter({ hasText: component });
    await expect(mine).toContainText(`Verwerkt in periode ${PERIOD}`);
    await checkPage(page, 'employee-claims-processed');
  });
});
