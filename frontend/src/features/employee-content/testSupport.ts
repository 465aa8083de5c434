import { vi } from 'vitest';
import type { PortalFeature } from '../../gql/graphql';
import { employeeViewer, mockGraphqlServer, sessionPayload, type Handler } from '../../test/graphqlServer';

/*
 * For the content pages' component tests: a signed-in Jan Jansen of Voorbeeld MKB, the portal menu
 * with the given features, and the page's own handlers.
 */

export const ALL_FEATURES: PortalFeature[] = [
  'SALARY_CHART',
  'PAYSLIPS',
  'ANNUAL_STATEMENTS',
  'DOCUMENTS',
  'LEAVE_CARD',
  'PERSONAL_DATA',
  'ABSENCE_REPORTING',
];

export const employment = (employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null = null) => ({
  __typename: 'Employment',
  id: `dvb_${employeeNumber}`,
  employeeNumber,
  jobTitle,
  startDate,
  endDate,
  inService: endDate === null,
});

export const JAN_EMPLOYMENT = employment(18, 'Commercieel medewerker binnendienst', '2015-08-12');

export function portalMenu(features: PortalFeature[] = ALL_FEATURES, employments = [JAN_EMPLOYMENT]) {
  return {
    data: {
      me: {
        __typename: 'EmployeeMe',
        features,
        employer: { __typename: 'Employer', id: 'emp_1', name: 'Voorbeeld MKB' },
        employments,
      },
    },
  };
}

/** A top-level FEATURE_NOT_ACTIVE at `path`, as the server answers a feature the employer did not activate. */
export function featureNotActive(path: string[], data: unknown) {
  return {
    data,
    errors: [{ message: 'the feature is not active for this employer', path, extensions: { code: 'FEATURE_NOT_ACTIVE' } }],
  };
}

export function mockPortal(
  handlers: Partial<Record<string, Handler>>,
  { features = ALL_FEATURES, employments = [JAN_EMPLOYMENT] }: { features?: PortalFeature[]; employments?: unknown[] } = {},
) {
  return mockGraphqlServer({
    EmployeeRefreshSession: () => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } }),
    EmployeePortalMenu: () => portalMenu(features, employments as (typeof JAN_EMPLOYMENT)[]),
    ...handlers,
  });
}

/** A minimal download response (jsdom's Blob and Node's Response do not mix). */
export function fileReply(status: number, headers: Record<string, string> = {}, body = ''): Response {
  return {
    status,
    ok: status >= 200 && status < 300,
    headers: new Headers(headers),
    blob: () => Promise.resolve(new Blob([body])),
  } as unknown as Response;
}

/**
 * Lets GET requests under /downloads/ through to `answer` (the GraphQL mock takes the rest) and
 * records what the browser would save.
 */
export function mockDownloads(answer: (url: string, init: RequestInit) => Response) {
  const graphql = globalThis.fetch;
  const downloads: Array<{ url: string; authorization: string | null }> = [];
  const saved: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/downloads/')) return graphql(input, init);
    downloads.push({ url, authorization: new Headers(init.headers).get('Authorization') });
    return Promise.resolve(answer(url, init));
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return { downloads, saved };
}

/** An element's text with the no-break spaces of Intl's formats (€ 1.234,56) as plain spaces. */
export const plain = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\u00a0/g, ' ');
