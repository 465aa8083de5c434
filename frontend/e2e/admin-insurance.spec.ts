import { expect, test } from '@playwright/test';
import { choose, employerIdByName, isPhone, providerToken, signIn } from './support/admin';
import { checkPage } from './support/pageCheck';

/*
 * Verzekeringen for staff (R40) at phone size: the provider user sees the provider's offers, publishes
 * one for Voorbeeld MKB only, is told an http link will not do, changes it to https, and deletes it
 * again; the assistant's anonymous counts (R41) have their page too.
 */
test('verzekeringen beheren: publiceren, https vereist, verwijderen (telefoon)', async ({ page, request }, testInfo) => {
  test.skip(!isPhone(testInfo), 'staff pages at 390 px; the desktop layout is the same form');
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}/verzekeringen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzekeringen');
  // The employer's own offer; the provider's three are at the provider level.
  const list = page.getByRole('region', { name: 'Gepubliceerde verzekeringen' });
  await expect(list).toContainText('Veilig Thuis');
  await choose(page, 'radio', 'Voorbeeld Administratiekantoor: voor alle werkgevers');
  await expect(list).toContainText('Zorgzaam Collectief');
  await expect(list).not.toContainText('Veilig Thuis');
  await checkPage(page, 'beheer-verzekeringen');
  await choose(page, 'radio', 'Alleen Voorbeeld MKB');

  await page.getByRole('button', { name: 'Nieuwe verzekering' }).click();
  const form = page.getByRole('region', { name: 'Nieuwe verzekering' });
  await form.getByLabel('Verzekeraar', { exact: true }).fill('Rechtshulp Direct');
  await form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Overig' });
  await form.getByLabel('Korting in procenten', { exact: true }).fill('7,5');
  await form.getByLabel('Premie vanaf, per maand (euro)', { exact: true }).fill('9,95');
  await form.getByLabel('Link naar de verzekeraar (https)', { exact: true }).fill('http://rechtshulp.example.com/');
  await form.getByRole('button', { name: 'Publiceren' }).click();
  await expect(form.getByRole('alert')).toHaveText('De link moet beginnen met https://.');
  await checkPage(page, 'beheer-verzekeringen-fout');
  await form.getByLabel('Link naar de verzekeraar (https)', { exact: true }).fill('https://rechtshulp.example.com/');
  await form.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByText('De verzekering is opgeslagen.')).toBeVisible();
  await expect(list).toContainText('Rechtshulp Direct');
  await expect(list).toContainText('vanaf € 9,95 per maand');

  await list.getByRole('button', { name: 'Verwijderen: Rechtshulp Direct' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('De verzekering is verwijderd.')).toBeVisible();
  await expect(list).not.toContainText('Rechtshulp Direct');

  await page.goto(`/beheer/werkgevers/${employerId}/assistent`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assistent');
  await checkPage(page, 'beheer-assistent');
});
