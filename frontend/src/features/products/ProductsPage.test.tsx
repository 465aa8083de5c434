import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, provider, signedIn } from '../../test/adminData';

const catalogue = [
  ['MIJNLOKET', 'MijnLoket', 'PORTAL', null],
  ['MIJNLOKET_DOCUMENTS', 'MijnLoket - Documenten', 'PORTAL_FEATURE', 'START'],
  ['MIJNLOKET_LEAVE_REQUESTS', 'MijnLoket - Verlofaanvragen', 'PORTAL_FEATURE', 'PLUS'],
  ['MIJNLOKET_PREBOARDING', 'MijnLoket - Preboarding', 'PORTAL_FEATURE', 'PRO'],
  ['LEAVE_REGISTRATION', 'Verlofregistratie', 'SUPPORTING', null],
  ['LEAVE_POLICY', 'Verlofregeling', 'SUPPORTING', null],
].map(([code, name, kind, tier], i) => ({
  __typename: 'Product',
  id: `prd_${code}`,
  code,
  nameNl: name,
  nameEn: `${name} (en)`,
  kind,
  tier,
  sortOrder: (i + 1) * 10,
}));

const ref = (code: string) => ({ __typename: 'Product', id: `prd_${code}`, code });

function productsAnswer({ variant, active, advisories = [], signed = true }: { variant: string; active: string[]; advisories?: Array<[string, string[]]>; signed?: boolean }) {
  return {
    data: {
      products: catalogue,
      employer: {
        __typename: 'Employer',
        id: EMPLOYER_ID,
        mijnLoketVariant: variant,
        activeProducts: active.map(ref),
        advisories: advisories.map(([product, missing]) => ({ __typename: 'ProductAdvisory', product: ref(product), missingAnyOf: missing.map(ref) })),
        provider: { ...provider, mijnloketAddendumSignedAt: signed ? provider.mijnloketAddendumSignedAt : null },
      },
    },
  };
}

const path = `/beheer/werkgevers/${EMPLOYER_ID}/producten`;

describe('Beheer → Werkgever → Producten', () => {
  it('shows the variant with the product that makes it, and the advisory about missing support', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler({ mijnLoketVariant: 'PLUS' }),
      AdminProducts: () =>
        productsAnswer({
          variant: 'PLUS',
          active: ['MIJNLOKET', 'MIJNLOKET_DOCUMENTS', 'MIJNLOKET_LEAVE_REQUESTS'],
          advisories: [['MIJNLOKET_LEAVE_REQUESTS', ['LEAVE_REGISTRATION', 'LEAVE_POLICY']]],
        }),
    });
    await renderApp({ path });

    const variant = await screen.findByRole('region', { name: 'Variant' });
    expect(variant).toHaveTextContent('MijnLoket Plus');
    expect(variant).toHaveTextContent('Door: MijnLoket - Verlofaanvragen.');
    expect(screen.getByRole('region', { name: 'Adviezen' })).toHaveTextContent(
      'MijnLoket - Verlofaanvragen werkt pas volledig met een van deze producten: Verlofregistratie of Verlofregeling.',
    );
    expect(screen.getByRole('switch', { name: 'MijnLoket - Verlofaanvragen' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'MijnLoket' })).toBeDisabled();
    expect(screen.getByText('Zet eerst alle MijnLoket-functionaliteiten uit.')).toBeInTheDocument();
    for (const group of ['MijnLoket', 'Start', 'Plus', 'Pro', 'Ondersteunende producten']) {
      expect(screen.getByRole('heading', { level: 2, name: group })).toBeInTheDocument();
    }
  });

  it('explains that the addendum must be signed before MijnLoket can be activated (R19)', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler({ mijnLoketVariant: 'NONE' }),
      AdminProducts: () => productsAnswer({ variant: 'NONE', active: [], signed: false }),
    });
    await renderApp({ path });

    expect(await screen.findByText('MijnLoket kan nog niet worden geactiveerd')).toBeInTheDocument();
    expect(screen.getByText(/Eerst moet Voorbeeld Administratiekantoor het MijnLoket-addendum tekenen. Maak daarvoor een afspraak/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'MijnLoket' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: 'MijnLoket' })).toHaveAccessibleDescription('Kan pas aan nadat het MijnLoket-addendum is getekend.');
    expect(screen.getByRole('switch', { name: 'MijnLoket - Documenten' })).toHaveAccessibleDescription('Zet eerst MijnLoket aan.');
    expect(screen.getByRole('region', { name: 'Variant' })).toHaveTextContent('MijnLoket niet actief');
  });

  it('activates a product and shows the new variant; a refusal is shown in Dutch at the product', async () => {
    let active = ['MIJNLOKET'];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(),
      AdminEmployer: employerHandler({ mijnLoketVariant: 'START' }),
      AdminProducts: () => productsAnswer({ variant: 'START', active }),
      AdminActivateProduct: (request) => {
        const code = (request.variables['input'] as { productCode: string }).productCode;
        if (code === 'MIJNLOKET_PREBOARDING') {
          return {
            data: {
              activateProduct: {
                __typename: 'ProductActivationPayload',
                employer: null,
                userErrors: [{ __typename: 'UserError', field: ['input', 'productCode'], code: 'MIJNLOKET_REQUIRED' }],
              },
            },
          };
        }
        active = [...active, code];
        return {
          data: {
            activateProduct: {
              __typename: 'ProductActivationPayload',
              employer: { __typename: 'Employer', id: EMPLOYER_ID, mijnLoketVariant: 'PLUS', activeProducts: active.map(ref), advisories: [] },
              userErrors: [],
            },
          },
        };
      },
    });
    const { user } = await renderApp({ path });

    await user.click(await screen.findByRole('switch', { name: 'MijnLoket - Verlofaanvragen' }));
    const variant = screen.getByRole('region', { name: 'Variant' });
    expect(await within(variant).findByText('MijnLoket Plus')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'MijnLoket - Verlofaanvragen' })).toBeChecked();
    // The header follows too: the Employer entity is updated by the payload.
    expect(screen.getByRole('region', { name: 'Huidige werkgever' })).toHaveTextContent('MijnLoket Plus');
    expect(server.calls('AdminActivateProduct')[0]?.variables).toEqual({ input: { employerId: EMPLOYER_ID, productCode: 'MIJNLOKET_LEAVE_REQUESTS' } });

    await user.click(screen.getByRole('switch', { name: 'MijnLoket - Preboarding' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze functionaliteit werkt alleen met MijnLoket. Activeer eerst het product MijnLoket.');
  });
});
