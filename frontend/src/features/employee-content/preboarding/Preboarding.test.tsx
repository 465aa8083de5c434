import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalFeature } from '../../../gql/graphql';
import type { CapturedRequest } from '../../../test/graphqlServer';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal } from '../testSupport';
import { fileProblem, MAX_FILE_BYTES } from './PreboardingPage';

afterEach(() => clearAccessEnded());

const FEATURES: PortalFeature[] = [...ALL_FEATURES, 'PREBOARDING'];
const ITEMS = ['PERSONAL', 'ADDRESS', 'BSN', 'IBAN', 'TAX_CREDIT', 'EMERGENCY_CONTACT', 'ID_DOCUMENT'] as const;

type Item = (typeof ITEMS)[number];

/** The candidate's preboarding as the server answers it; `done` and `remarks` per item. */
function preboarding(state: string, done: readonly Item[] = [], remarks: Partial<Record<Item, string>> = {}, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Preboarding',
    id: 'prb_1',
    state,
    firstDay: '2027-03-01',
    jobTitle: 'Servicemonteur',
    initials: '',
    firstName: 'Lotte',
    lastNamePrefix: '',
    lastName: 'Bakker',
    phone: '',
    nationality: '',
    street: '',
    postalCode: '',
    city: '',
    country: '',
    bsn: '',
    iban: '',
    taxCredit: null,
    taxCreditFrom: null,
    emergencyName: '',
    emergencyRelation: '',
    emergencyPhone: '',
    files: [],
    items: ITEMS.map((item) => ({ __typename: 'PreboardingItemStatus', item, done: done.includes(item), remark: remarks[item] ?? '' })),
    done: done.length,
    submittedAt: null,
    ...extra,
  };
}

const answer = (pb: unknown) => ({
  data: { me: { __typename: 'EmployeeMe', employer: { __typename: 'Employer', id: 'emp_1', name: 'Installatiebedrijf Van Dijk' }, preboarding: pb } },
});
const payload = (field: string, pb: unknown, userErrors: unknown[] = []) => ({ data: { [field]: { __typename: 'PreboardingPayload', preboarding: pb, userErrors } } });

/** The portal home's answer for Lotte: before completion without an employment. */
const home = (employments: unknown[]) => ({
  data: {
    me: {
      __typename: 'EmployeeMe',
      features: FEATURES,
      home: null,
      account: { __typename: 'Account', id: 'acc_1', username: 'lotte.bakker' },
      person: { __typename: 'Person', id: 'per_1', firstName: 'Lotte', fullName: 'Lotte Bakker' },
      employer: { __typename: 'Employer', id: 'emp_1', name: 'Installatiebedrijf Van Dijk' },
      employments,
    },
  },
});

function portal(pb: ReturnType<typeof preboarding>, handlers: Record<string, (r: CapturedRequest) => unknown> = {}) {
  return mockPortal(
    {
      EmployeePreboarding: () => answer(pb),
      EmployeePreboardingState: () => ({ data: { me: { __typename: 'EmployeeMe', preboarding: { __typename: 'Preboarding', id: pb.id, state: pb.state } } } }),
      ...(handlers as Record<string, never>),
    },
    { features: FEATURES, employments: [] },
  );
}

describe('the new hire’s checklist', () => {
  it('the home leads a new hire with an open checklist there, with the progress and only it in the menu', async () => {
    portal(preboarding('INVITED'), { EmployeePortalHome: () => home([]) });
    await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Voor je start' })).toBeInTheDocument();
    expect(screen.getByText(/Je begint op 1 maart 2027 als Servicemonteur/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '0 van 7 onderdelen klaar' })).toBeInTheDocument();
    const menu = await screen.findByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    expect(within(menu).getAllByRole('link', { hidden: true }).map((l) => l.textContent)).toEqual(['Voor je start']);
  });

  it('refuses a BSN that fails the eleven test in the browser, then saves the right one', async () => {
    const server = portal(preboarding('IN_PROGRESS'), {
      EmployeeSavePreboarding: () => payload('savePreboarding', preboarding('IN_PROGRESS', ['BSN'], {}, { bsn: '******333' })),
    });
    const { user } = await renderApp({ path: '/werknemer/preboarding' });
    const part = await screen.findByRole('region', { name: 'Burgerservicenummer (BSN)' });
    await user.type(within(part).getByLabelText('BSN'), '123456789');
    await user.click(within(part).getByRole('button', { name: 'Opslaan' }));
    expect(await within(part).findByText(/Dit BSN klopt niet/)).toBeInTheDocument();
    expect(server.calls('EmployeeSavePreboarding')).toHaveLength(0);

    await user.clear(within(part).getByLabelText('BSN'));
    await user.type(within(part).getByLabelText('BSN'), '111 222 333');
    await user.click(within(part).getByRole('button', { name: 'Opslaan' }));
    expect(await within(part).findByText('Opgeslagen')).toBeInTheDocument();
    expect(server.calls('EmployeeSavePreboarding')[0]?.variables).toEqual({ input: { bsn: '111222333' } });
    expect(within(part).getByText(/Opgeslagen: \*{6}333/)).toBeInTheDocument();
    expect(within(part).getByText('Klaar')).toBeInTheDocument();
  });

  it('refuses an IBAN with wrong check digits and shows the server’s answer at the field', async () => {
    const server = portal(preboarding('IN_PROGRESS'), {
      EmployeeSavePreboarding: () => payload('savePreboarding', null, [{ __typename: 'UserError', field: ['input', 'iban'], code: 'INVALID_IBAN' }]),
    });
    const { user } = await renderApp({ path: '/werknemer/preboarding' });
    const part = await screen.findByRole('region', { name: 'Bankrekening' });
    await user.type(within(part).getByLabelText('IBAN'), 'NL91 ABNA 0417 1643 01');
    await user.click(within(part).getByRole('button', { name: 'Opslaan' }));
    expect(await within(part).findByText(/Dit IBAN klopt niet/)).toBeInTheDocument();
    expect(server.calls('EmployeeSavePreboarding')).toHaveLength(0);

    await user.clear(within(part).getByLabelText('IBAN'));
    await user.type(within(part).getByLabelText('IBAN'), 'nl91abna0417164300');
    await user.click(within(part).getByRole('button', { name: 'Opslaan' }));
    expect(await within(part).findByText('Dit is geen geldig IBAN. Controleer het nummer.')).toBeInTheDocument();
    expect(server.calls('EmployeeSavePreboarding')[0]?.variables).toEqual({ input: { iban: 'NL91ABNA0417164300' } });
  });

  it('uploads a side of the ID document as a multipart request and checks type and size first', async () => {
    const server = portal(preboarding('IN_PROGRESS'), {
      EmployeeUploadPreboardingDocument: () =>
        payload(
          'uploadPreboardingDocument',
          preboarding('IN_PROGRESS', [], {}, { files: [{ __typename: 'PreboardingFile', side: 'FRONT', contentType: 'image/jpeg', size: 2_400_000 }] }),
        ),
    });
    const { user } = await renderApp({ path: '/werknemer/preboarding' });
    const part = await screen.findByRole('region', { name: 'Identiteitsbewijs' });
    const front = within(part).getByLabelText('Voorkant');
    expect(front).toHaveAttribute('accept', 'image/jpeg,image/png,application/pdf');

    const upload = user.setup({ applyAccept: false });
    await upload.upload(front, new File(['GIF89a'], 'id.gif', { type: 'image/gif' }));
    expect(await within(part).findByText(/Dit soort bestand kan niet worden toegevoegd/)).toBeInTheDocument();
    expect(server.calls('EmployeeUploadPreboardingDocument')).toHaveLength(0);

    await upload.upload(front, new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'paspoort.jpg', { type: 'image/jpeg' }));
    expect(await within(part).findByText('De voorkant is geüpload.')).toBeInTheDocument();
    const [call] = server.calls('EmployeeUploadPreboardingDocument');
    expect(call?.multipart).toBe(true);
    expect((call?.variables['input'] as { side: string; file: File }).side).toBe('FRONT');
    expect(within(part).getByText(/Geüpload: foto, 2,4 MB/)).toBeInTheDocument();
  });

  it('shows the employer’s remark at the part to correct after a return, and sends again', async () => {
    const all = [...ITEMS];
    const server = portal(preboarding('RETURNED', all, { IBAN: 'Vul de rekening op je eigen naam in.' }), {
      EmployeeSubmitPreboarding: () => payload('submitPreboarding', preboarding('SUBMITTED', all)),
    });
    const { user } = await renderApp({ path: '/werknemer/preboarding' });
    expect(await screen.findByText(/Installatiebedrijf Van Dijk heeft je checklist teruggestuurd/)).toBeInTheDocument();
    const iban = screen.getByRole('region', { name: 'Bankrekening' });
    expect(iban).toHaveTextContent('Opmerking van Installatiebedrijf Van Dijk: Vul de rekening op je eigen naam in.');
    expect(within(iban).getByText('Verbeteren')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Adres' })).queryByText(/Opmerking van/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Gegevens versturen' }));
    expect(await screen.findByText(/Je gegevens zijn verstuurd/)).toBeInTheDocument();
    expect(server.calls('EmployeeSubmitPreboarding')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
  });

  it('does not send an incomplete checklist and names the parts still to do', async () => {
    const server = portal(preboarding('IN_PROGRESS', ['PERSONAL', 'ADDRESS']));
    const { user } = await renderApp({ path: '/werknemer/preboarding' });
    expect(await screen.findByText(/Nog 5 onderdelen te gaan: Burgerservicenummer \(BSN\), Bankrekening/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gegevens versturen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vul eerst alle onderdelen van de checklist in.');
    expect(server.calls('EmployeeSubmitPreboarding')).toHaveLength(0);
  });

  it('after completion the home is the ordinary portal', async () => {
    portal(preboarding('COMPLETED', [...ITEMS]), {
      EmployeePortalHome: () => home([
        { __typename: 'Employment', id: 'dvb_9', employeeNumber: 9, jobTitle: 'Servicemonteur', startDate: '2027-03-01', endDate: null, inService: true },
      ]),
    });
    await renderApp({ path: '/werknemer' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Lotte' })).toBeInTheDocument();
    expect(screen.getByText('Servicemonteur', { exact: false })).toBeInTheDocument();
    const menu = await screen.findByRole('navigation', { name: 'Onderdelen van je werkportaal' });
    expect(within(menu).queryByRole('link', { name: 'Voor je start', hidden: true })).toBeNull();
  });
});

describe('fileProblem', () => {
  it('takes JPEG, PNG and PDF up to 10 MB', () => {
    expect(fileProblem({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(fileProblem({ type: 'application/pdf', size: MAX_FILE_BYTES })).toBeNull();
    expect(fileProblem({ type: 'image/heic', size: 1000 })).toBe('error.UNSUPPORTED_FILE_TYPE');
    expect(fileProblem({ type: 'image/png', size: MAX_FILE_BYTES + 1 })).toBe('error.FILE_TOO_LARGE');
    expect(fileProblem({ type: 'image/png', size: 0 })).toBe('employeePreboarding.error.fileEmpty');
  });
});
