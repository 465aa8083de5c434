import { providerViewer, sessionPayload, type Handler } from './graphqlServer';

/*
 * Answers of the fake GraphQL server for the admin pages' component tests (not shipped: only
 * *.test.tsx files import this). Shapes follow the documents in the feature folders, with
 * __typename everywhere, as the server sends them.
 */

export const ALL_RIGHTS = [
  'VIEW_EMPLOYEES',
  'MANAGE_PORTAL_ACCESS',
  'COLLECTIVE_MUTATIONS',
  'MANAGE_PRODUCTS',
  'MANAGE_MAIL_TEMPLATES',
  'VIEW_MIJNLOKET_EMAIL',
  'VIEW_AUDIT_LOG',
];

export const EMPLOYER_ID = 'emp_01JTEST00000000000000000001';

export const adminViewer = { ...providerViewer, rights: ALL_RIGHTS };

export const employerUserViewer = {
  ...providerViewer,
  displayName: 'Wim Gerritsen',
  username: 'wg-beheerder',
  scope: 'EMPLOYER',
  provider: null,
  employer: { __typename: 'Employer', id: EMPLOYER_ID, name: 'Voorbeeld MKB', administrationNumber: '23735' },
  rights: ALL_RIGHTS.filter((r) => r !== 'VIEW_MIJNLOKET_EMAIL'),
};

export const signedIn =
  (viewer: Record<string, unknown> = adminViewer): Handler =>
  () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload', viewer) } });

export const provider = {
  __typename: 'Provider',
  id: 'prv_01JTEST00000000000000000001',
  name: 'Voorbeeld Administratiekantoor',
  mijnloketAddendumSignedAt: '2025-10-20T14:05:53Z',
};

export function employer(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Employer',
    id: EMPLOYER_ID,
    name: 'Voorbeeld MKB',
    street: 'Hogeweg 135',
    postalCode: '5301 LL',
    city: 'Zaltbommel',
    administrationNumber: '23735',
    mijnLoketVariant: 'START',
    activeProducts: [],
    provider,
    ...overrides,
  };
}

export const employerHandler =
  (overrides: Record<string, unknown> = {}): Handler =>
  () => ({ data: { employer: employer(overrides) } });

export const overviewHandler: Handler = () => ({
  data: {
    employer: {
      __typename: 'Employer',
      id: EMPLOYER_ID,
      activeProducts: [],
      advisories: [],
      inService: { __typename: 'EmploymentConnection', totalCount: 36 },
      outOfService: { __typename: 'EmploymentConnection', totalCount: 5 },
      leftWithAccess: { __typename: 'EmploymentConnection', totalCount: 0, edges: [] },
    },
  },
});

export interface RowSpec {
  n: number;
  name: string;
  status?: string | null;
  endDate?: string | null;
  personId?: string;
}

export function employmentNode({ n, name, status = null, endDate = null, personId }: RowSpec) {
  return {
    __typename: 'Employment',
    id: `emt_${n}`,
    employeeNumber: n,
    startDate: '2020-01-01',
    endDate,
    inService: endDate === null,
    jobTitle: 'Medewerker',
    person: {
      __typename: 'Person',
      id: personId ?? `per_${n}`,
      fullName: name,
      email: `${name.toLowerCase().replace(/\s+/g, '.')}@voorbeeld.nl`,
      account: status ? { __typename: 'Account', id: `acc_${n}`, status } : null,
    },
  };
}

export function employmentsPage(rows: RowSpec[], { totalCount = rows.length, endCursor = 'cursor-end', startCursor = 'cursor-start' } = {}) {
  return {
    data: {
      employer: {
        __typename: 'Employer',
        id: EMPLOYER_ID,
        employments: {
          __typename: 'EmploymentConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage: totalCount > rows.length, hasPreviousPage: false, startCursor, endCursor },
          edges: rows.map((r) => ({ __typename: 'EmploymentEdge', node: employmentNode(r) })),
        },
      },
    },
  };
}
