import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { blockViaApi, employerIdByName, ensureActive, openSection, personByName, providerToken, signIn, unblockViaApi } from './support/admin';
import { EMPLOYER_USER } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Journey 8 (R27): the audit trail — who did what to whom and when — filterable by person and by
 * action, with the filters in the URL. The events are made through the API first.
 */

test('logboek: wie deed wat bij wie en wanneer, te filteren op werknemer en actie', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const person = await personByName(request, token, employerId, 'Bas de Graaf');
  await ensureActive(request, token, person);
  await blockViaApi(request, token, person.id);
  await unblockViaApi(request, token, person.id);

  const events = page.getByRole('list', { name: 'Logboek' }).getByRole('listitem');

  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}`);
  await openSection(page, 'Logboek');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek');

  await test.step('het nieuwste bovenaan, met actie, werknemer, door wie en wanneer', async () => {
    await expect(events.first()).toContainText('Blokkade opgeheven');
    await expect(events.first()).toContainText('Bas de Graaf');
    await expect(events.first()).toContainText('door Anouk Kramer (medewerker)');
    await expect(events.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await checkPage(page, 'admin-logboek');
  });

  await test.step('filteren op actie', async () => {
    await page.getByRole('button', { name: /Actie/ }).click();
    await page.getByRole('option', { name: 'Toegang geblokkeerd' }).click();
    await expect(page).toHaveURL(/actie=ACCESS_BLOCKED/);
    const { auditEvents } = await gql<{ auditEvents: { totalCount: number } }>(
      request,
      token,
      `query ($e: ID) { auditEvents(first: 1, employerId: $e, actions: ["ACCESS_BLOCKED"]) { totalCount } }`,
      { e: employerId },
    );
    await expect(page.getByRole('status').filter({ hasText: /gebeurtenis/ })).toHaveText(
      auditEvents.totalCount === 1 ? '1 gebeurtenis' : `${auditEvents.totalCount} gebeurtenissen`,
    );
    for (const item of await events.all()) await expect(item).toContainText('Toegang geblokkeerd');
  });

  await test.step('filteren op werknemer', async () => {
    await page.getByRole('searchbox', { name: 'Werknemer' }).fill('Bas de');
    await page.getByRole('listbox', { name: 'Gevonden werknemers' }).getByRole('option', { name: /Bas de Graaf/ }).click();
    await expect(page).toHaveURL(new RegExp(`persoon=${person.id}`));
    await expect(page.getByText('Bas de Graaf', { exact: true }).first()).toBeVisible();
    const { auditEvents } = await gql<{ auditEvents: { totalCount: number } }>(
      request,
      token,
      `query ($id: ID) { auditEvents(first: 1, personId: $id, actions: ["ACCESS_BLOCKED"]) { totalCount } }`,
      { id: person.id },
    );
    await expect(events).toHaveCount(auditEvents.totalCount);
    for (const item of await events.all()) await expect(item).toContainText('Bas de Graaf');
    await checkPage(page, 'admin-logboek-gefilterd');
    await page.reload();
    await expect(events).toHaveCount(auditEvents.totalCount);
    await page.getByRole('button', { name: 'Filter op werknemer wissen' }).click();
    await expect(page).not.toHaveURL(/persoon=/);
  });
});

test('de werkgevergebruiker ziet het logboek van de eigen werkgever', async ({ page }) => {
  await signIn(page, EMPLOYER_USER);
  await openSection(page, 'Logboek');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logboek');
  await expect(page.getByRole('status').filter({ hasText: /gebeurtenis/ })).toBeVisible();
});
