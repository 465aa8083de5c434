import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { choose, employerIdByName, openSection, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Journey 2 (R16): find a person with the search field (results as you type: name, employee number,
 * e-mail) and with the full list (☰): filters on service and access status, Relay paging with the
 * total count, and a URL that keeps search, filters and page (shared and reloaded).
 */

async function countEmployments(request: Parameters<typeof gql>[0], token: string, employerId: string, filter: object | null, search?: string) {
  const data = await gql<{ employer: { employments: { totalCount: number } } }>(
    request,
    token,
    `query ($id: ID!, $filter: EmploymentListFilter, $search: String) {
      employer(id: $id) { employments(first: 1, filter: $filter, search: $search) { totalCount } }
    }`,
    { id: employerId, filter, search },
  );
  return data.employer.employments.totalCount;
}

test('een werknemer vinden: zoeken terwijl je typt, de lijst met filters en bladeren', async ({ page, request, browser }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const rows = page.getByRole('grid').getByRole('row');

  await test.step('het zoekveld toont resultaten terwijl je typt', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    const search = page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres');
    await search.pressSequentially('huis', { delay: 40 });
    await expect(page).toHaveURL(/zoek=huis/);
    await expect(page.getByText(/dienstverbanden? gevonden voor ‘huis’/)).toBeVisible();
    await expect(rows.filter({ hasText: 'Koen Huisman' })).toHaveCount(1);
    await checkPage(page, 'admin-zoeken');
    // An employee number finds the employment too; an e-mail address the person.
    await search.fill('18');
    await expect(rows.filter({ hasText: 'Jan Jansen' })).toHaveCount(1);
    await search.fill('jan_jansen@gmail.com');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Jan Jansen');
    // The search survives a reload: it lives in the URL.
    await expect(page).toHaveURL(/zoek=jan_jansen%40gmail\.com/);
    await page.reload();
    await expect(page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres')).toHaveValue('jan_jansen@gmail.com');
    await expect(rows).toHaveCount(1);
  });

  await test.step('de volledige lijst (☰) met filters; de URL houdt ze vast', async () => {
    await page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres').fill('');
    await expect(page).not.toHaveURL(/zoek=/);
    await page.getByRole('link', { name: 'Lijst' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dienstverbanden');
    const total = await countEmployments(request, token, employerId, null);
    await expect(page.getByRole('status').filter({ hasText: /^\d+ dienstverbanden$/ })).toHaveText(`${total} dienstverbanden`);
    await expect(rows).toHaveCount(Math.min(total, 25));

    await page.getByRole('button', { name: /Dienstverband/ }).click();
    await page.getByRole('option', { name: 'Uit dienst' }).click();
    await choose(page, 'checkbox', 'Actief');
    await choose(page, 'checkbox', 'Geblokkeerd');
    await expect(page).toHaveURL(/dienst=uit/);
    await expect(page).toHaveURL(/status=actief%2Cgeblokkeerd|status=actief,geblokkeerd/);
    const filtered = await countEmployments(request, token, employerId, { service: 'OUT_OF_SERVICE', accessStatus: ['ACTIVE', 'BLOCKED'] });
    await expect(page.getByRole('status').filter({ hasText: /dienstverband/ })).toHaveText(
      filtered === 1 ? '1 dienstverband' : `${filtered} dienstverbanden`,
    );
    await expect(rows).toHaveCount(filtered);
    for (const row of await rows.all()) await expect(row).toContainText(/Uit dienst sinds/);
    await checkPage(page, 'admin-lijst-gefilterd');

    // Shared: the same URL in a fresh session shows the same list after signing in.
    const url = page.url();
    await page.reload();
    await expect(rows).toHaveCount(filtered);
    await expect(page.getByRole('checkbox', { name: 'Geblokkeerd', exact: true })).toBeChecked();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(rows).toHaveCount(Math.min(total, 25));
    expect(url).toContain('dienst=uit');
  });

  await test.step('bladeren met het totaal; pagina 2 is te delen en te herladen', async () => {
    const total = await countEmployments(request, token, employerId, null);
    test.skip(total <= 25, 'fewer than two pages');
    const pager = page.getByRole('navigation', { name: "Pagina's" });
    await expect(pager).toContainText(`Pagina 1 van ${Math.ceil(total / 25)}`);
    const firstOnPage1 = await rows.first().textContent();
    await pager.getByRole('link', { name: 'Volgende' }).click();
    await expect(page).toHaveURL(/pagina=2&na=/);
    await expect(pager).toContainText(`Pagina 2 van ${Math.ceil(total / 25)} · ${total} dienstverbanden`);
    await expect(rows).toHaveCount(total - 25);
    await expect(rows.first()).not.toHaveText(firstOnPage1 ?? '');
    await checkPage(page, 'admin-lijst-pagina-2');

    const shared = page.url();
    const other = await browser.newContext({ baseURL: new URL(shared).origin, viewport: page.viewportSize() ?? undefined });
    const second = await other.newPage();
    await signIn(second);
    await second.goto(shared);
    await expect(second.getByRole('grid').getByRole('row')).toHaveCount(total - 25);
    await expect(second.getByRole('navigation', { name: "Pagina's" })).toContainText('Pagina 2 van');
    await other.close();

    await pager.getByRole('link', { name: 'Vorige' }).click();
    await expect(page).not.toHaveURL(/pagina=/);
    await expect(rows.first()).toHaveText(firstOnPage1 ?? '');
  });

  await test.step('een werknemer openen uit de lijst en sluiten brengt je terug naar de lijst', async () => {
    await page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres').fill('Koen Huisman');
    await expect(rows).toHaveCount(1);
    await rows.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koen Huisman');
    await page.getByRole('link', { name: 'Koen Huisman sluiten en terug naar de werkgever' }).click();
    await expect(page).toHaveURL(/\/werknemers\?zoek=Koen\+Huisman$|\/werknemers\?zoek=Koen%20Huisman$/);
    await expect(rows).toHaveCount(1);
    await openSection(page, 'Start');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start');
  });
});
