import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CapturedRequest } from '../../test/graphqlServer';
import { mockGraphqlServer } from '../../test/graphqlServer';
import { renderApp } from '../../test/renderApp';
import { adminViewer, ALL_RIGHTS, EMPLOYER_ID, employerHandler, signedIn } from '../../test/adminData';
import { checkNewHire } from './NewHireForm';

/** The pages are lazy chunks: give the first render more than the default second on a busy machine. */
const LOADED = { timeout: 20000 };
const LIST = `/beheer/werkgevers/${EMPLOYER_ID}/nieuwe-medewerkers`;
const ITEMS = ['PERSONAL', 'ADDRESS', 'BSN', 'IBAN', 'TAX_CREDIT', 'EMERGENCY_CONTACT', 'ID_DOCUMENT'];

const manager = { ...adminViewer, rights: [...ALL_RIGHTS, 'MANAGE_PREBOARDING'] };
const withProduct = employerHandler({ name: 'Installatiebedrijf Van Dijk', activeProducts: [{ __typename: 'Product', id: 'prd_1', code: 'MIJNLOKET_PREBOARDING' }] });

function row(id: string, first: string, last: string, state: string, done: number, firstDay = '2027-03-01') {
  return {
    __typename: 'Preboarding',
    id,
    state,
    initials: `${first[0]}.`,
    firstName: first,
    lastNamePrefix: '',
    lastName: last,
    email: `${first.toLowerCase()}@prive.example`,
    firstDay,
    jobTitle: 'Monteur',
    departmentId: 'dep_1',
    done,
    submittedAt: state === 'SUBMITTED' ? '2026-12-01T10:00:00Z' : null,
    createdAt: '2026-11-20T09:00:00Z',
  };
}

function detail(state: string, overrides: Record<string, unknown> = {}) {
  return {
    ...row('prb_1', 'Fatima', 'El Amrani', state, 7),
    employerId: EMPLOYER_ID,
    personId: 'per_9',
    birthDate: '1991-11-03',
    phone: '0633344455',
    nationality: 'Nederlandse',
    street: 'Piusstraat 14',
    postalCode: '5038 WN',
    city: 'Tilburg',
    country: 'Nederland',
    bsn: '111222333',
    iban: 'NL91ABNA0417164300',
    taxCredit: true,
    taxCreditFrom: '2027-03-01',
    emergencyName: 'Youssef El Amrani',
    emergencyRelation: 'partner',
    emergencyPhone: '0687654321',
    files: [
      { __typename: 'PreboardingFile', side: 'FRONT', contentType: 'image/png', size: 1200 },
      { __typename: 'PreboardingFile', side: 'BACK', contentType: 'application/pdf', size: 2400 },
    ],
    items: ITEMS.map((item) => ({ __typename: 'PreboardingItemStatus', item, done: true, remark: '' })),
    completedAt: null,
    endedAt: null,
    documentsDeletedAt: null,
    employmentId: null,
    ...overrides,
  };
}

const teams = () => ({ data: { preboardingTeams: [{ __typename: 'PreboardingTeam', id: 'dep_1', name: 'Monteurs' }, { __typename: 'PreboardingTeam', id: 'dep_2', name: 'Kantoor' }] } });
const payload = (field: string, preboarding: unknown, userErrors: unknown[] = []) => ({
  data: { [field]: { __typename: 'PreboardingPayload', preboarding, userErrors } },
});

describe('Nieuwe medewerkers (R38)', () => {
  it('lists the open new hires with state and progress, and invites one with a team', async () => {
    let rows = [row('prb_1', 'Fatima', 'El Amrani', 'SUBMITTED', 7, '2027-02-10'), row('prb_2', 'Sem', 'Leeuwen', 'IN_PROGRESS', 3)];
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: withProduct,
      AdminPreboardings: () => ({ data: { preboardings: rows } }),
      AdminPreboardingTeams: teams,
      AdminCreatePreboarding: (r: CapturedRequest) => {
        const created = row('prb_3', 'Lotte', 'Bakker', 'INVITED', 0);
        rows = [...rows, created];
        expect(r.variables['input']).toMatchObject({ firstName: 'Lotte', lastName: 'Bakker' });
        return payload('createPreboarding', { ...created, email: 'lotte@prive.example' });
      },
    });
    const { user } = await renderApp({ path: LIST });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe medewerkers' }, LOADED)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuwe medewerkers' })).toHaveAttribute('aria-current', 'page');
    const list = await screen.findByRole('grid', { name: 'Nieuwe medewerkers van Installatiebedrijf Van Dijk' });
    const fatima = within(list).getByRole('row', { name: /^Fatima El Amrani, Ingestuurd, eerste werkdag 10 februari 2027/ });
    expect(fatima).toHaveTextContent('7 van 7 klaar');
    expect(server.calls('AdminPreboardings')[0]?.variables).toEqual({ employerId: EMPLOYER_ID, states: ['INVITED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED'] });

    await user.click(screen.getByRole('button', { name: 'Nieuwe medewerker' }));
    const form = screen.getByRole('region', { name: 'Nieuwe medewerker' });
    await user.click(within(form).getByRole('button', { name: 'Uitnodigen' }));
    expect(await within(form).findByText('Vul de voornaam in.')).toBeInTheDocument();
    expect(within(form).getByText('Vul het privé-e-mailadres in.')).toBeInTheDocument();
    expect(server.calls('AdminCreatePreboarding')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Voornaam' }), 'Lotte');
    await user.type(within(form).getByRole('textbox', { name: 'Achternaam' }), 'Bakker');
    await user.type(within(form).getByRole('textbox', { name: /Privé-e-mailadres/ }), 'lotte@prive.example');
    const birth = within(form).getByRole('group', { name: 'Geboortedatum' });
    await user.type(within(birth).getByLabelText('Dag'), '17');
    await user.type(within(birth).getByLabelText('Maand'), '04');
    await user.type(within(birth).getByLabelText('Jaar'), '1998');
    const first = within(form).getByRole('group', { name: 'Eerste werkdag' });
    const next = new Date();
    next.setFullYear(next.getFullYear() + 1);
    await user.type(within(first).getByLabelText('Dag'), '01');
    await user.type(within(first).getByLabelText('Maand'), '03');
    await user.type(within(first).getByLabelText('Jaar'), String(next.getFullYear()));
    await user.type(within(form).getByRole('textbox', { name: 'Functie' }), 'Servicemonteur');
    await user.click(within(form).getByRole('button', { name: /Team/ }));
    await user.click(await screen.findByRole('option', { name: 'Kantoor' }));
    await user.click(within(form).getByRole('button', { name: 'Uitnodigen' }));

    expect(await screen.findByText('Lotte Bakker is uitgenodigd. De uitnodiging is verstuurd naar lotte@prive.example.')).toBeInTheDocument();
    expect(server.calls('AdminCreatePreboarding')[0]?.variables).toEqual({
      input: {
        employerId: EMPLOYER_ID,
        firstName: 'Lotte',
        lastNamePrefix: '',
        lastName: 'Bakker',
        email: 'lotte@prive.example',
        birthDate: '1998-04-17',
        firstDay: `${next.getFullYear()}-03-01`,
        jobTitle: 'Servicemonteur',
        departmentId: 'dep_2',
      },
    });
    await waitFor(() => expect(within(list).getByRole('row', { name: /^Lotte Bakker, Uitgenodigd/ })).toBeInTheDocument());
  }, 45_000);

  it('without the Preboarding product: no section, and the page says which product brings it', async () => {
    mockGraphqlServer({ StaffRefreshSession: signedIn(manager), AdminEmployer: employerHandler() });
    await renderApp({ path: LIST });
    expect(await screen.findByText(/Voorbeeld MKB heeft het product Preboarding niet/, {}, LOADED)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nieuwe medewerkers' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar Producten' })).toBeInTheDocument();
  });

  it('shows the submitted checklist with the BSN, opens the ID photo, and returns it only with a remark', async () => {
    let state = 'SUBMITTED';
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: withProduct,
      AdminPreboarding: () => ({ data: { preboarding: detail(state, state === 'RETURNED' ? { items: ITEMS.map((item) => ({ __typename: 'PreboardingItemStatus', item, done: true, remark: item === 'IBAN' ? 'Eigen rekening graag.' : '' })) } : {}) } }),
      AdminPreboardingTeams: teams,
      AdminPreboardingDocument: () => ({
        data: { preboarding: { __typename: 'Preboarding', id: 'prb_1', document: { __typename: 'PreboardingDocument', contentType: 'image/png', contentBase64: 'iVBORw0KGgo=' } } },
      }),
      AdminReturnPreboarding: () => {
        state = 'RETURNED';
        return payload('returnPreboarding', { __typename: 'Preboarding', id: 'prb_1', state: 'RETURNED', items: [] });
      },
    });
    URL.createObjectURL = () => 'blob:preview';
    URL.revokeObjectURL = () => undefined;
    const { user } = await renderApp({ path: `${LIST}/prb_1` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fatima El Amrani' }, LOADED)).toBeInTheDocument();
    const checklist = screen.getByRole('region', { name: 'Checklist' });
    expect(within(checklist).getByText('111222333')).toBeInTheDocument();
    expect(within(checklist).getByText('NL91 ABNA 0417 1643 00')).toBeInTheDocument();
    expect(within(checklist).getByText('Ja, vanaf 1 maart 2027')).toBeInTheDocument();
    expect(await screen.findByText('Monteurs')).toBeInTheDocument();

    await user.click(within(checklist).getByRole('button', { name: 'Bekijk de voorkant' }));
    const photo = await within(checklist).findByRole('img', { name: 'De voorkant van het identiteitsbewijs van Fatima El Amrani' });
    expect(photo).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    expect(within(checklist).getByRole('link', { name: 'Download de voorkant' })).toHaveAttribute('download', 'Fatima El Amrani - Voorkant.png');
    expect(server.calls('AdminPreboardingDocument')[0]?.variables).toEqual({ id: 'prb_1', side: 'FRONT' });

    await user.click(screen.getByRole('button', { name: 'Terugsturen ter verbetering' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Schrijf bij minstens één onderdeel wat er verbeterd moet worden.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.type(within(checklist).getByLabelText(/^Opmerking bij Bankrekening \(IBAN\)/), 'Eigen rekening graag.');
    await user.click(screen.getByRole('button', { name: 'Terugsturen ter verbetering' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Checklist terugsturen naar Fatima El Amrani?' });
    expect(dialog).toHaveTextContent('Bankrekening (IBAN): Eigen rekening graag.');
    await user.click(within(dialog).getByRole('button', { name: 'Terugsturen' }));
    expect(await screen.findByText('De checklist is teruggestuurd naar Fatima El Amrani.')).toBeInTheDocument();
    expect(server.calls('AdminReturnPreboarding')[0]?.variables).toEqual({ input: { id: 'prb_1', remarks: [{ item: 'IBAN', remark: 'Eigen rekening graag.' }] } });
    expect(await screen.findByText('Eigen rekening graag.', { selector: 'p', exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Afronden' })).not.toBeInTheDocument();
  }, 45_000);

  it('completes after asking and links the new employee; ending asks first and says what is deleted', async () => {
    let state = 'SUBMITTED';
    const server = mockGraphqlServer({
      StaffRefreshSession: signedIn(manager),
      AdminEmployer: withProduct,
      AdminPreboarding: () => ({ data: { preboarding: detail(state, state === 'COMPLETED' ? { completedAt: '2026-12-02T10:00:00Z', employmentId: 'dvb_9' } : {}) } }),
      AdminPreboardingTeams: teams,
      AdminCompletePreboarding: () => {
        state = 'COMPLETED';
        return payload('completePreboarding', { __typename: 'Preboarding', id: 'prb_1', state, completedAt: '2026-12-02T10:00:00Z', employmentId: 'dvb_9' });
      },
      AdminEndPreboarding: () => payload('endPreboarding', null, [{ __typename: 'UserError', field: null, code: 'PREBOARDING_WRONG_STATE' }]),
    });
    const { user } = await renderApp({ path: `${LIST}/prb_1` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fatima El Amrani' }, LOADED)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Beëindigen' }));
    const end = await screen.findByRole('alertdialog', { name: 'Preboarding van Fatima El Amrani beëindigen?' });
    expect(end).toHaveTextContent('ook het BSN en het identiteitsbewijs, wordt verwijderd');
    await user.click(within(end).getByRole('button', { name: 'Beëindigen' }));
    expect(await within(end).findByText('Dat kan niet in deze fase van de preboarding.')).toBeInTheDocument();
    await user.click(within(end).getByRole('button', { name: /Annuleren/ }));

    await user.click(screen.getByRole('button', { name: 'Afronden' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Preboarding van Fatima El Amrani afronden?' });
    expect(dialog).toHaveTextContent('Fatima El Amrani wordt werknemer van Installatiebedrijf Van Dijk met een dienstverband vanaf 1 maart 2027');
    await user.click(within(dialog).getByRole('button', { name: 'Afronden' }));
    expect(await screen.findByText('Fatima El Amrani is werknemer en staat bij Werknemers.')).toBeInTheDocument();
    expect(server.calls('AdminCompletePreboarding')).toHaveLength(1);
    expect(await screen.findByRole('link', { name: 'Fatima El Amrani openen bij Werknemers' })).toHaveAttribute(
      'href',
      `/beheer/werkgevers/${EMPLOYER_ID}/werknemers/per_9`,
    );
    expect(screen.queryByRole('button', { name: 'Beëindigen' })).not.toBeInTheDocument();
  }, 45_000);
});

describe('checkNewHire', () => {
  const today = '2026-12-06';
  const ok = { firstName: 'Lotte', lastNamePrefix: '', lastName: 'Bakker', email: 'l@prive.example', birthDate: '1998-04-17', firstDay: '2026-12-06', jobTitle: '', team: '' };
  it('takes a first day from today on and a birth date in the past', () => {
    expect(checkNewHire(ok, today)).toEqual({});
  });
  it('refuses a past first day, a future birth date, a date that does not exist and a wrong address', () => {
    expect(checkNewHire({ ...ok, firstDay: '2026-12-05' }, today)).toEqual({ firstDay: 'error.PREBOARDING_FIRST_DAY_PASSED' });
    expect(checkNewHire({ ...ok, birthDate: '2026-12-06' }, today)).toEqual({ birthDate: 'preboarding.new.error.birthDateFuture' });
    expect(checkNewHire({ ...ok, birthDate: '31-2-1998' }, today)).toEqual({ birthDate: 'preboarding.new.error.birthDate' });
    expect(checkNewHire({ ...ok, email: 'geen-adres' }, today)).toEqual({ email: 'error.INVALID_EMAIL' });
  });
});
