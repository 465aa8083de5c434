import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../../lib/format/dates';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal } from '../testSupport';

afterEach(() => clearAccessEnded());

const FEATURES = [...ALL_FEATURES, 'PERSONAL_DATA_CHANGES' as const];
const values = (v: Partial<Record<'street' | 'postalCode' | 'city' | 'phone' | 'email' | 'iban' | 'name', string>>) => ({
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
const HOME = values({ street: 'Hogeweg 135', postalCode: '5301 LL', city: 'Zaltbommel' });
const MOVED = values({ street: 'Nachtegaalstraat 61', postalCode: '3581 AE', city: 'Utrecht' });

function change(id: string, field: string, status: string, old: unknown, next: unknown, more: Record<string, unknown> = {}) {
  return {
    __typename: 'PersonalDataChange',
    id,
    field,
    status,
    effectiveDate: null,
    comment: '',
    decidedByName: '',
    createdAt: '2026-11-20T09:00:00Z',
    decidedAt: null,
    appliedAt: null,
    old,
    new: next,
    ...more,
  };
}

const personalData = {
  data: {
    me: {
      __typename: 'EmployeeMe',
      personalData: {
        __typename: 'PersonalData',
        initials: 'J.',
        firstName: 'Jan',
        lastNamePrefix: '',
        lastName: 'Jansen',
        fullName: 'Jan Jansen',
        birthDate: '1962-12-26',
        privateEmail: 'jan_jansen@gmail.com',
        phone: null,
        employments: [],
      },
    },
  },
};

function fields(pending: unknown = null, history: unknown[] = []) {
  return () => ({
    data: {
      me: {
        __typename: 'EmployeeMe',
        personalDataFields: [
          { __typename: 'OwnPersonalDataField', field: 'ADDRESS', mode: 'REQUEST', current: HOME, pending },
          { __typename: 'OwnPersonalDataField', field: 'PHONE', mode: 'VIEW', current: values({ phone: '06-12345678' }), pending: null },
          { __typename: 'OwnPersonalDataField', field: 'IBAN', mode: 'REQUEST', current: values({ iban: 'NL91ABNA0417164300' }), pending: null },
        ],
        personalDataChanges: history,
      },
    },
  });
}

function inDays(n: number): { iso: string; dutch: string } {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const iso = todayIso(d);
  const [y, m, day] = iso.split('-');
  return { iso, dutch: `${day}-${m}-${y}` };
}

async function typeDate(user: Awaited<ReturnType<typeof renderApp>>['user'], label: string, dutch: string) {
  const boxes = within(screen.getByRole('group', { name: label })).getAllByRole('textbox');
  for (const [i, text] of dutch.split('-').entries()) await user.type(boxes[i]!, text);
}

describe('persoonsgegevens wijzigen (R37)', () => {
  it('shows the fields the employer shows: a request per requestable field, view-only read-only, IBAN grouped by four', async () => {
    mockPortal({ EmployeePersonalData: () => personalData, EmployeePersonalDataChanges: fields() }, { features: FEATURES });
    await renderApp({ path: '/werknemer/persoonsgegevens' });
    const card = await screen.findByRole('region', { name: 'Contact- en bankgegevens' });
    const address = within(card).getByRole('listitem', { name: 'Adres' });
    expect(address).toHaveTextContent('Hogeweg 135');
    expect(address).toHaveTextContent('5301 LL Zaltbommel');
    expect(within(address).getByRole('button', { name: 'Wijziging aanvragen: Adres' })).toBeInTheDocument();
    const phone = within(card).getByRole('listitem', { name: 'Telefoonnummer' });
    expect(within(phone).queryByRole('button')).not.toBeInTheDocument();
    expect(phone).toHaveTextContent('Dit gegeven wijzig je via Voorbeeld MKB.');
    expect(within(card).getByRole('listitem', { name: 'Rekeningnummer (IBAN)' })).toHaveTextContent('NL91 ABNA 0417 1643 00');
    // A field the server leaves out (hidden) is not there, and neither is the read-only contact card.
    expect(within(card).queryByRole('listitem', { name: 'Contactpersoon bij nood' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Contactgegevens' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mijn wijzigingen' })).toHaveTextContent('Je hebt nog geen wijzigingen aangevraagd.');
  });

  it('without the product there is nothing to request (R22)', async () => {
    const server = mockPortal({ EmployeePersonalData: () => personalData });
    await renderApp({ path: '/werknemer/persoonsgegevens' });
    expect(await screen.findByRole('region', { name: 'Contactgegevens' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Wijziging aanvragen/ })).not.toBeInTheDocument();
    expect(server.calls('EmployeePersonalDataChanges')).toHaveLength(0);
  });

  it('checks the postcode before sending, then asks the change with its date and shows it pending', async () => {
    const date = inDays(10);
    let pending: unknown = null;
    const server = mockPortal(
      {
        EmployeePersonalData: () => personalData,
        EmployeePersonalDataChanges: () => fields(pending)(),
        EmployeeRequestPersonalDataChange: (request) => {
          pending = change('pdc_1', 'ADDRESS', 'SUBMITTED', HOME, MOVED, { effectiveDate: date.iso });
          expect(request.variables['input']).toEqual({
            field: 'ADDRESS',
            values: { street: 'Nachtegaalstraat 61', postalCode: '3581ae', city: 'Utrecht' },
            effectiveDate: date.iso,
          });
          return { data: { requestPersonalDataChange: { __typename: 'PersonalDataChangePayload', change: pending, userErrors: [] } } };
        },
      },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/persoonsgegevens' });
    await user.click(await screen.findByRole('button', { name: 'Wijziging aanvragen: Adres' }));
    const form = screen.getByRole('form', { name: 'Wijziging aanvragen: Adres' });
    const street = within(form).getByLabelText('Straat en huisnummer');
    expect(street).toHaveFocus();
    await user.clear(street);
    await user.type(street, 'Nachtegaalstraat 61');
    const postcode = within(form).getByLabelText('Postcode');
    await user.clear(postcode);
    await user.type(postcode, '0581 AE');
    await user.clear(within(form).getByLabelText('Woonplaats'));
    await user.type(within(form).getByLabelText('Woonplaats'), 'Utrecht');
    await user.click(within(form).getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await within(form).findByText('Vul een Nederlandse postcode in, bijvoorbeeld 1234 AB.')).toBeInTheDocument();
    expect(postcode).toHaveFocus();
    expect(server.calls('EmployeeRequestPersonalDataChange')).toHaveLength(0);

    await user.clear(postcode);
    await user.type(postcode, '3581ae');
    await typeDate(user, 'Ingangsdatum (niet verplicht)', date.dutch);
    await user.click(within(form).getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await screen.findByText('Je aanvraag is verstuurd. Voorbeeld MKB beoordeelt hem.')).toBeInTheDocument();
    const address = await screen.findByRole('listitem', { name: 'Adres' });
    await waitFor(() => expect(address).toHaveTextContent('Wijziging aangevraagd'));
    expect(address).toHaveTextContent('Nachtegaalstraat 61');
    expect(address).toHaveTextContent('wacht op beoordeling');
    expect(within(address).getByRole('button', { name: 'Aanvraag intrekken: Adres' })).toBeInTheDocument();
    expect(within(address).queryByRole('button', { name: 'Wijziging aanvragen: Adres' })).not.toBeInTheDocument();
  });

  it('an IBAN is checked, needs the current password, and a wrong password lands at its field', async () => {
    const server = mockPortal(
      {
        EmployeePersonalData: () => personalData,
        EmployeePersonalDataChanges: fields(),
        EmployeeRequestPersonalDataChange: () => ({
          data: {
            requestPersonalDataChange: {
              __typename: 'PersonalDataChangePayload',
              change: null,
              userErrors: [{ __typename: 'UserError', field: ['input', 'currentPassword'], code: 'CURRENT_PASSWORD_WRONG' }],
            },
          },
        }),
      },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/persoonsgegevens' });
    await user.click(await screen.findByRole('button', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' }));
    const form = screen.getByRole('form', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' });
    const iban = within(form).getByLabelText('Nieuw rekeningnummer (IBAN)');
    expect(iban).toHaveValue('');
    await user.type(iban, 'NL91 ABNA 0417 1643 01');
    await user.click(within(form).getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await within(form).findByText('Dit is geen geldig IBAN. Controleer het nummer.')).toBeInTheDocument();
    expect(within(form).getByText('Vul je huidige wachtwoord in.')).toBeInTheDocument();
    expect(server.calls('EmployeeRequestPersonalDataChange')).toHaveLength(0);

    await user.clear(iban);
    await user.type(iban, 'DE89 3704 0044 0532 0130 00');
    const password = within(form).getByLabelText('Je huidige wachtwoord');
    await user.type(password, 'niet-mijn-wachtwoord');
    await user.click(within(form).getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await within(form).findByText('Je huidige wachtwoord is niet juist.')).toBeInTheDocument();
    expect(password).toHaveFocus();
    expect(password).toHaveValue('');
    expect(server.calls('EmployeeRequestPersonalDataChange')[0]?.variables).toEqual({
      input: { field: 'IBAN', values: { iban: 'DE89 3704 0044 0532 0130 00' }, currentPassword: 'niet-mijn-wachtwoord' },
    });
  });

  it('too many password attempts (R13, R37): the refusal is said at the password field and nothing is requested', async () => {
    let calls = 0;
    mockPortal(
      {
        EmployeePersonalData: () => personalData,
        EmployeePersonalDataChanges: fields(),
        EmployeeRequestPersonalDataChange: () => {
          calls++;
          const code = calls === 1 ? 'CURRENT_PASSWORD_WRONG' : 'PASSWORD_ATTEMPTS_EXCEEDED';
          return {
            data: {
              requestPersonalDataChange: {
                __typename: 'PersonalDataChangePayload',
                change: null,
                userErrors: [{ __typename: 'UserError', field: ['input', 'currentPassword'], code }],
              },
            },
          };
        },
      },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/persoonsgegevens' });
    await user.click(await screen.findByRole('button', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' }));
    const form = screen.getByRole('form', { name: 'Wijziging aanvragen: Rekeningnummer (IBAN)' });
    await user.type(within(form).getByLabelText('Nieuw rekeningnummer (IBAN)'), 'DE89 3704 0044 0532 0130 00');
    const password = within(form).getByLabelText('Je huidige wachtwoord');
    await user.type(password, 'niet-mijn-wachtwoord');
    await user.click(within(form).getByRole('button', { name: 'Aanvraag versturen' }));
    expect(await within(form).findByText('Je huidige wachtwoord is niet juist.')).toBeInTheDocument();
    await user.type(password, 'ook-niet-mijn-wachtwoord');
    await user.click(within(form).getByRole('button', { name: 'Aanvraag versturen' }));
    expect(
      await within(form).findByText('Je hebt te vaak een verkeerd wachtwoord ingevuld. Er is niets gewijzigd. Probeer het later opnieuw.'),
    ).toBeInTheDocument();
    expect(password).toHaveFocus();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/Je aanvraag is verstuurd/)).not.toBeInTheDocument();
  });

  it('a pending change can be withdrawn; the history shows old and new with the decision', async () => {
    let pending: unknown = change('pdc_2', 'ADDRESS', 'SUBMITTED', HOME, MOVED);
    const rejected = change('pdc_0', 'IBAN', 'REJECTED', values({ iban: 'NL91ABNA0417164300' }), values({ iban: 'NL20INGB0001234567' }), {
      comment: 'Graag eerst bellen',
      decidedByName: 'Wim Gerritsen',
      decidedAt: '2026-11-02T10:00:00Z',
    });
    const server = mockPortal(
      {
        EmployeePersonalData: () => personalData,
        EmployeePersonalDataChanges: () => fields(pending, pending ? [pending, rejected] : [rejected])(),
        EmployeeWithdrawPersonalDataChange: () => {
          const done = { ...(pending as object), status: 'WITHDRAWN' };
          pending = null;
          return { data: { withdrawPersonalDataChange: { __typename: 'PersonalDataChangePayload', change: done, userErrors: [] } } };
        },
      },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/persoonsgegevens' });
    const history = await screen.findByRole('region', { name: 'Mijn wijzigingen' });
    const old = within(history).getByRole('listitem', { name: 'Rekeningnummer (IBAN): Afgewezen' });
    expect(old).toHaveTextContent('WasNL91 ABNA 0417 1643 00');
    expect(old).toHaveTextContent('NieuwNL20 INGB 0001 2345 67');
    expect(old).toHaveTextContent('Toelichting van Wim Gerritsen: Graag eerst bellen');

    await user.click(screen.getByRole('button', { name: 'Aanvraag intrekken: Adres' }));
    expect(await screen.findByText('Je aanvraag is ingetrokken.')).toBeInTheDocument();
    expect(server.calls('EmployeeWithdrawPersonalDataChange')[0]?.variables).toEqual({ input: { id: 'pdc_2' } });
    expect(await screen.findByRole('button', { name: 'Wijziging aanvragen: Adres' })).toBeInTheDocument();
  });

  it('speaks English when chosen', async () => {
    mockPortal({ EmployeePersonalData: () => personalData, EmployeePersonalDataChanges: fields() }, { features: FEATURES });
    await renderApp({ path: '/werknemer/persoonsgegevens', locale: 'en' });
    const card = await screen.findByRole('region', { name: 'Contact and bank details' });
    expect(within(card).getByRole('button', { name: 'Request a change: Address' })).toBeInTheDocument();
    expect(within(card).getByRole('listitem', { name: 'Phone number' })).toHaveTextContent('You change this through Voorbeeld MKB.');
  });
});
