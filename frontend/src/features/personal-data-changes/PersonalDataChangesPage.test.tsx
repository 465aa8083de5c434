import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { EMPLOYER_ID, employerHandler, employerUserViewer, signedIn } from '../../test/adminData';

/** The page is a lazy chunk: give its first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const PAGE = `/beheer/werkgevers/${EMPLOYER_ID}/persoonsgegevens`;

/** A handler who also sets the HR settings. */
const hr = { ...employerUserViewer, rights: [...employerUserViewer.rights, 'HANDLE_REQUESTS', 'MANAGE_HR_SETTINGS'] };
const withProduct = employerHandler({ activeProducts: [{ __typename: 'Product', id: 'prd_9', code: 'MIJNLOKET_PERSONAL_DATA_EDIT' }] });

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

function change(id: string, name: string, field: string, old: unknown, next: unknown, effectiveDate: string | null = null, status = 'SUBMITTED') {
  return {
    __typename: 'PersonalDataChange',
    id,
    personId: `per_${id}`,
    personName: name,
    field,
    status,
    effectiveDate,
    comment: '',
    decidedByName: '',
    createdAt: '2026-11-20T09:00:00Z',
    decidedAt: null,
    appliedAt: null,
    old,
    new: next,
  };
}

const settings = (modes: Record<string, string> = {}) => ({
  data: {
    personalDataSettings: ['ADDRESS', 'PHONE', 'PRIVATE_EMAIL', 'IBAN', 'EMERGENCY_CONTACT'].map((field) => ({
      __typename: 'PersonalDataSetting',
      field,
      mode: modes[field] ?? 'REQUEST',
    })),
  },
});

describe('Persoonsgegevens wijzigen, staff (R37)', () => {
  it('shows old and new side by side with the date, and approves with a comment', async () => {
    let queue = [
      change(
        'pdc_1',
        'Ann de Boer',
        'ADDRESS',
        values({ street: 'Hogeweg 135', postalCode: '5301 LL', city: 'Zaltbommel' }),
        values({ street: 'Nachtegaalstraat 61', postalCode: '3581 AE', city: 'Utrecht' }),
        '2099-12-01',
      ),
      change('pdc_2', 'Bob Smit', 'IBAN', values({ iban: 'NL91ABNA0417164300' }), values({ iban: 'DE89370400440532013000' })),
    ];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withProduct,
      StaffPersonalDataChangeQueue: () => ({ data: { personalDataChangeQueue: queue } }),
      StaffPersonalDataSettings: () => settings(),
      StaffDecidePersonalDataChange: (request) => {
        const input = request.variables['input'] as { id: string };
        const decided = { ...queue.find((c) => c.id === input.id)!, status: 'APPLIED' };
        queue = queue.filter((c) => c.id !== input.id);
        return { data: { decidePersonalDataChange: { __typename: 'PersonalDataChangePayload', change: decided, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    expect(await screen.findByRole('heading', { level: 1, name: 'Persoonsgegevens' }, LOADED)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van de werkgever' });
    expect(within(nav).getByRole('link', { name: 'Persoonsgegevens' })).toHaveAttribute('aria-current', 'page');
    const ann = await screen.findByRole('listitem', { name: 'Ann de Boer — Adres' });
    const [now, next] = within(ann).getAllByRole('definition');
    expect(now).toHaveTextContent('Hogeweg 1355301 LL Zaltbommel');
    expect(next).toHaveTextContent('Nachtegaalstraat 613581 AE Utrecht');
    expect(ann).toHaveTextContent('gaat in op 1 december 2099');
    expect(within(ann).getByRole('link', { name: 'Ann de Boer' })).toHaveAttribute('href', `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/per_pdc_1`);
    const bob = screen.getByRole('listitem', { name: 'Bob Smit — Rekeningnummer (IBAN)' });
    expect(bob).toHaveTextContent('NL91 ABNA 0417 1643 00');
    expect(bob).toHaveTextContent('DE89 3704 0044 0532 0130 00');
    expect(bob).toHaveTextContent('gaat in bij goedkeuring');

    await user.type(within(ann).getByLabelText('Toelichting bij je beslissing over Ann de Boer (niet verplicht)'), 'Verhuisd, akkoord');
    await user.click(within(ann).getByRole('button', { name: 'Goedkeuren' }));
    expect(await screen.findByText('De wijziging van Ann de Boer is goedgekeurd.')).toBeInTheDocument();
    expect(server.calls('StaffDecidePersonalDataChange')[0]?.variables).toEqual({
      input: { id: 'pdc_1', accept: true, comment: 'Verhuisd, akkoord' },
    });
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Ann de Boer — Adres' })).not.toBeInTheDocument());

    await user.click(within(screen.getByRole('listitem', { name: 'Bob Smit — Rekeningnummer (IBAN)' })).getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText('De wijziging van Bob Smit is afgewezen.')).toBeInTheDocument();
    expect(server.calls('StaffDecidePersonalDataChange')[1]?.variables).toEqual({ input: { id: 'pdc_2', accept: false, comment: '' } });
    expect(await screen.findByText('Er wachten geen wijzigingen op jouw beslissing.')).toBeInTheDocument();
  });

  it('a refused decision says why', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withProduct,
      StaffPersonalDataChangeQueue: () => ({
        data: { personalDataChangeQueue: [change('pdc_3', 'Cas Jansen', 'PHONE', values({ phone: '06-11111111' }), values({ phone: '06-22222222' }))] },
      }),
      StaffPersonalDataSettings: () => settings(),
      StaffDecidePersonalDataChange: () => ({
        data: {
          decidePersonalDataChange: {
            __typename: 'PersonalDataChangePayload',
            change: null,
            userErrors: [{ __typename: 'UserError', field: ['input', 'id'], code: 'SELF_APPROVAL' }],
          },
        },
      }),
    });
    const { user } = await renderApp({ path: PAGE });
    const cas = await screen.findByRole('listitem', { name: 'Cas Jansen — Telefoonnummer' }, LOADED);
    await user.click(within(cas).getByRole('button', { name: 'Goedkeuren' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Niemand beslist over zijn of haar eigen aanvraag.');
  });

  it('sets per field what employees see and may request', async () => {
    let modes: Record<string, string> = { EMERGENCY_CONTACT: 'VIEW' };
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: withProduct,
      StaffPersonalDataChangeQueue: () => ({ data: { personalDataChangeQueue: [] } }),
      StaffPersonalDataSettings: () => settings(modes),
      StaffSetPersonalDataSetting: (request) => {
        const input = request.variables['input'] as { field: string; mode: string };
        modes = { ...modes, [input.field]: input.mode };
        return { data: { setPersonalDataSetting: { __typename: 'PersonalDataSettingsPayload', settings: settings(modes).data.personalDataSettings, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: PAGE });
    const contact = await screen.findByRole('radiogroup', { name: 'Contactpersoon bij nood' }, LOADED);
    expect(within(contact).getByRole('radio', { name: 'Alleen tonen' })).toBeChecked();
    const iban = screen.getByRole('radiogroup', { name: 'Rekeningnummer (IBAN)' });
    expect(within(iban).getByRole('radio', { name: 'Wijziging aanvragen' })).toBeChecked();
    await user.click(within(iban).getByRole('radio', { name: 'Niet tonen' }));
    expect(await screen.findByText('Opgeslagen: Rekeningnummer (IBAN) — Niet tonen.')).toBeInTheDocument();
    expect(server.calls('StaffSetPersonalDataSetting')[0]?.variables).toEqual({
      input: { employerId: EMPLOYER_ID, field: 'IBAN', mode: 'HIDDEN' },
    });
    await waitFor(() => expect(within(screen.getByRole('radiogroup', { name: 'Rekeningnummer (IBAN)' })).getByRole('radio', { name: 'Niet tonen' })).toBeChecked());
  });

  it('without the product the settings cannot change and the section is not in the menu', async () => {
    mockGraphqlServer({
      StaffRefreshSession: signedIn(hr),
      AdminEmployer: employerHandler(),
      StaffPersonalDataChangeQueue: () => ({ data: { personalDataChangeQueue: [] } }),
      StaffPersonalDataSettings: () => settings(),
    });
    await renderApp({ path: PAGE });
    expect(await screen.findByText(/Deze werkgever heeft Persoonsgegevens wijzigen niet/, undefined, LOADED)).toBeInTheDocument();
    const address = await screen.findByRole('radiogroup', { name: 'Adres' });
    expect(within(address).getByRole('radio', { name: 'Niet tonen' })).toBeDisabled();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van de werkgever' });
    expect(within(nav).queryByRole('link', { name: 'Persoonsgegevens' })).not.toBeInTheDocument();
  });
});
