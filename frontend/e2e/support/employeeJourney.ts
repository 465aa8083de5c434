import { expect, type APIRequestContext } from '@playwright/test';
import { apiLogin, gql, linkInMail, readDevMailbox, type DevMail } from './api';
import { EMPLOYER_USER } from './demo';

/*
 * Helpers of the employee journeys (employee-*.spec.ts): staff actions through the API as the
 * werkgevergebruiker of Voorbeeld MKB, and the mails they cause, read from the dev mailbox.
 *
 * Every journey takes a person that has no access yet at the moment it starts (picked from the
 * demo data through the API, from the end of the list), so journeys, viewports and other specs never
 * share an employee: three wrong passwords or a block only ever hit that journey's own new account.
 */

export interface DemoPerson {
  id: string;
  firstName: string;
  fullName: string;
  email: string;
  /** YYYY-MM-DD */
  birthDate: string;
  employeeNumber: number;
}

export const staffToken = (request: APIRequestContext) => apiLogin(request, EMPLOYER_USER);

interface EmploymentsAnswer {
  viewer: { employer: { id: string } | null } | null;
}

async function employerId(request: APIRequestContext, token: string): Promise<string> {
  const data = await gql<EmploymentsAnswer>(request, token, `{ viewer { employer { id } } }`);
  return data.viewer!.employer!.id;
}

/** Persons of Voorbeeld MKB in service, with an e-mail address and without access, by employee number. */
export async function personsWithoutAccess(request: APIRequestContext, token: string): Promise<DemoPerson[]> {
  const id = await employerId(request, token);
  const data = await gql<{
    employer: {
      employments: {
        edges: Array<{
          node: {
            employeeNumber: number;
            person: { id: string; firstName: string; fullName: string; email: string | null; birthDate: string };
          };
        }>;
      };
    };
  }>(
    request,
    token,
    `query ($id: ID!) {
      employer(id: $id) {
        employments(first: 200, filter: { service: IN_SERVICE, accessStatus: [NONE] }) {
          edges { node { employeeNumber person { id firstName fullName email birthDate } } }
        }
      }
    }`,
    { id },
  );
  const seen = new Set<string>();
  const persons: DemoPerson[] = [];
  for (const { node } of data.employer.employments.edges) {
    if (!node.person.email || seen.has(node.person.id)) continue;
    seen.add(node.person.id);
    persons.push({ ...node.person, email: node.person.email, employeeNumber: node.employeeNumber });
  }
  return persons.sort((a, b) => a.employeeNumber - b.employeeNumber);
}

/** A person without access, taken from the end of the list (staff specs tend to take the first). */
export async function freshPerson(request: APIRequestContext, token: string): Promise<DemoPerson> {
  const persons = await personsWithoutAccess(request, token);
  const person = persons.at(-1);
  expect(person, 'a demo person without access is left').toBeDefined();
  return person!;
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

export const grantAccess = (r: APIRequestContext, t: string, personId: string) => accessMutation(r, t, 'grantAccess', personId);
export const resendInvitation = (r: APIRequestContext, t: string, personId: string) => accessMutation(r, t, 'resendInvitation', personId);
export const revokeInvitation = (r: APIRequestContext, t: string, personId: string) => accessMutation(r, t, 'revokeInvitation', personId);
export const blockAccess = (r: APIRequestContext, t: string, personId: string) => accessMutation(r, t, 'blockAccess', personId);

/**
 * The newest mail of `kind` to `to` that is not one of `seen` (mail ids), from the dev mailbox. The
 * mail is queued in the transaction of the change, but allow a moment anyway.
 */
export async function newestMail(request: APIRequestContext, to: string, kind: string, seen: readonly string[] = []): Promise<DevMail> {
  let found: DevMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await readDevMailbox(request, to)).find((m) => m.kind === kind && !seen.includes(m.id));
        return found !== undefined;
      },
      { message: `a ${kind} mail to ${to}`, timeout: 10_000 },
    )
    .toBe(true);
  return found!;
}

/** Ids of the mails to `to` so far, to tell a new mail from an older one of the same kind. */
export async function mailIds(request: APIRequestContext, to: string): Promise<string[]> {
  return (await readDevMailbox(request, to, 100)).map((m) => m.id);
}

/** The invitation link of the newest access mail to the person, as a path with its #token. */
export async function invitationLink(request: APIRequestContext, person: DemoPerson, seen: readonly string[] = []): Promise<string> {
  return linkInMail(await newestMail(request, person.email, 'INVITATION', seen), '/werknemer/uitnodiging');
}

/** dd, mm, jjjj of an ISO date. */
export function dateParts(iso: string): { day: string; month: string; year: string } {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day, month, year };
}

/** A birth date that is surely wrong: a year earlier. */
export function wrongBirthDate(iso: string): { day: string; month: string; year: string } {
  const parts = dateParts(iso);
  return { ...parts, year: String(Number(parts.year) - 1) };
}

/** A username no demo account has, different per run and viewport. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}`;
}
