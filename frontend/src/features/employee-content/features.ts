import type { PortalFeature } from '../../gql/graphql';
import type { MessageId } from '../../i18n/catalogue';
import {
  EMPLOYEE_ABSENCE,
  EMPLOYEE_ANNUAL_STATEMENTS,
  EMPLOYEE_ASSISTANT,
  EMPLOYEE_CLAIMS,
  EMPLOYEE_DOCUMENTS,
  EMPLOYEE_INSURANCE,
  EMPLOYEE_LEAVE,
  EMPLOYEE_LEAVE_CALENDAR,
  EMPLOYEE_LEAVE_REQUESTS,
  EMPLOYEE_MY_TEAM,
  EMPLOYEE_PAYSLIPS,
  EMPLOYEE_PERSONAL_DATA,
  EMPLOYEE_PREBOARDING,
  EMPLOYEE_REGULATIONS,
  EMPLOYEE_SALARY_CHART,
  EMPLOYEE_SALARY_ESTIMATE,
} from '../employee-auth';
import { EMPLOYMENT_PARAM } from './employments';

/**
 * The portal's content pages in menu order, each behind its feature (R20, R22). `menu` is the label in
 * the navigation: the page's title, shorter where the title is long, so the menu fits one row at 1366 px.
 */
export const PORTAL_PAGES: ReadonlyArray<{ feature: PortalFeature; path: string; title: MessageId; menu: MessageId; description: MessageId }> = [
  {
    feature: 'PAYSLIPS',
    path: EMPLOYEE_PAYSLIPS,
    title: 'employeeContent.feature.payslips',
    menu: 'employeeContent.feature.payslips',
    description: 'employeeContent.feature.payslips.description',
  },
  {
    feature: 'SALARY_CHART',
    path: EMPLOYEE_SALARY_CHART,
    title: 'employeeContent.feature.salaryChart',
    menu: 'employeeContent.feature.salaryChart',
    description: 'employeeContent.feature.salaryChart.description',
  },
  {
    feature: 'ANNUAL_STATEMENTS',
    path: EMPLOYEE_ANNUAL_STATEMENTS,
    title: 'employeeContent.feature.annualStatements',
    menu: 'employeeContent.feature.annualStatements',
    description: 'employeeContent.feature.annualStatements.description',
  },
  {
    feature: 'SALARY_CALCULATOR',
    path: EMPLOYEE_SALARY_ESTIMATE,
    title: 'employeeContent.feature.salaryEstimate',
    menu: 'employeeContent.feature.salaryEstimate',
    description: 'employeeContent.feature.salaryEstimate.description',
  },
  {
    feature: 'LEAVE_CARD',
    path: EMPLOYEE_LEAVE,
    title: 'employeeContent.feature.leave',
    menu: 'employeeContent.feature.leave',
    description: 'employeeContent.feature.leave.description',
  },
  {
    feature: 'LEAVE_REQUESTS',
    path: EMPLOYEE_LEAVE_REQUESTS,
    title: 'employeeContent.feature.leaveRequests',
    menu: 'employeeContent.feature.leaveRequests',
    description: 'employeeContent.feature.leaveRequests.description',
  },
  {
    feature: 'LEAVE_CALENDAR',
    path: EMPLOYEE_LEAVE_CALENDAR,
    title: 'employeeContent.feature.leaveCalendar',
    menu: 'employeeContent.menu.leaveCalendar',
    description: 'employeeContent.feature.leaveCalendar.description',
  },
  {
    feature: 'EXPENSE_CLAIMS',
    path: EMPLOYEE_CLAIMS,
    title: 'employeeContent.feature.claims',
    menu: 'employeeContent.feature.claims',
    description: 'employeeContent.feature.claims.description',
  },
  {
    feature: 'DOCUMENTS',
    path: EMPLOYEE_DOCUMENTS,
    title: 'employeeContent.feature.documents',
    menu: 'employeeContent.feature.documents',
    description: 'employeeContent.feature.documents.description',
  },
  {
    feature: 'PERSONAL_DATA',
    path: EMPLOYEE_PERSONAL_DATA,
    title: 'employeeContent.feature.personalData',
    menu: 'employeeContent.feature.personalData',
    description: 'employeeContent.feature.personalData.description',
  },
  {
    feature: 'ABSENCE_REPORTING',
    path: EMPLOYEE_ABSENCE,
    title: 'employeeContent.feature.absence',
    menu: 'employeeContent.menu.absence',
    description: 'employeeContent.feature.absence.description',
  },
  {
    feature: 'INSURANCE_COMPARE',
    path: EMPLOYEE_INSURANCE,
    title: 'employeeContent.feature.insurance',
    menu: 'employeeContent.menu.insurance',
    description: 'employeeContent.feature.insurance.description',
  },
  {
    feature: 'MY_TEAM',
    path: EMPLOYEE_MY_TEAM,
    title: 'employeeContent.feature.myTeam',
    menu: 'employeeContent.feature.myTeam',
    description: 'employeeContent.feature.myTeam.description',
  },
  {
    // Only in the menu of a new hire whose checklist is open (PortalMenu), never among the others.
    feature: 'PREBOARDING',
    path: EMPLOYEE_PREBOARDING,
    title: 'employeeContent.feature.preboarding',
    menu: 'employeeContent.feature.preboarding',
    description: 'employeeContent.feature.preboarding.description',
  },
  {
    feature: 'ASSISTANT',
    path: EMPLOYEE_ASSISTANT,
    title: 'employeeContent.feature.assistant',
    menu: 'employeeContent.feature.assistant',
    description: 'employeeContent.feature.assistant.description',
  },
  {
    feature: 'POLICY_ASSISTANT',
    path: EMPLOYEE_REGULATIONS,
    title: 'employeeContent.feature.regulations',
    menu: 'employeeContent.feature.regulations',
    description: 'employeeContent.feature.regulations.description',
  },
];

/**
 * The pages of the features the employer activated (R22), in menu order. Preboarding is not among
 * them: it is the checklist of a new hire, whom the home sends there while it is open (R38).
 */
export function activePages(features: readonly PortalFeature[]) {
  return PORTAL_PAGES.filter((p) => p.feature !== 'PREBOARDING' && features.includes(p.feature));
}

export function pageOf(feature: PortalFeature) {
  const page = PORTAL_PAGES.find((p) => p.feature === feature);
  if (!page) throw new Error(`no portal page for ${feature}`);
  return page;
}

/** `path` with the chosen employment of the current address (R18), so it survives moving around. */
export function withEmployment(path: string, search: URLSearchParams): string {
  const employment = search.get(EMPLOYMENT_PARAM);
  if (!employment) return path;
  const [base, query = ''] = path.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set(EMPLOYMENT_PARAM, employment);
  return `${base}?${params.toString()}`;
}
