import { lazy } from 'react';
import { lazyComponent } from '../../lib/lazyComponent';

// The portal's pages behind the employee sign-in, each a chunk of its own. Only these wrappers are
// exported: this module is part of the sign-in page's bundle (EmployeeArea), which has a budget.
// The layout and the home are one chunk (portalFrame.ts), preloaded while the session is restored
// (EmployeeArea).
const portalFrame = () => import('./portalFrame');
export const PortalLayout = lazyComponent(portalFrame, (m) => m.PortalLayout);
export const PortalHome = lazyComponent(portalFrame, (m) => m.PortalHome);
export const PayslipsPage = lazy(() => import('./payslips/PayslipsPage'));
export const PayslipPage = lazy(() => import('./payslips/PayslipPage'));
export const SalaryChartPage = lazy(() => import('./salary-chart/SalaryChartPage'));
export const AnnualStatementsPage = lazy(() => import('./annual-statements/AnnualStatementsPage'));
export const LeavePage = lazy(() => import('./leave/LeavePage'));
export const DocumentsPage = lazy(() => import('./documents/DocumentsPage'));
export const PersonalDataPage = lazy(() => import('./personal-data/PersonalDataPage'));
export const AbsencePage = lazy(() => import('./absence/AbsencePage'));
export const LeaveRequestsPage = lazy(() => import('./leave-requests/LeaveRequestsPage'));
export const SalaryEstimatePage = lazy(() => import('./salary-estimate/SalaryEstimatePage'));
export const InsurancePage = lazy(() => import('./insurance/InsurancePage'));
export const ClaimsPage = lazy(() => import('./claims/ClaimsPage'));
export const AssistantPage = lazy(() => import('./assistant/AssistantPage'));
export const RegulationsPage = lazy(() => import('./regulations/RegulationsPage'));
export const MyTeamPage = lazy(() => import('./my-team/MyTeamPage'));
export const LeaveCalendarPage = lazy(() => import('./leave-calendar/LeaveCalendarPage'));
export const PreboardingPage = lazy(() => import('./preboarding/PreboardingPage'));
