import type { ResultOf } from '@graphql-typed-document-node/core';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../../components/PageStatus';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatEuro, formatPeriod } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { SalaryChart } from './SalaryChart';
import { salarySeriesQuery } from './salaryChart.graphql';
import { range } from './scale';
import styles from '../content.module.css';
import chart from './SalaryChart.module.css';

/** Address parameter with the span of the chart: 12 (default) or 24 months. */
const MONTHS_PARAM = 'maanden';
export const SPANS = [12, 24] as const;

export function spanOf(value: string | null): 12 | 24 {
  return value === '24' ? 24 : 12;
}

/** /werknemer/salarisgrafiek: gross and net per period over 12 or 24 months, with the figures as a table. */
export default function SalaryChartPage() {
  return (
    <PortalPage feature="SALARY_CHART" perEmployment>
      {(context) => <SalaryChartContent {...context} />}
    </PortalPage>
  );
}

function SalaryChartContent({ employment, employer }: PortalContext) {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const months = spanOf(params.get(MONTHS_PARAM));
  useDocumentTitle('employeeSalaryChart.title');
  const [{ data, fetching, error }] = useQuery({
    query: salarySeriesQuery,
    variables: { months, employmentId: employment?.id ?? null },
    requestPolicy: 'cache-and-network',
  });
  const points = data?.me?.salarySeries;

  const choose = (value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(MONTHS_PARAM, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeSalaryChart.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeSalaryChart.intro' })}</p>
      </header>

      <RadioGroup value={String(months)} onChange={choose} orientation="horizontal" className={chart.spans}>
        <Label className={chart.spansLabel}>{intl.formatMessage({ id: 'employeeSalaryChart.span' })}</Label>
        <div className={chart.spanOptions}>
          {SPANS.map((span) => (
            <Radio key={span} value={String(span)} className={chart.span}>
              {intl.formatMessage({ id: 'employeeSalaryChart.span.months' }, { months: span })}
            </Radio>
          ))}
        </div>
      </RadioGroup>

      {!points ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="SALARY_CHART" employer={employer} />
        )
      ) : points.length === 0 ? (
        <p className={styles.notice}>{intl.formatMessage({ id: 'employeeSalaryChart.none' }, { months })}</p>
      ) : (
        <ChartCard points={points} months={months} />
      )}
    </>
  );
}

type Point = NonNullable<NonNullable<ResultOf<typeof salarySeriesQuery>['me']>['salarySeries']>[number];

function ChartCard({ points, months }: { points: readonly Point[]; months: number }) {
  const intl = useIntl();
  const first = formatPeriod(intl, points[0]!);
  const last = formatPeriod(intl, points.at(-1)!);
  const gross = range(points.map((p) => p.grossCents))!;
  const net = range(points.map((p) => p.netCents))!;
  const money = (cents: number) => formatEuro(intl, cents);
  const label = intl.formatMessage(
    { id: 'employeeSalaryChart.chartLabel' },
    {
      count: points.length,
      first,
      last,
      grossMin: money(gross.min),
      grossMax: money(gross.max),
      netMin: money(net.min),
      netMax: money(net.max),
    },
  );
  return (
    <section className={styles.card} aria-labelledby="salary-chart-title">
      <h2 id="salary-chart-title" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeSalaryChart.chartTitle' }, { months })}
      </h2>
      <p className={styles.rowMeta}>
        {points.length === 1 ? first : intl.formatMessage({ id: 'employeeSalaryChart.range' }, { first, last })}
      </p>
      <SalaryChart points={points} label={label} />
      <ul className={chart.legend} aria-label={intl.formatMessage({ id: 'employeeSalaryChart.legend' })}>
        <li>
          <svg className={chart.swatch} viewBox="0 0 32 12" aria-hidden="true" focusable="false">
            <line x1="0" y1="6" x2="32" y2="6" className={chart.gross} />
            <circle cx="16" cy="6" r="3.5" className={chart.grossDot} />
          </svg>
          {intl.formatMessage({ id: 'employeeSalaryChart.gross' })}
        </li>
        <li>
          <svg className={chart.swatch} viewBox="0 0 32 12" aria-hidden="true" focusable="false">
            <line x1="0" y1="6" x2="32" y2="6" className={chart.net} />
            <rect x="12.5" y="2.5" width="7" height="7" className={chart.netDot} />
          </svg>
          {intl.formatMessage({ id: 'employeeSalaryChart.net' })}
        </li>
      </ul>
      <details className={chart.details}>
        <summary className={chart.summary}>{intl.formatMessage({ id: 'employeeSalaryChart.showTable' })}</summary>
        <table className={styles.table}>
          <caption>{intl.formatMessage({ id: 'employeeSalaryChart.tableCaption' }, { first, last })}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'employeeSalaryChart.period' })}</th>
              <th scope="col" className={styles.number}>
                {intl.formatMessage({ id: 'employeeSalaryChart.gross' })}
              </th>
              <th scope="col" className={styles.number}>
                {intl.formatMessage({ id: 'employeeSalaryChart.net' })}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => (
              <tr key={p.payslipId}>
                <th scope="row">{formatPeriod(intl, p)}</th>
                <td className={styles.number}>{money(p.grossCents)}</td>
                <td className={styles.number}>{money(p.netCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
