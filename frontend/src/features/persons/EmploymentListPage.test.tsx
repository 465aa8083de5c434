import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employmentsPage, signedIn } from '../../test/adminData';

const LIST = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers`;

function rows(count: number, offset = 0) {
  return Array.from({ length: count }, (_, i) => ({ n: offset + i + 1, name: `Werknemer ${offset + i + 1}`, status: 'ACTIVE' }));
}

describe('the employments list (☰)', () => {
  it('takes search, filters and page from the URL and asks the server for exactly that', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployments: () => employmentsPage([{ n: 14, name: 'Linda Huisman', status: 'ACTIVE', endDate: '2025-06-09' }], { totalCount: 1 }),
    });
    await renderApp({ path: `${LIST}?zoek=huis&dienst=uit&status=actief,geblokkeerd&pagina=2&na=c1` });

    expect(await screen.findByRole('row', { name: /Linda Huisman/ })).toBeInTheDocument();
    expect(server.calls('AdminEmployments')[0]?.variables).toEqual({
      employerId: EMPLOYER_ID,
      search: 'huis',
      filter: { service: 'OUT_OF_SERVICE', accessStatus: ['ACTIVE', 'BLOCKED'] },
      first: 25,
      after: 'c1',
    });
    expect(screen.getByLabelText('Zoek op naam, personeelsnummer of e-mailadres')).toHaveValue('huis');
    expect(screen.getByRole('checkbox', { name: 'Actief' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Geblokkeerd' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Uitgenodigd' })).not.toBeChecked();
    expect(screen.getByRole('row', { name: /Linda Huisman/ })).toHaveTextContent('Uit dienst sinds 09-06-2025');
  });

  it('pages with the cursors the server gave, keeping search and filters in the URL', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployments: (request) =>
        request.variables['after'] === 'end-1'
          ? employmentsPage(rows(16, 25), { totalCount: 41, startCursor: 'start-2', endCursor: 'end-2' })
          : employmentsPage(rows(25), { totalCount: 41, startCursor: 'start-1', endCursor: 'end-1' }),
    });
    const { user, router } = await renderApp({ path: `${LIST}?dienst=in` });

    const pager = await screen.findByRole('navigation', { name: "Pagina's" });
    expect(pager).toHaveTextContent('Pagina 1 van 2 · 41 dienstverbanden');
    await user.click(within(pager).getByRole('link', { name: 'Volgende' }));

    await waitFor(() => expect(router.state.location.search).toBe('?dienst=in&pagina=2&na=end-1'));
    expect(await screen.findByRole('row', { name: /Werknemer 41/ })).toBeInTheDocument();
    expect(server.calls('AdminEmployments').at(-1)?.variables).toMatchObject({ filter: { service: 'IN_SERVICE' }, first: 25, after: 'end-1' });
    expect(screen.getByRole('navigation', { name: "Pagina's" })).toHaveTextContent('Pagina 2 van 2');
    expect(within(screen.getByRole('navigation', { name: "Pagina's" })).getByRole('link', { name: 'Vorige' })).toHaveAttribute(
      'href',
      `${LIST}?dienst=in`,
    );
  });

  it('starts at page 1 when a filter changes, and explains an empty result', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminEmployments: (request) =>
        (request.variables['filter'] as { accessStatus?: string[] } | undefined)?.accessStatus
          ? employmentsPage([], { totalCount: 0 })
          : employmentsPage(rows(25), { totalCount: 41, endCursor: 'end-1' }),
    });
    const { user, router } = await renderApp({ path: `${LIST}?pagina=2&na=end-1` });
    await screen.findByRole('row', { name: /Werknemer 1,/ });

    await user.click(screen.getByRole('checkbox', { name: 'Uitnodiging verlopen' }));

    await waitFor(() => expect(router.state.location.search).toBe('?status=verlopen'));
    expect(await screen.findByText('Niets gevonden')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoekopdracht en filters wissen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
