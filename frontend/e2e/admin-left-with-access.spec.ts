import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { employerIdByName, ensureActive, mailIdsTo, newMail, personById, personByName, providerToken, signIn, unblockViaApi } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Journey 5 (R8): leaving does not block access. The list of people out of service who still have
 * access, reached from the start page, with a one-click collective block (after a confirmation).
 * A person with an ended and a running contract (R18) has not left and is not on the list.
 */

test('uit dienst met toegang: de lijst en in één keer blokkeren', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const left = await personByName(request, token, employerId, 'Emma de Haan');
  const twoContracts = await personByName(request, token, employerId, 'Linda Huisman');
  await ensureActive(request, token, left);

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);

    await test.step('de startpagina wijst erop; één klik naar de lijst', async () => {
      const attention = page.getByRole('region', { name: 'Aandacht nodig' });
      await expect(attention).toContainText(/uit dienst maar (heeft|hebben) nog toegang/);
      await attention.getByRole('link', { name: 'Bekijken en toegang blokkeren' }).click();
      await expect(page).toHaveURL(/\/collectief\/uit-dienst-met-toegang$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uit dienst met toegang');
    });

    const table = page.getByRole('region', { name: 'Uit dienst, met toegang' }).getByRole('table');
    let names: string[] = [];
    await test.step('de lijst: wie uit dienst is en nog toegang heeft', async () => {
      await expect(table.getByRole('row', { name: /Emma de Haan/ })).toContainText('Actief');
      await expect(table.getByRole('row', { name: /Linda Huisman/ })).toHaveCount(0);
      expect((await personById(request, token, twoContracts.id)).status).toBe('ACTIVE');
      names = (await table.getByRole('row').allTextContents()).slice(1);
      await checkPage(page, 'admin-uit-dienst-met-toegang');
    });

    await test.step('blokkeren: bevestigen met de namen, dan het resultaat', async () => {
      const before = await mailIdsTo(request, left.email!);
      const count = names.length;
      await page.getByRole('button', { name: count === 1 ? 'Toegang van deze werknemer blokkeren' : `Toegang van deze ${count} werknemers blokkeren` }).click();
      const dialog = page.getByRole('alertdialog', { name: count === 1 ? 'Toegang van 1 werknemer blokkeren?' : `Toegang van ${count} werknemers blokkeren?` });
      await expect(dialog.getByRole('listitem').filter({ hasText: 'Emma de Haan' })).toHaveCount(1);
      await checkPage(page, 'admin-uit-dienst-bevestigen');
      await dialog.getByRole('button', { name: 'Toegang blokkeren' }).click();
      await expect(page.getByRole('region', { name: '3. Resultaat' })).toContainText(`De toegang van ${count === 1 ? '1 werknemer' : `${count} werknemers`} is geblokkeerd`);
      await expect(page.getByRole('link', { name: 'Resultaat downloaden (CSV)' })).toBeVisible();
      expect((await personById(request, token, left.id)).status).toBe('BLOCKED');
      await newMail(request, left.email!, 'ACCESS_BLOCKED', before);
      await checkPage(page, 'admin-uit-dienst-resultaat');
    });

    await test.step('daarna is de lijst leeg en zegt dat er niets te doen is', async () => {
      await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
      await expect(page.getByText('Niemand uit dienst met toegang')).toBeVisible();
      const data = await gql<{ employer: { employments: { edges: Array<{ node: { person: { employments: Array<{ inService: boolean }> } } }> } } }>(
        request,
        token,
        `query ($id: ID!) { employer(id: $id) { employments(first: 200, filter: { service: OUT_OF_SERVICE, accessStatus: [ACTIVE, LOCKED, INVITED] }) {
          edges { node { person { employments { inService } } } } } } }`,
        { id: employerId },
      );
      expect(data.employer.employments.edges.filter((e) => !e.node.person.employments.some((x) => x.inService))).toHaveLength(0);
      await checkPage(page, 'admin-uit-dienst-leeg');
    });
  } finally {
    if ((await personById(request, token, left.id)).status === 'BLOCKED') await unblockViaApi(request, token, left.id);
  }
});
