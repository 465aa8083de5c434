import { expect, test, type APIRequestContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { gql } from './support/api';
import { choose, employerIdByName, isPhone, mailIdsTo, newMail, openSection, providerToken, signIn } from './support/admin';
import { EMPLOYER_USER } from './support/demo';
import { checkPage } from './support/pageCheck';

/*
 * Journey 7 (R15): E-mailteksten per kind and language, at the employer's level or (provider user)
 * the provider's; the variables of the kind, a live preview (subject, text, HTML), saving with the
 * error at the field, and "Standaardtekst herstellen" showing where the text comes from. Texts are
 * reset afterwards.
 */

interface Level {
  scope: 'PROVIDER' | 'EMPLOYER';
  employerId?: string;
}

async function sources(request: APIRequestContext, token: string, level: Level, kind: string, locale: string) {
  const data = await gql<{ mailTemplates: Array<{ kind: string; locale: string; subject: string; subjectSource: string; textBodySource: string }> }>(
    request,
    token,
    `query ($level: MailTemplateLevelInput!) { mailTemplates(level: $level) { kind locale subject subjectSource textBodySource } }`,
    { level },
  );
  return data.mailTemplates.find((t) => t.kind === kind && t.locale === locale)!;
}

async function reset(request: APIRequestContext, token: string, level: Level, kind: string, locale: string) {
  await gql(request, token, `mutation ($input: MailTemplateKeyInput!) { resetMailTemplate(input: $input) { userErrors { code } } }`, {
    input: { level, kind, locale },
  });
}

/**
 * Switches the editor to its advanced mode: it opens in the structured one, and the journeys of the raw
 * texts need the advanced. The editor of a kind just chosen mounts when its texts have arrived: a click
 * before then lands on the previous kind's editor (seen on a busy machine), so click until the advanced
 * fields are there.
 */
async function advanced(editor: Locator) {
  await expect(async () => {
    await editor.getByRole('button', { name: 'Geavanceerd (HTML)' }).click({ timeout: 2_000 });
    await expect(editor.getByRole('textbox', { name: 'Tekst (zonder opmaak)' })).toBeVisible({ timeout: 2_000 });
  }).toPass();
}

async function chooseKind(page: Page, testInfo: TestInfo, label: string) {
  if (isPhone(testInfo)) {
    await page.getByRole('button', { name: /Soort e-mail/ }).click();
    await page.getByRole('option', { name: label }).click();
  } else {
    await page.getByRole('listbox', { name: 'Soorten e-mail' }).getByRole('option', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).click();
  }
}

test('e-mailteksten: variabelen, live voorbeeld, fout bij het veld, opslaan en standaardtekst herstellen', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const employerLevel: Level = { scope: 'EMPLOYER', employerId };
  await reset(request, token, employerLevel, 'ACCESS_BLOCKED', 'nl');
  const editor = page.getByRole('region', { name: /Toegang geblokkeerd/ });
  const preview = page.getByRole('region', { name: 'Voorbeeld' });
  const subject = editor.getByRole('textbox', { name: 'Onderwerp' });
  const text = editor.getByRole('textbox', { name: 'Tekst (zonder opmaak)' });

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(page, 'E-mailteksten');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mailteksten');
    await expect(page.getByRole('radio', { name: 'Alleen voor Voorbeeld MKB' })).toBeChecked();
    await chooseKind(page, testInfo, 'Toegang geblokkeerd');
    await expect(page).toHaveURL(/soort=ACCESS_BLOCKED/);
    await advanced(editor);

    await test.step('de tekst, waar hij vandaan komt, de variabelen en het voorbeeld', async () => {
      await expect(editor.getByText('Standaardtekst').first()).toBeVisible();
      await expect(page.getByRole('region', { name: 'Variabelen' })).toContainText('{{.FirstName}}');
      await expect(preview.getByTestId('preview-subject')).not.toBeEmpty();
      await expect(preview.locator('iframe')).toHaveAttribute('sandbox', '');
      await checkPage(page, 'admin-e-mailteksten');
    });

    await test.step('het voorbeeld volgt het onderwerp terwijl je typt', async () => {
      await subject.fill('Je toegang is gestopt, {{.FirstName}}');
      await expect(preview.getByTestId('preview-subject')).toHaveText('Je toegang is gestopt, Sanne');
      await preview.getByRole('tab', { name: 'Zonder opmaak' }).click();
      await expect(preview.getByTestId('preview-text')).toContainText('Sanne');
    });

    await test.step('een onbekende variabele: waarschuwing, en bij opslaan de fout bij het veld', async () => {
      await text.fill('Beste {{.Voornaam}}, je toegang is gestopt.');
      await expect(editor).toContainText('Onbekende variabele: {{.Voornaam}}.');
      await editor.getByRole('button', { name: 'Opslaan' }).click();
      await expect(text).toHaveAttribute('aria-invalid', 'true');
      await expect(editor).toContainText('De tekst bevat een fout of gebruikt een variabele die deze e-mail niet kent.');
      await expect(editor).not.toContainText(/unknown|does not|parse/i);
      await checkPage(page, 'admin-e-mailteksten-fout');
      expect((await sources(request, token, employerLevel, 'ACCESS_BLOCKED', 'nl')).subjectSource).toBe('STANDARD');
    });

    await test.step('een variabele invoegen en opslaan: nu een eigen tekst van de werkgever', async () => {
      await text.fill('Beste , je toegang tot het werknemerloket is gestopt.');
      // The caret after "Beste ", where the variable goes.
      await text.focus();
      await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
      await page.getByRole('button', { name: 'FirstName invoegen' }).click();
      await expect(text).toHaveValue('Beste {{.FirstName}}, je toegang tot het werknemerloket is gestopt.');
      await editor.getByRole('button', { name: 'Opslaan' }).click();
      await expect(editor.getByRole('status').filter({ hasText: 'De tekst is opgeslagen' })).toBeVisible();
      await expect(editor.getByText('Eigen tekst (werkgever)').first()).toBeVisible();
      const saved = await sources(request, token, employerLevel, 'ACCESS_BLOCKED', 'nl');
      expect(saved.subjectSource).toBe('EMPLOYER');
      expect(saved.subject).toBe('Je toegang is gestopt, {{.FirstName}}');
      if (!isPhone(testInfo)) {
        await expect(page.getByRole('option', { name: /Toegang geblokkeerd/ })).toContainText('Eigen tekst van de werkgever');
      }
      await checkPage(page, 'admin-e-mailteksten-opgeslagen');
    });

    await test.step('standaardtekst herstellen', async () => {
      await editor.getByRole('button', { name: 'Standaardtekst herstellen' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Standaardtekst herstellen?' });
      await expect(dialog).toContainText('Daarna geldt de tekst van het administratiekantoor, of de standaardtekst');
      await dialog.getByRole('button', { name: 'Standaardtekst herstellen' }).click();
      await expect(editor.getByRole('status').filter({ hasText: 'De standaardtekst is hersteld.' })).toBeVisible();
      await expect(editor.getByRole('button', { name: 'Standaardtekst herstellen' })).toHaveCount(0);
      expect((await sources(request, token, employerLevel, 'ACCESS_BLOCKED', 'nl')).subjectSource).toBe('STANDARD');
    });
  } finally {
    await reset(request, token, employerLevel, 'ACCESS_BLOCKED', 'nl');
  }
});

test('e-mailteksten op het niveau van het administratiekantoor gelden voor de werkgever', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const providerLevel: Level = { scope: 'PROVIDER' };
  await reset(request, token, providerLevel, 'USERNAME', 'en');

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}/e-mailteksten`);
    await choose(page, 'radio', 'Voor alle werkgevers van Voorbeeld Administratiekantoor');
    await choose(page, 'radio', 'Engels');
    await expect(page).toHaveURL(/niveau=administratiekantoor/);
    await expect(page).toHaveURL(/taal=en/);
    await chooseKind(page, testInfo, 'Gebruikersnaam');
    const editor = page.getByRole('region', { name: /Gebruikersnaam/ });
    await advanced(editor);
    await editor.getByRole('textbox', { name: 'Onderwerp' }).fill('Your username for {{.EmployerName}}');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await expect(editor.getByText('Eigen tekst (administratiekantoor)').first()).toBeVisible();
    expect((await sources(request, token, providerLevel, 'USERNAME', 'en')).subjectSource).toBe('PROVIDER');

    // At the employer's level the text now comes from the provider.
    await choose(page, 'radio', 'Alleen voor Voorbeeld MKB');
    await expect(editor.getByText('Van het administratiekantoor').first()).toBeVisible();
    await advanced(editor);
    await expect(editor.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('Your username for {{.EmployerName}}');
    await checkPage(page, 'admin-e-mailteksten-administratiekantoor');
  } finally {
    await reset(request, token, providerLevel, 'USERNAME', 'en');
  }
});

test('een werkgevergebruiker past alleen de teksten van de eigen werkgever aan', async ({ page }) => {
  await signIn(page, EMPLOYER_USER);
  await openSection(page, 'E-mailteksten');
  await expect(page.getByText('Je past de teksten aan voor Voorbeeld MKB.', { exact: false })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Voor alle werkgevers/ })).toHaveCount(0);
});

test('eenvoudig bewerken: een alinea van de uitnodiging aanpassen, en de volgende uitnodiging heeft de nieuwe tekst', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const employerLevel: Level = { scope: 'EMPLOYER', employerId };
  await reset(request, token, employerLevel, 'INVITATION', 'nl');
  const editor = page.getByRole('region', { name: /Uitnodiging \(toegangsmail\)/ });
  const preview = page.getByRole('region', { name: 'Voorbeeld' });

  try {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}/e-mailteksten`);
    await chooseKind(page, testInfo, 'Uitnodiging (toegangsmail)');
    await expect(editor.getByRole('button', { name: 'Eenvoudig' })).toHaveAttribute('aria-pressed', 'true');

    await test.step('variabelen zijn labels, geen {{.Naam}}', async () => {
      const greeting = editor.getByRole('textbox', { name: 'Tekst van onderdeel 1 (Alinea)' });
      await expect(greeting).toContainText('Voornaam van de werknemer');
      await expect(greeting).not.toContainText('{{');
      await expect(editor.getByRole('listitem', { name: 'Onderdeel 3: Knop' })).toBeVisible();
      await checkPage(page, 'admin-e-mailteksten-eenvoudig');
    });

    await test.step('een alinea herschrijven met een variabele en vette tekst', async () => {
      const second = editor.getByRole('textbox', { name: 'Tekst van onderdeel 2 (Alinea)' });
      await second.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('Welkom bij **Werkportaal** van ');
      await page.getByRole('button', { name: 'EmployerName invoegen' }).click();
      await page.keyboard.type('. Hier vind je je loonstroken.');
      await expect(second).toContainText('Naam van de werkgever');
      await expect(preview.locator('iframe').contentFrame().locator('strong', { hasText: 'Werkportaal' })).toBeVisible();
      await editor.getByRole('button', { name: 'Opslaan' }).click();
      await expect(editor.getByRole('status').filter({ hasText: 'De tekst is opgeslagen' })).toBeVisible();
      await expect(editor.getByText('Eigen tekst (werkgever)').first()).toBeVisible();
    });

    await test.step('de volgende uitnodiging heeft de nieuwe alinea', async () => {
      const listed = await gql<{ employer: { employments: { edges: Array<{ node: { person: { id: string; fullName: string; email: string | null } } }> } } }>(
        request,
        token,
        `query ($id: ID!) { employer(id: $id) { employments(first: 100, filter: { accessStatus: [NONE] }) { edges { node { person { id fullName email } } } } } }`,
        { id: employerId },
      );
      // The last person without access and with an address: the other journeys take theirs by name from the front.
      const person = listed.employer.employments.edges.map((e) => e.node.person).filter((p) => p.email).at(-1)!;
      const seen = await mailIdsTo(request, person.email!);
      const granted = await gql<{ grantAccess: { userErrors: Array<{ code: string }> } }>(
        request,
        token,
        `mutation ($input: PersonInput!) { grantAccess(input: $input) { userErrors { code } } }`,
        { input: { personId: person.id } },
      );
      expect(granted.grantAccess.userErrors).toEqual([]);
      try {
        const mail = await newMail(request, person.email!, 'INVITATION', seen);
        expect(mail.htmlBody).toContain('Welkom bij <strong>Werkportaal</strong> van Voorbeeld MKB. Hier vind je je loonstroken.');
        expect(mail.textBody).toContain('Welkom bij Werkportaal van Voorbeeld MKB. Hier vind je je loonstroken.');
      } finally {
        await gql(request, token, `mutation ($input: PersonInput!) { revokeInvitation(input: $input) { userErrors { code } } }`, {
          input: { personId: person.id },
        });
      }
    });
  } finally {
    await reset(request, token, employerLevel, 'INVITATION', 'nl');
  }
});
