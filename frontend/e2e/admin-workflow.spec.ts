import { expect, test, type APIRequestContext } from '@playwright/test';
import { gql } from './support/api';
import { employerIdByName, openSection, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * R34: Workflow editor. Bakkerij De Korenaar has the product. A provider user sets a two-step route
 * for leave (first the employee's manager, then everyone with Behandelen aanvragen), saves it and
 * asks where a request of one of the bakery's employees would go: the server routes it as it would a
 * real request.
 */

const EMPLOYER = 'Bakkerij De Korenaar';

/** One step to Behandelen aanvragen, as without the product: where other journeys expect the bakery's leave. */
async function oneStepRoute(request: APIRequestContext, token: string, employerId: string) {
  const data = await gql<{ setWorkflowRoute: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($in: SetWorkflowRouteInput!) { setWorkflowRoute(input: $in) { userErrors { code } } }`,
    { in: { employerId, kind: 'LEAVE', route: { steps: [{ target: 'RIGHT' }] } } },
  );
  expect(data.setWorkflowRoute.userErrors).toEqual([]);
}

/** The escalation limit back to the default of 5 working days (R35), as the demo has it. */
async function defaultEscalation(request: APIRequestContext, token: string, employerId: string) {
  const data = await gql<{ setWorkflowEscalation: { userErrors: unknown[] } }>(
    request,
    token,
    `mutation ($in: SetWorkflowEscalationInput!) { setWorkflowEscalation(input: $in) { userErrors { code } } }`,
    { in: { employerId, workingDays: null } },
  );
  expect(data.setWorkflowEscalation.userErrors).toEqual([]);
}

// The two-step route must not outlive this journey: leave-queue.spec.ts decides the bakery's leave in one step.
// Nor the escalation limit: the demo's escalation mails count five working days.
test.afterEach(async ({ request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  await oneStepRoute(request, token, employerId);
  await defaultEscalation(request, token, employerId);
});

test('Workflow editor: een route van twee stappen instellen en het voorbeeld zien', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, EMPLOYER);
  const people = await gql<{ workflowPeople: Array<{ id: string; name: string }> }>(
    request,
    token,
    `query ($e: ID!) { workflowPeople(employerId: $e, search: "") { id name } }`,
    { e: employerId },
  );
  const person = people.workflowPeople[0]!;
  // Both viewports share the demo database: start from one step to Behandelen aanvragen.
  await oneStepRoute(request, token, employerId);
  await defaultEscalation(request, token, employerId);

  await test.step('de route in woorden', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(page, 'Workflow editor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workflow editor');
    await expect(page.getByRole('heading', { name: 'Route: Verlof' })).toBeVisible();
    await checkPage(page, 'admin-workflow');
  });

  await test.step('twee stappen: leidinggevende, dan Behandelen aanvragen', async () => {
    await page.getByRole('button', { name: 'Route wijzigen' }).click();
    const step1 = page.getByRole('group', { name: 'Stap 1' });
    await step1.getByRole('radio', { name: 'Leidinggevende van de werknemer' }).check();
    await page.getByRole('button', { name: 'Tweede stap toevoegen' }).click();
    const step2 = page.getByRole('group', { name: 'Stap 2' });
    await expect(step2.getByRole('radio', { name: 'Iedereen met Behandelen aanvragen' })).toBeChecked();
    await checkPage(page, 'admin-workflow-bewerken');
    await page.getByRole('button', { name: 'Route opslaan' }).click();
    await expect(page.getByText('De route voor Verlof is opgeslagen. Lopende aanvragen houden hun route.')).toBeVisible();
    await expect(page.getByText('Stap 1: de leidinggevende van de werknemer')).toBeVisible();
    await expect(page.getByText('Stap 2: iedereen met het recht Behandelen aanvragen')).toBeVisible();
  });

  await test.step('het voorbeeld: bij wie komt de aanvraag terecht', async () => {
    const lastName = person.name.split(' ').at(-1)!;
    await page.getByRole('searchbox', { name: 'Werknemer zoeken' }).fill(lastName);
    await page.getByRole('list', { name: 'Werknemers' }).getByRole('button', { name: person.name, exact: true }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    await expect(preview.getByText(`Voor ${person.name} gaat deze aanvraag (Verlof) naar:`)).toBeVisible();
    await expect(preview.getByText(/^Stap 1: /)).toBeVisible();
    await expect(preview.getByText(/^Stap 2: /)).toBeVisible();
    await checkPage(page, 'admin-workflow-voorbeeld');
  });

  await test.step('R35: de meldtermijn van openstaande taken instellen en terugzetten', async () => {
    const card = page.getByRole('region', { name: 'Melden van openstaande taken' });
    await expect(card.getByText(/Staat een taak 5 werkdagen open zonder beslissing/)).toBeVisible();
    await card.getByRole('button', { name: 'Meldtermijn wijzigen' }).click();
    const field = card.getByLabel('Melden na … werkdagen');
    await field.fill('31');
    await card.getByRole('button', { name: 'Meldtermijn opslaan' }).click();
    await expect(card.getByText(/Kies een meldtermijn van 1 tot en met 30 werkdagen/)).toBeVisible();
    await field.fill('2');
    await checkPage(page, 'admin-workflow-meldtermijn');
    await card.getByRole('button', { name: 'Meldtermijn opslaan' }).click();
    await expect(card.getByText(/De meldtermijn is opgeslagen/)).toBeVisible();
    await expect(card.getByText(/Staat een taak 2 werkdagen open zonder beslissing/)).toBeVisible();
    await expect(card.getByText('Eigen termijn')).toBeVisible();

    await card.getByRole('button', { name: 'Meldtermijn wijzigen' }).click();
    await expect(field).toHaveValue('2');
    await field.fill('');
    await card.getByRole('button', { name: 'Meldtermijn opslaan' }).click();
    await expect(card.getByText(/Staat een taak 5 werkdagen open zonder beslissing/)).toBeVisible();
    await expect(card.getByText('Standaard', { exact: true })).toBeVisible();
  });
});
