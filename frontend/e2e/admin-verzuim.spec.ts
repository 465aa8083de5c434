import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { gql } from './support/api';
import { employerIdByName, openSection, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Verzuim that reaches the employer (R25), staff side: a staff user enters a sick report for an
 * employee who phoned in, sees the Poortwachter timeline of the open case (dates from the first sick
 * day; overdue, this week, upcoming), records a partial recovery and marks a step done, then reports
 * the recovery; the trail says it was done for the employee (R27). The verzuim contacts are on the
 * Verzuim page. Each viewport takes its own person without any sick report (the demo database is
 * fresh for every run).
 */

interface Candidate {
  id: string;
  fullName: string;
  sickReports: Array<{ id: string }>;
}

async function personWithoutReports(request: APIRequestContext, token: string, employerId: string, index: number): Promise<Candidate> {
  const data = await gql<{ employer: { employments: { edges: Array<{ node: { endDate: string | null; person: Candidate } }> } } }>(
    request,
    token,
    `query ($id: ID!) { employer(id: $id) { employments(first: 100) { edges { node { endDate person { id fullName sickReports { id } } } } } } }`,
    { id: employerId },
  );
  const free = data.employer.employments.edges
    .map((e) => e.node)
    .filter((n) => !n.endDate && n.person.sickReports.length === 0 && n.person.fullName !== 'Jan Jansen')
    .map((n) => n.person)
    .sort((a, b) => b.fullName.localeCompare(a.fullName));
  expect(free.length, 'persons without sick reports').toBeGreaterThan(index);
  return free[index]!;
}

/** YYYY-MM-DD of today minus days, in Amsterdam. */
function daysAgo(days: number): { iso: string; dutch: [string, string, string] } {
  const now = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  now.setDate(now.getDate() - days);
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  const yyyy = String(now.getFullYear());
  return { iso: `${yyyy}-${mm}-${dd}`, dutch: [dd, mm, yyyy] };
}

test('medewerker voert een ziekmelding in en volgt de Poortwachter-tijdlijn', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const person = await personWithoutReports(request, token, employerId, testInfo.project.name === 'phone' ? 1 : 0);
  const first = daysAgo(50);

  await test.step('de verzuimcontactpersonen staan op de pagina Verzuim', async () => {
    await signIn(page);
    await page.goto(`/beheer/werkgevers/${employerId}`);
    await openSection(page, 'Verzuim');
    const contacts = page.getByRole('region', { name: 'Verzuimcontactpersonen' });
    await expect(contacts).toContainText('Petra de Wit');
    await expect(contacts).toContainText('casemanager@arbo.example · Engels');
    await checkPage(page, 'admin-verzuim-contactpersonen');
  });

  await test.step('ziekmelding invoeren namens de werknemer', async () => {
    await page.goto(`/beheer/werkgevers/${employerId}/werknemers/${encodeURIComponent(person.id)}?tab=verzuim`);
    const form = page.getByRole('form', { name: 'Ziekmelding invoeren' });
    await expect(form).toBeVisible();
    const boxes = form.getByRole('group', { name: 'Eerste ziektedag' }).getByRole('textbox');
    for (const [i, text] of first.dutch.entries()) {
      await boxes.nth(i).fill(text);
    }
    await checkPage(page, 'admin-verzuim-invoeren');
    await form.getByRole('button', { name: 'Ziekmelding opslaan' }).click();
    await expect(page.getByText(`${person.fullName} is ziek gemeld sinds`)).toBeVisible();
  });

  await test.step('de Poortwachter-tijdlijn met te laat, deze week en gepland', async () => {
    const timeline = page.getByRole('region', { name: 'Poortwachter-tijdlijn' });
    const steps = timeline.getByRole('listitem');
    await expect(steps).toHaveCount(7);
    // Day 50: the problem analysis (week 6) is overdue, the plan of action (week 8) due this week.
    await expect(steps.nth(0)).toContainText('Probleemanalyse');
    await expect(steps.nth(0)).toContainText('Te laat');
    await expect(steps.nth(1)).toContainText('Plan van aanpak');
    await expect(steps.nth(1)).toContainText('Deze week');
    await expect(steps.nth(2)).toContainText('Ziekmelding bij UWV (42e week)');
    await expect(steps.nth(2)).toContainText('Gepland');
    await expect(steps.nth(6)).toContainText('Einde 104 weken');
    await checkPage(page, 'admin-verzuim-tijdlijn');

    await timeline.getByRole('button', { name: 'Markeer als gedaan: Probleemanalyse' }).click();
    await expect(steps.nth(0)).toContainText('Gedaan');
  });

  await test.step('gedeeltelijk herstel en daarna volledig herstel', async () => {
    const partial = page.getByRole('form', { name: 'Gedeeltelijk herstel invoeren' });
    await partial.getByRole('textbox', { name: 'Percentage van het eigen werk (1–99)' }).fill('50');
    await partial.getByRole('button', { name: 'Gedeeltelijk herstel opslaan' }).click();
    const history = page.getByRole('region', { name: 'Gedeeltelijk herstel', exact: true });
    await expect(history).toContainText('50% vanaf');
    await expect(history).toContainText('(medewerker)');
    // The clock runs on: the timeline is still there and unchanged.
    await expect(page.getByRole('region', { name: 'Poortwachter-tijdlijn' }).getByRole('listitem').nth(1)).toContainText('Deze week');
    await checkPage(page, 'admin-verzuim-gedeeltelijk');

    const recovery = page.getByRole('form', { name: 'Herstelmelding invoeren' });
    await recovery.getByRole('button', { name: 'Hersteld melden' }).click();
    await expect(page.getByRole('region', { name: 'Poortwachter-tijdlijn' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Ziekmelding invoeren' })).toBeVisible();
  });

  await test.step('het logboek zegt dat het namens de werknemer was', async () => {
    await page.getByRole('tab', { name: 'Logboek' }).click();
    const events = page.getByRole('list', { name: 'Recente gebeurtenissen' }).getByRole('listitem');
    await expect(events.filter({ hasText: 'Ziek gemeld namens de werknemer' })).toHaveCount(1);
    await expect(events.filter({ hasText: 'Hersteld gemeld namens de werknemer' })).toHaveCount(1);
  });

  await test.step('de export (CSV) van de herstelde meldingen: data en percentages, geen diagnose', async () => {
    await page.goto(`/beheer/werkgevers/${employerId}/verzuim?status=hersteld`);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^verzuim-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Werknemer;Personeelsnummer;Eerste ziektedag;Uren gewerkt op de eerste dag;Gemeld op;Gemeld door;Hersteld per;' +
        'Gedeeltelijk hersteld per;Werkhervatting;Eerste ziektedag van het geval;Volgende Poortwachter-stap;Uiterlijk op',
    );
    const mine = lines.filter((l) => l.includes(person.fullName));
    expect(mine).toHaveLength(1);
    const cells = mine[0]!.split(';');
    expect(cells[2]).toBe(first.iso);
    expect(cells[5]).toBe('medewerker werkgever');
    expect(cells[6]).toBe(daysAgo(0).iso);
    expect(cells[8]).toBe('50%');
    // Only ended reports: every row has a recovery date.
    expect(lines.slice(1).every((l) => /;\d{4}-\d{2}-\d{2};/.test(l))).toBe(true);
  });
});
