import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { gql } from './support/api';
import { employerIdByName, ensureActive, isPhone, personById, providerToken, signIn, unblockViaApi } from './support/admin';
import { DEMO_EMPLOYEE } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Issue 17 §5 (R6, R27): blocking asks an optional reason, which the Logboek shows and the
 * employee's mail does not; the Logboek narrows to a range of days and exports what it shows as
 * CSV for Dutch Excel (UTF-8 with BOM, ';').
 */

test('blokkeren met een reden; het logboek op datum en als CSV', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  // An ACTIVE employee no other journey uses: from the end of the ACTIVE list, one per viewport.
  const data = await gql<{ employer: { employments: { edges: Array<{ node: { person: { id: string; fullName: string; account: { username: string | null } | null } } }> } } }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { employments(first: 100, filter: { accessStatus: [ACTIVE] }) { edges { node { person { id fullName account { username } } } } } } }`,
    { id: employerId },
  );
  const candidates = data.employer.employments.edges
    .map((e) => e.node.person)
    .filter((p) => p.account?.username !== DEMO_EMPLOYEE.username && !['Wendy Prins', 'Gerrit Hendriks'].includes(p.fullName));
  const person = await personById(request, token, candidates.at(isPhone(testInfo) ? -1 : -2)!.id);
  await ensureActive(request, token, person);
  const reason = `Uit dienst, laptop ingeleverd (${testInfo.project.name})`;

  try {
    await test.step('blokkeren vraagt een reden, die niet in de e-mail komt', async () => {
      await signIn(page);
      await page.goto(`/beheer/werkgevers/${employerId}/werknemers/${person.id}`);
      await page.getByRole('button', { name: 'Toegang blokkeren' }).click();
      const dialog = page.getByRole('alertdialog', { name: `Toegang van ${person.fullName} blokkeren?` });
      await dialog.getByRole('textbox', { name: 'Reden (niet verplicht)' }).fill(reason);
      await checkPage(page, 'admin-blokkeren-reden');
      await dialog.getByRole('button', { name: 'Toegang blokkeren' }).click();
      await expect(dialog).toBeHidden();
      expect((await personById(request, token, person.id)).status).toBe('BLOCKED');
    });

    await test.step('het logboek van vandaag toont de reden; de export bevat wat de filters tonen', async () => {
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      await page.goto(`/beheer/werkgevers/${employerId}/logboek?actie=ACCESS_BLOCKED&vanaf=${today}&tot=${today}`);
      const events = page.getByRole('list', { name: 'Logboek' }).getByRole('listitem');
      await expect(events.filter({ hasText: `Reden: ${reason}` })).toHaveCount(1);
      const [y, m, d] = today.split('-');
      const from = page.getByRole('group', { name: 'Vanaf' });
      await expect(from.getByLabel('Dag', { exact: true })).toHaveValue(d!);
      await expect(from.getByLabel('Maand', { exact: true })).toHaveValue(m!);
      await expect(from.getByLabel('Jaar', { exact: true })).toHaveValue(y!);
      await checkPage(page, 'admin-logboek-periode');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`logboek-vanaf-${today}-tot-en-met-${today}.csv`);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('Datum en tijd;Actie;Door;Soort;Werkgever;Werknemer;Betreft;Details;Verzoek');
      expect(lines.slice(1).every((l) => l.split(';')[1] === 'ACCESS_BLOCKED')).toBe(true);
      expect(lines.some((l) => l.includes(person.fullName) && l.includes(`reason=${reason}`))).toBe(true);
    });
  } finally {
    await unblockViaApi(request, token, person.id);
  }
});
