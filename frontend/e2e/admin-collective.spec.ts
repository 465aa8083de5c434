import { expect, test } from '@playwright/test';
import {
  choose,
  downloadText,
  employerIdByName,
  ensureActive,
  ensureNoAccess,
  mailIdsTo,
  newMail,
  openSection,
  personById,
  personByName,
  providerToken,
  signIn,
  unblockViaApi,
} from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Journey 4 (R5, R7): Collectieve mutaties → ESS. Toegang verstrekken for everyone matching a filter
 * (a search that takes one person and skips another with the reason), Toegang blokkeren for picked
 * persons; each time the dry-run preview, the confirmation, the progress and the result with a CSV
 * of per-person outcomes. The persons are put back afterwards.
 */

test('collectief toegang verstrekken aan iedereen die voldoet aan een filter', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const taken = await personByName(request, token, employerId, 'Jan Bouzid');
  const skipped = await personByName(request, token, employerId, 'Youssef Bouzid');
  await ensureNoAccess(request, token, taken);
  await ensureActive(request, token, skipped);

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(page, 'Collectieve mutaties');
    await expect(page).toHaveURL(/\/collectief\/toegang-verstrekken$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegang verstrekken');
    await expect(page.getByRole('list', { name: 'Waar je bent' })).toHaveText(/Collectieve mutaties.*ESS/);
    await checkPage(page, 'admin-collectief-verstrekken');

    await test.step('iedereen die voldoet aan de filters: zoekterm en In dienst', async () => {
      await expect(page.getByRole('radio', { name: 'Iedereen die voldoet aan de filters' })).toBeChecked();
      await page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres').fill('bouzid');
      // The search reaches the address after its debounce; choose the next filter once it has.
      await expect(page).toHaveURL(/zoek=bouzid/);
      await page.getByRole('button', { name: /Dienstverband/ }).click();
      await page.getByRole('option', { name: 'In dienst' }).click();
      await expect(page.getByText('2 dienstverbanden voldoen aan deze filters.')).toBeVisible();
      await expect(page).toHaveURL(/zoek=bouzid.*dienst=in|dienst=in.*zoek=bouzid/);
    });

    await test.step('het voorbeeld: wie wordt meegenomen, wie niet en waarom; nog niets gewijzigd', async () => {
      await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      const preview = page.getByRole('region', { name: '2. Controleer wie er worden meegenomen' });
      await expect(preview).toContainText('Er is nog niets gewijzigd.');
      await expect(preview.getByRole('region', { name: 'Krijgen een uitnodiging (1)' })).toContainText('Jan Bouzid');
      // Where the invitation goes, before anything is sent (issue 17 §5).
      const invited = preview.getByRole('region', { name: 'Krijgen een uitnodiging (1)' });
      await expect(invited.getByRole('columnheader', { name: 'Uitnodiging naar' })).toBeVisible();
      await expect(invited.getByRole('row', { name: /Jan Bouzid/ })).toContainText(taken.email!);
      const skippedTable = preview.getByRole('region', { name: 'Overgeslagen (1)' });
      await expect(skippedTable.getByRole('row', { name: /Youssef Bouzid/ })).toContainText('Heeft al toegang');
      expect((await personById(request, token, taken.id)).status).toBe('NONE');
      await checkPage(page, 'admin-collectief-voorbeeld');
    });

    await test.step('bevestigen, voortgang en resultaat met CSV', async () => {
      const before = await mailIdsTo(request, taken.email!);
      await page.getByRole('button', { name: '1 werknemer uitnodigen…' }).click();
      const dialog = page.getByRole('alertdialog', { name: '1 werknemer toegang verstrekken?' });
      await expect(dialog).toContainText('1 werknemer krijgt een e-mail met een persoonlijke link');
      await expect(dialog).toContainText('1 werknemer wordt overgeslagen');
      await dialog.getByRole('button', { name: 'Uitnodigingen versturen' }).click();
      const result = page.getByRole('region', { name: '3. Resultaat' });
      await expect(result).toContainText('Klaar. 1 werknemer heeft een uitnodiging gekregen; 1 is overgeslagen.');
      await expect(result.getByRole('region', { name: 'Uitnodiging verstuurd (1)' })).toContainText('Jan Bouzid');
      await checkPage(page, 'admin-collectief-resultaat');

      const downloading = page.waitForEvent('download');
      await result.getByRole('link', { name: 'Resultaat downloaden (CSV)' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^toegang-verstrekken-23735-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = (await downloadText(download)).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv[0]).toBe('Personeelsnummer;Naam;Resultaat;Reden');
      expect(csv).toContainEqual(expect.stringMatching(/^\d+;Jan Bouzid;Uitgenodigd;$/));
      expect(csv).toContainEqual(expect.stringMatching(/^\d+;Youssef Bouzid;Overgeslagen;Heeft al toegang$/));
      expect(csv).toHaveLength(3);

      expect((await personById(request, token, taken.id)).status).toBe('INVITED');
      expect((await personById(request, token, skipped.id)).status).toBe('ACTIVE');
      await newMail(request, taken.email!, 'INVITATION', before);
    });
  } finally {
    await ensureNoAccess(request, token, taken);
  }
});

test('collectief toegang blokkeren van zelf gekozen werknemers', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const blocked = [await personByName(request, token, employerId, 'Sanne van Wijk'), await personByName(request, token, employerId, 'Lisa van Beek')];
  const noAccess = await personByName(request, token, employerId, 'Noor Hoekstra');
  for (const p of blocked) await ensureActive(request, token, p);
  await ensureNoAccess(request, token, noAccess);

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}/collectief/toegang-verstrekken`);
    await page.getByRole('tab', { name: 'Toegang blokkeren' }).click();
    await expect(page).toHaveURL(/\/collectief\/toegang-blokkeren$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toegang blokkeren');

    await test.step('zelf werknemers kiezen, ook over zoekopdrachten heen', async () => {
      await choose(page, 'radio', 'Zelf werknemers kiezen');
      await expect(page).toHaveURL(/keuze=kiezen/);
      const search = page.getByLabel('Zoek op naam, personeelsnummer of e-mailadres');
      const list = page.getByRole('grid', { name: 'Werknemers om te kiezen' });
      for (const name of [...blocked.map((p) => p.fullName), noAccess.fullName]) {
        await search.fill(name);
        const row = list.getByRole('row', { name: new RegExp(`^${name},`) });
        await expect(row).toHaveCount(1);
        await row.click();
        await expect(row).toHaveAttribute('aria-selected', 'true');
      }
      await expect(page.getByText('3 werknemers gekozen')).toBeVisible();
      await checkPage(page, 'admin-collectief-kiezen');
    });

    await test.step('voorbeeld, bevestigen en resultaat', async () => {
      await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      const preview = page.getByRole('region', { name: '2. Controleer wie er worden meegenomen' });
      await expect(preview.getByRole('region', { name: 'Worden geblokkeerd (2)' })).toContainText('Sanne van Wijk');
      await expect(preview.getByRole('region', { name: 'Overgeslagen (1)' }).getByRole('row', { name: /Noor Hoekstra/ })).toContainText(
        'Heeft geen toegang om te blokkeren',
      );
      const before = await mailIdsTo(request, blocked[0]!.email!);
      await page.getByRole('button', { name: 'Toegang van 2 werknemers blokkeren…' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Toegang van 2 werknemers blokkeren?' });
      await expect(dialog).toContainText('2 werknemers kunnen direct niet meer inloggen');
      await dialog.getByRole('button', { name: 'Toegang blokkeren' }).click();
      const result = page.getByRole('region', { name: '3. Resultaat' });
      await expect(result).toContainText('Klaar. De toegang van 2 werknemers is geblokkeerd; 1 is overgeslagen.');
      const downloading = page.waitForEvent('download');
      await result.getByRole('link', { name: 'Resultaat downloaden (CSV)' }).click();
      const csv = (await downloadText(await downloading)).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv).toContainEqual(expect.stringMatching(/^\d+;Lisa van Beek;Geblokkeerd;$/));
      expect(csv).toContainEqual(expect.stringMatching(/^\d+;Noor Hoekstra;Overgeslagen;Heeft geen toegang om te blokkeren$/));
      await checkPage(page, 'admin-collectief-blokkeren-resultaat');
      for (const p of blocked) expect((await personById(request, token, p.id)).status).toBe('BLOCKED');
      await newMail(request, blocked[0]!.email!, 'ACCESS_BLOCKED', before);
    });
  } finally {
    for (const p of blocked) {
      if ((await personById(request, token, p.id)).status === 'BLOCKED') await unblockViaApi(request, token, p.id);
    }
  }
});
