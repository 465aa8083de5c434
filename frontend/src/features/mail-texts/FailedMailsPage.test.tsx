import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer, type Handler } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/e-mailteksten/niet-aangekomen`;

function failedMail(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OutboxMail',
    id,
    kind: 'INVITATION',
    recipient: 's•••@example.nl',
    attempts: 143,
    createdAt: '2026-11-20T09:30:00Z',
    failedAt: '2026-11-23T09:30:00Z',
    status: 'FAILED',
    failureReason: 'REJECTED',
    smtpStatus: '550 5.1.1',
    employer: { __typename: 'Employer', id: EMPLOYER_ID, name: 'Voorbeeld MKB' },
    person: { __typename: 'Person', id: `per_${id}`, fullName: 'Sanne de Vries' },
    ...overrides,
  };
}

function page(mails: ReturnType<typeof failedMail>[]): ReturnType<Handler> {
  return {
    data: {
      failedMails: {
        __typename: 'OutboxMailConnection',
        totalCount: mails.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 's', endCursor: 'e' },
        edges: mails.map((node) => ({ __typename: 'OutboxMailEdge', node })),
      },
    },
  };
}

describe('mails that did not arrive', () => {
  it('lists the employer’s failed mails with the cause, never the address, and requeues one', async () => {
    let failed = [
      failedMail('obx_1'),
      failedMail('obx_2', { recipient: 'p•••@voorbeeld.nl', person: null, kind: 'PASSWORD_RESET', failureReason: 'UNREACHABLE', smtpStatus: null }),
    ];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminFailedMails: () => page(failed),
      AdminRequeueMail: (request) => {
        const id = (request.variables['input'] as { id: string }).id;
        failed = failed.filter((m) => m.id !== id);
        return {
          data: {
            requeueMail: {
              __typename: 'RequeueMailPayload',
              mail: { __typename: 'OutboxMail', id, status: 'PENDING', failedAt: null, requeuedAt: '2026-11-24T10:00:00Z' },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    const row = await screen.findByRole('row', { name: /Sanne de Vries/ }, LOADED);
    expect(server.calls('AdminFailedMails')[0]?.variables).toEqual({ employerId: EMPLOYER_ID, first: 25 });
    expect(within(row).getByRole('link', { name: 'Sanne de Vries' })).toHaveAttribute('href', `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/per_obx_1`);
    expect(row).toHaveTextContent('s•••@example.nl');
    expect(row).toHaveTextContent('Uitnodiging (toegangsmail)');
    expect(row).toHaveTextContent('Mailserver weigerde de mail');
    expect(row).toHaveTextContent('antwoord van de mailserver: 550 5.1.1');
    expect(row).toHaveTextContent('143');
    const other = screen.getByRole('row', { name: /p•••@voorbeeld\.nl/ });
    expect(other).toHaveTextContent('Mailserver niet bereikbaar');
    expect(other).not.toHaveTextContent('antwoord van de mailserver');
    expect(screen.getByText('2 mails niet aangekomen')).toHaveAttribute('role', 'status');
    // An employer user sees only its employer: no choice of scope.
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Opnieuw versturen aan s•••@example.nl' }));
    expect(await screen.findByText('De mail aan s•••@example.nl staat weer in de wachtrij.')).toHaveAttribute('role', 'status');
    expect(server.calls('AdminRequeueMail')[0]?.variables).toEqual({ input: { id: 'obx_1' } });
    await waitFor(() => expect(screen.queryByRole('row', { name: /Sanne de Vries/ })).not.toBeInTheDocument());
    // The list is fetched again after the requeue.
    await waitFor(() => expect(screen.getByText('1 mail niet aangekomen')).toBeInTheDocument());
    expect(screen.getByRole('row', { name: /p•••@voorbeeld\.nl/ })).toBeInTheDocument();
  });

  it('says so when someone else requeued the mail first', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminFailedMails: () => page([failedMail('obx_1')]),
      AdminRequeueMail: () => ({
        data: {
          requeueMail: {
            __typename: 'RequeueMailPayload',
            mail: null,
            userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'MAIL_NOT_FAILED', message: 'not failed' }],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: PAGE });
    const row = await screen.findByRole('row', { name: /Sanne de Vries/ }, LOADED);
    await user.click(within(row).getByRole('button', { name: /Opnieuw versturen/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze mail staat al weer in de wachtrij of is inmiddels verstuurd.');
  });

  it('lets a provider user see all its employers and requeue everything after confirming', async () => {
    let failed = [
      failedMail('obx_1'),
      failedMail('obx_3', { employer: { __typename: 'Employer', id: 'emp_other', name: 'Bakkerij De Korst' } }),
    ];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler(),
      AdminFailedMails: (request) => page(request.variables['employerId'] ? failed.filter((m) => m.employer.id === EMPLOYER_ID) : failed),
      AdminRequeueFailedMails: () => {
        const count = failed.length;
        failed = [];
        return {
          data: { requeueFailedMails: { __typename: 'RequeueFailedMailsPayload', requeuedCount: count, remainingCount: 0, userErrors: [] } },
        };
      },
    });
    const { user, router } = await renderApp({ path: PAGE });
    await screen.findByRole('row', { name: /Sanne de Vries/ }, LOADED);
    expect(screen.getByRole('radio', { name: 'Van Voorbeeld MKB' })).toBeChecked();
    expect(screen.queryByRole('columnheader', { name: 'Werkgever' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Van alle werkgevers van/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?bereik=alle'));
    expect(await screen.findByRole('row', { name: /Bakkerij De Korst/ })).toBeInTheDocument();
    expect(server.calls('AdminFailedMails').at(-1)?.variables).toEqual({ first: 25 });
    expect(screen.getByRole('columnheader', { name: 'Werkgever' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Alles opnieuw versturen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('2 mails van de werkgevers van Voorbeeld Administratiekantoor gaan terug in de wachtrij.');
    await user.click(within(dialog).getByRole('button', { name: 'Alles opnieuw versturen' }));
    expect(await screen.findByText('2 mails staan weer in de wachtrij.')).toBeInTheDocument();
    expect(server.calls('AdminRequeueFailedMails')[0]?.variables).toEqual({ input: {} });
    expect(await screen.findByText('Alle mails zijn aangekomen')).toBeInTheDocument();
  });
});
