import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiLogin, gql } from './support/api';
import { employerIdByName, flip, openSection, providerToken, signIn } from './support/admin';
import { PROVIDER_WITHOUT_ADDENDUM } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Journey 6 (R19–R21): Beheer → Werkgever → Producten. The catalogue grouped Start / Plus / Pro /
 * supporting with switches; the variant follows live (Verlofaanvragen → Plus, then Preboarding →
 * Pro, R20's example); advisories name the missing supporting products. The products are put
 * back afterwards.
 */

const TOGGLED = ['MIJNLOKET_PREBOARDING', 'MIJNLOKET_LEAVE_REQUESTS'];

async function productState(request: APIRequestContext, token: string, employerId: string) {
  const data = await gql<{ employer: { mijnLoketVariant: string; activeProducts: Array<{ code: string }>; advisories: Array<{ product: { code: string } }> } }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { mijnLoketVariant activeProducts { code } advisories { product { code } } } }`,
    { id: employerId },
  );
  return data.employer;
}

async function deactivate(request: APIRequestContext, token: string, employerId: string, codes: string[]) {
  const active = new Set((await productState(request, token, employerId)).activeProducts.map((p) => p.code));
  for (const code of codes.filter((c) => active.has(c))) {
    await gql(request, token, `mutation ($input: ProductActivationInput!) { deactivateProduct(input: $input) { userErrors { code } } }`, {
      input: { employerId, productCode: code },
    });
  }
}

test('producten aan- en uitzetten; de variant volgt live, met adviezen', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  await deactivate(request, token, employerId, TOGGLED);
  expect((await productState(request, token, employerId)).mijnLoketVariant).toBe('START');

  const header = page.getByRole('region', { name: 'Huidige werkgever' });
  const variant = page.getByRole('region', { name: 'Variant' });
  const advice = page.getByRole('region', { name: 'Adviezen' });

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(page, 'Producten');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Producten');
    await expect(page.getByRole('list', { name: 'Waar je bent' })).toHaveText(/Beheer.*Werkgever/);

    await test.step('de catalogus per groep, met de huidige variant', async () => {
      for (const group of ['MijnLoket', 'Start', 'Plus', 'Pro', 'Ondersteunende producten']) {
        await expect(page.getByRole('heading', { level: 2, name: group, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('switch', { name: 'MijnLoket', exact: true })).toBeChecked();
      await expect(page.getByRole('switch', { name: 'MijnLoket - Verlofaanvragen' })).not.toBeChecked();
      await expect(variant).toContainText('MijnLoket Start');
      // MijnLoket cannot be switched off while functionalities are on.
      await expect(page.getByRole('switch', { name: 'MijnLoket', exact: true })).toBeDisabled();
      await expect(page.getByText('Zet eerst alle MijnLoket-functionaliteiten uit.')).toBeVisible();
      await checkPage(page, 'admin-producten');
    });

    await test.step('Verlofaanvragen maakt Plus, Preboarding daarna Pro (R20)', async () => {
      await flip(page, 'MijnLoket - Verlofaanvragen');
      await expect(page.getByRole('switch', { name: 'MijnLoket - Verlofaanvragen' })).toBeChecked();
      await expect(variant).toContainText('MijnLoket Plus');
      await expect(variant).toContainText('Door: MijnLoket - Verlofaanvragen.');
      await expect(header).toContainText('MijnLoket Plus');
      expect((await productState(request, token, employerId)).mijnLoketVariant).toBe('PLUS');

      await flip(page, 'MijnLoket - Preboarding');
      await expect(variant).toContainText('MijnLoket Pro');
      await expect(header).toContainText('MijnLoket Pro');
      expect((await productState(request, token, employerId)).mijnLoketVariant).toBe('PRO');
    });

    await test.step('een advies noemt het ontbrekende ondersteunende product (R21)', async () => {
      await expect(advice).toContainText('MijnLoket - Preboarding werkt pas volledig met Preboarding.');
      const state = await productState(request, token, employerId);
      expect(state.advisories.map((a) => a.product.code)).toContain('MIJNLOKET_PREBOARDING');
      await checkPage(page, 'admin-producten-pro');
    });

    await test.step('weer uitzetten: terug naar Start', async () => {
      await flip(page, 'MijnLoket - Preboarding');
      await expect(variant).toContainText('MijnLoket Plus');
      await flip(page, 'MijnLoket - Verlofaanvragen');
      await expect(variant).toContainText('MijnLoket Start');
      await expect(advice).not.toContainText('Preboarding');
      expect((await productState(request, token, employerId)).mijnLoketVariant).toBe('START');
    });
  } finally {
    await deactivate(request, token, employerId, TOGGLED);
  }
});

test('zonder getekend addendum kan MijnLoket niet aan (R19)', async ({ page, request }) => {
  const { username, provider, employer } = PROVIDER_WITHOUT_ADDENDUM;
  const token = await apiLogin(request, username);
  const employerId = await employerIdByName(request, token, employer);

  await signIn(page, username);
  await page.goto(`/beheer/werkgevers/${employerId}`);
  await openSection(page, 'Producten');
  await expect(page.getByText('MijnLoket kan nog niet worden geactiveerd')).toBeVisible();
  await expect(page.getByText(`Eerst moet ${provider} het MijnLoket-addendum tekenen.`, { exact: false })).toBeVisible();
  const mijnLoket = page.getByRole('switch', { name: 'MijnLoket', exact: true });
  await expect(mijnLoket).toBeDisabled();
  await expect(mijnLoket).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Variant' })).toContainText('MijnLoket niet actief');
  await checkPage(page, 'admin-producten-zonder-addendum');

  // The server refuses it too, whatever the page shows.
  const { activateProduct } = await gql<{ activateProduct: { userErrors: Array<{ code: string }> } }>(
    request,
    token,
    `mutation ($input: ProductActivationInput!) { activateProduct(input: $input) { userErrors { code } } }`,
    { input: { employerId, productCode: 'MIJNLOKET' } },
  );
  expect(activateProduct.userErrors.map((e) => e.code)).toEqual(['ADDENDUM_REQUIRED']);
});
