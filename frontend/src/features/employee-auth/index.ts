// The employee area as its pages use it: the session, the addresses and the notices passed between
// pages. The area itself (EmployeeArea) is loaded by app/routes.tsx, the composition root.
export { clearAccessEnded, employeeSessionResult, useEmployeeSessionStore } from './employeeSession';
export { LoginAttempts } from './lockout';
export { loginNoticeState } from './loginNotice';
export {
  EMPLOYEE_ABSENCE,
  EMPLOYEE_ACCESS_ENDED,
  EMPLOYEE_ACCOUNT,
  EMPLOYEE_ANNUAL_STATEMENTS,
  EMPLOYEE_ASSISTANT,
  EMPLOYEE_REGULATIONS,
  EMPLOYEE_MY_TEAM,
  EMPLOYEE_DOCUMENTS,
  EMPLOYEE_FORGOT_PASSWORD,
  EMPLOYEE_FORGOT_USERNAME,
  EMPLOYEE_HOME,
  EMPLOYEE_INSURANCE,
  EMPLOYEE_CLAIMS,
  EMPLOYEE_INVITATION,
  EMPLOYEE_LEAVE,
  EMPLOYEE_LEAVE_REQUESTS,
  EMPLOYEE_LEAVE_CALENDAR,
  EMPLOYEE_LOGIN,
  EMPLOYEE_LOGIN_HELP,
  EMPLOYEE_PAYSLIPS,
  EMPLOYEE_PERSONAL_DATA,
  EMPLOYEE_PREBOARDING,
  EMPLOYEE_RESET_PASSWORD,
  EMPLOYEE_SALARY_CHART,
  EMPLOYEE_SALARY_ESTIMATE,
  employeePayslipPath,
  tokenFromHash,
} from './paths';
export { portalNoticeOf, portalNoticeState, type PortalNotice } from './portalNotice';
