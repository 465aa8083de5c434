import { expect, type APIRequestContext, type BrowserContext, type Cookie, type Download, type Page, type TestInfo } from '@playwright/test';
import { apiLogin, gql, readDevMailbox, STAFF_REFRESH_COOKIE, type DevMail } from './api';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, PROVIDER_USER, TOTP_USERS } from './demo';
import { freshTotp, skipUsedSteps } from './totp';

/*
 * Helpers of the admin journeys (admin-*.spec.ts). The demo database is shared by every spec and
 * both viewports, so each journey puts the persons it uses into a known state through the API first
 * and, where it changed them, back afterwards. The persons used here come from the start of the
 * employee-number list; the employee specs take theirs from the end (support/employeeJourney.ts).
 */

export const DEMO_EMPLOYER = 'Voorbeeld MKB';

export function isPhone(testInfo: TestInfo): boolean {
  return testInfo.project.name === 'phone';
}

/**
 * Signs a staff user in through the login form; a demo provider user then gives a code of the demo's
 * authenticator secret (R43).
 *
 * A demo provider user may instead resume a session that an earlier journey of this worker left
 * behind when its browser closed (see keepSessionOnClose): each new session spends a TOTP step, the
 * server refuses a step twice (R43), so signing in afresh every time would wait up to 30 s for the
 * next step again and again. The resumed session is restored by the SPA from its refresh cookie, as
 * after a reload. The specs about the sign-in itself (staff-login, staff-second-factor) use the form.
 */
export async function signIn(page: Page, username: string = PROVIDER_USER): Promise<void> {
  if (TOTP_USERS.has(username) && (await resumeSession(page, username))) return;
  await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  if (TOTP_USERS.has(username)) await enterTotp(page, username, DEMO_TOTP_SECRET);
  await expect(page).toHaveURL(/\/beheer(\/|$)/);
  keepSessionOnClose(page.context(), TOTP_USERS.has(username) ? { user: username, name: await signedInName(page) } : null);
}

/** The name the staff header shows for who is signed in (the link to Mijn account; hidden on a phone, still there). */
async function signedInName(page: Page): Promise<string> {
  const link = page.getByRole('banner').locator('a[href="/beheer/account"]');
  await expect(link).toHaveCount(1);
  return ((await link.textContent()) ?? '').trim();
}

/** Whose session: the demo user, and the name the header showed when it was signed in. */
interface Holder {
  user: string;
  name: string;
}
/** Refresh cookies of sessions of the demo's TOTP users whose browser context has closed, by user. */
const idleSessions = new Map<string, Array<{ cookie: Cookie; name: string }>>();
/** Whose session each open context holds (null: none worth keeping). */
const contextUser = new WeakMap<BrowserContext, { holder: Holder | null }>();

/** Opens the staff area with an idle session of `username`; false when there is none (left). */
async function resumeSession(page: Page, username: string): Promise<boolean> {
  const idle = idleSessions.get(username)?.pop();
  if (!idle) return false;
  const context = page.context();
  await context.addCookies([idle.cookie]);
  keepSessionOnClose(context, { user: username, name: idle.name });
  await page.goto('/beheer');
  const signedIn = page.getByRole('button', { name: 'Uitloggen' });
  await expect(signedIn.or(page.getByLabel('Gebruikersnaam', { exact: true }))).toBeVisible();
  // The session may have ended meanwhile (signed out, password or second factor reset): sign in afresh.
  if (!(await signedIn.isVisible())) return false;
  // A journey may have signed someone else in in that browser (an invited user choosing a password):
  // then the cookie is theirs, not the demo user's. Drop it and sign in afresh.
  if ((await signedInName(page)) !== idle.name) {
    keepSessionOnClose(context, null);
    await context.clearCookies();
    return false;
  }
  await expect(page).toHaveURL(/\/beheer(\/|$)/);
  return true;
}

/**
 * When `context` closes, its staff session (if still there) becomes idle for the next sign-in of
 * `user` in this worker. Its refresh cookie is read from the context's cookie jar just before the
 * close: the SPA rotates it on every load, and only the newest one keeps the session (an older one
 * presented later ends the session, refresh token reuse detection). A context is only ever closed
 * by the test or by Playwright's fixture, both through close(), so that is where the jar is read;
 * a session that never comes back costs a fresh sign-in, nothing else.
 */
function keepSessionOnClose(context: BrowserContext, holder: Holder | null): void {
  const held = contextUser.get(context);
  if (held) {
    held.holder = holder;
    return;
  }
  const state = { holder };
  contextUser.set(context, state);
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    const h = state.holder;
    if (h) {
      const cookie = await context.cookies().then(
        (cookies) => cookies.find((c) => c.name === STAFF_REFRESH_COOKIE && c.value !== ''),
        () => undefined,
      );
      if (cookie) idleSessions.set(h.user, [...(idleSessions.get(h.user) ?? []), { cookie, name: h.name }]);
    }
    return close(...args);
  };
  // Clearing the cookies ends what this context held; a later sign-in of someone else is not the demo user's.
  const clearCookies = context.clearCookies.bind(context);
  context.clearCookies = async (...args: Parameters<BrowserContext['clearCookies']>) => {
    state.holder = null;
    return clearCookies(...args);
  };
}

/** The second-factor step of the staff sign-in: a fresh code of `secret`, once more after a refusal. */
export async function enterTotp(page: Page, username: string, secret: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tweestapsverificatie');
  const field = page.getByLabel('Code uit de app', { exact: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    await field.fill(await freshTotp(username, secret));
    await page.getByRole('button', { name: 'Bevestigen', exact: true }).click();
    const refused = page.getByRole('alert');
    await expect(refused.or(page.getByRole('button', { name: 'Uitloggen' }))).toBeVisible();
    if (!(await refused.isVisible())) return;
    skipUsedSteps(username);
  }
}

/** A provider user's token for set-up and checks through the API. */
export const providerToken = (request: APIRequestContext) => apiLogin(request, PROVIDER_USER);

export async function employerIdByName(request: APIRequestContext, token: string, name = DEMO_EMPLOYER): Promise<string> {
  const data = await gql<{ employers: { edges: Array<{ node: { id: string; name: string } }> } }>(
    request,
    token,
    `query ($search: String) { employers(first: 20, search: $search) { edges { node { id name } } } }`,
    { search: name },
  );
  const employer = data.employers.edges.find((e) => e.node.name === name)?.node;
  expect(employer, `employer ${name}`).toBeDefined();
  return employer!.id;
}

export interface ApiPerson {
  id: string;
  fullName: string;
  email: string | null;
  status: string;
  username: string | null;
}

const PERSON_FIELDS = 'id fullName email account { status username }';

type RawPerson = { id: string; fullName: string; email: string | null; account: { status: string; username: string | null } | null };
const toPerson = (p: RawPerson): ApiPerson => ({
  id: p.id,
  fullName: p.fullName,
  email: p.email,
  status: p.account?.status ?? 'NONE',
  username: p.account?.username ?? null,
});

/** A person of the employer by full name (searched like the search field does). */
export async function personByName(request: APIRequestContext, token: string, employerId: string, fullName: string): Promise<ApiPerson> {
  const data = await gql<{ employer: { employments: { edges: Array<{ node: { person: RawPerson } }> } } }>(
    request,
    token,
    `query ($id: ID!, $search: String) {
      employer(id: $id) { employments(first: 20, search: $search) { edges { node { person { ${PERSON_FIELDS} } } } } }
    }`,
    { id: employerId, search: fullName },
  );
  const person = data.employer.employments.edges.map((e) => e.node.person).find((p) => p.fullName === fullName);
  expect(person, `person ${fullName}`).toBeDefined();
  return toPerson(person!);
}

export async function personById(request: APIRequestContext, token: string, id: string): Promise<ApiPerson> {
  const data = await gql<{ node: RawPerson }>(request, token, `query ($id: ID!) { node(id: $id) { ... on Person { ${PERSON_FIELDS} } } }`, {
    id,
  });
  return toPerson(data.node);
}

async function accessMutation(request: APIRequestContext, token: string, field: string, personId: string): Promise<void> {
  const data = await gql<Record<string, { userErrors: Array<{ code: string }> }>>(
    request,
    token,
    `mutation ($input: PersonInput!) { ${field}(input: $input) { userErrors { code } } }`,
    { input: { personId } },
  );
  expect(data[field]!.userErrors, `${field} of ${personId}`).toEqual([]);
}

/**
 * Puts a person without a registered account back to "no access": withdraws a pending or expired
 * invitation, lifts a block.
 */
export async function ensureNoAccess(request: APIRequestContext, token: string, person: ApiPerson): Promise<void> {
  const current = await personById(request, token, person.id);
  if (current.status === 'INVITED' || current.status === 'EXPIRED') await accessMutation(request, token, 'revokeInvitation', person.id);
  if (current.status === 'BLOCKED') await accessMutation(request, token, 'unblockAccess', person.id);
  expect((await personById(request, token, person.id)).status).toBe('NONE');
}

/** Lifts a block of a registered person, so the journey starts from ACTIVE. */
export async function ensureActive(request: APIRequestContext, token: string, person: ApiPerson): Promise<void> {
  const current = await personById(request, token, person.id);
  if (current.status === 'BLOCKED') await accessMutation(request, token, 'unblockAccess', person.id);
  expect(['ACTIVE', 'LOCKED']).toContain((await personById(request, token, person.id)).status);
}

export const blockViaApi = (r: APIRequestContext, t: string, personId: string) => accessMutation(r, t, 'blockAccess', personId);
export const unblockViaApi = (r: APIRequestContext, t: string, personId: string) => accessMutation(r, t, 'unblockAccess', personId);

export async function setEmailViaApi(request: APIRequestContext, token: string, personId: string, email: string): Promise<void> {
  const data = await gql<{ updatePersonEmail: { userErrors: Array<{ code: string }> } }>(
    request,
    token,
    `mutation ($input: UpdatePersonEmailInput!) { updatePersonEmail(input: $input) { userErrors { code } } }`,
    { input: { personId, email } },
  );
  expect(data.updatePersonEmail.userErrors).toEqual([]);
}

/** Ids of the mails to `to` so far. */
export async function mailIdsTo(request: APIRequestContext, to: string): Promise<string[]> {
  return (await readDevMailbox(request, to, 100)).map((m) => m.id);
}

/** The newest mail of `kind` to `to` that is not in `seen`; waits a moment for it. */
export async function newMail(request: APIRequestContext, to: string, kind: string, seen: readonly string[]): Promise<DevMail> {
  let found: DevMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await readDevMailbox(request, to, 100)).find((m) => m.kind === kind && !seen.includes(m.id));
        return found !== undefined;
      },
      { message: `a ${kind} mail to ${to}`, timeout: 10_000 },
    )
    .toBe(true);
  return found!;
}

/** The text of a downloaded file. */
export async function downloadText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Opens a section of the employer through its navigation (it scrolls sideways on a phone). */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van de werkgever' }).getByRole('link', { name, exact: true }).click();
}

/**
 * Ticks a React Aria checkbox or radio by its label (the native input is visually hidden, as in
 * React Aria's own components, so it is clicked through the label the user sees).
 */
export async function choose(page: Page, role: 'checkbox' | 'radio', name: string): Promise<void> {
  const input = page.getByRole(role, { name, exact: true });
  await input.locator('xpath=ancestor::label[1]').click();
  await expect(input).toBeChecked();
}

/** Flips a React Aria switch by its label (the input itself is visually hidden). */
export async function flip(page: Page, name: string): Promise<void> {
  await page.getByRole('switch', { name, exact: true }).locator('xpath=ancestor::label[1]').click();
}
