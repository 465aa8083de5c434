import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortalFeature } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { ALL_FEATURES, mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

const FEATURES: PortalFeature[] = [...ALL_FEATURES, 'SALARY_CALCULATOR'];

const source = (id: string, official: boolean) => ({
  __typename: 'SalaryRuleSource',
  id,
  title: `Titel ${id}`,
  publisher: official ? 'Staatssecretaris van Financiën' : 'Grant Thornton',
  url: `https://example.nl/${id}`,
  official,
});

const step = (kind: string, annualCents: number, periodCents: number, over: Record<string, unknown> = {}) => ({
  __typename: 'SalaryEstimateStep',
  kind,
  bracket: null,
  ratePercent: null,
  overEuros: null,
  upToEuros: null,
  baseEuros: null,
  basisCents: 0,
  annualCents,
  periodCents,
  sourceIds: [],
  ...over,
});

/** The server's answer (figures of server/portal/salary_test.go: € 2.000, 40 hours, to 32 hours). */
function estimate({
  hours = 40,
  newHours = hours,
  net = 184332,
  difference = 0,
}: { hours?: number | null; newHours?: number | null; net?: number; difference?: number } = {}) {
  const gross = newHours === hours || hours === null ? 200000 : 160000;
  return {
    __typename: 'SalaryEstimate',
    isEstimate: true,
    base: {
      __typename: 'SalaryEstimateBase',
      payslipId: 'lst_1',
      periodType: 'MONTH',
      year: 2026,
      period: 11,
      payslipGrossCents: 200000,
      payslipNetCents: 180000,
      grossCents: 200000,
      pensionCents: 10000,
      hoursPerWeek: hours,
      hoursSource: hours === null ? 'UNKNOWN' : 'WORK_PATTERN',
      payrollTaxCredit: true,
      payrollTaxCreditSource: 'ASSUMED',
    },
    hoursPerWeek: newHours,
    periodsPerYear: 12,
    grossCents: gross,
    pensionCents: gross / 20,
    payrollTaxCents: 3867,
    netCents: net,
    currentNetCents: 184332,
    differenceCents: difference,
    steps: [
      step('GROSS', gross * 12, gross),
      step('PENSION_PREMIUM', (gross / 20) * 12, gross / 20),
      step('TAXABLE_WAGE', 1824000, 152000),
      step('BRACKET', 652080, 54340, { bracket: 1, ratePercent: '35.75', overEuros: 0, upToEuros: 38883, basisCents: 1824000, sourceIds: ['stcrt'] }),
      step('TAX_BEFORE_CREDITS', 652080, 54340),
      step('GENERAL_TAX_CREDIT', 311500, 25958, { ratePercent: '0', overEuros: 0, upToEuros: 29736, baseEuros: 3115 }),
      step('LABOUR_TAX_CREDIT', 294181, 24515, { ratePercent: '31.009', overEuros: 11965, upToEuros: 25845, baseEuros: 996 }),
      step('PAYROLL_TAX', 46399, 3867),
      step('NET', net * 12, net),
    ],
    rules: {
      __typename: 'SalaryRules',
      year: 2026,
      version: '2026.1',
      requestedYear: 2026,
      sources: [source('stcrt', true), source('gt', false)],
    },
    notes: ['PENSION_FROM_PAYSLIP', 'CREDIT_ASSUMED'],
  };
}

const answer = (salaryEstimate: unknown) => ({ data: { me: { __typename: 'EmployeeMe', salaryEstimate } } });

type Input = { employmentId: string; hoursPerWeek?: number; currentHoursPerWeek?: number; grossCents?: number };
const inputOf = (variables: Record<string, unknown>) => variables['input'] as Input;

describe('salaris berekenen (R39)', () => {
  it('estimates the net after changing the hours, with the steps and the sources, labelled a schatting', async () => {
    const server = mockPortal(
      {
        EmployeeSalaryEstimate: (r) =>
          inputOf(r.variables).hoursPerWeek === 32 ? answer(estimate({ newHours: 32, net: 148133, difference: -36199 })) : answer(estimate()),
      },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/salaris-berekenen' });
    const base = await screen.findByRole('region', { name: 'Je laatste loonstrook: november 2026' });
    expect(plain(base)).toContain('Brutoloon€ 2.000,00');
    expect(plain(base)).toContain('Uren40 uur per week');
    expect(plain(base)).toContain('LoonheffingskortingJa (aangenomen)');
    expect(inputOf(server.calls('EmployeeSalaryEstimate')[0]!.variables)).toEqual({ employmentId: 'dvb_18' });

    await user.type(screen.getByRole('textbox', { name: 'Nieuwe uren per week' }), '32');
    await user.click(screen.getByRole('button', { name: 'Bereken' }));

    const result = await screen.findByRole('region', { name: 'Geschat nettoloon (per maand)' });
    expect(inputOf(server.calls('EmployeeSalaryEstimate').at(-1)!.variables)).toEqual({ employmentId: 'dvb_18', hoursPerWeek: 32 });
    expect(within(result).getByText('Schatting')).toBeInTheDocument();
    expect(plain(result)).toContain('€ 1.481,33');
    expect(plain(result)).toContain('€ -361,99 ten opzichte van nu (€ 1.843,32, ook geschat).');
    expect(plain(result)).toContain('Uren32 uur per week');

    const table = within(result).getByRole('table', { name: 'Zo is het berekend, met de regels van 2026' });
    expect(within(table).getAllByRole('columnheader').map(plain)).toEqual(['Stap', 'Per jaar', 'Per maand']);
    const rows = within(table).getAllByRole('rowheader').map(plain);
    expect(rows).toEqual([
      'Brutoloon',
      'Pensioenpremie',
      'Belastbaar loon',
      'Schijf 1: 35,75% over € 18.240,00',
      'Loonheffing vóór kortingen',
      'Algemene heffingskorting',
      'Arbeidskorting',
      'Loonheffing',
      'Nettoloon',
    ]);
    expect(plain(within(table).getByRole('row', { name: /Arbeidskorting/ }))).toBe('Arbeidskorting€ -2.941,81€ -245,15');

    const link = within(result).getByRole('link', { name: 'Titel stcrt' });
    expect(link).toHaveAttribute('href', 'https://example.nl/stcrt');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(plain(result)).toContain('(Staatssecretaris van Financiën, officieel)');
    expect(plain(result)).toContain('We weten niet of je werkgever loonheffingskorting toepast; we nemen aan van wel.');
    expect(plain(result)).toContain('Dit is een schatting, geen loonstrook.');
  });

  it('asks for the current hours when no work pattern gives them, and checks what is typed', async () => {
    const server = mockPortal(
      { EmployeeSalaryEstimate: (r) => answer(estimate({ hours: inputOf(r.variables).currentHoursPerWeek ?? null, newHours: null })) },
      { features: FEATURES },
    );
    const { user } = await renderApp({ path: '/werknemer/salaris-berekenen' });
    const current = await screen.findByRole('textbox', { name: 'Hoeveel uur per week werk je nu?' });
    await user.type(screen.getByRole('textbox', { name: 'Nieuwe uren per week' }), '20');
    await user.type(screen.getByRole('textbox', { name: 'Nieuw brutoloon (per maand)' }), 'veel');
    await user.click(screen.getByRole('button', { name: 'Bereken' }));
    expect(current).toHaveAccessibleDescription(/Vul in hoeveel uur per week je nu werkt\./);
    expect(screen.getByRole('textbox', { name: 'Nieuw brutoloon (per maand)' })).toHaveAccessibleDescription(
      /Vul een bedrag in, bijvoorbeeld 3\.250,50\./,
    );
    expect(server.calls('EmployeeSalaryEstimate')).toHaveLength(1);

    await user.clear(screen.getByRole('textbox', { name: 'Nieuw brutoloon (per maand)' }));
    await user.type(current, '40');
    await user.click(screen.getByRole('button', { name: 'Bereken' }));
    await screen.findByRole('region', { name: 'Geschat nettoloon (per maand)' });
    expect(inputOf(server.calls('EmployeeSalaryEstimate').at(-1)!.variables)).toEqual({
      employmentId: 'dvb_18',
      hoursPerWeek: 20,
      currentHoursPerWeek: 40,
    });
  });

  it('says what it needs when there is no payslip yet', async () => {
    mockPortal(
      { EmployeeSalaryEstimate: () => answer({ __typename: 'SalaryEstimateUnavailable', missing: 'PAYSLIP' }) },
      { features: FEATURES },
    );
    await renderApp({ path: '/werknemer/salaris-berekenen' });
    const needs = await screen.findByRole('region', { name: 'Nog geen loonstrook' });
    expect(plain(needs)).toContain('Zodra Voorbeeld MKB je eerste loonstrook heeft klaargezet');
    expect(screen.queryByRole('button', { name: 'Bereken' })).not.toBeInTheDocument();
  });

  it('is in the menu only with the product (R22)', async () => {
    const server = mockPortal({}, { features: ALL_FEATURES });
    const { user } = await renderApp({ path: '/werknemer/salaris-berekenen' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bereken' })).not.toBeInTheDocument();
    expect(server.calls('EmployeeSalaryEstimate')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /Menu/ }));
    expect(screen.queryByRole('link', { name: 'Salaris berekenen' })).not.toBeInTheDocument();
  });
});
