import { expect, test } from '@playwright/test';
import { gql, linkInMail } from './support/api';
import { choose, downloadText, enterTotp, providerToken } from './support/admin';
import { newestMail } from './support/employeeJourney';
import { checkPage } from './support/pageCheck';
import { freshTotp } from './support/totp';

/*
 * R43: a new provider user (ak-gebruiker) must use a second factor. After choosing a password through
 * the invitation, the sign-in goes to the enrolment: a QR code and the key as text; a code of that key
 * (computed here as an authenticator app does) confirms it, and the ten recovery codes are shown once,
 * with a download. Signed out, the user signs in again with a code, and then with a recovery code.
 */

const PASSWORD = 'Blauwe-reiger-vist-bij-de-Waal';

test('Tweestapsverificatie: een nieuwe ak-gebruiker stelt de app in en logt in met een code', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const username = `ak-2fa-${testInfo.project.name}`;
  const email = `${username}@voorbeeld-administratiekantoor.nl`;
  let secret = '';
  let recoveryCodes: string[] = [];

  await test.step('de ak-gebruiker wordt uitgenodigd en kiest een wachtwoord', async () => {
    const data = await gql<{ createStaffUser: { userErrors: Array<{ code: string }> } }>(
      request,
      token,
      `mutation ($input: CreateStaffUserInput!) { createStaffUser(input: $input) { userErrors { code } } }`,
      { input: { name: `Tweestaps ${testInfo.project.name}`, email, username, rights: ['VIEW_EMPLOYEES'] } },
    );
    expect(data.createStaffUser.userErrors).toEqual([]);
    const link = linkInMail(await newestMail(request, email, 'STAFF_INVITATION'), '/uitnodiging');
    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel(/Herhaal/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  });

  await test.step('de instelpagina toont een QR-code en de sleutel als tekst', async () => {
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tweestapsverificatie instellen');
    await expect(page).toHaveTitle('Tweestapsverificatie instellen – Werkportaal');
    await expect(page.getByRole('img', { name: 'QR-code voor je authenticator-app' })).toBeVisible();
    secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await checkPage(page, 'tweestaps-instellen');
    // Without the code the form says what is missing.
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    await expect(page.getByText('Vul de code van 6 cijfers in.')).toBeVisible();
  });

  await test.step('een code uit de app bevestigt; de herstelcodes zijn te downloaden', async () => {
    await page.getByLabel('Code uit de app', { exact: true }).fill(await freshTotp(username, secret));
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaar je herstelcodes');
    const list = page.getByRole('list', { name: 'Herstelcodes' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    recoveryCodes = await list.getByRole('listitem').allInnerTexts();
    await checkPage(page, 'tweestaps-herstelcodes');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als tekstbestand' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('werkportaal-herstelcodes.txt');
    const text = await downloadText(download);
    for (const code of recoveryCodes) expect(text).toContain(code);
    await page.getByRole('button', { name: 'Ik heb ze bewaard, verder' }).click();
    await expect(page).toHaveURL(/\/beheer$/);
    await expect(page.getByText(`Ingelogd als Tweestaps ${testInfo.project.name}`)).toBeVisible();
  });

  await test.step('uitgelogd: opnieuw inloggen vraagt een code uit de app', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tweestapsverificatie');
    await checkPage(page, 'tweestaps-code');
    await enterTotp(page, username, secret);
    await expect(page).toHaveURL(/\/beheer$/);
  });

  await test.step('op Mijn account maakt de ak-gebruiker nieuwe herstelcodes; de oude werken niet meer', async () => {
    // Two renewals and a sign-in more than the journey had: give it the time they take.
    testInfo.setTimeout(testInfo.timeout + 60_000);
    const old = recoveryCodes;
    await page.getByRole('link', { name: 'Mijn account en herstelcodes' }).click();
    await expect(page).toHaveURL(/\/beheer\/account$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    await expect(page.getByText('Je hebt nog 10 ongebruikte herstelcodes.')).toBeVisible();
    await checkPage(page, 'mijn-account');
    const form = page.getByRole('form', { name: 'Nieuwe herstelcodes maken' });
    // With the current password.
    await form.getByLabel('Huidig wachtwoord').fill(PASSWORD);
    await form.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
    const list = page.getByRole('list', { name: 'Nieuwe herstelcodes' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    const byPassword = await list.getByRole('listitem').allInnerTexts();
    expect(byPassword.filter((code) => old.includes(code))).toEqual([]);
    await checkPage(page, 'mijn-account-herstelcodes');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als tekstbestand' }).click();
    const text = await downloadText(await downloading);
    for (const code of byPassword) expect(text).toContain(code);
    await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    // Again, with a code of the app: these are the codes that count from now on.
    await choose(page, 'radio', 'Een code uit mijn authenticator-app');
    await form.getByLabel('Code uit de app').fill(await freshTotp(username, secret));
    await form.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(10);
    recoveryCodes = await list.getByRole('listitem').allInnerTexts();
    expect(recoveryCodes.filter((code) => byPassword.includes(code))).toEqual([]);
    await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();

    // Signed out, an old recovery code is refused; the app's code still signs in.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
    await page.getByLabel('Herstelcode', { exact: true }).fill(old[1]!);
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('De code is onjuist of al gebruikt. Probeer de volgende code.');
    await page.getByRole('button', { name: 'Gebruik de code uit je app' }).click();
    await enterTotp(page, username, secret);
    // The sign-in returns to the page the user signed out from.
    await expect(page).toHaveURL(/\/beheer\/account$/);
    await page.goto('/beheer');
  });

  await test.step('met een herstelcode lukt het één keer', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const signInWithRecovery = async () => {
      await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
      await page.getByLabel('Herstelcode', { exact: true }).fill(recoveryCodes[0]!);
      await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    };
    await signInWithRecovery();
    await expect(page).toHaveURL(/\/beheer$/);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signInWithRecovery();
    await expect(page.getByRole('alert')).toHaveText('De code is onjuist of al gebruikt. Probeer de volgende code.');
    await checkPage(page, 'tweestaps-herstelcode-fout');
  });
});
