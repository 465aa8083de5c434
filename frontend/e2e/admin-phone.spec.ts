import { expect, test } from '@playwright/test';
import { employerIdByName, isPhone, personByName, providerToken, signIn } from './support/admin';
import { DEMO_EMPLOYEE } from './support/demo';
import { checkPage } from './support/pageCheck';
import { wordsBrokenInside } from './support/wordBreaks';

/*
 * Issue 17 §4: the staff pages on a 390 px phone. The lists are cards (components/ui
 * ResponsiveTable) in which no word wraps inside; the tables' cells wrap between words only; the
 * section tabs show that they scroll and every tab is reachable with the keyboard.
 */

test('de beheerlijsten op een telefoon: geen woord breekt midden in een cel, de tabbladen laten zien dat ze scrollen', async ({
  page,
  request,
}, testInfo) => {
  test.skip(!isPhone(testInfo), 'the 390 px checks run in the phone project');
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);

  await test.step('de meting ziet een woord dat midden in breekt', async () => {
    await page.setContent('<div id="narrow" style="width:3rem;overflow-wrap:anywhere;font:16px sans-serif">Huisman Linda</div>');
    expect(await wordsBrokenInside(page.locator('#narrow'))).toContain('Huisman');
    await page.setContent('<div id="wide" style="width:20rem;overflow-wrap:break-word">Linda Huisman</div>');
    expect(await wordsBrokenInside(page.locator('#wide'))).toEqual([]);
  });

  await test.step('werkgevers: kaarten zonder afgebroken woorden', async () => {
    await signIn(page);
    const grid = page.getByRole('grid', { name: 'Werkgevers van je administratiekantoor' });
    await expect(grid.getByRole('row').first()).toBeVisible();
    expect(await wordsBrokenInside(grid.getByRole('row'))).toEqual([]);
    await checkPage(page, 'telefoon-werkgevers');
  });

  await test.step('werknemers: kaarten zonder afgebroken woorden', async () => {
    await page.goto(`/beheer/werkgevers/${employerId}/werknemers`);
    const grid = page.getByRole('grid', { name: 'Dienstverbanden' });
    await expect(grid.getByRole('row')).not.toHaveCount(0);
    expect(await grid.getByRole('row').count()).toBeGreaterThanOrEqual(10);
    expect(await wordsBrokenInside(grid.getByRole('row'))).toEqual([]);
    await checkPage(page, 'telefoon-werknemers');
  });

  await test.step('de onderdelen van de werkgever: vervaagd waar meer staat, met Tab allemaal te bereiken', async () => {
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de werkgever' });
    const frame = nav.locator('[data-more-end]');
    await expect(frame).toHaveCount(1);
    const links = nav.getByRole('link');
    const last = links.last();
    await links.first().focus();
    const count = await links.count();
    for (let i = 1; i < count; i += 1) await page.keyboard.press('Tab');
    await expect(last).toBeFocused();
    // The focused tab was scrolled into view; the fade now shows on the start side.
    await expect(nav.locator('[data-more-start]')).toHaveCount(1);
    const box = (await last.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });

  await test.step('verzuim en loonstroken: tabelcellen zonder afgebroken woorden, de knoppen van een rij naast elkaar', async () => {
    await page.goto(`/beheer/werkgevers/${employerId}/verzuim`);
    const sick = page.getByRole('table', { name: 'Ziekmeldingen' });
    await expect(sick.locator('tbody tr').first()).toBeVisible();
    expect(await wordsBrokenInside(sick.locator('tbody'))).toEqual([]);

    const person = await personByName(request, token, employerId, 'Jan Jansen');
    expect(DEMO_EMPLOYEE.firstName).toBe('Jan');
    await page.goto(`/beheer/werkgevers/${employerId}/werknemers/${person.id}?tab=loonstroken`);
    const table = page.getByRole('table', { name: `Loonstroken van ${person.fullName}` });
    await expect(table.locator('tbody tr').first()).toBeVisible();
    expect(await wordsBrokenInside(table.locator('tbody'))).toEqual([]);
    const buttons = table.locator('tbody tr').first().getByRole('button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(2);
    const tops = await buttons.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'the row buttons stand side by side').toBe(1);
    // The person's tabs scroll too and show it.
    await expect(page.getByRole('tablist', { name: 'Gegevens van de werknemer' }).locator('xpath=../..')).toHaveAttribute('data-more-end', 'true');
    await checkPage(page, 'telefoon-loonstroken');
  });
});
