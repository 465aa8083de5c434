import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalFeature } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal } from '../testSupport';

afterEach(() => clearAccessEnded());

const FEATURES: PortalFeature[] = [...ALL_FEATURES, 'POLICY_ASSISTANT'];

const answer = (matched: boolean) => ({
  data: {
    askRegulations: {
      __typename: 'AskRegulationsPayload',
      answer: {
        __typename: 'RegulationAnswer',
        matched,
        passages: matched
          ? [
              {
                __typename: 'RegulationHit',
                documentId: 'doc_1',
                documentTitle: 'Personeelshandboek',
                page: 2,
                text: '2. Vakantiedagen. Bij een volledige werkweek heb je recht op 25 vakantiedagen per jaar.',
              },
            ]
          : [],
      },
      userErrors: [],
    },
  },
});

describe('regelingen (R42)', () => {
  it('quotes the passages with document and page, and says so when nothing matches', { timeout: 40_000 }, async () => {
    const server = mockPortal(
      { EmployeeAskRegulations: (r) => answer((r.variables['input'] as { question: string }).question.includes('vakantie')) },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/regelingen' });
    const input = await screen.findByRole('searchbox', { name: 'Je vraag' }, { timeout: 20_000 });
    await user.type(input, 'hoeveel vakantiedagen?');
    await user.click(screen.getByRole('button', { name: 'Zoek' }));

    const results = await screen.findByRole('region', { name: 'Passages bij ‘hoeveel vakantiedagen?’' });
    expect(within(results).getByText(/recht op 25 vakantiedagen/)).toBeInTheDocument();
    expect(within(results).getByText('Personeelshandboek, pagina 2')).toBeInTheDocument();
    expect(within(results).getByRole('button', { name: 'Open Personeelshandboek (pagina 2)' })).toBeInTheDocument();
    expect(server.calls('EmployeeAskRegulations')[0]!.variables).toEqual({ input: { question: 'hoeveel vakantiedagen?' } });

    await user.clear(input);
    await user.type(input, 'het weer');
    await user.click(screen.getByRole('button', { name: 'Zoek' }));
    const none = await screen.findByRole('region', { name: 'Passages bij ‘het weer’' });
    expect(await within(none).findByText(/Ik vond niets over ‘het weer’/)).toBeInTheDocument();
    expect(within(none).queryByText(/vakantiedagen/)).not.toBeInTheDocument();
  });

  it('refuses an empty question without asking the server', async () => {
    const server = mockPortal({}, { features: FEATURES });
    const { user } = await renderApp({ path: '/werknemer/regelingen' });
    await user.click(await screen.findByRole('button', { name: 'Zoek' }, { timeout: 20_000 }));
    expect(await screen.findByText('Typ eerst een vraag.')).toBeInTheDocument();
    expect(server.calls('EmployeeAskRegulations')).toHaveLength(0);
  });

  it('is not there without the product (R22)', async () => {
    mockPortal({}, { features: ALL_FEATURES });
    await renderApp({ path: '/werknemer/regelingen' });
    expect(await screen.findByText(/niet beschikbaar|not available/i, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });
});
