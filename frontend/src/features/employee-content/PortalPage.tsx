import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { readFragment } from '../../gql';
import type { PortalFeature } from '../../gql/graphql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { EMPLOYEE_HOME } from '../employee-auth';
import { employmentFragment } from './home.graphql';
import { useSelectedEmployment } from './useSelectedEmployment';
import { portalMenuQuery } from './content.graphql';
import { ContentMessages } from './ContentMessages';
import { activePages, pageOf, withEmployment } from './features';
import styles from './content.module.css';

export type Employment = ResultOf<typeof employmentFragment>;

/** What a content page gets from its frame. */
export interface PortalContext {
  employer: string;
  /** Newest first (R18). */
  employments: Employment[];
  /** The employment chosen in the address, or the obvious one; null when there is none. */
  employment: Employment | null;
}

interface PortalPageProps {
  feature: PortalFeature;
  /** Shows the employment switcher when the employee has more than one employment (R18). */
  perEmployment?: boolean;
  children: (context: PortalContext) => ReactNode;
}

/**
 * The frame of every content page: the page's texts, the portal menu with only the activated
 * features (R22), the employment switcher (R18), and the gate — a feature the employer did not
 * activate shows that it is not available instead of the page.
 */
export function PortalPage(props: PortalPageProps) {
  return (
    <ContentMessages>
      <Frame {...props} />
    </ContentMessages>
  );
}

function Frame({ feature, perEmployment = false, children }: PortalPageProps) {
  const [{ data, fetching, error }] = useQuery({ query: portalMenuQuery });
  const me = data?.me;
  const employments = (me?.employments ?? []).map((e) => readFragment(employmentFragment, e));
  const [employment, choose] = useSelectedEmployment(employments);

  if (!me) {
    if (fetching || !error) return <PageStatus />;
    return (
      <div className={styles.page}>
        <Alert messageId={messageIdForCombinedError(error)} />
      </div>
    );
  }

  const active = me.features.includes(feature);
  return (
    <div className={styles.page}>
      <PortalMenu features={me.features} />
      {active && perEmployment && employments.length > 1 && employment && (
        <EmploymentSwitch employments={employments} selected={employment} onChoose={choose} />
      )}
      {active ? children({ employer: me.employer.name, employments, employment }) : <NotAvailable feature={feature} employer={me.employer.name} />}
    </div>
  );
}

/** The page of a feature the employer did not activate (R22), also when the server says so. */
export function NotAvailable({ feature, employer }: { feature: PortalFeature; employer?: string }) {
  const intl = useIntl();
  const title = pageOf(feature).title;
  useDocumentTitle(title);
  return (
    <section className={styles.card} aria-labelledby="not-available">
      <h1 id="not-available" className={styles.title}>
        {intl.formatMessage({ id: title })}
      </h1>
      <p role="status" className={styles.notice}>
        {employer
          ? intl.formatMessage({ id: 'employeeContent.notAvailable.employer' }, { employer })
          : intl.formatMessage({ id: 'employeeContent.notAvailable' })}
      </p>
      <p className={styles.muted}>{intl.formatMessage({ id: 'employeeContent.notAvailable.why' })}</p>
    </section>
  );
}

/** The portal's pages: a disclosure on phones, a row of links on wider screens. */
function PortalMenu({ features }: { features: readonly PortalFeature[] }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const link = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.menuLink} ${styles.menuLinkActive}` : styles.menuLink);
  return (
    <nav className={styles.menu} aria-label={intl.formatMessage({ id: 'employeeContent.menu.label' })}>
      <button
        type="button"
        className={styles.menuToggle}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className={styles.menuIcon} data-open={open || undefined} />
        {intl.formatMessage({ id: 'employeeContent.menu.toggle' })}
      </button>
      <ul id={listId} className={styles.menuList} data-open={open || undefined}>
        <li>
          <NavLink to={withEmployment(EMPLOYEE_HOME, params)} end className={link} onClick={() => setOpen(false)}>
            {intl.formatMessage({ id: 'employeeContent.menu.home' })}
          </NavLink>
        </li>
        {activePages(features).map((page) => (
          <li key={page.feature}>
            <NavLink to={withEmployment(page.path, params)} className={link} onClick={() => setOpen(false)}>
              {intl.formatMessage({ id: page.title })}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** R18: which employment the page shows; the choice goes into the address. */
function EmploymentSwitch({
  employments,
  selected,
  onChoose,
}: {
  employments: Employment[];
  selected: Employment;
  onChoose: (employment: Employment) => void;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className={styles.employment}>
      <label htmlFor={id} className={styles.employmentLabel}>
        {intl.formatMessage({ id: 'employeeContent.employment.label' })}
      </label>
      <select
        id={id}
        className={styles.select}
        value={selected.id}
        onChange={(event) => {
          const next = employments.find((e) => e.id === event.target.value);
          if (next) onChoose(next);
        }}
      >
        {employments.map((e) => (
          <option key={e.id} value={e.id}>
            {intl.formatMessage(
              { id: e.inService ? 'employeeContent.employment.option' : 'employeeContent.employment.optionEnded' },
              { jobTitle: e.jobTitle, number: e.employeeNumber },
            )}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A feature's links for the portal home: one card per activated feature (R22). */
export function FeatureLinks({ features }: { features: readonly PortalFeature[] }) {
  return (
    <ContentMessages>
      <FeatureLinkList features={features} />
    </ContentMessages>
  );
}

function FeatureLinkList({ features }: { features: readonly PortalFeature[] }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const pages = activePages(features);
  if (pages.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="portal-features">
      <h2 id="portal-features" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'employeeContent.home.title' })}
      </h2>
      <ul className={styles.featureList}>
        {pages.map((page) => (
          <li key={page.feature}>
            <NavLink to={withEmployment(page.path, params)} className={styles.featureLink}>
              <span className={styles.featureTitle}>{intl.formatMessage({ id: page.title })}</span>
              <span className={styles.featureDescription}>{intl.formatMessage({ id: page.description })}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
