import { Suspense } from 'react';
import { useIntl } from 'react-intl';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { messageIdForCombinedError, topLevelErrorCode } from '../../lib/graphql/errors';
import { AccessPanel, AccessStatusBadge } from '../access';
import { PersonAuditTrail } from '../audit';
// The portal content of the person: their own chunks, loaded when the tab opens.
import { PersonDocuments } from '../documents';
import { PersonPayslips } from '../payslips';
import { PersonSickReports } from '../sick-reports';
import { PersonLeaveLedger } from '../leave-queue';
import { PersonDataChanges } from '../personal-data-changes';
import { useFormat } from '../../components/ui/format';
import { CloseIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import { useRights } from '../auth';
import { returnPathFrom } from '../../components/ui/router';
import { ScrollFade } from '../../components/ui/ScrollFade';
import styles from '../../components/ui/ui.module.css';
import { employerPath, personPath, useEmployer } from '../employers';
import { EmptyState } from '../../components/ui/EmptyState';
import { personQuery } from './persons.graphql';
import type { PersonData } from './types';
import person from './PersonPage.module.css';

const TABS = ['persoon', 'dienstverbanden', 'loonstroken', 'documenten', 'verzuim', 'verlof', 'logboek'] as const;
type TabKey = (typeof TABS)[number];

/** Query parameters that belong to one tab (its paging, an open payslip); dropped when the tab changes. */
const TAB_PARAMS = ['pagina', 'na', 'voor', 'loonstrook'];

/**
 * A person opened from the search field or the list (R16): tabs Persoon (personal data and the
 * access panel), Dienstverbanden (R18), Loonstroken and Documenten (R23, R26), Verzuim (R25) and
 * Logboek (R27), the tab in ?tab=; the ✕ closes the person and returns to where it was opened from,
 * or to the employer level.
 */
export function PersonPage() {
  const intl = useIntl();
  const employer = useEmployer();
  const rights = useRights();
  const location = useLocation();
  const { personId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const canViewRegisteredEmail = rights.has('VIEW_MIJNLOKET_EMAIL');
  const [result] = useQuery({
    query: personQuery,
    variables: { id: personId, withRegisteredEmail: canViewRegisteredEmail },
    requestPolicy: 'cache-and-network',
  });
  const node = result.data?.node;
  const data = node?.__typename === 'Person' ? node : null;
  useDocumentTitle('persons.page.documentTitle', { name: data?.fullName ?? '…' });

  const closeTo = returnPathFrom(location.state, employerPath(employer.id)) ?? employerPath(employer.id);
  const tabs = TABS.filter((t) => t !== 'logboek' || rights.has('VIEW_AUDIT_LOG'));
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && tabs.includes(requested) ? requested : 'persoon';

  if (!data) {
    if (result.fetching || (!result.data && !result.error)) return <PageStatus />;
    const notFound = topLevelErrorCode(result.error) === 'NOT_FOUND' || (result.data && !data);
    return (
      <div className={styles.page}>
        <div className={styles.card}>
          <EmptyState
            title={intl.formatMessage({ id: notFound ? 'persons.page.notFoundTitle' : 'persons.page.errorTitle' })}
            action={
              <Link to={employerPath(employer.id)} className={styles.buttonSecondary}>
                {intl.formatMessage({ id: 'persons.page.backToEmployer' })}
              </Link>
            }
          >
            <p>
              {notFound || !result.error
                ? intl.formatMessage({ id: 'persons.page.notFoundBody' })
                : intl.formatMessage({ id: messageIdForCombinedError(result.error) })}
            </p>
          </EmptyState>
        </div>
      </div>
    );
  }

  // A person of another employer (a provider user's shared link): show it under its own employer.
  if (data.employer.id !== employer.id) {
    return <Navigate to={personPath(data.employer.id, data.id) + location.search} replace />;
  }

  const numbers = (data.employments ?? []).map((e) => e.employeeNumber).sort((a, b) => a - b);

  return (
    <div className={styles.page}>
      <header className={person.header}>
        <div className={person.identity}>
          <div className={person.titleRow}>
            <h1 className={styles.title}>{data.fullName}</h1>
            <Link
              to={closeTo}
              className={styles.iconButton}
              aria-label={intl.formatMessage({ id: 'persons.page.close' }, { name: data.fullName })}
              title={intl.formatMessage({ id: 'persons.page.close' }, { name: data.fullName })}
            >
              <CloseIcon />
            </Link>
          </div>
          <p className={person.meta}>
            <span>{intl.formatMessage({ id: 'persons.page.numbers' }, { count: numbers.length, numbers: numbers.join(', ') })}</span>
            <AccessStatusBadge status={data.account?.status} />
          </p>
        </div>
      </header>

      {result.error && <Notice tone="warning">{intl.formatMessage({ id: messageIdForCombinedError(result.error) })}</Notice>}

      <Tabs
        className={styles.tabs}
        selectedKey={tab}
        onSelectionChange={(key: Key) => {
          // Only a real tab change drops the tab's own parameters (paging, the open payslip).
          if (key === tab) return;
          const next = new URLSearchParams(params);
          for (const name of TAB_PARAMS) next.delete(name);
          if (key === 'persoon') next.delete('tab');
          else next.set('tab', String(key));
          setParams(next, { replace: true, state: location.state as unknown });
        }}
      >
        <ScrollFade surface="var(--color-background)">
          <TabList className={styles.tabList} aria-label={intl.formatMessage({ id: 'persons.page.tabs' })}>
            {tabs.map((key) => (
              <Tab key={key} id={key} className={styles.tab}>
                {intl.formatMessage({ id: `persons.tab.${key}` })}
              </Tab>
            ))}
          </TabList>
        </ScrollFade>
        <TabPanel id="persoon" className={`${styles.tabPanel} ${styles.stack}`}>
          <div className={styles.grid2}>
            <PersonalData person={data} />
            <AccessPanel person={data} canManage={rights.has('MANAGE_PORTAL_ACCESS')} canViewRegisteredEmail={canViewRegisteredEmail} />
          </div>
          {/* R37: what the person asked to change, old and new; with the rights the server asks for it. */}
          {(rights.has('VIEW_EMPLOYEES') || rights.has('HANDLE_REQUESTS')) && <PersonDataChanges personId={data.id} fullName={data.fullName} />}
        </TabPanel>
        <TabPanel id="dienstverbanden" className={styles.tabPanel}>
          <Employments person={data} />
        </TabPanel>
        <TabPanel id="loonstroken" className={styles.tabPanel}>
          <Suspense fallback={<PageStatus />}>
            <PersonPayslips personId={data.id} fullName={data.fullName} />
          </Suspense>
        </TabPanel>
        <TabPanel id="documenten" className={styles.tabPanel}>
          <Suspense fallback={<PageStatus />}>
            <PersonDocuments personId={data.id} fullName={data.fullName} employerId={employer.id} />
          </Suspense>
        </TabPanel>
        <TabPanel id="verzuim" className={styles.tabPanel}>
          <Suspense fallback={<PageStatus />}>
            <PersonSickReports personId={data.id} fullName={data.fullName} employerId={employer.id} />
          </Suspense>
        </TabPanel>
        <TabPanel id="verlof" className={styles.tabPanel}>
          <Suspense fallback={<PageStatus />}>
            <PersonLeaveLedger employments={data.employments ?? []} />
          </Suspense>
        </TabPanel>
        {tabs.includes('logboek') && (
          <TabPanel id="logboek" className={styles.tabPanel}>
            <PersonAuditTrail personId={data.id} employerId={employer.id} />
          </TabPanel>
        )}
      </Tabs>
    </div>
  );
}

function PersonalData({ person: p }: { person: PersonData }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <section className={styles.card} aria-labelledby="personal-title">
      <h2 id="personal-title" className={styles.cardTitle}>
        {intl.formatMessage({ id: 'persons.personal.title' })}
      </h2>
      <dl className={styles.details}>
        <dt>{intl.formatMessage({ id: 'persons.personal.name' })}</dt>
        <dd>{p.fullName}</dd>
        <dt>{intl.formatMessage({ id: 'persons.personal.initials' })}</dt>
        <dd>{p.initials || '—'}</dd>
        <dt>{intl.formatMessage({ id: 'persons.personal.firstName' })}</dt>
        <dd>{p.firstName || '—'}</dd>
        {/* The surname split as the employee sees it (and as payroll keeps it): tussenvoegsel apart. */}
        {p.lastNamePrefix && (
          <>
            <dt>{intl.formatMessage({ id: 'persons.personal.lastNamePrefix' })}</dt>
            <dd>{p.lastNamePrefix}</dd>
          </>
        )}
        <dt>{intl.formatMessage({ id: 'persons.personal.lastName' })}</dt>
        <dd>{p.lastName}</dd>
        <dt>{intl.formatMessage({ id: 'persons.personal.birthDate' })}</dt>
        <dd>{format.day(p.birthDate)}</dd>
        <dt>{intl.formatMessage({ id: 'persons.personal.email' })}</dt>
        <dd>{p.email ?? <span className={styles.muted}>{intl.formatMessage({ id: 'persons.noEmail' })}</span>}</dd>
        <dt>{intl.formatMessage({ id: 'persons.personal.phone' })}</dt>
        <dd>{p.phone ?? <span className={styles.muted}>—</span>}</dd>
        <dt>{intl.formatMessage({ id: 'persons.personal.address' })}</dt>
        <dd>
          {p.street || p.postalCode || p.city ? (
            <>
              {p.street}
              <br />
              {[p.postalCode, p.city].filter(Boolean).join(' ')}
            </>
          ) : (
            <span className={styles.muted}>—</span>
          )}
        </dd>
        {/* Payroll's key of the person (R18, R45): what an integrator or an import names the person by. */}
        <dt>{intl.formatMessage({ id: 'persons.personal.payrollKey' })}</dt>
        <dd>{p.payrollKey ?? <span className={styles.muted}>{intl.formatMessage({ id: 'persons.personal.noPayrollKey' })}</span>}</dd>
      </dl>
    </section>
  );
}

function Employments({ person: p }: { person: PersonData }) {
  const intl = useIntl();
  const format = useFormat();
  const employments = [...(p.employments ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="employments-title">
      <h2 id="employments-title" className={styles.cardTitle} style={{ margin: 0 }}>
        {intl.formatMessage({ id: 'persons.employments.title' })}
      </h2>
      {employments.length > 1 && <Notice>{intl.formatMessage({ id: 'persons.employments.oneLogin' })}</Notice>}
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage({ id: 'persons.employments.number' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'persons.employments.jobTitle' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'persons.employments.start' })}</th>
              <th scope="col">{intl.formatMessage({ id: 'persons.employments.end' })}</th>
            </tr>
          </thead>
          <tbody>
            {employments.map((e) => (
              <tr key={e.id}>
                <td className={styles.numberCell}>{e.employeeNumber}</td>
                <td>{e.jobTitle || '—'}</td>
                <td className={styles.numberCell}>{format.dayShort(e.startDate)}</td>
                <td className={styles.numberCell}>
                  {e.endDate ? format.dayShort(e.endDate) : intl.formatMessage({ id: 'persons.service.in' })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
