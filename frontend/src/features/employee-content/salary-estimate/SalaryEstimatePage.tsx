import type { ResultOf } from '@graphql-typed-document-node/core';
import { useRef, useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Alert } from '../../../components/Alert';
import { PageStatus } from '../../../components/PageStatus';
import { TextInputField } from '../../../components/TextInputField';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { SalaryEstimateInput } from '../../../gql/graphql';
import type { MessageId } from '../../../i18n/catalogue';
import { useFieldErrors, type FieldErrors } from '../../../lib/forms/useFieldErrors';
import { messageIdForCombinedError } from '../../../lib/graphql/errors';
import { formatEuro, formatPeriod } from '../format';
import { PortalPage, type PortalContext } from '../PortalPage';
import { QueryFailure } from '../QueryFailure';
import { parseEuroCents, parseWeekHours, type Parsed } from './input';
import { salaryEstimateQuery } from './salaryEstimate.graphql';
import forms from '../../../components/forms.module.css';
import styles from '../content.module.css';
import own from './SalaryEstimate.module.css';

type Answer = NonNullable<NonNullable<ResultOf<typeof salaryEstimateQuery>['me']>['salaryEstimate']>;
type Estimate = Extract<Answer, { __typename?: 'SalaryEstimate' }>;
type Step = Estimate['steps'][number];
type Asked = Omit<SalaryEstimateInput, 'employmentId'>;
type Field = 'hoursPerWeek' | 'grossCents' | 'currentHoursPerWeek';

const isEstimate = (a: Answer | null | undefined): a is Estimate => !!a && 'isEstimate' in a;

/**
 * /werknemer/salaris-berekenen (R39): from the latest payslip the employee changes hours per week or
 * gross pay and sees the estimated net, the difference and the steps, with the sources of the year's
 * rules. The server computes it all; nothing is stored. Always labelled a schatting.
 */
export default function SalaryEstimatePage() {
  return (
    <PortalPage feature="SALARY_CALCULATOR" perEmployment>
      {(context) => <SalaryEstimateContent key={context.employment?.id ?? ''} {...context} />}
    </PortalPage>
  );
}

function SalaryEstimateContent({ employment, employer }: PortalContext) {
  const intl = useIntl();
  useDocumentTitle('employeeSalaryEstimate.title');
  const employmentId = employment?.id ?? '';
  const [asked, setAsked] = useState<Asked | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: salaryEstimateQuery,
    variables: { input: { employmentId } },
    pause: !employment,
    requestPolicy: 'cache-and-network',
  });
  const base = data?.me?.salaryEstimate;

  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{intl.formatMessage({ id: 'employeeSalaryEstimate.title' })}</h1>
        <p className={styles.intro}>{intl.formatMessage({ id: 'employeeSalaryEstimate.intro' })}</p>
      </header>
      {!employment ? (
        <p className={styles.notice}>{intl.formatMessage({ id: 'employeeSalaryEstimate.noEmployment' })}</p>
      ) : !base ? (
        fetching ? (
          <PageStatus />
        ) : (
          <QueryFailure error={error} feature="SALARY_CALCULATOR" employer={employer} />
        )
      ) : !isEstimate(base) ? (
        <section className={styles.card} aria-labelledby="salary-needs">
          <h2 id="salary-needs" className={styles.cardTitle}>
            {intl.formatMessage({ id: 'employeeSalaryEstimate.noPayslip.title' })}
          </h2>
          <p>{intl.formatMessage({ id: 'employeeSalaryEstimate.noPayslip.text' }, { employer })}</p>
        </section>
      ) : (
        <>
          <BaseCard estimate={base} />
          <EstimateForm base={base} onAsk={setAsked} />
          {asked && <Result input={{ employmentId, ...asked }} />}
        </>
      )}
    </>
  );
}

/** "Per maand" or "Per 4 weken" (a column header), or in a sentence "per maand". */
function usePer(periodsPerYear: number, inline = false) {
  const intl = useIntl();
  const four = periodsPerYear === 13;
  if (inline) {
    return intl.formatMessage({ id: four ? 'employeeSalaryEstimate.per.fourWeeks.inline' : 'employeeSalaryEstimate.per.month.inline' });
  }
  return intl.formatMessage({ id: four ? 'employeeSalaryEstimate.per.fourWeeks' : 'employeeSalaryEstimate.per.month' });
}

function hoursText(intl: ReturnType<typeof useIntl>, hours: number | null | undefined) {
  return hours === null || hours === undefined
    ? intl.formatMessage({ id: 'employeeSalaryEstimate.hours.unknown' })
    : intl.formatMessage({ id: 'employeeSalaryEstimate.hours.value' }, { hours });
}

/** What the latest payslip says: the starting point. */
function BaseCard({ estimate }: { estimate: Estimate }) {
  const intl = useIntl();
  const b = estimate.base;
  const money = (cents: number) => formatEuro(intl, cents);
  return (
    <section className={styles.card} aria-labelledby="salary-base">
      <h2 id="salary-base" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeSalaryEstimate.base.title' }, { period: formatPeriod(intl, b) })}
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.base.gross' })}</dt>
          <dd className={styles.amount}>{money(b.payslipGrossCents)}</dd>
        </div>
        {b.grossCents !== b.payslipGrossCents && (
          <div>
            <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.base.regularGross' })}</dt>
            <dd className={styles.amount}>{money(b.grossCents)}</dd>
          </div>
        )}
        <div>
          <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.base.net' })}</dt>
          <dd className={styles.amount}>{money(b.payslipNetCents)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.base.hours' })}</dt>
          <dd>{hoursText(intl, b.hoursPerWeek)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.base.credit' })}</dt>
          <dd>
            {intl.formatMessage({ id: b.payrollTaxCredit ? 'employeeSalaryEstimate.yes' : 'employeeSalaryEstimate.no' })}
            {b.payrollTaxCreditSource === 'ASSUMED' && ` (${intl.formatMessage({ id: 'employeeSalaryEstimate.base.credit.assumed' })})`}
          </dd>
        </div>
      </dl>
    </section>
  );
}

const PROBLEM: Record<Field, Record<'format' | 'range' | 'required', MessageId>> = {
  hoursPerWeek: {
    format: 'employeeSalaryEstimate.hours.format',
    range: 'employeeSalaryEstimate.hours.range',
    required: 'employeeSalaryEstimate.hours.format',
  },
  currentHoursPerWeek: {
    format: 'employeeSalaryEstimate.hours.format',
    range: 'employeeSalaryEstimate.hours.range',
    required: 'employeeSalaryEstimate.currentHours.required',
  },
  grossCents: {
    format: 'employeeSalaryEstimate.gross.format',
    range: 'employeeSalaryEstimate.gross.range',
    required: 'employeeSalaryEstimate.gross.format',
  },
};

/** New hours or a new gross, and whether the payroll-tax credit applies. */
function EstimateForm({ base, onAsk }: { base: Estimate; onAsk: (asked: Asked) => void }) {
  const intl = useIntl();
  const per = usePer(base.periodsPerYear, true);
  const hoursKnown = base.base.hoursPerWeek !== null && base.base.hoursPerWeek !== undefined;
  const [hours, setHours] = useState('');
  const [gross, setGross] = useState('');
  const [current, setCurrent] = useState('');
  const [credit, setCredit] = useState(base.base.payrollTaxCredit);
  const hoursRef = useRef<HTMLInputElement>(null);
  const grossRef = useRef<HTMLInputElement>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const fields = useFieldErrors<Field>({ currentHoursPerWeek: currentRef, hoursPerWeek: hoursRef, grossCents: grossRef });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FieldErrors<Field> = {};
    const check = <T,>(field: Field, parsed: Parsed<T>): T | null => {
      if (parsed.ok) return parsed.value;
      next[field] = PROBLEM[field][parsed.problem];
      return null;
    };
    const h = check('hoursPerWeek', parseWeekHours(hours));
    const g = check('grossCents', parseEuroCents(gross));
    const c = hoursKnown ? null : check('currentHoursPerWeek', parseWeekHours(current));
    if (h !== null && g === null && !hoursKnown && c === null && !next.currentHoursPerWeek) {
      next.currentHoursPerWeek = PROBLEM.currentHoursPerWeek.required;
    }
    if (fields.show(next)) return;
    onAsk({
      ...(h !== null ? { hoursPerWeek: h } : {}),
      ...(g !== null ? { grossCents: g } : {}),
      ...(c !== null ? { currentHoursPerWeek: c } : {}),
      ...(credit !== base.base.payrollTaxCredit ? { payrollTaxCredit: credit } : {}),
    });
  };

  return (
    <section className={styles.card} aria-labelledby="salary-change">
      <h2 id="salary-change" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeSalaryEstimate.form.title' })}
      </h2>
      <Form
        className={forms.form}
        validationBehavior="aria"
        validationErrors={fields.validationErrors}
        onSubmit={submit}
        aria-labelledby="salary-change"
        aria-describedby="salary-change-help"
      >
        <p id="salary-change-help" className={styles.muted}>
          {intl.formatMessage({ id: 'employeeSalaryEstimate.form.help' })}
        </p>
        {!hoursKnown && (
          <TextInputField
            name="currentHoursPerWeek"
            label={intl.formatMessage({ id: 'employeeSalaryEstimate.currentHours.label' })}
            description={intl.formatMessage({ id: 'employeeSalaryEstimate.currentHours.help' })}
            inputMode="decimal"
            autoComplete="off"
            inputRef={currentRef}
            value={current}
            onChange={(value) => {
              setCurrent(value);
              fields.clear('currentHoursPerWeek');
            }}
          />
        )}
        <TextInputField
          name="hoursPerWeek"
          label={intl.formatMessage({ id: 'employeeSalaryEstimate.hours.label' })}
          inputMode="decimal"
          autoComplete="off"
          inputRef={hoursRef}
          value={hours}
          onChange={(value) => {
            setHours(value);
            fields.clear('hoursPerWeek');
          }}
        />
        <TextInputField
          name="grossCents"
          label={intl.formatMessage({ id: 'employeeSalaryEstimate.gross.label' }, { per })}
          description={intl.formatMessage({ id: 'employeeSalaryEstimate.gross.help' })}
          inputMode="decimal"
          autoComplete="off"
          inputRef={grossRef}
          value={gross}
          onChange={(value) => {
            setGross(value);
            fields.clear('grossCents');
          }}
        />
        <Checkbox isSelected={credit} onChange={setCredit} className={own.checkbox}>
          <span className={own.box} aria-hidden="true" />
          {intl.formatMessage({ id: 'employeeSalaryEstimate.credit.label' })}
        </Checkbox>
        <button type="submit" className={forms.primaryButton}>
          {intl.formatMessage({ id: 'employeeSalaryEstimate.submit' })}
        </button>
      </Form>
    </section>
  );
}

/** The estimate for what was asked: net, difference, steps, sources. */
function Result({ input }: { input: SalaryEstimateInput }) {
  const intl = useIntl();
  const [{ data, fetching, error }] = useQuery({ query: salaryEstimateQuery, variables: { input } });
  const answer = data?.me?.salaryEstimate;
  if (!answer) {
    if (fetching) return <PageStatus />;
    return <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} />;
  }
  if (!isEstimate(answer)) {
    return (
      <p className={styles.notice} role="status">
        {intl.formatMessage({
          id: answer.missing === 'CURRENT_HOURS' ? 'employeeSalaryEstimate.currentHours.required' : 'employeeSalaryEstimate.noPayslip.title',
        })}
      </p>
    );
  }
  return <EstimateCard estimate={answer} />;
}

const NOTE_MESSAGES: Record<Estimate['notes'][number], MessageId> = {
  SPECIAL_REWARDS_LEFT_OUT: 'employeeSalaryEstimate.note.specialRewards',
  PENSION_FROM_PAYSLIP: 'employeeSalaryEstimate.note.pension',
  CREDIT_ASSUMED: 'employeeSalaryEstimate.note.creditAssumed',
  RULES_OF_OTHER_YEAR: 'employeeSalaryEstimate.note.otherYear',
  HOURS_NOT_USED: 'employeeSalaryEstimate.note.hoursNotUsed',
};

const STEP_MESSAGES: Record<Step['kind'], MessageId> = {
  GROSS: 'employeeSalaryEstimate.step.gross',
  PENSION_PREMIUM: 'employeeSalaryEstimate.step.pension',
  TAXABLE_WAGE: 'employeeSalaryEstimate.step.taxable',
  BRACKET: 'employeeSalaryEstimate.step.bracket',
  TAX_BEFORE_CREDITS: 'employeeSalaryEstimate.step.taxBeforeCredits',
  GENERAL_TAX_CREDIT: 'employeeSalaryEstimate.step.generalCredit',
  LABOUR_TAX_CREDIT: 'employeeSalaryEstimate.step.labourCredit',
  PAYROLL_TAX: 'employeeSalaryEstimate.step.payrollTax',
  NET: 'employeeSalaryEstimate.step.net',
};

/** Steps that lower the net (shown with a minus). */
const MINUS = new Set<Step['kind']>(['PENSION_PREMIUM', 'GENERAL_TAX_CREDIT', 'LABOUR_TAX_CREDIT']);

function EstimateCard({ estimate: e }: { estimate: Estimate }) {
  const intl = useIntl();
  const per = usePer(e.periodsPerYear, true);
  const perColumn = usePer(e.periodsPerYear);
  const money = (cents: number) => formatEuro(intl, cents);
  const percent = (rate: string) => intl.formatNumber(Number(rate) / 100, { style: 'percent', maximumFractionDigits: 3 });
  const difference = e.differenceCents;
  const sign = difference > 0 ? '+' : '';
  const stepLabel = (s: Step) => {
    const label = intl.formatMessage({ id: STEP_MESSAGES[s.kind] }, { bracket: s.bracket ?? 0 });
    if (s.kind === 'BRACKET' && s.ratePercent) {
      return `${label}: ${intl.formatMessage(
        { id: 'employeeSalaryEstimate.step.bracket.detail' },
        { rate: percent(s.ratePercent), basis: money(s.basisCents) },
      )}`;
    }
    return label;
  };
  const sources = e.rules.sources;
  return (
    <section className={`${styles.card} ${own.result}`} aria-labelledby="salary-result" aria-live="polite">
      <p className={own.label}>{intl.formatMessage({ id: 'employeeSalaryEstimate.label' })}</p>
      <h2 id="salary-result" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeSalaryEstimate.result.title' }, { per })}
      </h2>
      <p className={own.net}>{money(e.netCents)}</p>
      <p className={own.difference}>
        {intl.formatMessage(
          { id: 'employeeSalaryEstimate.result.difference' },
          { difference: `${sign}${money(difference)}`, per, current: money(e.currentNetCents) },
        )}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.result.gross' }, { per })}</dt>
          <dd className={styles.amount}>{money(e.grossCents)}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeeSalaryEstimate.base.hours' })}</dt>
          <dd>{hoursText(intl, e.hoursPerWeek)}</dd>
        </div>
      </dl>

      <div className={own.scroll}>
        <table className={styles.table}>
          <caption>{intl.formatMessage({ id: 'employeeSalaryEstimate.steps.caption' }, { year: e.rules.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'employeeSalaryEstimate.steps.step' })}</th>
              <th scope="col" className={styles.number}>
                {intl.formatMessage({ id: 'employeeSalaryEstimate.steps.year' })}
              </th>
              <th scope="col" className={styles.number}>
                {perColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {e.steps.map((s, i) => (
              <tr key={`${s.kind}-${s.bracket ?? i}`}>
                <th scope="row">{stepLabel(s)}</th>
                <td className={styles.number}>{money(MINUS.has(s.kind) ? -s.annualCents : s.annualCents)}</td>
                <td className={styles.number}>{money(MINUS.has(s.kind) ? -s.periodCents : s.periodCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {e.rules.requestedYear !== e.rules.year && (
        <p className={styles.notice}>
          {intl.formatMessage(
            { id: 'employeeSalaryEstimate.note.otherYear.detail' },
            { requested: e.rules.requestedYear, year: e.rules.year },
          )}
        </p>
      )}
      {e.notes.length > 0 && (
        <ul className={own.notes}>
          {e.notes
            .filter((n) => n !== 'RULES_OF_OTHER_YEAR')
            .map((n) => (
              <li key={n}>{intl.formatMessage({ id: NOTE_MESSAGES[n] })}</li>
            ))}
        </ul>
      )}
      <p className={styles.muted}>{intl.formatMessage({ id: 'employeeSalaryEstimate.disclaimer' })}</p>

      <h3 className={styles.subTitle}>{intl.formatMessage({ id: 'employeeSalaryEstimate.sources.title' }, { year: e.rules.year })}</h3>
      <ul className={own.sources}>
        {sources.map((s) => (
          <li key={s.id}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>{' '}
            <span className={styles.muted}>
              {intl.formatMessage(
                { id: s.official ? 'employeeSalaryEstimate.sources.official' : 'employeeSalaryEstimate.sources.secondary' },
                { publisher: s.publisher },
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
