import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { mockPortal, plain } from '../testSupport';

afterEach(() => {
  clearAccessEnded();
  vi.useRealTimers();
});

// "Today" is 24 November 2026 in the browser (a Tuesday).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-24T10:00:00+01:00'));
});

const report = (over: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'SickReport',
  id: 'zkm_1',
  firstSickDay: '2026-07-24',
  hoursWorked: null,
  reportedAt: '2026-07-24T07:45:00Z',
  recoveryDate: '2026-07-27',
  recoveryReportedAt: '2026-07-26T08:00:00Z',
  open: false,
  partialRecoveries: [] as Record<string, unknown>[],
  ...over,
});

const openReport = report({
  id: 'zkm_2',
  firstSickDay: '2026-11-24',
  hoursWorked: 2.5,
  reportedAt: '2026-11-24T09:05:00Z',
  recoveryDate: null,
  recoveryReportedAt: null,
  open: true,
});

const absence = (open: ReturnType<typeof report> | null, reports: ReturnType<typeof report>[]) => ({
  data: { me: { __typename: 'EmployeeMe', openSickReport: open, sickReports: reports } },
});

const userError = (field: string, code: string) => ({ __typename: 'UserError', field: ['input', field], code, message: 'English' });

describe('ziek melden (R25)', () => {
  it('passes on the first sick day and the hours, and confirms exactly that', async () => {
    let sick = false;
    const server = mockPortal({
      EmployeeAbsence: () => (sick ? absence(openReport, [openReport, report()]) : absence(null, [report()])),
      EmployeeReportSick: () => {
        sick = true;
        return { data: { reportSick: { __typename: 'SickReportPayload', sickReport: openReport, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: '/werknemer/ziek-en-hersteld' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ziek melden' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Ziek melden' });
    // Never a diagnosis: the form says so, and asks only a date and hours.
    expect(form).toHaveAccessibleDescription(/^Vertel niet wat je hebt\./);
    expect([...form.querySelectorAll('input, textarea, select')].map((f) => f.getAttribute('name'))).toEqual([
      'firstSickDay-day',
      'firstSickDay-month',
      'firstSickDay-year',
      'hoursWorked',
    ]);
    // The product's one date input: dag, maand, jaar in Dutch order, today to start with, and a calendar.
    expect(dateBoxes('Eerste ziektedag').map((box) => (box as HTMLInputElement).value)).toEqual(['24', '11', '2026']);
    expect(screen.getByRole('button', { name: 'Eerste ziektedag: kies een dag in de kalender' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Uren gewerkt op je eerste ziektedag (niet verplicht)'), '2,5');
    await user.click(screen.getByRole('button', { name: 'Ziek melden' }));

    const confirmation = await screen.findByRole('region', { name: 'Je ziekmelding is doorgegeven aan Voorbeeld MKB' });
    expect(within(confirmation).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(within(confirmation).getAllByRole('definition').map(plain)).toEqual([
      '24 november 2026',
      '2,5 uur',
      '24 november 2026 om 10:05',
    ]);
    expect(server.calls('EmployeeReportSick')[0]?.variables).toEqual({ input: { firstSickDay: '2026-11-24', hoursWorked: 2.5 } });
    // graphcache drops the old open report and list: the page asks again.
    await waitFor(() => expect(server.calls('EmployeeAbsence').length).toBeGreaterThanOrEqual(2));

    await user.click(within(confirmation).getByRole('button', { name: 'Klaar' }));
    expect(await screen.findByRole('region', { name: 'Je bent ziek gemeld' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Hersteld melden' })).toBeInTheDocument();
  });

  it('leaves the hours out when none are given', async () => {
    const server = mockPortal({
      EmployeeAbsence: () => absence(null, []),
      EmployeeReportSick: () => ({
        data: { reportSick: { __typename: 'SickReportPayload', sickReport: { ...openReport, hoursWorked: null }, userErrors: [] } },
      }),
    });
    const { user } = await renderApp({ path: '/werknemer/ziek-en-hersteld' });
    await user.click(await screen.findByRole('button', { name: 'Ziek melden' }));
    const confirmation = await screen.findByRole('region', { name: /Je ziekmelding is doorgegeven/ });
    expect(within(confirmation).getByText('Niet opgegeven')).toBeInTheDocument();
    expect(server.calls('EmployeeReportSick')[0]?.variables).toEqual({ input: { firstSickDay: '2026-11-24' } });
  });

  it('checks the date and the hours before sending, and shows the server’s refusals at the field', async () => {
    const server = mockPortal({
      EmployeeAbsence: () => absence(null, []),
      EmployeeReportSick: () => ({
        data: {
          reportSick: { __typename: 'SickReportPayload', sickReport: null, userErrors: [userError('firstSickDay', 'FIRST_SICK_DAY_IN_FUTURE')] },
        },
      }),
    });
    const { user } = await renderApp({ path: '/werknemer/ziek-en-hersteld' });
    await screen.findByRole('group', { name: 'Eerste ziektedag' });
    const [date] = dateBoxes('Eerste ziektedag') as [HTMLElement];
    const hours = screen.getByLabelText('Uren gewerkt op je eerste ziektedag (niet verplicht)');

    await typeDate(user, 'Eerste ziektedag', '25-11-2026');
    await user.click(screen.getByRole('button', { name: 'Ziek melden' }));
    expect(await screen.findByText('De eerste ziektedag kan niet in de toekomst liggen.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveFocus();

    await typeDate(user, 'Eerste ziektedag', '23-11-2026');
    await user.type(hours, '24,5');
    await user.click(screen.getByRole('button', { name: 'Ziek melden' }));
    expect(await screen.findByText('Vul een aantal uren tussen 0 en 24 in.')).toBeInTheDocument();
    expect(hours).toHaveFocus();
    await user.clear(hours);
    await user.type(hours, 'twee');
    await user.click(screen.getByRole('button', { name: 'Ziek melden' }));
    expect(await screen.findByText('Vul een aantal uren in, bijvoorbeeld 2 of 2,5.')).toBeInTheDocument();
    expect(server.calls('EmployeeReportSick')).toHaveLength(0);

    // The server's clock may be a day ahead of this browser's.
    await user.clear(hours);
    await user.click(screen.getByRole('button', { name: 'Ziek melden' }));
    expect(await screen.findByText('De eerste ziektedag kan niet in de toekomst liggen.')).toBeInTheDocument();
    expect(server.calls('EmployeeReportSick')).toHaveLength(1);
    expect(date).toHaveFocus();
  });

  it('shows the open report when someone reported sick in another tab', async () => {
    let calls = 0;
    mockPortal({
      EmployeeAbsence: () => (++calls === 1 ? absence(null, []) : absence(openReport, [openReport])),
      EmployeeReportSick: () => ({
        data: { reportSick: { __typename: 'SickReportPayload', sickReport: null, userErrors: [userError('firstSickDay', 'ALREADY_REPORTED_SICK')] } },
      }),
    });
    const { user } = await renderApp({ path: '/werknemer/ziek-en-hersteld' });
    await user.click(await screen.findByRole('button', { name: 'Ziek melden' }));
    expect(await screen.findByRole('region', { name: 'Je bent ziek gemeld' })).toBeInTheDocument();
  });
});

describe('hersteld melden (R25)', () => {
  it('is not before the first sick day, checked here and by the server', async () => {
    const server = mockPortal({
      EmployeeAbsence: () => absence(openReport, [openReport, report()]),
      EmployeeReportRecovered: (r) =>
        (r.variables['input'] as { recoveryDate: string }).recoveryDate === '2026-11-24'
          ? {
              data: {
                reportRecovered: {
                  __typename: 'SickReportPayload',
                  sickReport: { ...openReport, open: false, recoveryDate: '2026-11-24', recoveryReportedAt: '2026-11-24T15:30:00Z' },
                  userErrors: [],
                },
              },
            }
          : {
              data: {
                reportRecovered: {
                  __typename: 'SickReportPayload',
                  sickReport: null,
                  userErrors: [userError('recoveryDate', 'RECOVERY_BEFORE_FIRST_SICK_DAY')],
                },
              },
            },
    });
    const { user } = await renderApp({ path: '/werknemer/ziek-en-hersteld' });
    const open = await screen.findByRole('region', { name: 'Je bent ziek gemeld' });
    expect(within(open).getAllByRole('definition').map(plain)).toEqual(['24 november 2026', '2,5 uur', '24 november 2026 om 10:05']);
    expect(screen.queryByRole('form', { name: 'Ziek melden' })).not.toBeInTheDocument();
    const earlier = screen.getByRole('region', { name: 'Eerdere meldingen' });
    expect(within(earlier).getAllByRole('definition').map(plain)).toEqual(['24 juli 2026', '27 juli 2026', 'Niet opgegeven']);

    const [date] = dateBoxes('Hersteld per') as [HTMLElement];
    expect(dateBoxes('Hersteld per').map((box) => (box as HTMLInputElement).value)).toEqual(['24', '11', '2026']);
    await typeDate(user, 'Hersteld per', '23-11-2026');
    await user.click(screen.getByRole('button', { name: 'Hersteld melden' }));
    expect(await screen.findByText('De hersteldatum kan niet voor je eerste ziektedag (24 november 2026) liggen.')).toBeInTheDocument();
    expect(date).toHaveFocus();
    expect(server.calls('EmployeeReportRecovered')).toHaveLength(0);

    await typeDate(user, 'Hersteld per', '24-11-2026');
    await user.click(screen.getByRole('button', { name: 'Hersteld melden' }));
    const confirmation = await screen.findByRole('region', { name: 'Je herstelmelding is doorgegeven aan Voorbeeld MKB' });
    expect(within(confirmation).getAllByRole('definition').map(plain)).toEqual([
      '24 november 2026',
      '24 november 2026',
      '24 november 2026 om 16:30',
    ]);
    expect(server.calls('EmployeeReportRecovered')[0]?.variables).toEqual({ input: { recoveryDate: '2026-11-24' } });
  });
});

describe('gedeeltelijk hersteld melden (R25)', () => {
  it('passes on a percentage or hours a week from a date, keeps the report open and shows the history', async () => {
    let partial: Record<string, unknown>[] = [];
    const server = mockPortal({
      EmployeeAbsence: () => {
        const open = { ...openReport, partialRecoveries: partial };
        return absence(open, [open, report()]);
      },
      EmployeeReportPartialRecovery: (r) => {
        const input = r.variables['input'] as { fromDate: string; percentage?: number; hoursPerWeek?: number };
        partial = [
          ...partial,
          {
            __typename: 'PartialRecovery',
            id: `gdh_${partial.length}`,
            fromDate: input.fromDate,
            percentage: input.percentage ?? null,
            hoursPerWeek: input.hoursPerWeek ?? null,
            recordedAt: '2026-11-24T10:00:00Z',
            recordedByKind: 'EMPLOYEE',
          },
        ];
        return { data: { reportPartialRecovery: { __typename: 'PartialRecoveryPayload', partialRecovery: { __typename: 'PartialRecovery', id: 'gdh_x' }, userErrors: [] } } };
      },
    });
    const { user } = await renderApp({ path: '/werknemer/ziek-en-hersteld' });
    const form = await screen.findByRole('form', { name: 'Gedeeltelijk hersteld melden' });
    // Checked here first: a percentage of 1–99.
    await user.type(within(form).getByRole('textbox', { name: /Percentage van je eigen werk/ }), '100');
    await user.click(within(form).getByRole('button', { name: 'Gedeeltelijk herstel doorgeven' }));
    expect(await within(form).findByText('Vul een heel percentage van 1 tot en met 99 in.')).toBeInTheDocument();
    expect(server.calls('EmployeeReportPartialRecovery')).toHaveLength(0);

    const amount = within(form).getByRole('textbox', { name: /Percentage van je eigen werk/ });
    await user.clear(amount);
    await user.type(amount, '50');
    await user.click(within(form).getByRole('button', { name: 'Gedeeltelijk herstel doorgeven' }));
    expect(await screen.findByText('Je gedeeltelijk herstel is doorgegeven aan je werkgever.')).toBeInTheDocument();
    expect(server.calls('EmployeeReportPartialRecovery')[0]?.variables).toEqual({ input: { fromDate: '2026-11-24', percentage: 50 } });
    const open = await screen.findByRole('region', { name: 'Je bent ziek gemeld' });
    expect(await within(open).findByText('50% van je werk vanaf 24 november 2026')).toBeInTheDocument();
    // The report stays open: recovery can still be reported.
    expect(screen.getByRole('button', { name: 'Hersteld melden' })).toBeInTheDocument();
  });
});

/** The day, month and year boxes of a date input (components/ui DateInput). */
function dateBoxes(label: string): HTMLElement[] {
  return within(screen.getByRole('group', { name: label })).getAllByRole('textbox');
}

/** Types a date the way a person does: dag, maand, jaar, each box after the other. */
async function typeDate(user: Awaited<ReturnType<typeof renderApp>>['user'], label: string, dutch: string) {
  const [day, month, year] = dutch.split('-') as [string, string, string];
  const [dayBox, monthBox, yearBox] = dateBoxes(label) as [HTMLElement, HTMLElement, HTMLElement];
  for (const [box, text] of [[dayBox, day], [monthBox, month], [yearBox, year]] as const) {
    await user.clear(box);
    await user.type(box, text);
  }
}
