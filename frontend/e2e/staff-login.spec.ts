import { expect, test } from '@playwright/test';
import { enterTotp } from './support/admin';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, PROVIDER_USER } from './support/demo';
import { checkPage } from './support/pageCheck';

test('ak-gebruiker logt in, blijft ingelogd na herladen en logt uit', async ({ page }) => {
  const heading = page.getByRole('heading', { level: 1 });
  const username = page.getByLabel('Gebruikersnaam', { exact: true });
  const password = page.getByLabel('Wachtwoord', { exact: true });
  const submit = page.getByRole('button', { name: 'Inloggen', exact: true });

  await test.step('de inlogpagina is Nederlandstalig en toegankelijk', async () => {
    await page.goto('/inloggen');
    await expect(heading).toHaveText('Inloggen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle('Inloggen – Werkportaal');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await checkPage(page, 'inloggen');
  });

  await test.step('een verkeerd wachtwoord geeft een Nederlandse foutmelding', async () => {
    await username.fill(PROVIDER_USER);
    await password.fill('dit-is-niet-het-wachtwoord');
    await submit.click();
    await expect(page.getByRole('alert')).toHaveText('Gebruikersnaam of wachtwoord is onjuist.');
    await expect(page).toHaveURL(/\/inloggen$/);
    await checkPage(page, 'inloggen-fout');
  });

  await test.step('met het juiste wachtwoord vraagt Werkportaal de code uit de app (R43)', async () => {
    await password.fill(DEMO_PASSWORD);
    await submit.click();
    await expect(heading).toHaveText('Tweestapsverificatie');
    await expect(page).toHaveURL(/\/inloggen$/);
    await checkPage(page, 'inloggen-code');
  });

  await test.step('met de code kom je in het beheer', async () => {
    await enterTotp(page, PROVIDER_USER, DEMO_TOTP_SECRET);
    await expect(page).toHaveURL(/\/beheer$/);
    await expect(heading).toHaveText('Werkgevers');
    await expect(page.getByText(/^Ingelogd als .+/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
    await checkPage(page, 'beheer');
  });

  await test.step('na herladen ben je nog steeds ingelogd', async () => {
    await page.reload();
    await expect(heading).toHaveText('Werkgevers');
    await expect(page).toHaveURL(/\/beheer$/);
  });

  await test.step('uitloggen brengt je terug naar de inlogpagina', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(heading).toHaveText('Inloggen');
    await expect(page.getByText('Je bent uitgelogd.')).toHaveAttribute('role', 'status');
    await checkPage(page, 'uitgelogd');
  });

  await test.step('na uitloggen herstelt herladen de sessie niet', async () => {
    await page.goto('/beheer');
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(heading).toHaveText('Inloggen');
  });
});
