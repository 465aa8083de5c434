import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalFeature } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, featureNotActive, mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const FEATURES: PortalFeature[] = [...ALL_FEATURES, 'INSURANCE_COMPARE'];

const offer = (id: string, insurer: string, kind: string, over: Record<string, unknown> = {}) => ({
  __typename: 'InsuranceOffer',
  id,
  scope: 'PROVIDER',
  insurer,
  kind,
  discountText: '10% korting',
  discountPercentage: 10,
  monthlyPremiumFromCents: 1875,
  conditions: 'Geen medische keuring.',
  url: `https://${id}.example.com/collectief`,
  ...over,
});

const OFFERS = [
  offer('zorg', 'Zorgzaam Collectief', 'SUPPLEMENTARY_HEALTH'),
  offer('reis', 'Op Reis', 'TRAVEL', { discountPercentage: null, discountText: '', monthlyPremiumFromCents: null, scope: 'EMPLOYER' }),
];

const answer = (insuranceOffers: unknown) => ({ data: { me: { __typename: 'EmployeeMe', insuranceOffers } } });

describe('verzekeringen vergelijken (R40)', () => {
  // The first page of a test file loads its chunks: on a loaded machine that takes longer than usual.
  it('compares the offers with the same rows and opens the insurer without a referrer', { timeout: 40_000 }, async () => {
    mockPortal({ EmployeeInsuranceOffers: () => answer(OFFERS) }, { features: FEATURES });
    await renderApp({ path: '/werknemer/verzekeringen' });
    const table = await screen.findByRole('table', { name: 'Verzekeringen naast elkaar' }, { timeout: 20_000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Verzekeringen vergelijken' })).toBeInTheDocument();
    expect(screen.getByText(/Dit is informatie, geen advies/)).toBeInTheDocument();

    // The table (wide screens) has an offer per column and the rows of the cards (phones).
    expect(within(table).getAllByRole('columnheader').map(plain)).toEqual(['Zorgzaam Collectief', 'Op Reis']);
    const rowNames = within(table).getAllByRole('rowheader').map(plain);
    expect(rowNames).toEqual(['Soort', 'Korting', 'Premie vanaf', 'Voorwaarden', 'Afgesproken door', 'Meer informatie']);
    expect(plain(within(table).getByRole('row', { name: /Premie vanaf/ }))).toBe('Premie vanaf€ 18,75 per maandNiet vermeld');
    expect(plain(within(table).getByRole('row', { name: /Afgesproken door/ }))).toBe('Afgesproken doorJe salarisadministratieVoorbeeld MKB');
    const cards = screen.getByRole('list', { name: 'Verzekeringen naast elkaar' });
    const card = within(cards).getAllByRole('listitem')[0]!;
    expect(within(card).getAllByRole('term').map(plain)).toEqual(rowNames);

    for (const link of screen.getAllByRole('link', { name: /^Naar Zorgzaam Collectief/ })) {
      expect(link).toHaveAttribute('href', 'https://zorg.example.com/collectief');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('filters by kind (R40)', async () => {
    mockPortal({ EmployeeInsuranceOffers: () => answer(OFFERS) }, { features: FEATURES });
    const { user } = await renderApp({ path: '/werknemer/verzekeringen' });
    const table = await screen.findByRole('table', { name: 'Verzekeringen naast elkaar' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort verzekering' }), 'TRAVEL');
    expect(within(table).getAllByRole('columnheader').map(plain)).toEqual(['Op Reis']);
    expect(screen.getByText('1 verzekering')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort verzekering' }), 'LIABILITY');
    expect(screen.getByText('Er zijn nu geen verzekeringen van deze soort.')).toBeInTheDocument();
  });

  it('is not available without the product (R22)', async () => {
    mockPortal({ EmployeeInsuranceOffers: () => featureNotActive(['me', 'insuranceOffers'], { me: null }) });
    await renderApp({ path: '/werknemer/verzekeringen' });
    expect(await screen.findByText(/niet beschikbaar/)).toBeInTheDocument();
  });
});
