import { expect, test } from '@playwright/test';
import { linkInMail } from './support/api';
import { employerIdByName, ensureNoAccess, isPhone, mailIdsTo, newMail, personByName, providerToken, signIn } from './support/admin';
import { grantAccess } from './support/employeeJourney';
import { checkPage } from './support/pageCheck';

/*
 * The invitation funnel (R2–R4): an access mail is sent, its link opened but the birth date not
 * given; the funnel counts the mail in this week and lists the person under "geopend, geboortedatum
 * nog niet goed", and one click sends a new link (R3), which reaches the mailbox. Each viewport uses
 * its own person.
 */

const PERSON = { desktop: 'Joyce Schouten', phone: 'Sara Smits' } as const;

test('Uitnodigingen: wie de link opende maar niet verder kwam, krijgt met één klik een nieuwe', async ({ page, request }, testInfo) => {
  const token = await providerToken(request);
  const employerId = await employerIdByName(request, token);
  const person = await personByName(request, token, employerId, PERSON[isPhone(testInfo) ? 'phone' : 'desktop']);
  await ensureNoAccess(request, token, person);
  const seen = await mailIdsTo(request, person.email!);
  await grantAccess(request, token, person.id);
  const mail = await newMail(request, person.email!, 'INVITATION', seen);

  // The employee opens the link: the invitation page asks the server about it.
  await page.goto(linkInMail(mail, '/werknemer/uitnodiging'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await signIn(page);
  await page.goto(`/beheer/werkgevers/${employerId}`);
  await page.getByRole('navigation', { name: 'Onderdelen van de werkgever' }).getByRole('link', { name: 'Uitnodigingen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitnodigingen');
  const table = page.getByRole('table', { name: 'Uitnodigingen per week' });
  await expect(table).toBeVisible();
  const waiting = page.getByRole('region', { name: /Geopend, geboortedatum nog niet goed/ });
  await expect(waiting.getByText(person.fullName, { exact: true })).toBeVisible();
  await checkPage(page, 'admin-uitnodigingen');

  const before = await mailIdsTo(request, person.email!);
  await waiting.getByRole('button', { name: `Nieuwe link sturen naar ${person.fullName}` }).click();
  await expect(page.getByText(`${person.fullName} krijgt een nieuwe link; de oude werkt niet meer.`)).toBeVisible();
  await newMail(request, person.email!, 'INVITATION', before);
  // The new link has not been opened: the person waits one step earlier now.
  await expect(page.getByRole('region', { name: /Link niet geopend/ }).getByText(person.fullName, { exact: true })).toBeVisible();
  await ensureNoAccess(request, token, person);
});
