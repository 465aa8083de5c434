import { useIntl } from 'react-intl';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { Route, Routes, useHref, useNavigate, type NavigateOptions } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
// Pages used less often are further chunks, loaded when opened (the features export them lazily).
import { ApiClientsPage } from '../api-clients';
import { AuditPage } from '../audit';
import { CollectivePage } from '../collective';
import { EmployerDocumentsPage } from '../documents';
import { EmployerLayout, EmployerStartPage } from '../employers';
import { InvitationFunnelPage } from '../invitation-funnel';
import { EmployerLeaveCalendarPage } from '../leave-calendar';
import { LeaveQueuePage } from '../leave-queue';
import { LeaveSchemePage } from '../leave-scheme';
import { ClaimsAdminPage } from '../claims-admin';
import { PersonalDataChangesPage } from '../personal-data-changes';
import { ImportEmployeesPage } from '../import-employees';
import { AssistantCountsPage, InsuranceOffersPage } from '../insurance-offers';
import { FailedMailsPage, MailTextsPage } from '../mail-texts';
import { EmploymentListPage, PersonPage } from '../persons';
import { PreboardingDetailPage, PreboardingListPage } from '../preboarding';
import { ProductsPage } from '../products';
import { SickReportsPage } from '../sick-reports';
import { StaffAccountPage } from '../staff-account';
import { ProviderStaffUsersPage, StaffUsersPage } from '../staff-users';
import { WorkflowEditorPage } from '../workflow-editor';
import { AdminHome } from './AdminHome';
import { AdminMessages } from './AdminMessages';
import '../../components/ui/router';
import styles from '../../components/ui/ui.module.css';

/**
 * Everything under /beheer. Loaded lazily (its own chunk) and only rendered behind
 * <RequireStaffSession>, so visitors of the login page never download it.
 *
 *   /beheer                                    provider: pick an employer; employer user: → own employer
 *   /beheer/gebruikers                         the provider's own users (R43)
 *   /beheer/account                            Mijn account: one's own second factor and recovery codes (R43)
 *   /beheer/werkgevers/:employerId             overview with the search field (R16)
 *     werknemers                               the list (☰) with filters and paging
 *     werknemers-importeren                    Werknemers importeren: a CSV file through syncEmployees (R45)
 *     werknemers/:personId                     the person (tabs; Persoon with the access panel,
 *                                              Loonstroken, Documenten, Verzuim: ?tab=)
 *     verzuim                                  sick reports of the employer (R25), ?status=open|hersteld
 *     verlofkalender                           who is away in a month (R32), ?maand=YYYY-MM&pagina=N
 *     verlofaanvragen                          Verlofaanvragen: the handlers' queue (R30, R31), ?status=beslist|alle&soort=&team=
 *     verlofregeling                           Verlofregeling: leave types, public holidays, reminder day (R28, R29, R33)
 *     declaraties                              Declaraties: claim components and the handlers' queue (R36)
 *     persoonsgegevens                         Persoonsgegevens wijzigen: the handlers' queue and the field settings (R37)
 *     nieuwe-medewerkers                       Nieuwe medewerkers: new hires and their checklist (R38), ?tonen=alle
 *     nieuwe-medewerkers/:preboardingId        one new hire: what they submitted, return, complete, end
 *     documenten                               documents for all employees (R26)
 *     collectief/toegang-verstrekken           Collectieve mutaties → ESS (R5)
 *     collectief/toegang-blokkeren             (R7)
 *     collectief/uit-dienst-met-toegang        who left but kept access (R8)
 *     uitnodigingen                            the invitation funnel (R2–R4): per week, and who waits
 *     producten                                Beheer → Werkgever → Producten (R19–R21)
 *     e-mailteksten                            mail texts (R15)
 *     e-mailteksten/niet-aangekomen            mails the outbox gave up, to requeue
 *     verzekeringen                            collective insurance offers, employer or provider level (R40)
 *     assistent                                the assistant's anonymous counts (R41)
 *     logboek                                  audit trail (R27)
 *     api-koppelingen                          the employer's API clients (R44)
 *     workflow                                 Workflow editor: routes of requests and a preview (R34)
 *     gebruikers                               the employer's staff users (R43)
 */
export default function AdminArea() {
  return (
    <AdminMessages>
      <AdminRoutes />
    </AdminMessages>
  );
}

function AdminRoutes() {
  const navigate = useNavigate();
  const intl = useIntl();
  return (
    // React Aria's own texts (e.g. "Select" on a checkbox) follow the chosen language.
    <I18nProvider locale={intl.locale}>
      <RouterProvider navigate={(to: string, options?: NavigateOptions) => void navigate(to, options)} useHref={useHref}>
        <div className={styles.root}>
          <Routes>
            <Route index element={<AdminHome />} />
            <Route path="gebruikers" element={<ProviderStaffUsersPage />} />
            <Route path="account" element={<StaffAccountPage />} />
            <Route path="werkgevers/:employerId" element={<EmployerLayout />}>
              <Route index element={<EmployerStartPage />} />
              <Route path="werknemers" element={<EmploymentListPage />} />
              <Route path="werknemers/:personId" element={<PersonPage />} />
              <Route path="werknemers-importeren" element={<ImportEmployeesPage />} />
              <Route path="verzuim" element={<SickReportsPage />} />
              <Route path="verlofkalender" element={<EmployerLeaveCalendarPage />} />
              <Route path="verlofaanvragen" element={<LeaveQueuePage />} />
              <Route path="verlofregeling" element={<LeaveSchemePage />} />
              <Route path="declaraties" element={<ClaimsAdminPage />} />
              <Route path="persoonsgegevens" element={<PersonalDataChangesPage />} />
              <Route path="nieuwe-medewerkers" element={<PreboardingListPage />} />
              <Route path="nieuwe-medewerkers/:preboardingId" element={<PreboardingDetailPage />} />
              <Route path="documenten" element={<EmployerDocumentsPage />} />
              <Route path="collectief/:section?" element={<CollectivePage />} />
              <Route path="uitnodigingen" element={<InvitationFunnelPage />} />
              <Route path="producten" element={<ProductsPage />} />
              <Route path="e-mailteksten" element={<MailTextsPage />} />
              <Route path="e-mailteksten/niet-aangekomen" element={<FailedMailsPage />} />
              <Route path="verzekeringen" element={<InsuranceOffersPage />} />
              <Route path="assistent" element={<AssistantCountsPage />} />
              <Route path="logboek" element={<AuditPage />} />
              <Route path="api-koppelingen" element={<ApiClientsPage />} />
              <Route path="gebruikers" element={<StaffUsersPage />} />
              <Route path="workflow" element={<WorkflowEditorPage />} />
              <Route path="*" element={<NotFoundPage homePath="/beheer" />} />
            </Route>
            <Route path="*" element={<NotFoundPage homePath="/beheer" />} />
          </Routes>
        </div>
      </RouterProvider>
    </I18nProvider>
  );
}
