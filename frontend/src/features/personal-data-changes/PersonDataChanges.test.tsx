import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

const PERSON_ID = 'per_01JTEST00000000000000000009';
const PATH = `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/${PERSON_ID}`;
const LOADED = { timeout: 10000 };
const withProduct = employerHandler({ activeProducts: [{ __typename: 'Product', id: 'prd_9', code: 'MIJNLOKET_PERSONAL_DATA_EDIT' }] });

const person = {
  __typename: 'Person',
  id: PERSON_ID,
  fullName: 'Ann de Boer',
  initials: 'A.',
  firstName: 'Ann',
  lastNamePrefix: 'de',
  lastName: 'Boer',
  birthDate: '1988-04-01',
  email: 'ann@example.nl',
  phone: null,
  payrollKey: null,
  street: 'Nachtegaalstraat 61',
  postalCode: '3581 AE',
  city: 'Utrecht',
  employer: { __typename: 'Employer', id: EMPLOYER_ID },
  employments: [{ __typename: 'Employment', id: 'emt_3', employeeNumber: 3, startDate: '2020-01-01', endDate: null, inService: true, jobTitle: 'Bakker' }],
  account: null,
};

const values = (v: Record<string, string>) => ({
  __typename: 'PersonalDataValues',
  street: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  iban: '',
  name: '',
  ...v,
});

const applied = {
  __typename: 'PersonalDataChange',
  id: 'pdc_1',
  personId: PERSON_ID,
  personName: 'Ann de Boer',
  field: 'ADDRESS',
  status: 'APPLIED',
  effectiveDate: null,
  comment: 'Verhuisd, akkoord',
  decidedByName: 'Wim Gerritsen',
  createdAt: '2026-11-20T09:00:00Z',
  decidedAt: '2026-11-21T10:00:00Z',
  appliedAt: '2026-11-21T10:00:00Z',
  old: values({ street: 'Hogeweg 135', postalCode: '5301 LL', city: 'Zaltbommel' }),
  new: values({ street: 'Nachtegaalstraat 61', postalCode: '3581 AE', city: 'Utrecht' }),
};

describe('the person page shows the personal-data changes (R37)', () => {
  it('with the address and the history, old and new with the decision', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: withProduct,
      AdminPerson: () => ({ data: { node: person } }),
      StaffPersonPersonalDataChanges: () => ({ data: { personalDataChanges: [applied] } }),
    });
    await renderApp({ path: PATH });
    const data = await screen.findByRole('region', { name: 'Persoonsgegevens' }, LOADED);
    expect(data).toHaveTextContent('AdresNachtegaalstraat 613581 AE Utrecht');
    const history = await screen.findByRole('region', { name: 'Wijzigingen persoonsgegevens' });
    const item = within(history).getByRole('listitem', { name: 'Adres: Doorgevoerd' });
    const [old, next] = within(item).getAllByRole('definition');
    expect(old).toHaveTextContent('Hogeweg 1355301 LL Zaltbommel');
    expect(next).toHaveTextContent('Nachtegaalstraat 613581 AE Utrecht');
    expect(item).toHaveTextContent('beslist door Wim Gerritsen');
    expect(item).toHaveTextContent('Toelichting: Verhuisd, akkoord');
    expect(server.calls('StaffPersonPersonalDataChanges')[0]?.variables).toEqual({ personId: PERSON_ID });
  });

  it('is not there at an employer without the product', async () => {
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(employerUserViewer),
      AdminEmployer: employerHandler(),
      AdminPerson: () => ({ data: { node: person } }),
    });
    await renderApp({ path: PATH });
    expect(await screen.findByRole('region', { name: 'Persoonsgegevens' }, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Wijzigingen persoonsgegevens' })).not.toBeInTheDocument();
    expect(server.calls('StaffPersonPersonalDataChanges')).toHaveLength(0);
  });
});
