import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { employerIdByName, providerToken } from './support/admin';
import { gql } from './support/api';
import { DEMO_EMPLOYEE, DEMO_PASSWORD } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * The employee home at a glance (R22–R30) on a phone (390 px) and a desktop (1366 px): the tiles of
 * the demo employer's products, the portal's navigation on every signed-in page (one row at 1366 px,
 * a disclosure on the phone), and Mijn gegevens downloaden: the ZIP arrives and holds the expected files.
 * On the desktop the employer switches on the two products that add the most menu entries (Verlof
 * aanvragen, Salaris berekenen) for the journey, so the one-row check sees the longest menu; they are
 * switched off again afterwards, so Voorbeeld MKB stays as the other journeys expect it.
 */

const WIDEST = ['MIJNLOKET_LEAVE_REQUESTS', 'MIJNLOKET_SALARY_CALCULATOR'];

async function setProducts(request: APIRequestContext, on: boolean) {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token, DEMO_EMPLOYEE.employer);
  const mutation = on ? 'activateProduct' : 'deactivateProduct';
  for (const productCode of WIDEST) {
    const data = await gql<Record<string, { userErrors: Array<{ code: string }> }>>(
      request,
      token,
      `mutation ($input: ProductActivationInput!) { ${mutation}(input: $input) { userErrors { code } } }`,
      { input: { employerId, productCode } },
    );
    const codes = data[mutation]!.userErrors.map((e) => e.code);
    expect(codes.filter((c) => c !== 'ALREADY_ACTIVE' && c !== 'NOT_ACTIVE')).toEqual([]);
  }
}

test.afterEach(async ({ request }, testInfo) => {
  if (testInfo.project.name === 'desktop') await setProducts(request, false);
});

const MENU = 'Onderdelen van je werkportaal';

async function signIn(page: Page) {
  await page.goto('/werknemer/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(DEMO_EMPLOYEE.username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${DEMO_EMPLOYEE.firstName}`);
}

/** On a desktop every link of the menu sits on one row; on a phone the menu opens from its button. */
async function checkMenu(page: Page, desktop: boolean) {
  const menu = page.getByRole('navigation', { name: MENU });
  const toggle = menu.getByRole('button', { name: 'Menu' });
  const links = menu.getByRole('link');
  if (desktop) {
    await expect(toggle).toBeHidden();
    await expect(links.first()).toBeVisible();
    const tops = await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    // Ten links with the two products switched on, more when other journeys switch on theirs meanwhile.
    expect(tops.length).toBeGreaterThanOrEqual(10);
    expect(new Set(tops).size, `menu rows: ${tops.join(', ')}`).toBe(1);
    const overflow = await menu.getByRole('list').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'the menu scrolls sideways').toBeLessThanOrEqual(0);
  } else {
    await expect(toggle).toBeVisible();
    await expect(links.first()).toBeHidden();
    await toggle.click();
    await expect(menu.getByRole('link', { name: 'Loonstroken', exact: true })).toBeVisible();
    await toggle.click();
    await expect(links.first()).toBeHidden();
  }
}

/** The names in a ZIP's central directory (no unzip on the machine needed). */
function zipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd, 'end of central directory').toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

test('werknemer: de startpagina in één oogopslag, dezelfde navigatie op elke pagina, mijn gegevens downloaden', async ({ page, request }, testInfo) => {
  test.setTimeout(90_000);
  const desktop = testInfo.project.name === 'desktop';
  if (desktop) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await setProducts(request, true);
  }

  await test.step('de startpagina toont de tegels van de producten van de werkgever', async () => {
    await signIn(page);
    const glance = page.getByRole('region', { name: 'In één oogopslag' });
    for (const tile of ['Netto salaris', 'Verlof', 'Documenten', 'Ziek en hersteld', ...(desktop ? ['Verlofaanvragen'] : [])]) {
      await expect(glance.getByRole('heading', { name: tile, exact: true })).toBeVisible();
    }
    await expect(glance.getByText(/€\s[\d.]+,\d{2}/)).toBeVisible();
    await expect(glance.getByText(/uur over$/)).toBeVisible();
    await expect(glance.getByRole('link', { name: /^Bekijk loonstrook / })).toBeVisible();
    await checkMenu(page, desktop);
    await checkPage(page, 'portaal-home-in-een-oogopslag');
  });

  await test.step('de loonstrook van de tegel, met dezelfde navigatie', async () => {
    await page.getByRole('region', { name: 'In één oogopslag' }).getByRole('link', { name: /^Bekijk loonstrook / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Loonstrook /);
    await checkMenu(page, desktop);
  });

  await test.step('het account, ook met de navigatie: mijn gegevens downloaden als zip', async () => {
    await page.goto('/werknemer/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accountinstellingen');
    await checkMenu(page, desktop);
    const section = page.getByRole('region', { name: 'Mijn gegevens downloaden' });
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Mijn gegevens downloaden' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await readFile(await download.path());
    const names = zipEntries(zip);
    for (const name of ['README.txt', 'gegevens.json', 'gegevens.pdf', 'loonstroken/loonstroken.json', 'loonstroken/loonstroken.csv', 'jaaropgaven/jaaropgaven.csv',
      'verlof/verlofmutaties.csv', 'verzuim/ziekmeldingen.csv', 'documenten/documenten.csv', 'logboek.csv']) {
      expect(names, `the ZIP lacks ${name}`).toContain(name);
    }
    expect(names.filter((n) => /^loonstroken\/.+\.pdf$/.test(n)).length).toBeGreaterThan(0);
    await expect(section.getByText('Je gegevens zijn gedownload.')).toBeVisible();
    await checkPage(page, 'portaal-account-mijn-gegevens');
  });
});
