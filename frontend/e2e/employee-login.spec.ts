import { expect, test, type Request } from '@playwright/test';
import { adminChunkPath, staffChunkPath } from './support/bundle';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';

test('werknemer logt in op /werknemer/inloggen, ziet het welkom en logt uit', async ({ page }) => {
  const requested: string[] = [];
  const graphqlBodies: Array<Record<string, unknown>> = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    requested.push(url.pathname);
    if (url.pathname === '/graphql' && request.method() === 'POST') graphqlBodies.push(request.postDataJSON() as Record<string, unknown>);
  });

  const heading = page.getByRole('heading', { level: 1 });
  const username = page.getByLabel('Gebruikersnaam', { exact: true });
  const password = page.getByLabel('Wachtwoord', { exact: true });
  const submit = page.getByRole('button', { name: 'Inloggen', exact: true });

  await test.step('/ leidt naar de inlogpagina voor werknemers, in het Nederlands', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
    await expect(heading).toHaveText('Inloggen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page).toHaveTitle('Inloggen – Werkportaal');
    await checkPage(page, 'werknemer-inloggen');
  });

  await test.step('een verkeerd wachtwoord geeft een Nederlandse foutmelding', async () => {
    await username.fill(DEMO_EMPLOYEE.username);
    await password.fill('dit-is-niet-het-wachtwoord');
    await submit.click();
    await expect(page.getByRole('alert')).toHaveText('Gebruikersnaam of wachtwoord is onjuist.');
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
    await checkPage(page, 'werknemer-inloggen-fout');
  });

  await test.step('met het juiste wachtwoord zie je het welkom met de naam van de werkgever', async () => {
    await password.fill(DEMO_PASSWORD);
    await submit.click();
    await expect(page).toHaveURL(/\/werknemer$/);
    await expect(heading).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
    await expect(page.getByText(`Je werkportaal bij ${DEMO_EMPLOYEE.employer}.`)).toBeVisible();
    await expect(page).toHaveTitle('Mijn werkportaal – Werkportaal');
    await checkPage(page, 'werknemer-home');
  });

  await test.step('na herladen ben je nog steeds ingelogd (verversingscookie van werknemers)', async () => {
    const before = graphqlBodies.length;
    const assetsBefore = requested.length;
    await page.reload();
    await expect(heading).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toContain('wp_refresh_emp');
    expect(cookies.map((c) => c.name)).not.toContain('wp_refresh');
    // The page itself restores the session and asks the home's data before the app has loaded
    // (index.html's inline script, allowed by its hash); the app takes those answers: one refresh
    // (the refresh token is used once), and each query of the home once.
    const sent = graphqlBodies.slice(before).map((b) => String(b['operationName']));
    expect(sent.filter((n) => n === 'EmployeeRefreshSession')).toHaveLength(1);
    expect(sent.filter((n) => n === 'EmployeePortalHome')).toHaveLength(1);
    expect(sent.filter((n) => n === 'EmployeePortalMenu')).toHaveLength(1);
    const early = await page.evaluate(() => (window as { __werkportaalEarly?: { token?: string } }).__werkportaalEarly?.token);
    expect(early, 'the inline script ran under the Content-Security-Policy and restored the session').toBeTruthy();
    // On that session it named the signed-in home's chunks (vite/earlyRestoreScript.ts); the app
    // used what they fetched: every chunk of the reload was asked for once.
    const named = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname),
    );
    expect(named).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/portalFrame-[^/]+\.js$/), expect.stringMatching(/^\/assets\/signedIn-[^/]+\.js$/)]));
    const chunks = requested.slice(assetsBefore).filter((path) => path.startsWith('/assets/'));
    expect(chunks.filter((path, i) => chunks.indexOf(path) !== i), 'chunks fetched twice').toEqual([]);
  });

  await test.step('uitloggen brengt je terug naar de inlogpagina', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
    await expect(page.getByText('Je bent uitgelogd.')).toHaveAttribute('role', 'status');
    await page.goto('/werknemer');
    await expect(page).toHaveURL(/\/werknemer\/inloggen$/);
  });

  await test.step('de werknemerspagina’s laden geen beheercode en sturen alleen documenthashes', () => {
    expect(requested).not.toContain(adminChunkPath());
    expect(requested).not.toContain(staffChunkPath());
    expect(graphqlBodies.length).toBeGreaterThan(0);
    for (const body of graphqlBodies) {
      expect(body, `${String(body['operationName'])} is sent as a persisted document`).not.toHaveProperty('query');
      expect(body).toHaveProperty('extensions.persistedQuery.sha256Hash', expect.stringMatching(/^[0-9a-f]{64}$/));
    }
    expect(graphqlBodies.map((b) => b['operationName'])).toEqual(
      expect.arrayContaining(['EmployeeRefreshSession', 'EmployeeLogin', 'EmployeePortalHome', 'Logout']),
    );
  });
});
