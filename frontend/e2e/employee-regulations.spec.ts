import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { employerIdByName, isPhone, providerToken } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';
import { openFromPortalMenu } from './support/portalMenu';

/*
 * Assistent bedrijfsregelingen (R42) at phone size, as Jan Jansen of Voorbeeld MKB. The product would make
 * Voorbeeld MKB Pro (R20), so this journey switches it on through the API, marks the demo staff handbook
 * as a regulation, and undoes both afterwards, so the other journeys see the demo as it was.
 */

const POLICY_ASSISTANT = 'MIJNLOKET_POLICY_ASSISTANT';

async function setup(request: APIRequestContext, on: boolean) {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, DEMO_EMPLOYEE.employer);
  const mutation = on ? 'activateProduct' : 'deactivateProduct';
  const product = await gql<Record<string, { userErrors: Array<{ code: string }> }>>(
    request,
    token,
    `mutation ($input: ProductActivationInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
    { input: { employerId, productCode: POLICY_ASSISTANT } },
  );
  expect(product[mutation]!.userErrors.map((e) => e.code).filter((c) => c !== 'ALREADY_ACTIVE' && c !== 'NOT_ACTIVE')).toEqual([]);
  const list = await gql<{ employer: { documents: { edges: Array<{ node: { id: string; title: string } }> } } }>(
    request,
    token,
    'query ($id: ID!) { employer(id: $id) { documents(first: 20) { edges { node { id title } } } } }',
    { id: employerId },
  );
  const handbook = list.employer.documents.edges.find((e) => e.node.title.startsWith('Personeelshandboek'));
  expect(handbook, 'the demo staff handbook').toBeTruthy();
  const marked = await gql<{ setDocumentRegulation: { passageCount: number; userErrors: Array<{ code: string }> } }>(
    request,
    token,
    'mutation ($input: SetDocumentRegulationInput!) { setDocumentRegulation(input: $input) { passageCount userErrors { code } } }',
    { input: { documentId: handbook!.node.id, regulation: on } },
  );
  expect(marked.setDocumentRegulation.userErrors).toEqual([]);
  if (on) expect(marked.setDocumentRegulation.passageCount).toBeGreaterThan(0);
}

async function signInAsJan(page: Page) {
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
}

test.afterEach(async ({ request }) => {
  if (isPhone(test.info())) await setup(request, false);
});

test('regelingen: een vraag geeft de passage uit het personeelshandboek met de pagina, of zegt dat er niets is (telefoon)', async ({
  page,
  request,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'the journey of issue 16 is at phone size');
  await setup(request, true);
  await signInAsJan(page);
  await openFromPortalMenu(page, 'Regelingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regelingen');
  await checkPage(page, 'regelingen');

  const input = page.getByRole('searchbox', { name: 'Je vraag' });
  await input.fill('Wanneer vervallen mijn verlofuren?');
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
  const results = page.getByRole('region', { name: 'Passages bij ‘Wanneer vervallen mijn verlofuren?’' });
  const first = results.getByRole('listitem').first();
  await expect(first).toContainText('Wettelijke verlofuren vervallen een half jaar na het jaar');
  await expect(first).toContainText(/Personeelshandboek \d{4}, pagina 1/);
  await expect(first.getByRole('button', { name: /^Open Personeelshandboek \d{4} \(pagina 1\)$/ })).toBeVisible();
  await checkPage(page, 'regelingen-antwoord');

  await input.fill('Mag mijn hond mee naar kantoor?');
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
  const none = page.getByRole('region', { name: 'Passages bij ‘Mag mijn hond mee naar kantoor?’' });
  await expect(none).toContainText('Ik vond niets over ‘Mag mijn hond mee naar kantoor?’');
  await expect(none.getByRole('listitem')).toHaveCount(0);
  await checkPage(page, 'regelingen-niets');
});
