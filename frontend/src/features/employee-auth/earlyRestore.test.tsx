import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPLOYEE_HOME_EARLY, documentHashIn, earlyRestoreScript } from '../../../vite/earlyRestoreScript';
import graphqlTs from '../../gql/graphql.ts?raw';
import { documentHash } from '../../lib/graphql/persisted';
import { deferred, employeeViewer, mockGraphqlServer, sessionPayload, userErrorPayload, type Reply } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { employeeRefreshSessionMutation } from './employeeAuth.graphql';

/*
 * The inline script of the built index.html (frontend/vite/earlyRestore.ts) with the app: on the
 * employee's home the page sends refreshSession and the home's queries before the app has loaded,
 * and the app takes those answers instead of asking again. The refresh token is used once, so the
 * app must never send a refresh of its own beside the page's.
 */

/** The script as the build writes it (frontend/vite/earlyRestore.ts). */
const script = earlyRestoreScript({
  path: EMPLOYEE_HOME_EARLY.path,
  refresh: { name: EMPLOYEE_HOME_EARLY.refresh, hash: documentHashIn(graphqlTs, EMPLOYEE_HOME_EARLY.refresh) },
  queries: EMPLOYEE_HOME_EARLY.queries.map((name) => ({ name, hash: documentHashIn(graphqlTs, name) })),
  chunks: { js: ['/assets/signedIn-t1.js', '/assets/portalFrame-t2.js'], css: ['/assets/portalFrame-t3.css'] },
});

/** The links the script added to the document's head: rel, as, crossorigin and path. */
const namedChunks = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"], link[rel="preload"]')].map((l) => [
    l.rel,
    l.getAttribute('as'),
    l.getAttribute('crossorigin'),
    l.getAttribute('href'),
  ]);

/** Runs the inline script as the browser would on a page load of `path`. */
function loadPage(path: string) {
  window.history.replaceState(null, '', path);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script is the build's own text, run as index.html runs it
  (new Function(script) as () => void)();
}

afterEach(() => {
  for (const link of document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')) link.remove();
  delete globalThis.__werkportaalEarly;
  window.history.replaceState(null, '', '/');
});

const employment = {
  __typename: 'Employment',
  id: 'dvb_18',
  employeeNumber: 18,
  jobTitle: 'Commercieel medewerker',
  startDate: '2015-08-12',
  endDate: null,
  inService: true,
};
const employer = { __typename: 'Employer', id: 'emp_01JDEMO0000000000000000001', name: 'Voorbeeld MKB' };

const portalHome = (): Reply => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      features: [],
      home: null,
      account: { __typename: 'Account', id: 'acc_1', username: 'jan.jansen' },
      person: { __typename: 'Person', id: 'per_1', firstName: 'Jan', fullName: 'Jan Jansen' },
      employer,
      employments: [employment],
    },
  },
});

const portalMenu = (): Reply => ({ data: { me: { __typename: 'EmployeeMe', features: [], employer, employments: [employment] } } });

const restored = (): Reply => ({ data: { refreshSession: sessionPayload('RefreshSessionPayload', employeeViewer) } });
const noSession = (): Reply => ({
  data: { refreshSession: userErrorPayload('RefreshSessionPayload', 'SESSION_EXPIRED', 'session expired') },
});

describe('early session restore of the employee home', () => {
  // The queries are the home's own too: otherwise the app would send them again (the next test).
  it('sends the refresh the session store sends', () => {
    expect(documentHashIn(graphqlTs, EMPLOYEE_HOME_EARLY.refresh)).toBe(documentHash(employeeRefreshSessionMutation));
  });

  it('restores the session with the page’s refresh and shows the home from the page’s answers: one refresh, never two', async () => {
    const refresh = deferred<Reply>();
    const server = mockGraphqlServer({
      EmployeeRefreshSession: () => refresh.promise,
      EmployeePortalMenu: portalMenu,
      EmployeePortalHome: portalHome,
    });
    loadPage('/werknemer');
    expect(server.calls('EmployeeRefreshSession')).toHaveLength(1);
    expect(server.calls('EmployeeRefreshSession')[0]?.credentials).toBe('same-origin');
    expect(server.calls('EmployeeRefreshSession')[0]?.headers.has('Authorization')).toBe(false);

    // The app loads while the page's refresh is still under way: it waits for that one.
    const { router } = await renderApp({ path: '/werknemer' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.calls('EmployeeRefreshSession')).toHaveLength(1);
    expect(namedChunks(), 'no chunk of the signed-in home before there is a session').toEqual([]);

    refresh.resolve(restored());
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer');
    // The page sent each query once with the new token, and the app sent none of its own.
    expect(server.requests.map((r) => r.operationName).sort()).toEqual(['EmployeePortalHome', 'EmployeePortalMenu', 'EmployeeRefreshSession']);
    for (const name of EMPLOYEE_HOME_EARLY.queries) {
      expect(server.calls(name)[0]?.headers.get('Authorization')).toBe('Bearer access-token-1');
    }
    expect(globalThis.__werkportaalEarly?.answers).toEqual({});
    // On the session the page named the signed-in home's chunks, as Vite's preload helper asks for them.
    expect(namedChunks()).toEqual([
      ['modulepreload', null, '', '/assets/signedIn-t1.js'],
      ['modulepreload', null, '', '/assets/portalFrame-t2.js'],
      ['preload', 'style', '', '/assets/portalFrame-t3.css'],
    ]);
  });

  it('when the page found no session, sends no queries and shows the sign-in page, with still one refresh', async () => {
    const server = mockGraphqlServer({ EmployeeRefreshSession: noSession });
    loadPage('/werknemer/');
    const { router } = await renderApp({ path: '/werknemer' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/werknemer/inloggen');
    expect(server.requests.map((r) => r.operationName)).toEqual(['EmployeeRefreshSession']);
    expect(namedChunks(), 'the sign-in page does not share the network with the signed-in chunks').toEqual([]);
  });

  it('a later refresh of the session is the app’s own: the page’s answer is taken once', async () => {
    const server = mockGraphqlServer({
      EmployeeRefreshSession: restored,
      EmployeePortalMenu: portalMenu,
      EmployeePortalHome: portalHome,
    });
    loadPage('/werknemer');
    await renderApp({ path: '/werknemer' });
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan' });
    expect(globalThis.__werkportaalEarly?.refresh).toBeUndefined();
    expect(server.calls('EmployeeRefreshSession')).toHaveLength(1);

    const { employeeSession } = await import('./employeeSession');
    await employeeSession().refreshAfterAuthError();
    expect(server.calls('EmployeeRefreshSession')).toHaveLength(2);
  });

  it.each(['/werknemer/inloggen', '/werknemer/uitnodiging', '/werknemer/wachtwoord-herstellen', '/werknemer/loonstroken', '/', '/inloggen', '/beheer'])(
    'sends nothing on %s: the app restores the session itself, once',
    async (path) => {
      const server = mockGraphqlServer({ EmployeeRefreshSession: noSession, StaffRefreshSession: noSession });
      loadPage(path);
      expect(server.requests).toHaveLength(0);
      expect(globalThis.__werkportaalEarly).toBeUndefined();

      await renderApp({ path });
      const refreshes = () => server.requests.filter((r) => r.operationName.endsWith('RefreshSession'));
      await waitFor(() => expect(refreshes()).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(refreshes()).toHaveLength(1);
    },
  );
});
