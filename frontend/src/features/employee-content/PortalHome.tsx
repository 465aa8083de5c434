import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { readFragment, type FragmentType } from '../../gql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EMPLOYEE_ACCOUNT, portalNoticeOf } from '../employee-auth';
import { FeatureLinks } from './PortalPage';
import { employmentFragment, portalHomeQuery } from './home.graphql';
import { useSelectedEmployment } from './useSelectedEmployment';
import styles from './PortalHome.module.css';

type Employment = ResultOf<typeof employmentFragment>;

const dateOnly = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/**
 * /werknemer: the signed-in employee's start page — the employer, the employee's employments there with
 * a switcher when there are several (R18; the choice is kept in the address), a link to every part of
 * the portal the employer activated (R22), and the account.
 *
 * It lives with the content pages because it shows their links and the same employment choice; its
 * own texts (employeePortal.*) stay in the entry catalogue, so the page never waits for them.
 */
export default function PortalHome() {
  const intl = useIntl();
  const location = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: portalHomeQuery });
  useDocumentTitle('employeePortal.home.documentTitle');

  const me = data?.me;
  const employments = (me?.employments ?? []).map((e: FragmentType<typeof employmentFragment>) => readFragment(employmentFragment, e));
  const [selected, choose] = useSelectedEmployment(employments);
  const notice = portalNoticeOf(location.state);

  if (fetching && !me) return <PageStatus />;
  if (!me) {
    return (
      <div className={styles.page}>
        <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      {notice && (
        <p role="status" className={styles.notice}>
          {intl.formatMessage({ id: notice === 'registered' ? 'employeePortal.notice.registered' : 'employeePortal.notice.passwordReset' })}
        </p>
      )}
      <section className={styles.welcome} aria-labelledby="portal-welcome">
        <h1 id="portal-welcome" className={styles.title}>
          {intl.formatMessage({ id: 'employeePortal.home.welcome' }, { name: me.person.firstName })}
        </h1>
        <p className={styles.employer}>
          {intl.formatMessage({ id: 'employeePortal.home.employer' }, { employer: me.employer.name })}
        </p>
      </section>

      <section className={styles.card} aria-labelledby="portal-employments">
        <h2 id="portal-employments" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'employeePortal.employments.title' }, { count: employments.length })}
        </h2>
        {employments.length === 0 ? (
          <p>{intl.formatMessage({ id: 'employeePortal.employments.none' }, { employer: me.employer.name })}</p>
        ) : employments.length > 1 ? (
          <EmploymentSwitcher employments={employments} selected={selected} onChoose={choose} employer={me.employer.name} />
        ) : null}
        {selected && <EmploymentDetails employment={selected} />}
      </section>

      <FeatureLinks features={me.features} />

      <section className={styles.card} aria-labelledby="portal-account">
        <h2 id="portal-account" className={styles.cardTitle}>
          {intl.formatMessage({ id: 'employeePortal.account.title' })}
        </h2>
        <dl className={styles.facts}>
          <div>
            <dt>{intl.formatMessage({ id: 'employeePortal.account.username' })}</dt>
            <dd className={styles.username}>{me.account.username}</dd>
          </div>
        </dl>
        <p className={styles.muted}>{intl.formatMessage({ id: 'employeePortal.account.intro' })}</p>
        <Link to={EMPLOYEE_ACCOUNT} className={styles.buttonLink}>
          {intl.formatMessage({ id: 'employeePortal.account.settings' })}
        </Link>
      </section>
    </div>
  );
}

function period(intl: ReturnType<typeof useIntl>, e: Employment): string {
  const start = intl.formatDate(e.startDate, dateOnly);
  return e.endDate
    ? intl.formatMessage({ id: 'employeePortal.employments.periodEnded' }, { start, end: intl.formatDate(e.endDate, dateOnly) })
    : intl.formatMessage({ id: 'employeePortal.employments.periodOpen' }, { start });
}

function EmploymentSwitcher({
  employments,
  selected,
  onChoose,
  employer,
}: {
  employments: Employment[];
  selected: Employment | null;
  onChoose: (e: Employment) => void;
  employer: string;
}) {
  const intl = useIntl();
  const name = useId();
  return (
    <fieldset className={styles.switcher}>
      <legend className={styles.switcherLegend}>
        {intl.formatMessage({ id: 'employeePortal.employments.choose' }, { employer, count: employments.length })}
      </legend>
      {employments.map((e) => {
        const id = `${name}-${e.employeeNumber}`;
        return (
          <div key={e.id} className={styles.option} data-selected={selected?.id === e.id || undefined}>
            <input
              id={id}
              type="radio"
              name={name}
              value={e.employeeNumber}
              checked={selected?.id === e.id}
              onChange={() => onChoose(e)}
            />
            <label htmlFor={id}>
              <span className={styles.optionTitle}>{e.jobTitle}</span>
              <span className={styles.optionMeta}>
                {intl.formatMessage({ id: 'employeePortal.employments.number' }, { number: e.employeeNumber })} · {period(intl, e)}
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

function EmploymentDetails({ employment: e }: { employment: Employment }) {
  const intl = useIntl();
  return (
    <div className={styles.details} aria-live="polite">
      <p className={styles.detailsTitle}>
        {e.jobTitle}{' '}
        <span className={styles.badge} data-in-service={e.inService || undefined}>
          {intl.formatMessage({ id: e.inService ? 'employeePortal.employments.inService' : 'employeePortal.employments.ended' })}
        </span>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{intl.formatMessage({ id: 'employeePortal.employments.numberLabel' })}</dt>
          <dd>{e.employeeNumber}</dd>
        </div>
        <div>
          <dt>{intl.formatMessage({ id: 'employeePortal.employments.start' })}</dt>
          <dd>{intl.formatDate(e.startDate, dateOnly)}</dd>
        </div>
        {e.endDate && (
          <div>
            <dt>{intl.formatMessage({ id: 'employeePortal.employments.end' })}</dt>
            <dd>{intl.formatDate(e.endDate, dateOnly)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
