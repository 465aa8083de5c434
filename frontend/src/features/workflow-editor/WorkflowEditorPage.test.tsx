import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/workflow`;

const staff = [
  { __typename: 'WorkflowStaffUser', id: 'usr_hanna', name: 'Hanna de Vries', active: true, handlesRequests: true },
  { __typename: 'WorkflowStaffUser', id: 'usr_nina', name: 'Nina Bakker', active: true, handlesRequests: true },
  { __typename: 'WorkflowStaffUser', id: 'usr_olga', name: 'Olga Smit', active: true, handlesRequests: false },
];

function route(kind: string, steps: unknown[] = [{ __typename: 'RequestRouteStep', target: 'RIGHT', users: [] }], custom = false) {
  return { __typename: 'RequestRoute', kind, custom, updatedAt: null, steps, notify: [], autoApproval: null };
}

function routes(editorActive = true, leave = route('LEAVE'), escalation = { workingDays: 5, custom: false }) {
  return {
    data: {
      workflowRoutes: {
        __typename: 'WorkflowEditor',
        employerId: EMPLOYER_ID,
        editorActive,
        routes: [leave, route('LEAVE_CANCELLATION'), route('CLAIM'), route('PERSONAL_DATA_CHANGE')],
        staff,
        escalation: { __typename: 'WorkflowEscalation', updatedAt: null, ...escalation },
      },
      stuckWorkflowRequests: [],
    },
  };
}

/** An employer user who sets HR settings (MANAGE_HR_SETTINGS). */
const hr = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'MANAGE_HR_SETTINGS'] };

const withEditor = employerHandler({ activeProducts: [{ __typename: 'Product', id: 'prd_16', code: 'WORKFLOW_EDITOR' }] });

describe('Workflow editor (R34)', () => {
  it('shows the route in words, sets a two-step route and previews it for an employee', async () => {
    let saved: unknown = null;
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withEditor,
      AdminWorkflowRoutes: () => routes(),
      AdminWorkflowPeople: () => ({ data: { workflowPeople: [{ __typename: 'WorkflowPerson', id: 'per_jan', name: 'Jan Jansen' }] } }),
      AdminWorkflowPreview: () => ({
        data: {
          workflowPreview: {
            __typename: 'WorkflowPreview',
            personName: 'Jan Jansen',
            autoApproval: null,
            steps: [
              { __typename: 'WorkflowPreviewStep', target: 'MANAGER', assignedTo: 'PERSONS', names: ['Mia Jansen'], more: 0, fallback: null, stuck: false },
              { __typename: 'WorkflowPreviewStep', target: 'USERS', assignedTo: 'USERS', names: ['Nina Bakker'], more: 0, fallback: null, stuck: false },
            ],
          },
        },
      }),
      AdminSetWorkflowRoute: (request) => {
        saved = request.variables['input'];
        return { data: { setWorkflowRoute: { __typename: 'WorkflowRoutePayload', route: { __typename: 'RequestRoute', kind: 'LEAVE' }, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: PAGE });

    expect(await screen.findByRole('heading', { level: 1, name: 'Workflow editor' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Workflow editor' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Stap 1: iedereen met het recht Behandelen aanvragen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verlof' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Route wijzigen' }));
    const step1 = screen.getByRole('group', { name: 'Stap 1' });
    await user.click(within(step1).getByRole('radio', { name: 'Leidinggevende van de werknemer' }));
    await user.click(screen.getByRole('button', { name: 'Tweede stap toevoegen' }));
    const step2 = screen.getByRole('group', { name: 'Stap 2' });
    await user.click(within(step2).getByRole('radio', { name: 'Genoemde gebruikers' }));
    // Only users holding Behandelen aanvragen can be named on a step.
    expect(within(step2).queryByRole('checkbox', { name: 'Olga Smit' })).not.toBeInTheDocument();
    await user.click(within(step2).getByRole('checkbox', { name: 'Nina Bakker' }));
    await user.type(screen.getByLabelText('Automatisch goedkeuren tot en met … uur (optioneel)'), '4');

    await user.type(screen.getByRole('searchbox', { name: 'Werknemer zoeken' }), 'jan');
    await user.click(await screen.findByRole('button', { name: 'Jan Jansen' }));
    expect(await screen.findByText('Voor Jan Jansen gaat deze aanvraag (Verlof) naar:')).toBeInTheDocument();
    expect(screen.getByText('Stap 1: Mia Jansen')).toBeInTheDocument();
    expect(screen.getByText('Stap 2: Nina Bakker')).toBeInTheDocument();
    // The preview is computed by the server on the draft.
    expect(server.calls('AdminWorkflowPreview').at(-1)?.variables).toMatchObject({
      personId: 'per_jan',
      kind: 'LEAVE',
      route: { steps: [{ target: 'MANAGER' }, { target: 'USERS', userIds: ['usr_nina'] }], autoApproval: { maxLeaveHours: 4 } },
    });

    await user.click(screen.getByRole('button', { name: 'Route opslaan' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect(saved).toEqual({
      employerId: EMPLOYER_ID,
      kind: 'LEAVE',
      route: { steps: [{ target: 'MANAGER' }, { target: 'USERS', userIds: ['usr_nina'] }], notifyUserIds: [], autoApproval: { maxLeaveHours: 4 } },
    });
    expect(await screen.findByText('De route voor Verlof is opgeslagen. Lopende aanvragen houden hun route.')).toBeInTheDocument();
  });

  it('refuses a step to named users without users before sending', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withEditor,
      AdminWorkflowRoutes: () => routes(),
    });
    const { user } = await renderApp({ path: PAGE });
    await user.click(await screen.findByRole('button', { name: 'Route wijzigen' }, LOADED));
    await user.click(within(screen.getByRole('group', { name: 'Stap 1' })).getByRole('radio', { name: 'Genoemde gebruikers' }));
    await user.click(screen.getByRole('button', { name: 'Route opslaan' }));
    expect(await screen.findByText('Kies bij een stap naar genoemde gebruikers 1 tot 10 gebruikers.')).toBeInTheDocument();
    expect(server.calls('AdminSetWorkflowRoute')).toHaveLength(0);
  });

  it('sets the escalation limit (R35): 1 to 30 working days checked before sending, empty for the default', async () => {
    const sent: unknown[] = [];
    let limit = { workingDays: 5, custom: false };
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withEditor,
      AdminWorkflowRoutes: () => routes(true, route('LEAVE'), limit),
      AdminSetWorkflowEscalation: (request) => {
        const input = request.variables['input'] as { workingDays: number | null };
        sent.push(input);
        limit = input.workingDays === null ? { workingDays: 5, custom: false } : { workingDays: input.workingDays, custom: true };
        return {
          data: {
            setWorkflowEscalation: {
              __typename: 'WorkflowEscalationPayload',
              escalation: { __typename: 'WorkflowEscalation', ...limit },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    const card = await screen.findByRole('region', { name: 'Melden van openstaande taken' }, LOADED);
    expect(within(card).getByText(/Staat een taak 5 werkdagen open zonder beslissing/)).toBeInTheDocument();
    expect(within(card).getByText('Standaard')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Meldtermijn wijzigen' }));
    const field = within(card).getByLabelText('Melden na … werkdagen');
    for (const wrong of ['0', '31', '2,5', 'twee']) {
      await user.clear(field);
      await user.type(field, wrong);
      await user.click(within(card).getByRole('button', { name: 'Meldtermijn opslaan' }));
      expect(await within(card).findByText(/Kies een meldtermijn van 1 tot en met 30 werkdagen/)).toBeInTheDocument();
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(server.calls('AdminSetWorkflowEscalation')).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '1');
    await user.click(within(card).getByRole('button', { name: 'Meldtermijn opslaan' }));
    expect(await within(card).findByText(/De meldtermijn is opgeslagen/)).toBeInTheDocument();
    expect(await within(card).findByText(/Staat een taak 1 werkdag open zonder beslissing/)).toBeInTheDocument();
    expect(within(card).getByText('Eigen termijn')).toBeInTheDocument();

    // Back to the default: the field left empty sends null.
    await user.click(within(card).getByRole('button', { name: 'Meldtermijn wijzigen' }));
    expect(within(card).getByLabelText('Melden na … werkdagen')).toHaveValue('1');
    await user.clear(within(card).getByLabelText('Melden na … werkdagen'));
    await user.click(within(card).getByRole('button', { name: 'Meldtermijn opslaan' }));
    expect(await within(card).findByText(/Staat een taak 5 werkdagen open/)).toBeInTheDocument();
    expect(sent).toEqual([
      { employerId: EMPLOYER_ID, workingDays: 1 },
      { employerId: EMPLOYER_ID, workingDays: null },
    ]);
  });

  it('shows the server refusal of the escalation limit in words', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withEditor,
      AdminWorkflowRoutes: () => routes(),
      AdminSetWorkflowEscalation: () => ({
        data: {
          setWorkflowEscalation: {
            __typename: 'WorkflowEscalationPayload',
            escalation: null,
            userErrors: [{ __typename: 'UserError', field: ['input', 'employerId'], code: 'WORKFLOW_EDITOR_NOT_ACTIVE', message: 'x' }],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: PAGE });
    const card = await screen.findByRole('region', { name: 'Melden van openstaande taken' }, LOADED);
    await user.click(within(card).getByRole('button', { name: 'Meldtermijn wijzigen' }));
    await user.type(within(card).getByLabelText('Melden na … werkdagen'), '3');
    await user.click(within(card).getByRole('button', { name: 'Meldtermijn opslaan' }));
    expect(await within(card).findByRole('alert')).toBeInTheDocument();
    expect(within(card).queryByText(/De meldtermijn is opgeslagen/)).not.toBeInTheDocument();
  });

  it('without the product: no link in the navigation, the default route, nothing to change', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: employerHandler(),
      AdminWorkflowRoutes: () => routes(false),
    });
    await renderApp({ path: PAGE });
    expect(await screen.findByText(/Deze werkgever heeft de Workflow editor niet/, undefined, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Workflow editor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Route wijzigen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meldtermijn wijzigen' })).not.toBeInTheDocument();
  });

  it('lists stuck requests so that nothing is silently stuck', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withEditor,
      AdminWorkflowRoutes: () => {
        const r = routes();
        return {
          data: {
            ...r.data,
            stuckWorkflowRequests: [
              { __typename: 'StuckWorkflowRequest', id: 'wfa_1', kind: 'LEAVE', personName: 'Ann Jansen', step: 1, since: '2026-06-01T08:00:00Z' },
            ],
          },
        };
      },
    });
    await renderApp({ path: PAGE });
    const section = await screen.findByRole('region', { name: 'Vastgelopen aanvragen' }, LOADED);
    expect(within(section).getByText(/Ann Jansen: Verlof, stap 1/)).toBeInTheDocument();
  });
});
