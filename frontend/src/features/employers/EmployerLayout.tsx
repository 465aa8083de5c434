import { Suspense } from 'react';
import { useIntl } from 'react-intl';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PageMessage } from '../../components/PageMessage';
import { PageStatus } from '../../components/PageStatus';
import { messageIdForCombinedError, topLevelErrorCode } from '../../lib/graphql/errors';
import { BackIcon } from '../../components/ui/icons';
import { Notice } from '../../components/ui/Notice';
import { ScrollFade } from '../../components/ui/ScrollFade';
import { useRights, useStaffViewer } from '../auth';
import ui from '../../components/ui/ui.module.css';
import { EmployerContext, employerPath, type EmployerData } from './EmployerContext';
import { employerQuery } from './employers.graphql';
import { VariantBadge } from './VariantBadge';
import styles from './EmployerLayout.module.css';

/**
 * The frame of every page of one employer: the employer header (R16: name, address,
 * "Administratie 23735") with the MijnLoket variant, and the employer's sections.
 */
export function EmployerLayout() {
  const intl = useIntl();
  const { employerId = '' } = useParams();
  const [result] = useQuery({ query: employerQuery, variables: { id: employerId } });
  const employer = result.data?.employer;

  if (!employer) {
    if (result.fetching || (!result.error && !result.data)) return <PageStatus />;
    const code = topLevelErrorCode(result.error);
    if (code === 'NOT_FOUND' || (!result.error && result.data && !employer)) {
      return <PageMessage titleId="employers.notFound.title" bodyId="employers.notFound.body" />;
    }
    return (
      <div className={ui.page}>
        <Notice tone="error">{intl.formatMessage({ id: result.error ? messageIdForCombinedError(result.error) : 'error.generic' })}</Notice>
      </div>
    );
  }

  return (
    <EmployerContext value={employer}>
      <EmployerHeader employer={employer} />
      <Suspense fallback={<PageStatus />}>
        <Outlet />
      </Suspense>
    </EmployerContext>
  );
}

function EmployerHeader({ employer }: { employer: EmployerData }) {
  const intl = useIntl();
  const viewer = useStaffViewer();
  const rights = useRights();
  const sections = [
    { to: '', label: 'employers.nav.overview', end: true, show: true },
    { to: 'werknemers', label: 'employers.nav.employees', end: false, show: true },
    { to: 'werknemers-importeren', label: 'employers.nav.import', end: false, show: rights.has('MANAGE_PAYROLL_DATA') },
    { to: 'verzuim', label: 'employers.nav.sickReports', end: false, show: rights.has('VIEW_EMPLOYEES') },
    { to: 'verlofkalender', label: 'employers.nav.leaveCalendar', end: false, show: rights.has('VIEW_EMPLOYEES') },
    { to: 'verlofaanvragen', label: 'employers.nav.leaveQueue', end: false, show: rights.has('HANDLE_REQUESTS') },
    {
      to: 'verlofregeling',
      label: 'employers.nav.leaveScheme',
      end: false,
      // R28: the scheme comes with Verlofregeling or Verlofregistratie (R22: nothing without them).
      show: rights.has('MANAGE_HR_SETTINGS') && (employer.activeProducts ?? []).some((p) => p.code === 'LEAVE_POLICY' || p.code === 'LEAVE_REGISTRATION'),
    },
    // R36: the claims' components and the handlers' queue.
    { to: 'declaraties', label: 'employers.nav.claims', end: false, show: rights.has('HANDLE_REQUESTS') || rights.has('MANAGE_HR_SETTINGS') },
    {
      to: 'nieuwe-medewerkers',
      label: 'employers.nav.preboarding',
      end: false,
      // R38, R22: only with either Preboarding product.
      show:
        rights.has('MANAGE_PREBOARDING') && (employer.activeProducts ?? []).some((p) => p.code === 'PREBOARDING' || p.code === 'MIJNLOKET_PREBOARDING'),
    },
    {
      to: 'persoonsgegevens',
      label: 'employers.nav.personalData',
      end: false,
      // R37: the handlers' queue of personal-data changes and the field settings, with the product only (R22).
      show:
        (rights.has('HANDLE_REQUESTS') || rights.has('MANAGE_HR_SETTINGS')) &&
        (employer.activeProducts ?? []).some((p) => p.code === 'MIJNLOKET_PERSONAL_DATA_EDIT'),
    },
    { to: 'documenten', label: 'employers.nav.documents', end: false, show: rights.has('VIEW_EMPLOYEES') },
    {
      to: 'collectief',
      label: 'employers.nav.collective',
      end: false,
      show: rights.has('COLLECTIVE_MUTATIONS') && rights.has('MANAGE_PORTAL_ACCESS'),
    },
    {
      to: 'uitnodigingen',
      label: 'employers.nav.invitations',
      end: false,
      show: rights.has('MANAGE_PORTAL_ACCESS') && rights.has('VIEW_EMPLOYEES'),
    },
    { to: 'producten', label: 'employers.nav.products', end: false, show: true },
    {
      to: 'workflow',
      label: 'employers.nav.workflow',
      end: false,
      // R34: only with the Workflow editor; without it every request takes the default route.
      show: rights.has('MANAGE_HR_SETTINGS') && (employer.activeProducts ?? []).some((p) => p.code === 'WORKFLOW_EDITOR'),
    },
    { to: 'e-mailteksten', label: 'employers.nav.mailTexts', end: false, show: rights.has('MANAGE_MAIL_TEMPLATES') },
    { to: 'verzekeringen', label: 'employers.nav.insurance', end: false, show: rights.has('MANAGE_HR_SETTINGS') },
    { to: 'assistent', label: 'employers.nav.assistant', end: false, show: rights.has('MANAGE_HR_SETTINGS') },
    { to: 'logboek', label: 'employers.nav.audit', end: false, show: rights.has('VIEW_AUDIT_LOG') },
    { to: 'gebruikers', label: 'employers.nav.staffUsers', end: false, show: rights.has('MANAGE_USERS') },
    { to: 'api-koppelingen', label: 'employers.nav.apiClients', end: false, show: rights.has('MANAGE_USERS') },
  ] as const;

  return (
    <div className={styles.headerWrap}>
      <section className={styles.header} aria-label={intl.formatMessage({ id: 'employers.header.label' })}>
        <div className={styles.identity}>
          {viewer.scope === 'PROVIDER' && (
            <Link to="/beheer" className={styles.switch}>
              <BackIcon />
              {intl.formatMessage({ id: 'employers.header.switch' })}
            </Link>
          )}
          <p className={styles.name}>{employer.name}</p>
          <p className={styles.address}>
            <span>{employer.street}</span>
            <span>
              {employer.postalCode} {employer.city}
            </span>
          </p>
          <p className={styles.admin}>
            {intl.formatMessage({ id: 'employers.administration' }, { number: employer.administrationNumber })}
          </p>
        </div>
        <div className={styles.variant}>
          <span className={styles.variantLabel}>{intl.formatMessage({ id: 'employers.header.variant' })}</span>
          <VariantBadge variant={employer.mijnLoketVariant} />
        </div>
      </section>
      <nav className={styles.nav} aria-label={intl.formatMessage({ id: 'employers.nav.label' })}>
        <ScrollFade>
          <ul className={styles.navList}>
            {sections
              .filter((s) => s.show)
              .map((s) => (
                <li key={s.to}>
                  <NavLink to={employerPath(employer.id, s.to)} end={s.end} className={styles.navLink}>
                    {intl.formatMessage({ id: s.label })}
                  </NavLink>
                </li>
              ))}
          </ul>
        </ScrollFade>
      </nav>
    </div>
  );
}
