import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { readFragment, type FragmentType } from '../../gql';
import type { PayslipLineCategory, PayslipViewFragment } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import { useFormat } from '../../components/ui/format';
import { groupLines, type LineGroup } from '../../lib/format/payslipLines';
import { payslipViewFragment } from './payslipView.graphql';
import styles from './PayslipView.module.css';

type Line = PayslipViewFragment['lines'][number];

const NOTE: Partial<Record<PayslipLineCategory, MessageId>> = {
  EMPLOYER_CONTRIBUTIONS: 'payslipView.note.EMPLOYER_CONTRIBUTIONS',
  RESERVATIONS: 'payslipView.note.RESERVATIONS',
};

/**
 * A loonstrook as a payroll professional reads one (R23, art. 7:626 BW; docs/domain.md): the
 * details (employer, employee, employment, period, hours, minimum wage), earnings, deductions,
 * gross and net with the account paid to (only masked), the tax details (SV-loon, loon voor de
 * loonheffing, the table, the loonheffingskorting), the year-to-date totals, then employer
 * contributions and reservations. What the integrator did not send is left out, never shown as
 * zero. `period` is the period's name as the page writes it; `level` the level of the sections'
 * headings; `cards` draws each section as a card (the employee page), else as flat blocks (a dialog).
 */
export function PayslipView({
  payslip: masked,
  period,
  level = 2,
  cards = false,
}: {
  payslip: FragmentType<typeof payslipViewFragment>;
  period: string;
  level?: 2 | 3;
  cards?: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const p = readFragment(payslipViewFragment, masked);
  const H = level === 2 ? 'h2' : 'h3';
  const t = (id: MessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const money = (cents: number) => intl.formatNumber(cents / 100, { style: 'currency', currency: 'EUR' });
  const num = (v: number) => intl.formatNumber(v, { maximumFractionDigits: 2 });
  const groups = groupLines(p.lines, p.totals);
  const group = (c: PayslipLineCategory) => groups.find((g) => g.category === c);
  const tableLabel =
    p.taxTableColour || p.taxTablePeriod
      ? t('payslipView.taxTableValue', { colour: p.taxTableColour ?? 'none', period: p.taxTablePeriod ?? 'none' })
      : null;

  const section = (key: string, title: string, body: ReactNode) => (
    <section key={key} className={cards ? styles.card : styles.block} aria-labelledby={`${p.id}-${key}`} data-section={key}>
      <H id={`${p.id}-${key}`} className={styles.title}>
        {title}
      </H>
      {body}
    </section>
  );

  // alignRight puts the values under each other on the right, as amounts are read.
  const facts = (rows: Array<[string, ReactNode] | null | false>, alignRight = false) => (
    <dl className={alignRight ? `${styles.facts} ${styles.pay}` : styles.facts}>
      {rows.filter((r): r is [string, ReactNode] => !!r).map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
  const amount = (cents: number | null | undefined) => cents != null && <span className={styles.amount}>{money(cents)}</span>;

  const lineTable = (g: LineGroup<Line>) => {
    const note = NOTE[g.category];
    return section(
      g.category.toLowerCase(),
      t(`payslipView.category.${g.category}` as MessageId),
      <>
        {note && <p className={styles.muted}>{t(note)}</p>}
        <table className={styles.table} aria-labelledby={`${p.id}-${g.category.toLowerCase()}`}>
          <thead>
            <tr>
              <th scope="col" className={styles.code}>
                {t('payslipView.line.code')}
              </th>
              <th scope="col">{t('payslipView.line.description')}</th>
              <th scope="col" className={styles.number}>
                {t('payslipView.line.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {g.lines.map((line) => {
              const detail = lineDetail(line);
              return (
                <tr key={line.id}>
                  <td className={styles.code}>{line.code}</td>
                  <td>
                    {line.description}
                    {detail && <span className={styles.detail}>{detail}</span>}
                  </td>
                  <td className={styles.number}>{money(line.amountCents)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t(`payslipView.total.${g.category}` as MessageId)}
              </th>
              <td className={styles.number}>{money(g.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      </>,
    );
  };

  // Quantity and rate under the description (the phone has no room for two more columns), and
  // the table next to the payroll tax.
  function lineDetail(line: Line): string | null {
    const parts: string[] = [];
    if (line.quantity != null && line.rateCents != null) {
      parts.push(t('payslipView.line.quantityRate', { quantity: num(line.quantity), rate: money(line.rateCents) }));
    } else if (line.quantity != null) {
      parts.push(t('payslipView.line.quantity', { quantity: num(line.quantity) }));
    } else if (line.rateCents != null) {
      parts.push(t('payslipView.line.rate', { rate: money(line.rateCents) }));
    }
    if (line.kind === 'PAYROLL_TAX' && tableLabel) parts.push(tableLabel);
    return parts.length > 0 ? parts.join(' · ') : null;
  }

  const e = p.employment;
  const periodText =
    p.periodStart && p.periodEnd
      ? t('payslipView.periodDates', { period, start: format.day(p.periodStart), end: format.day(p.periodEnd) })
      : period;
  const account = p.bankAccountMasked;
  const hasFiscal = p.svWageCents != null || p.taxableWageCents != null || tableLabel != null || p.payrollTaxCreditApplied != null;
  const hasYtd = [p.ytdGrossCents, p.ytdSvWageCents, p.ytdTaxableWageCents, p.ytdPayrollTaxCents, p.ytdNetCents].some((v) => v != null);
  const earnings = group('EARNINGS');
  const deductions = group('DEDUCTIONS');
  const contributions = group('EMPLOYER_CONTRIBUTIONS');
  const reservations = group('RESERVATIONS');

  return (
    <div className={styles.view}>
      {section(
        'details',
        t('payslipView.details'),
        facts([
          [t('payslipView.employer'), e.employer.name],
          [t('payslipView.employee'), e.person.fullName],
          [t('payslipView.employment'), t('payslipView.employmentValue', { number: e.employeeNumber, jobTitle: e.jobTitle || 'none' })],
          [t('payslipView.startDate'), format.day(e.startDate)],
          [t('payslipView.period'), periodText],
          [t('payslipView.periodType'), t(`payslipView.periodType.${p.periodType}` as MessageId)],
          [t('payslipView.runDate'), format.day(p.runDate)],
          p.hoursPerWeek != null && [t('payslipView.hoursPerWeek'), t('payslipView.hoursPerWeekValue', { hours: num(p.hoursPerWeek) })],
          p.partTimePercentage != null && [
            t('payslipView.partTime'),
            intl.formatNumber(p.partTimePercentage / 100, { style: 'percent', maximumFractionDigits: 2 }),
          ],
          p.hoursWorked != null && [t('payslipView.hoursWorked'), num(p.hoursWorked)],
          p.minimumHourlyWageCents != null && [t('payslipView.minimumHourlyWage'), amount(p.minimumHourlyWageCents)],
          p.minimumWageCents != null && [t('payslipView.minimumWage'), amount(p.minimumWageCents)],
        ]),
      )}
      {p.lines.length === 0 && <p className={styles.muted}>{t('payslipView.noLines')}</p>}
      {earnings && lineTable(earnings)}
      {deductions && lineTable(deductions)}
      {section(
        'pay',
        t('payslipView.pay'),
        <dl className={`${styles.facts} ${styles.pay}`}>
          <div>
            <dt>{t('payslipView.gross')}</dt>
            <dd className={styles.amount}>{money(p.grossCents)}</dd>
          </div>
          <div className={styles.net}>
            <dt>{t('payslipView.net')}</dt>
            <dd className={styles.amount} data-testid="payslip-net">
              {money(p.netCents)}
            </dd>
          </div>
          {account && (
            <div>
              <dt>{t('payslipView.paidTo')}</dt>
              <dd>
                <span aria-hidden="true" className={styles.account} data-testid="payslip-account">
                  {account}
                </span>
                <span className={styles.visuallyHidden}>
                  {t('payslipView.paidToSpoken', { last: account.replace(/\s/g, '').slice(-4) })}
                </span>
              </dd>
            </div>
          )}
        </dl>,
      )}
      {hasFiscal &&
        section(
          'fiscal',
          t('payslipView.fiscal'),
          facts([
            p.svWageCents != null && [t('payslipView.svWage'), amount(p.svWageCents)],
            p.taxableWageCents != null && [t('payslipView.taxableWage'), amount(p.taxableWageCents)],
            tableLabel != null && [t('payslipView.taxTable'), tableLabel],
            p.payrollTaxCreditApplied != null && [
              t('payslipView.taxCredit'),
              t(p.payrollTaxCreditApplied ? 'payslipView.yes' : 'payslipView.no'),
            ],
          ], true),
        )}
      {hasYtd &&
        section(
          'cumulatives',
          t('payslipView.cumulatives', { year: p.year }),
          <>
            <p className={styles.muted}>{t('payslipView.cumulativesNote')}</p>
            {facts([
              p.ytdGrossCents != null && [t('payslipView.gross'), amount(p.ytdGrossCents)],
              p.ytdSvWageCents != null && [t('payslipView.svWage'), amount(p.ytdSvWageCents)],
              p.ytdTaxableWageCents != null && [t('payslipView.taxableWage'), amount(p.ytdTaxableWageCents)],
              p.ytdPayrollTaxCents != null && [t('payslipView.ytdPayrollTax'), amount(p.ytdPayrollTaxCents)],
              p.ytdNetCents != null && [t('payslipView.net'), amount(p.ytdNetCents)],
            ], true)}
          </>,
        )}
      {contributions && lineTable(contributions)}
      {reservations && lineTable(reservations)}
    </div>
  );
}
