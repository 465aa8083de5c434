import { expect, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { gql, gqlRaw } from './support/api';
import { choose, employerIdByName, flip, openSection, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * The portal's content (R23–R26), staff side: the Verzuim overview (R25) with the demo's open sick report; the person page's
 * Loonstroken (a payslip with its lines, the PDF) and Documenten (an upload as a GraphQL multipart
 * request carrying only the persisted hash, then the visibility switch and the new-document mails it
 * reports, R26); the employer's documents for everyone with the upload form's own checks.
 *
 * The upload goes to the person with the open sick report, not to jan.jansen (the employee specs
 * count his visible documents) and deleted through the page at the end (through the API, should a
 * run break off before that).
 */

interface OpenReport {
  id: string;
  firstSickDay: string;
  person: { id: string; fullName: string };
}

async function openSickReport(request: APIRequestContext, token: string, employerId: string): Promise<OpenReport> {
  const data = await gql<{ employer: { sickReports: { totalCount: number; edges: Array<{ node: OpenReport }> } } }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { sickReports(first: 10, open: true) { totalCount edges { node { id firstSickDay person { id fullName } } } } } }`,
    { id: employerId },
  );
  expect(data.employer.sickReports.totalCount, 'the demo has an open sick report').toBeGreaterThan(0);
  return data.employer.sickReports.edges[0]!.node;
}

interface ApiDocument {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  visibleToEmployee: boolean;
}

async function personDocuments(request: APIRequestContext, token: string, personId: string): Promise<ApiDocument[]> {
  const data = await gql<{ node: { documents: { edges: Array<{ node: ApiDocument }> } } }>(
    request,
    token,
    `query ($id: ID!) { node(id: $id) { ... on Person { documents(first: 200) { edges { node { id title fileName contentType sizeBytes visibleToEmployee } } } } } }`,
    { id: personId },
  );
  return data.node.documents.edges.map((e) => e.node);
}

/** Removes a document this spec uploaded, if it is still there. */
async function deleteDocumentViaApi(request: APIRequestContext, token: string, documentId: string): Promise<void> {
  const data = await gqlRaw(request, token, `mutation ($input: DeleteDocumentInput!) { deleteDocument(input: $input) { userErrors { code } } }`, {
    input: { documentId },
  });
  const codes = (data.errors ?? []).map((e) => e.extensions?.code);
  expect(codes.filter((c) => c !== 'NOT_FOUND')).toEqual([]);
}

/** A small but complete PDF (one empty page), with a correct cross-reference table. */
function minimalPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 20 100 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 100 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

type MultipartBody = Record<string, string | { name: string; type: string; size: number }>;

/**
 * Records the parts of every multipart body the page sends (the browser does not hand Playwright
 * the body of a request with a file), in window.multipartBodies.
 */
async function recordMultipartBodies(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const bodies: MultipartBody[] = [];
    (window as unknown as { multipartBodies: MultipartBody[] }).multipartBodies = bodies;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (init?.body instanceof FormData) {
        const parts: MultipartBody = {};
        for (const [key, value] of init.body.entries()) {
          parts[key] = typeof value === 'string' ? value : { name: value.name, type: value.type, size: value.size };
        }
        bodies.push(parts);
      }
      return original(input, init);
    };
  });
}

/** Chooses a file through the upload form's "Bestand kiezen" button, as a user does. */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Ander )?[Bb]estand kiezen$/ }).click();
  await (await chooser).setFiles(file);
}

test('verzuim, loonstroken en documenten van een werknemer', async ({ page, request }, testInfo) => {
  // Three sections, an upload and the downloads in one journey: near a minute on a busy machine.
  test.setTimeout(120_000);
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const report = await openSickReport(request, token, employerId);
  const person = report.person;
  const title = `E2E brief ${testInfo.project.name} ${Date.now()}`;
  let uploadedId: string | null = null;
  await recordMultipartBodies(page);

  try {
    await test.step('Verzuim toont de open ziekmelding; het filter staat in de URL', async () => {
      await signIn(page);
      await page.goto(`/beheer/werkgevers/${employerId}`);
      await openSection(page, 'Verzuim');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzuim');
      const table = page.getByRole('table', { name: 'Ziekmeldingen' });
      const row = table.getByRole('row').filter({ hasText: person.fullName });
      await expect(row.first()).toContainText('Open');
      await expect(row.first()).toContainText(/dag(en)?, loopt nog/);
      await expect(page.getByText(/ziekmelding(en)?$/).first()).toBeVisible();
      await checkPage(page, 'admin-verzuim');

      await choose(page, 'radio', 'Open (nog ziek)');
      await expect(page).toHaveURL(/status=open/);
      await expect(table.getByRole('row').filter({ hasText: person.fullName })).toHaveCount(1);
      await choose(page, 'radio', 'Hersteld');
      await expect(page).toHaveURL(/status=hersteld/);
      await expect(table.getByRole('row').filter({ hasText: person.fullName })).toHaveCount(0);
      await expect(table).toContainText('Hersteld');
      await checkPage(page, 'admin-verzuim-hersteld');
      await page.goBack();
      await expect(page).toHaveURL(/status=open/);
      await table.getByRole('link', { name: person.fullName }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.fullName);
    });

    await test.step('Loonstroken: de lijst, een loonstrook met regels per categorie, de PDF', async () => {
      await page.getByRole('tab', { name: 'Loonstroken' }).click();
      await expect(page).toHaveURL(/tab=loonstroken/);
      const table = page.getByRole('table', { name: `Loonstroken van ${person.fullName}` });
      await expect(table.getByRole('row')).not.toHaveCount(0);
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(14);
      await expect(table.locator('tbody tr').first()).toContainText(/€\s[\d.]+,\d\d/);
      await checkPage(page, 'admin-loonstroken');

      const firstPeriod = (await table.locator('tbody tr th').nth(0).locator('span').first().textContent())!.trim();
      await table.getByRole('button', { name: `Loonstrook ${firstPeriod} bekijken` }).click();
      const dialog = page.getByRole('dialog', { name: `Loonstrook ${firstPeriod}` });
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(/loonstrook=/);
      // The same loonstrook as the employee sees (R23).
      await expect(dialog.getByRole('table', { name: 'Inkomsten' })).toContainText('Salaris');
      await expect(dialog.getByRole('table', { name: 'Inhoudingen' })).toContainText('Loonheffing');
      await expect(dialog).toContainText('Totaal inkomsten');
      for (const section of ['Gegevens', 'Uitbetaling', 'Fiscale gegevens', 'Reserveringen']) {
        await expect(dialog.getByRole('heading', { level: 3, name: section, exact: true })).toBeVisible();
      }
      await expect(dialog.getByRole('heading', { level: 3, name: /^Cumulatieven \d{4}$/ })).toBeVisible();
      await expect(dialog.getByTestId('payslip-account')).toHaveText(/^NL\*\* \*{4} \*{4} \*\*\w\w \w\w$/);
      await checkPage(page, 'admin-loonstrook');

      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'PDF downloaden' }).click();
      const pdf = await downloadBytes(await downloading);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await dialog.getByRole('button', { name: 'Sluiten' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).not.toHaveURL(/loonstrook=/);
    });

    await test.step('Documenten: een PDF uploaden (multipart met alleen de hash), niet zichtbaar', async () => {
      await page.getByRole('tab', { name: 'Documenten' }).click();
      await expect(page).toHaveURL(/tab=documenten/);
      await page.getByLabel('Titel').fill(title);
      await page.getByRole('button', { name: /Soort document/ }).click();
      await page.getByRole('option', { name: 'Correspondentie' }).click();
      await chooseFile(page, { name: 'e2e-brief.pdf', mimeType: 'application/pdf', buffer: minimalPdf(title) });
      await expect(page.getByText('Gekozen: e2e-brief.pdf')).toBeVisible();

      const upload = page.waitForRequest(
        (r) => r.url().endsWith('/graphql') && (r.headers()['content-type'] ?? '').startsWith('multipart/form-data; boundary='),
      );
      await page.getByRole('button', { name: 'Toevoegen' }).click();
      await upload;
      await expect(page.getByRole('status').filter({ hasText: `‘${title}’ is toegevoegd` })).toHaveText(
        `‘${title}’ is toegevoegd en is nog niet zichtbaar voor werknemers.`,
      );
      // The GraphQL multipart request: operations with the persisted hash and no query text, the map,
      // and the file as part "0".
      const [sent] = await page.evaluate(() => (window as unknown as { multipartBodies: MultipartBody[] }).multipartBodies);
      const operations = JSON.parse(sent!['operations'] as string) as {
        operationName: string;
        query?: string;
        variables: { input: Record<string, unknown> };
        extensions: { persistedQuery: { sha256Hash: string } };
      };
      expect(operations.operationName).toBe('AdminAddDocument');
      expect(operations.query).toBeUndefined();
      expect(operations.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
      expect(operations.variables.input).toMatchObject({ personId: person.id, title, category: 'CORRESPONDENCE', file: null });
      expect(JSON.parse(sent!['map'] as string)).toEqual({ 0: ['variables.input.file'] });
      expect(sent!['0']).toEqual({ name: 'e2e-brief.pdf', type: 'application/pdf', size: expect.any(Number) });

      const uploaded = (await personDocuments(request, token, person.id)).find((d) => d.title === title);
      expect(uploaded, 'the uploaded document through the API').toMatchObject({
        fileName: 'e2e-brief.pdf',
        contentType: 'application/pdf',
        visibleToEmployee: false,
      });
      uploadedId = uploaded!.id;
      await expect(page.getByRole('switch', { name: `${title}: zichtbaar voor werknemer` })).not.toBeChecked();
      await checkPage(page, 'admin-documenten');
    });

    await test.step('zichtbaar maken: de melding zegt hoeveel werknemers een e-mail kregen', async () => {
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"AdminSetDocumentVisibility"'),
      );
      await flip(page, `${title}: zichtbaar voor werknemer`);
      const payload = (await (await answered).json()) as { data: { setDocumentVisibility: { notifiedCount: number } } };
      const notified = payload.data.setDocumentVisibility.notifiedCount;
      await expect(page.getByRole('switch', { name: `${title}: zichtbaar voor werknemer` })).toBeChecked();
      await expect(page.getByRole('status').filter({ hasText: 'is nu zichtbaar' })).toHaveText(
        notified === 0
          ? `‘${title}’ is nu zichtbaar voor de werknemer. Er is niemand gemaild: alleen werknemers die om een melding vroegen krijgen een e-mail, en alleen de eerste keer dat een document zichtbaar wordt.`
          : `‘${title}’ is nu zichtbaar voor de werknemer. ${notified} ${notified === 1 ? 'werknemer heeft' : 'werknemers hebben'} een e-mail gekregen over het nieuwe document.`,
      );
      const stored = (await personDocuments(request, token, person.id)).find((d) => d.id === uploadedId);
      expect(stored?.visibleToEmployee).toBe(true);
      await checkPage(page, 'admin-document-zichtbaar');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: `${title} downloaden (e2e-brief.pdf)` }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('e2e-brief.pdf');
      expect((await downloadBytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    await test.step('verwijderen: de bevestiging zegt wat het voor de werknemer betekent', async () => {
      await page.getByRole('button', { name: `${title} verwijderen` }).click();
      const dialog = page.getByRole('alertdialog', { name: `${title} verwijderen?` });
      await expect(dialog).toContainText('De werknemer ziet dit document nu in Werkportaal.');
      await checkPage(page, 'admin-document-verwijderen');
      await dialog.getByRole('button', { name: 'Document verwijderen' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'is verwijderd' })).toHaveText(`‘${title}’ is verwijderd.`);
      await expect(page.getByRole('heading', { level: 3, name: title })).toHaveCount(0);
      expect((await personDocuments(request, token, person.id)).some((d) => d.id === uploadedId)).toBe(false);

      // The trail keeps it: newest first, the delete, the visibility change and the upload.
      await page.getByRole('tab', { name: 'Logboek' }).click();
      const events = page.getByRole('list', { name: 'Recente gebeurtenissen' }).getByRole('listitem');
      await expect(events.nth(0)).toContainText('Document verwijderd');
      await expect(events.nth(1)).toContainText('Zichtbaarheid document gewijzigd');
      await expect(events.nth(2)).toContainText('Document toegevoegd');
      await page.getByRole('tab', { name: 'Documenten' }).click();
    });

    await test.step('het verzuim van de werknemer op het tabblad Verzuim', async () => {
      await page.getByRole('tab', { name: 'Verzuim' }).click();
      await expect(page).toHaveURL(/tab=verzuim/);
      await expect(page.getByText(`${person.fullName} is ziek gemeld sinds`)).toBeVisible();
      await expect(page.getByRole('table', { name: 'Verzuim' })).toContainText('Open');
      await checkPage(page, 'admin-persoon-verzuim');
    });
  } finally {
    // Leave the demo as it was for the other viewport and the employee specs.
    if (uploadedId) await deleteDocumentViaApi(request, token, uploadedId);
  }
});

test('documenten voor alle werknemers, en wat het uploadformulier zelf controleert', async ({ page, request }) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}`);
  await openSection(page, 'Documenten');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documenten');
  await expect(page.getByRole('heading', { level: 3, name: 'Verzuimprotocol' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Verzuimprotocol: zichtbaar voor werknemers' })).toBeChecked();
  await checkPage(page, 'admin-documenten-werkgever');

  // Nothing is sent while the form is incomplete or the file is not allowed.
  let sent = 0;
  page.on('request', (r) => {
    if ((r.headers()['content-type'] ?? '').startsWith('multipart/form-data')) sent++;
  });
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('Vul een titel in.')).toBeVisible();
  await expect(page.getByText('Kies een bestand.')).toBeVisible();
  await chooseFile(page, { name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('geen pdf') });
  await expect(page.getByRole('alert').filter({ hasText: 'Dit soort bestand kan niet. Kies een PDF, PNG of JPEG.' })).toBeVisible();
  await checkPage(page, 'admin-document-fouten');
  expect(sent).toBe(0);
});
