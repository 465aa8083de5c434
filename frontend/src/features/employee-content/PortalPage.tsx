import type { ResultOf } from '@graphql-typed-document-node/core';
import { useId, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Alert } from '../../components/Alert';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { readFragment } from '../../gql';
import type { PortalFeature } from '../../gql/graphql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { employmentFragment } from './home.graphql';
import { useSelectedEmployment } from './useSelectedEmployment';
import { portalMenuQuery } from './content.graphql';
import { ContentMessages } from './ContentMessages';
import { pageOf } from './features';
import styles from './content.module.css';

export type Employment = ResultOf<typeof employmentFragment>;

/** What a content page gets from its frame. */
export interface PortalContext {
  employer: string;
  /** Newest first (R18). */
  employments: Employment[];
  /** The employment chosen in the address, or the obvious one; null when there is none. */
  employment: Employment | null;
  /** The features the employer activated (R22): a page offers what goes with it only when its feature is on. */
  features: readonly PortalFeature[];
}

interface PortalPageProps {
  feature: PortalFeature;
  /** Shows the employment switcher when the employee has more than one employment (R18). */
  perEmployment?: boolean;
  children: (context: PortalContext) => ReactNode;
}

/**
 * The frame of every content page: the page's texts, the employment switcher (R18), and the gate — a feature the employer did not
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
      {active && perEmployment && employments.length > 1 && employment && (
        <EmploymentSwitch employments={employments} selected={employment} onChoose={choose} />
      )}
      {active ? children({ employer: me.employer.name, employments, employment, features: me.features }) : <NotAvailable feature={feature} employer={me.employer.name} />}
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
