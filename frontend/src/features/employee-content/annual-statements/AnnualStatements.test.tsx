import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { clearAccessEnded } from '../../employee-auth';
import { mockPortal, plain } from '../testSupport';

afterEach(() => clearAccessEnded());

describe('jaaropgaven', () => {
  it('shows the figures per year and offers the PDF; the BSN stays on the PDF', async () => {
    const server = mockPortal({
      EmployeeAnnualStatements: () => ({
        data: {
          me: {
            __typename: 'EmployeeMe',
            annualStatements: [
              {
                __typename: 'AnnualStatement',
                id: 'jop_1',
                year: 2025,
                wageForPayrollTaxCents: 5290303,
                withheldPayrollTaxCents: 1219508,
                labourTaxCreditCents: 495893,
                zvwWageCents: 5290303,
                payrollTaxCreditApplied: true,
                pdfUrl: '/downloads/annual-statements/jop_1.pdf',
                employment: { __typename: 'Employment', id: 'dvb_18', employeeNumber: 18, jobTitle: 'x' },
              },
            ],
          },
        },
      }),
    });
    await renderApp({ path: '/werknemer/jaaropgaven' });
    const statement = await screen.findByRole('region', { name: 'Jaaropgave 2025' });
    expect(within(statement).getAllByRole('term').map(plain)).toEqual([
      'Loon voor de loonheffing',
      'Ingehouden loonheffing',
      'Toegepaste arbeidskorting',
      'Loon Zvw',
      'Loonheffingskorting toegepast',
    ]);
    expect(within(statement).getAllByRole('definition').map(plain)).toEqual(['€ 52.903,03', '€ 12.195,08', '€ 4.958,93', '€ 52.903,03', 'Ja']);
    expect(within(statement).getByRole('button', { name: 'Download jaaropgave 2025 (pdf)' })).toBeInTheDocument();
    expect(server.calls('EmployeeAnnualStatements')[0]?.query).not.toMatch(/\bbsn\b/);
  });
});
