import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalFeature } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const FEATURES: PortalFeature[] = [...ALL_FEATURES, 'ASSISTANT'];

const answer = (over: Record<string, unknown>) => ({
  data: {
    askAssistant: {
      __typename: 'AskAssistantPayload',
      answer: {
        __typename: 'AssistantAnswer',
        intent: 'LEAVE_BALANCE',
        answered: true,
        text: 'Volgens je verlofkaart van 2026 heb je nog 120 uur Wettelijk verlof.',
        facts: [{ __typename: 'AssistantFact', label: 'Wettelijk verlof 2026', value: '120 uur' }],
        link: { __typename: 'AssistantLink', path: '/werknemer/verlof', label: 'Verlof' },
        contact: null,
        ...over,
      },
      userErrors: [],
    },
  },
});

describe('assistent (R41)', () => {
  // The first page of a test file loads its chunks: on a loaded machine that takes longer than usual.
  it('asks the question in the portal language and shows the answer with its source', { timeout: 40_000 }, async () => {
    const server = mockPortal(
      {
        EmployeeAskAssistant: (r) => {
          const q = (r.variables['input'] as { question: string }).question;
          return q.startsWith('hoeveel')
            ? answer({})
            : answer({
                intent: 'UNKNOWN',
                answered: false,
                text: 'Dat weet ik niet.',
                facts: [],
                link: null,
                contact: { __typename: 'AssistantContact', name: 'Voorbeeld MKB', street: 'Hogeweg 135', postalCode: '5301 LL', city: 'Zaltbommel' },
              });
        },
      },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/assistent' });
    const input = await screen.findByRole('textbox', { name: 'Je vraag' }, { timeout: 20_000 });
    await user.type(input, 'hoeveel verlof heb ik nog?');
    await user.click(screen.getByRole('button', { name: 'Vraag' }));

    const conversation = screen.getByRole('region', { name: 'Gesprek met de assistent' });
    expect(await within(conversation).findByText(/120 uur Wettelijk verlof/)).toBeInTheDocument();
    expect(within(conversation).getByRole('link', { name: 'Bron: Verlof' })).toHaveAttribute('href', '/werknemer/verlof');
    expect(server.calls('EmployeeAskAssistant')[0]!.variables).toEqual({ input: { question: 'hoeveel verlof heb ik nog?', language: 'nl' } });
    expect(input).toHaveValue('');

    await user.type(input, 'wat is het weer?');
    await user.click(screen.getByRole('button', { name: 'Vraag' }));
    expect(await within(conversation).findByText('Dat weet ik niet.')).toBeInTheDocument();
    expect(plain(conversation)).toContain('Vraag het Voorbeeld MKB:Hogeweg 1355301 LL Zaltbommel');
  });

  it('refuses an empty question without asking the server', async () => {
    const server = mockPortal({}, { features: FEATURES });
    const { user } = await renderApp({ path: '/werknemer/assistent' });
    await user.click(await screen.findByRole('button', { name: 'Vraag' }));
    expect(await screen.findByText('Typ eerst een vraag.')).toBeInTheDocument();
    expect(server.calls('EmployeeAskAssistant')).toHaveLength(0);
  });
});
