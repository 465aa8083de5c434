/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Choosing the password of an invitation. */
export type AcceptStaffInvitationInput = {
  /** The new password. */
  password: string;
  /** The token from the link. */
  token: string;
};

/** Portal access status of a person, derived from the account and the clock. */
export type AccessStatus =
  /** The person registered and can sign in. */
  | 'ACTIVE'
  /** Staff blocked access (R6). */
  | 'BLOCKED'
  /** An invitation was sent but its link expired unused (R2); only a new invitation helps. */
  | 'EXPIRED'
  /** An invitation was sent and its link is still valid. */
  | 'INVITED'
  /** Temporarily locked for an hour after three wrong passwords (R13). */
  | 'LOCKED'
  /** No access and no pending invitation. */
  | 'NONE';

/** A new document. Send exactly one of file and contentBase64. */
export type AddDocumentInput = {
  /** Kind of document. */
  category: DocumentCategory;
  /** The file's bytes in base64, in a JSON request. */
  contentBase64?: string | null | undefined;
  /** The employer whose dossier gets the document. */
  employerId: string;
  /** The file, in a multipart request. */
  file?: File | null | undefined;
  /** File name for downloads with contentBase64 (a file upload brings its own). */
  fileName?: string | null | undefined;
  /** The person the document is about; omit for a document for all employees. */
  personId?: string | null | undefined;
  /** Title shown in the portal (at most 200 characters). */
  title: string;
  /** Whether employees see it at once (R26). */
  visibleToEmployee?: boolean;
};

/** An API client to act on. */
export type ApiClientInput = {
  /** The client (cli_…). */
  apiClientId: string;
};

/** AuditEventActorKind is enum for the field actor_kind */
export type AuditEventActorKind =
  /** API_CLIENT. */
  | 'API_CLIENT'
  /** EMPLOYEE. */
  | 'EMPLOYEE'
  /** STAFF_USER. */
  | 'STAFF_USER'
  /** SYSTEM. */
  | 'SYSTEM';

/** A password change. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password. */
  newPassword: string;
};

/** A username change. */
export type ChangeUsernameInput = {
  /** The new username. */
  username: string;
};

/** Who a collective change is about: personIds, or every person matching filter and search. */
export type CollectiveAccessInput = {
  /** Only compute who would be taken and who skipped; change nothing. */
  dryRun?: boolean;
  /** The employer. */
  employerId: string;
  /** All persons with an employment matching this filter (as in the employments list). */
  filter?: EmploymentListFilter | null | undefined;
  /** Chosen persons (at most 20000). */
  personIds?: Array<string> | null | undefined;
  /** With filter: the same search as the employments list. */
  search?: string | null | undefined;
};

/** Why a collective change skips a person (R5, R7). */
export type CollectiveSkipReason =
  /** The account is blocked. */
  | 'ACCOUNT_BLOCKED'
  /** Already blocked. */
  | 'ALREADY_BLOCKED'
  /** Already has access. */
  | 'ALREADY_HAS_ACCESS'
  /** The e-mail address is not valid. */
  | 'INVALID_EMAIL'
  /** An invitation is pending. */
  | 'INVITATION_PENDING'
  /** Has no access to block. */
  | 'NO_ACCESS'
  /** No e-mail address. */
  | 'NO_EMAIL'
  /** No employment without an end date. */
  | 'OUT_OF_SERVICE';

/** The chosen credentials. */
export type CompleteRegistrationInput = {
  /** Password of 10 to 128 characters, not common or guessable. */
  password: string;
  /** The token from the link. */
  token: string;
  /** Username, 3 to 64 letters, digits or . _ - @; unique ignoring case. */
  username: string;
};

/** Confirming an enrolment. */
export type ConfirmSecondFactorEnrolmentInput = {
  /** The token of the challenge. */
  challenge: string;
  /** The 6-digit code the app shows now. */
  code: string;
};

/** A new API client. */
export type CreateApiClientInput = {
  /** The employer the client works for; leave it out for a client of the whole provider (provider level only). */
  employerId?: string | null | undefined;
  /** Name of the integration, 1 to 200 characters, e.g. the software's name. */
  name: string;
  /** The rights of the client; each must be held by the caller. */
  rights: Array<Right>;
};

/** A new staff user. */
export type CreateStaffUserInput = {
  /** Work e-mail address; the invitation goes there. */
  email: string;
  /** The employer of an employer user; leave it out for a provider user (provider level only). */
  employerId?: string | null | undefined;
  /** Full name, 1 to 200 characters. */
  name: string;
  /** The rights of the user; each must be held by the caller. */
  rights: Array<Right>;
  /** Sign-in name, 3 to 64 letters, digits and . _ @ -; unique across the portal. */
  username: string;
};

/** Which document to remove. */
export type DeleteDocumentInput = {
  /** The document. */
  documentId: string;
};

/** DocumentCategory is enum for the field category */
export type DocumentCategory =
  /** ABSENCE. */
  | 'ABSENCE'
  /** CONTRACT. */
  | 'CONTRACT'
  /** CORRESPONDENCE. */
  | 'CORRESPONDENCE'
  /** OTHER. */
  | 'OTHER'
  /** PAYROLL. */
  | 'PAYROLL'
  /** POLICY. */
  | 'POLICY';

/** Filters of the employments list. */
export type EmploymentListFilter = {
  /** Only persons with one of these access statuses; all when omitted or empty. */
  accessStatus?: Array<AccessStatus> | null | undefined;
  /** In or out of service; both when omitted. */
  service?: ServiceFilter | null | undefined;
};

/** Where a pending invitation waits. */
export type InvitationFunnelStep =
  /** 96 hours passed unused (R2): send a new link. */
  | 'EXPIRED'
  /** The link was never opened. */
  | 'NOT_OPENED'
  /** Birth date passed, no username and password chosen yet. */
  | 'NOT_REGISTERED'
  /** Opened, the birth date not answered right yet. */
  | 'NOT_VERIFIED';

/** State of an invitation link. */
export type InvitationLinkState =
  /** Older than 96 hours (R2); only a new invitation helps. */
  | 'EXPIRED'
  /** Withdrawn or replaced by a newer link, or burned by wrong birth dates (R3, R4). */
  | 'REVOKED'
  /** Already used to register; sign in instead. */
  | 'USED'
  /** Usable: the birth date can be asked. */
  | 'VALID';

/** A language of the portal and of its mails. */
export type Language =
  /** English. */
  | 'en'
  /** Dutch, the default. */
  | 'nl';

/** Kind of leave on the leave card: the category of the line's leave type. */
export type LeaveBalanceLeaveType =
  /** Extra-statutory leave (bovenwettelijk). */
  | 'EXTRA_STATUTORY'
  /** Other leave. */
  | 'OTHER'
  /** Seniority days. */
  | 'SENIORITY'
  /** Statutory leave (wettelijk). */
  | 'STATUTORY'
  /** Working-time reduction (ADV/ATV). */
  | 'WORKING_TIME_REDUCTION';

/** Hours of one day of a request, to adjust a computed day (a part day). */
export type LeaveDayInput = {
  /** The day, within the request. */
  date: string;
  /** Hours of leave that day, 0 to 24. */
  hours: number;
};

/** A leave request. */
export type LeaveRequestInput = {
  /** A comment for the handler (at most 500 characters). */
  comment?: string;
  /** Days whose computed hours are adjusted. */
  days?: Array<LeaveDayInput>;
  /** The employee's own employment. */
  employmentId: string;
  /** The first day. */
  firstDay: string;
  /** The last day (at most 366 days on). */
  lastDay: string;
  /** A requestable leave type of the employer. */
  leaveTypeId: string;
};

/** A request for leave, or to cancel accepted leave (R30). */
export type LeaveRequestKind =
  /** A request to cancel accepted leave that has not begun. */
  | 'CANCELLATION'
  /** A request for leave. */
  | 'LEAVE';

/** Where a leave request stands (R30). */
export type LeaveRequestStatus =
  /** Accepted by a handler or by lapse of time (R31). */
  | 'ACCEPTED'
  /** Accepted leave whose cancellation was accepted. */
  | 'CANCELLED'
  /** Rejected, with a reason. */
  | 'REJECTED'
  /** Waiting for a decision. */
  | 'SUBMITTED'
  /** Withdrawn by the employee while submitted. */
  | 'WITHDRAWN';

/** Credentials of a staff user. */
export type LoginInput = {
  /** The password; case-sensitive. */
  password: string;
  /** The username; case-sensitive. */
  username: string;
};

/** What kind of failure the last delivery attempt of a mail was. */
export type MailFailureReason =
  /** The mail server refused Werkportaal's sign-in. */
  | 'AUTHENTICATION'
  /** Another failure. */
  | 'OTHER'
  /** The mail server refused the mail (SMTP 5xx), e.g. an unknown recipient. */
  | 'REJECTED'
  /** The mail server refused the mail for now (SMTP 4xx). */
  | 'TEMPORARY'
  /** The encrypted connection to the mail server failed (certificate, TLS required but not offered). */
  | 'TLS'
  /** The mail server could not be reached (connection refused, time-out, name lookup). */
  | 'UNREACHABLE';

/** A kind of mail. */
export type MailKind =
  /** Access was blocked by the employer (R6). */
  | 'ACCESS_BLOCKED'
  /** Access was restored (R6). */
  | 'ACCESS_UNBLOCKED'
  /** The account is locked for an hour after three wrong passwords (R13). */
  | 'ACCOUNT_LOCKED'
  /** The access mail with the personal invitation link (R2). */
  | 'INVITATION'
  /** To the employee: a leave request or cancellation was decided (R33, R31). */
  | 'LEAVE_DECIDED'
  /** To the handlers: a vacation request stands by lapse of time (R31). */
  | 'LEAVE_LAPSED'
  /** A new document is visible in the portal (R26). */
  | 'NEW_DOCUMENT'
  /** A password-reset link (R10). */
  | 'PASSWORD_RESET'
  /** The invitation of a new staff user to choose a password (R43). */
  | 'STAFF_INVITATION'
  /** A password-reset link for a staff user (R43, R10). */
  | 'STAFF_PASSWORD_RESET'
  /** The username (R9, R11). */
  | 'USERNAME';

/** Language of a mail text. */
export type MailLocale =
  /** English. */
  | 'en'
  /** Dutch. */
  | 'nl';

/** Which text. */
export type MailTemplateKeyInput = {
  /** The kind of mail. */
  kind: MailKind;
  /** The level. */
  level: MailTemplateLevelInput;
  /** The language. */
  locale: MailLocale;
};

/** A level: the provider of the signed-in user, or one employer. */
export type MailTemplateLevelInput = {
  /** The employer, for EMPLOYER. */
  employerId?: string | null | undefined;
  /** PROVIDER or EMPLOYER. */
  scope: MailTemplateScope;
};

/** A level at which mail texts are kept. */
export type MailTemplateScope =
  /** One employer. */
  | 'EMPLOYER'
  /** The provider: applies to all its employers. */
  | 'PROVIDER';

/** Where a part of a mail text comes from. */
export type MailTextSource =
  /** The employer's override. */
  | 'EMPLOYER'
  /** The provider's override. */
  | 'PROVIDER'
  /** The standard text shipped with Werkportaal. */
  | 'STANDARD';

/** The MijnLoket variant of an employer (R20). */
export type MijnLoketVariant =
  /** MijnLoket is not active. */
  | 'NONE'
  /** A Plus functionality is active. */
  | 'PLUS'
  /** A Pro functionality is active. */
  | 'PRO'
  /** Salary chart, payslips and annual statements, plus Start functionalities. */
  | 'START';

/** OutboxMailStatus is enum for the field status */
export type OutboxMailStatus =
  /** FAILED. */
  | 'FAILED'
  /** PENDING. */
  | 'PENDING'
  /** SENT. */
  | 'SENT';

/** State of a password-reset link. */
export type PasswordResetLinkState =
  /** Older than one hour. */
  | 'EXPIRED'
  /** Unknown, or replaced by a newer link. */
  | 'INVALID'
  /** Already used. */
  | 'USED'
  /** Usable. */
  | 'VALID';

/** PayslipLineCategory is enum for the field category */
export type PayslipLineCategory =
  /** DEDUCTIONS. */
  | 'DEDUCTIONS'
  /** EARNINGS. */
  | 'EARNINGS'
  /** EMPLOYER_CONTRIBUTIONS. */
  | 'EMPLOYER_CONTRIBUTIONS'
  /** RESERVATIONS. */
  | 'RESERVATIONS';

/** PayslipPeriodType is enum for the field period_type */
export type PayslipPeriodType =
  /** FOUR_WEEKS. */
  | 'FOUR_WEEKS'
  /** MONTH. */
  | 'MONTH';

/** A person to act on. */
export type PersonInput = {
  /** The person. */
  personId: string;
};

/**
 * A feature of the employee portal. Which ones an employee sees follows from the
 * employer's active products (R20, R22).
 */
export type PortalFeature =
  /** Ziek en hersteld melden (MijnLoket - Verzuim melden). */
  | 'ABSENCE_REPORTING'
  /** Jaaropgaven: annual statements with PDF (part of MijnLoket Start). */
  | 'ANNUAL_STATEMENTS'
  /** Documenten: the dossier (MijnLoket - Documenten). */
  | 'DOCUMENTS'
  /** Verlofkalender: the team's leave calendar (MijnLoket - Verlofkalender, R32). */
  | 'LEAVE_CALENDAR'
  /** Verlofkaart: leave balances (MijnLoket - Verlofkaart). */
  | 'LEAVE_CARD'
  /** Verlof aanvragen: leave requests (MijnLoket - Verlofaanvragen, R30). */
  | 'LEAVE_REQUESTS'
  /** Loonstroken: payslips with PDF (part of MijnLoket Start). */
  | 'PAYSLIPS'
  /** Persoonsgegevens inzien: personal data (MijnLoket - Persoonsgegevens inzien or wijzigen). */
  | 'PERSONAL_DATA'
  /** Salaris berekenen: a net-pay estimate from the latest payslip (MijnLoket - Salaris berekenen, R39). */
  | 'SALARY_CALCULATOR'
  /** Salarisgrafiek: gross and net per period (part of MijnLoket Start). */
  | 'SALARY_CHART';

/** A render request. */
export type PreviewMailTemplateInput = {
  /** Draft HTML body; the effective one when null. */
  htmlBody?: string | null | undefined;
  /** The kind of mail. */
  kind: MailKind;
  /** The level whose texts apply. */
  level: MailTemplateLevelInput;
  /** The language. */
  locale: MailLocale;
  /** Render with this person's name and employer instead of sample data. */
  personId?: string | null | undefined;
  /** Draft subject; the effective one when null. */
  subject?: string | null | undefined;
  /** Draft text body; the effective one when null. */
  textBody?: string | null | undefined;
};

/** Kind of signed-in principal. */
export type PrincipalKind =
  /** An integrator using API credentials. */
  | 'API_CLIENT'
  /** An employee signed in to the portal. */
  | 'EMPLOYEE'
  /** A staff user of a provider or employer. */
  | 'STAFF_USER';

/** Which product for which employer. */
export type ProductActivationInput = {
  /** The employer. */
  employerId: string;
  /** Code of the product, e.g. MIJNLOKET or MIJNLOKET_LEAVE_REQUESTS. */
  productCode: string;
};

/** ProductKind is enum for the field kind */
export type ProductKind =
  /** PORTAL. */
  | 'PORTAL'
  /** PORTAL_FEATURE. */
  | 'PORTAL_FEATURE'
  /** SUPPORTING. */
  | 'SUPPORTING';

/** ProductTier is enum for the field tier */
export type ProductTier =
  /** PLUS. */
  | 'PLUS'
  /** PRO. */
  | 'PRO'
  /** START. */
  | 'START';

/** Hersteld melden. */
export type ReportRecoveredInput = {
  /** Date the employee is fully back at work; not before the first sick day. */
  recoveryDate: string;
};

/** Ziek melden. */
export type ReportSickInput = {
  /** First sick day; not after today. */
  firstSickDay: string;
  /** Hours worked on the first sick day, 0–24; omit when none were worked or unknown. */
  hoursWorked?: number | null | undefined;
};

/** Wachtwoord vergeten. */
export type RequestPasswordResetInput = {
  /** The username. */
  username: string;
};

/** Asking for a staff password reset. */
export type RequestStaffPasswordResetInput = {
  /** The username; case-sensitive. */
  username: string;
};

/** Gebruikersnaam vergeten. */
export type RequestUsernameInput = {
  /** The e-mail address the account was registered with. */
  email: string;
};

/** Which mails to requeue. */
export type RequeueFailedMailsInput = {
  /** Only the mails at this employer; all of the caller's scope when omitted. */
  employerId?: string | null | undefined;
};

/** Which mail to requeue. */
export type RequeueMailInput = {
  /** The mail (an OutboxMail ID from failedMails). */
  id: string;
};

/** A new password through a reset link. */
export type ResetPasswordInput = {
  /** The new password. */
  password: string;
  /** The token from the link. */
  token: string;
};

/** Setting a new staff password. */
export type ResetStaffPasswordInput = {
  /** The new password. */
  password: string;
  /** The token from the link. */
  token: string;
};

/** A right of a staff user or integrator (DOMAIN.md, Rights). */
export type Right =
  /** Collectieve mutaties: collective grant and collective block. */
  | 'COLLECTIVE_MUTATIONS'
  /** Behandelen aanvragen: decide employees' leave requests (R30) where the route sends them to this right (R34). */
  | 'HANDLE_REQUESTS'
  /** Beheren HR-instellingen: set the leave scheme (leave types, holidays) and the work patterns of employments. */
  | 'MANAGE_HR_SETTINGS'
  /** Beheren e-mailteksten: edit mail texts at the user's own level. */
  | 'MANAGE_MAIL_TEMPLATES'
  /** Beheren salarisgegevens: publish payslips, annual statements and leave balances, add documents and decide whether employees see them. */
  | 'MANAGE_PAYROLL_DATA'
  /** Beheren toegang werknemerloket: grant, resend, revoke, block, unblock, send username, edit the person's e-mail. */
  | 'MANAGE_PORTAL_ACCESS'
  /** Beheren producten: activate and deactivate products of an employer. */
  | 'MANAGE_PRODUCTS'
  /** Beheren gebruikers: manage API clients at the holder's own level, giving them only rights the holder has (R44). */
  | 'MANAGE_USERS'
  /** Raadplegen logboek: read the audit trail. */
  | 'VIEW_AUDIT_LOG'
  /** Raadplegen werknemers: see persons and employments of the employers in scope. */
  | 'VIEW_EMPLOYEES'
  /** Raadplegen MijnLoket e-mailadres: see the e-mail address with which an employee registered (R17). */
  | 'VIEW_MIJNLOKET_EMAIL';

/** Where whether the payroll-tax credit applies comes from. */
export type SalaryCreditSource =
  /** The newest annual statement of the employment. */
  | 'ANNUAL_STATEMENT'
  /** Nothing says; assumed to apply. */
  | 'ASSUMED'
  /** The employee stated it. */
  | 'STATED';

/** What to estimate. */
export type SalaryEstimateInput = {
  /** The hours per week of the latest payslip, when the employee states them; otherwise the employment's work pattern gives them. */
  currentHoursPerWeek?: number | null | undefined;
  /** The employment (one of the employee's own). */
  employmentId: string;
  /** New gross wage per pay period in euro cents (more than 0, at most 100000000); wins over hoursPerWeek for the gross. */
  grossCents?: number | null | undefined;
  /** New hours per week, more than 0 and at most 60: the gross scales with them from the latest payslip. */
  hoursPerWeek?: number | null | undefined;
  /** Whether the payroll-tax credit (loonheffingskorting) applies, when the employee states it; otherwise the newest annual statement says, or it is assumed. */
  payrollTaxCredit?: boolean | null | undefined;
};

/** What an estimate can lack. */
export type SalaryEstimateMissing =
  /** New hours were asked, but the hours of the latest payslip are not known: state them (currentHoursPerWeek). */
  | 'CURRENT_HOURS'
  /** The employment has no payslip (with a regular wage) the employee can see yet. */
  | 'PAYSLIP';

/** An assumption the estimate made. */
export type SalaryEstimateNote =
  /** Nothing says whether the payroll-tax credit applies; assumed it does. */
  | 'CREDIT_ASSUMED'
  /** A gross was given, so the hours did not change the gross. */
  | 'HOURS_NOT_USED'
  /** The pension premium on the payslip was deducted before tax, scaled with the gross. */
  | 'PENSION_FROM_PAYSLIP'
  /** The payslip's year has no rules; the newest year's are used. */
  | 'RULES_OF_OTHER_YEAR'
  /** Holiday allowance, a bonus or another special reward on the payslip was left out of the starting gross. */
  | 'SPECIAL_REWARDS_LEFT_OUT';

/** Where the hours of the payslip come from. */
export type SalaryHoursSource =
  /** The employee stated them. */
  | 'STATED'
  /** Not known. */
  | 'UNKNOWN'
  /** The employment's work pattern (average week). */
  | 'WORK_PATTERN';

/** Kinds of step. */
export type SalaryStepKind =
  /** Payroll tax of one bracket. */
  | 'BRACKET'
  /** General tax credit (algemene heffingskorting). */
  | 'GENERAL_TAX_CREDIT'
  /** Gross wage. */
  | 'GROSS'
  /** Labour tax credit (arbeidskorting). */
  | 'LABOUR_TAX_CREDIT'
  /** Net wage. */
  | 'NET'
  /** Payroll tax after the credits (loonheffing). */
  | 'PAYROLL_TAX'
  /** The employee's pension premium, deducted before tax. */
  | 'PENSION_PREMIUM'
  /** Taxable wage (gross − pension premium). */
  | 'TAXABLE_WAGE'
  /** Payroll tax before the credits. */
  | 'TAX_BEFORE_CREDITS';

/** A second-factor challenge. */
export type SecondFactorChallengeInput = {
  /** The token of the challenge. */
  challenge: string;
};

/** What the second factor asks for. */
export type SecondFactorStep =
  /** Set up an authenticator app (first sign-in, or after a reset). */
  | 'ENROL'
  /** Enter a code of the authenticator app, or a recovery code. */
  | 'VERIFY';

/** Whether an employment is current. */
export type ServiceFilter =
  /** Employments without an end date, or ending today or later. */
  | 'IN_SERVICE'
  /** Employments that ended before today (uit dienst). */
  | 'OUT_OF_SERVICE';

/** The new-document mail switch. */
export type SetDocumentNotificationsInput = {
  /** True: mail me when a new document becomes visible. */
  enabled: boolean;
};

/** Whether a document is visible to employees. */
export type SetDocumentVisibilityInput = {
  /** The document. */
  documentId: string;
  /** Visible (true) or hidden (false). */
  visibleToEmployee: boolean;
};

/** A language choice. */
export type SetLanguageInput = {
  /** The language. */
  language: Language;
};

/** An override to save. */
export type SetMailTemplateInput = {
  /** HTML body template; null inherits. */
  htmlBody?: string | null | undefined;
  /** The kind of mail. */
  kind: MailKind;
  /** The level. */
  level: MailTemplateLevelInput;
  /** The language. */
  locale: MailLocale;
  /** Subject template; null inherits. */
  subject?: string | null | undefined;
  /** Plain-text body template; null inherits. */
  textBody?: string | null | undefined;
};

/** SickReportReportedByKind is enum for the field reported_by_kind */
export type SickReportReportedByKind =
  /** API_CLIENT. */
  | 'API_CLIENT'
  /** EMPLOYEE. */
  | 'EMPLOYEE'
  /** STAFF_USER. */
  | 'STAFF_USER';

/** The state of a staff link. */
export type StaffLinkState =
  /** The link is older than its lifetime. */
  | 'EXPIRED'
  /** Unknown, replaced by a newer link, or its user was blocked. */
  | 'INVALID'
  /** The link was used already. */
  | 'USED'
  /** The link works. */
  | 'VALID';

/** A staff user to act on. */
export type StaffUserInput = {
  /** The user (usr_…). */
  staffUserId: string;
};

/** StaffUserState is enum for the field state */
export type StaffUserState =
  /** ACTIVE. */
  | 'ACTIVE'
  /** BLOCKED. */
  | 'BLOCKED';

/** One employment with its person as payroll has it. */
export type SyncEmployeeInput = {
  /** Date of birth, required; the invitation link asks it (R4). */
  birthDate?: string | null | undefined;
  /** Home address: city. */
  city?: string | null | undefined;
  /** The key: the employee number (personeelsnummer) of the employment, unique within the employer. */
  employeeNumber: number;
  /** Last day of the employment (uit dienst datum); empty while in service (R8). */
  endDate?: string | null | undefined;
  /** First name (roepnaam), required. */
  firstName?: string | null | undefined;
  /** Initials (voorletters). */
  initials?: string | null | undefined;
  /** Job title (functie). */
  jobTitle?: string | null | undefined;
  /** Last name, required. */
  lastName?: string | null | undefined;
  /** Prefix of the last name (tussenvoegsel). */
  lastNamePrefix?: string | null | undefined;
  /** Payroll's key of the person (persoonsnummer), 1 to 40 characters: rows with the same key are one person (R18). */
  personKey?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Home address: postal code; a Dutch one is written as 1234 AB. */
  postalCode?: string | null | undefined;
  /** Private e-mail address (R1); empty removes it. */
  privateEmail?: string | null | undefined;
  /** First day of the employment, required. */
  startDate?: string | null | undefined;
  /** Home address: street and house number. */
  street?: string | null | undefined;
  /** The work pattern when payroll knows it (R29); left out, the employment's pattern stays as it is. Needs MANAGE_HR_SETTINGS. */
  workPattern?: SyncWorkPatternInput | null | undefined;
};

/** Input of syncEmployees. */
export type SyncEmployeesInput = {
  /** Only say what would happen; write nothing (the preview of an import). */
  dryRun?: boolean | null | undefined;
  /** 1 to 1,000 employees. */
  employees: Array<SyncEmployeeInput>;
  /** The employer. */
  employerId: string;
};

/** Something the sender should know about a row that was applied. */
export type SyncNotice =
  /** The person's e-mail changed while an invitation to the portal is pending: it stays valid at the old address until staff send it again (R2, R3). */
  | 'PENDING_INVITATION_OLD_EMAIL';

/** What happened to a row of a sync. */
export type SyncStatus =
  /** The row was new and was created (or, with dryRun, would be). */
  | 'CREATED'
  /** The row was refused; userErrors says why. Nothing of it changed. */
  | 'ERROR'
  /** The row existed and nothing changed. */
  | 'UNCHANGED'
  /** The row existed and changed; changedFields says what. */
  | 'UPDATED';

/** A work pattern sent with a sync row. */
export type SyncWorkPatternInput = {
  /** For two weeks: a day in week A. */
  weekAStartsOn?: string | null | undefined;
  /** One week, or weeks A and B alternating. */
  weeks: Array<WorkWeekInput>;
};

/** A new private e-mail address. */
export type UpdatePersonEmailInput = {
  /** The address; a private address is advised (R1). Empty removes it. */
  email: string;
  /** The person. */
  personId: string;
};

/** Codes of expected mutation failures. New codes may be added; existing ones never change. */
export type UserErrorCode =
  /** The session ended because the employer blocked access to the portal (R6). */
  | 'ACCESS_BLOCKED'
  /** The account is blocked; unblock it instead. */
  | 'ACCOUNT_BLOCKED'
  /** MijnLoket can only be activated after the provider signed the MijnLoket addendum; an appointment is needed to sign it (R19). */
  | 'ADDENDUM_REQUIRED'
  /** The product is already active for this employer. */
  | 'ALREADY_ACTIVE'
  /** The account is already blocked. */
  | 'ALREADY_BLOCKED'
  /** The person already has access. */
  | 'ALREADY_HAS_ACCESS'
  /** There is already an open sick report; report recovery first. */
  | 'ALREADY_REPORTED_SICK'
  /** The API client is disabled (R44). */
  | 'API_CLIENT_DISABLED'
  /** The birth date must be answered first (R4). */
  | 'BIRTH_DATE_NOT_VERIFIED'
  /** The block's reason is longer than 500 characters (kept in the audit trail, never mailed). */
  | 'BLOCK_REASON_TOO_LONG'
  /** The current password is not right. */
  | 'CURRENT_PASSWORD_WRONG'
  /** The cursor lies beyond the end of the change feed. */
  | 'CURSOR_AHEAD'
  /** The same employment and period (or year, or leave type) occurs twice in one batch. */
  | 'DUPLICATE_IN_BATCH'
  /** The employer has a leave type of this name already. */
  | 'DUPLICATE_LEAVE_TYPE_NAME'
  /** The person has no e-mail address (R1). */
  | 'EMAIL_REQUIRED'
  /** No employment with that ID in the caller's scope. */
  | 'EMPLOYMENT_NOT_FOUND'
  /** The end date of an employment lies before its start date (R8). */
  | 'END_BEFORE_START'
  /** MijnLoket cannot be deactivated while MijnLoket functionalities are active; deactivate those first. */
  | 'FEATURES_STILL_ACTIVE'
  /** The file is larger than 10 MiB. */
  | 'FILE_TOO_LARGE'
  /** The first sick day lies after today (R25). */
  | 'FIRST_SICK_DAY_IN_FUTURE'
  /** Hours worked on the first sick day must be between 0 and 24 (R25). */
  | 'HOURS_WORKED_OUT_OF_RANGE'
  /** The BSN is not nine digits that pass the eleven-test (elfproef). */
  | 'INVALID_BSN'
  /** Username or password is incorrect, or the account cannot sign in now. Deliberately one answer for every cause. */
  | 'INVALID_CREDENTIALS'
  /** The cursor is not one the change feed gave out. */
  | 'INVALID_CURSOR'
  /** Not a valid e-mail address. */
  | 'INVALID_EMAIL'
  /** The input is not valid; see field and message. */
  | 'INVALID_INPUT'
  /** A ledger entry is not valid; see field and message (R28). */
  | 'INVALID_LEAVE_ENTRY'
  /** A leave request is not valid; see field and message (R30). */
  | 'INVALID_LEAVE_REQUEST'
  /** A leave type's input is not valid; see field and message (R28). */
  | 'INVALID_LEAVE_TYPE'
  /** The second-factor code is not valid: wrong, used already, or the account cannot sign in now. One answer for every cause (R43). */
  | 'INVALID_SECOND_FACTOR'
  /** The mail text does not parse or uses a variable the mail does not have. */
  | 'INVALID_TEMPLATE'
  /** A work pattern is not valid; see field and message (R29). */
  | 'INVALID_WORK_PATTERN'
  /** The invitation link expired (R2). */
  | 'INVITATION_EXPIRED'
  /** Three wrong birth dates burned the link (R4). */
  | 'INVITATION_LOCKED'
  /** The invitation link does not exist. */
  | 'INVITATION_NOT_FOUND'
  /** An invitation is already pending (R3: resend or withdraw it). */
  | 'INVITATION_PENDING'
  /** The invitation was withdrawn (R3). */
  | 'INVITATION_REVOKED'
  /** The invitation was already used. */
  | 'INVITATION_USED'
  /** The change would leave a level without an active user who manages users (R43). */
  | 'LAST_ADMIN'
  /** The balance is not enough and the type does not allow a negative balance (R30). */
  | 'LEAVE_BALANCE_TOO_LOW'
  /** Only accepted leave that has not begun can be cancelled, once at a time (R30). */
  | 'LEAVE_CANCELLATION_NOT_POSSIBLE'
  /** The leave falls outside the employment (R30). */
  | 'LEAVE_OUTSIDE_EMPLOYMENT'
  /** A rejection needs a reason (R30). */
  | 'LEAVE_REJECTION_NEEDS_REASON'
  /** No request the caller may see or decide with this ID. */
  | 'LEAVE_REQUEST_NOT_FOUND'
  /** The request was decided or withdrawn already (R30). */
  | 'LEAVE_REQUEST_NOT_OPEN'
  /** The employee has leave requested or accepted on some of these days (R30). */
  | 'LEAVE_REQUEST_OVERLAP'
  /** The leave has no hours: no working days in the period (R30). */
  | 'LEAVE_REQUEST_ZERO_HOURS'
  /** The employer has no leave scheme: activate Verlofregeling or Verlofregistratie first. */
  | 'LEAVE_SCHEME_NOT_ACTIVE'
  /** No leave type with that ID at the employment's employer. */
  | 'LEAVE_TYPE_NOT_FOUND'
  /** Leave of this type is not requested in the portal (R30). */
  | 'LEAVE_TYPE_NOT_REQUESTABLE'
  /** The mail is not FAILED (any more): it was delivered, or someone requeued it already. */
  | 'MAIL_NOT_FAILED'
  /** This MijnLoket functionality needs the product MijnLoket to be active first. */
  | 'MIJNLOKET_REQUIRED'
  /** The product is not active for this employer. */
  | 'NOT_ACTIVE'
  /** The account is not blocked. */
  | 'NOT_BLOCKED'
  /** There is no open sick report to end. */
  | 'NOT_REPORTED_SICK'
  /** The person has no access. */
  | 'NO_ACCESS'
  /** There is no invitation to resend or withdraw. */
  | 'NO_INVITATION'
  /** The employment has no work pattern, so its hours cannot be computed (R29). */
  | 'NO_WORK_PATTERN'
  /** Not on one's own account: one's own rights, blocking oneself, one's own second factor (R43). */
  | 'OWN_ACCOUNT'
  /** The password is a common password. */
  | 'PASSWORD_COMMON_PASSWORD'
  /** The password contains the person's own data (name, username, birth date, …). */
  | 'PASSWORD_CONTAINS_PERSONAL_DATA'
  /** The password is too easy to guess. */
  | 'PASSWORD_TOO_GUESSABLE'
  /** The password has more than 128 characters. */
  | 'PASSWORD_TOO_LONG'
  /** The password has fewer than 10 characters. */
  | 'PASSWORD_TOO_SHORT'
  /** The rows of one person key disagree on the person's data; field names the first difference (R18). */
  | 'PERSON_DATA_CONFLICT'
  /** The employee number belongs to a person with another person key, or the person key to another person than the employment's (R18). */
  | 'PERSON_KEY_MISMATCH'
  /** The recovery date lies before the first sick day (R25). */
  | 'RECOVERY_BEFORE_FIRST_SICK_DAY'
  /** The reset link expired (valid one hour, R10). */
  | 'RESET_LINK_EXPIRED'
  /** The reset link does not exist or was replaced. */
  | 'RESET_LINK_INVALID'
  /** The reset link was already used. */
  | 'RESET_LINK_USED'
  /** The caller does not hold a right it asked to give, or that the API client it asked to rotate holds (R44). */
  | 'RIGHT_NOT_HELD'
  /** The second-factor step expired or no longer applies; sign in again (R43). */
  | 'SECOND_FACTOR_EXPIRED'
  /** The user has no second factor to reset. */
  | 'SECOND_FACTOR_NOT_ENROLLED'
  /** The session has ended; sign in again. */
  | 'SESSION_EXPIRED'
  /** The employer has a statutory leave type already. */
  | 'STATUTORY_LEAVE_TYPE_EXISTS'
  /** syncEmployers and syncEmployees take at most 1,000 rows (R45). */
  | 'SYNC_BATCH_TOO_LARGE'
  /** Another change of the same key came first; send the row again. */
  | 'SYNC_CONCURRENT_CHANGE'
  /** recordLeaveEntries takes 1 to 500 entries. */
  | 'TOO_MANY_LEAVE_ENTRIES'
  /** No product with that code exists in the catalogue. */
  | 'UNKNOWN_PRODUCT'
  /** The file is not a PDF, PNG or JPEG (checked on its contents, not its name). */
  | 'UNSUPPORTED_FILE_TYPE'
  /** The username does not follow the rules. */
  | 'USERNAME_INVALID'
  /** Gebruikersnaam versturen needs an account with access that signed in at least once (R9). */
  | 'USERNAME_NOT_AVAILABLE'
  /** The username is taken (unique ignoring case). */
  | 'USERNAME_TAKEN'
  /** The birth date is not right (R4). */
  | 'WRONG_BIRTH_DATE';

/** The birth-date answer. */
export type VerifyInvitationInput = {
  /** The birth date. */
  birthDate: string;
  /** The token from the link. */
  token: string;
};

/** Completing a sign-in with the second factor: a code or a recovery code. */
export type VerifySecondFactorInput = {
  /** The token of the challenge. */
  challenge: string;
  /** The 6-digit code the app shows now. */
  code?: string | null | undefined;
  /** One of the recovery codes instead of a code. */
  recoveryCode?: string | null | undefined;
};

/** The tenant level a principal works on. */
export type ViewerScope =
  /** One employer. */
  | 'EMPLOYER'
  /** One person (employee). */
  | 'PERSON'
  /** Every employer of the provider. */
  | 'PROVIDER';

/** Hours per weekday; omitted days have none. */
export type WorkWeekInput = {
  /** Hours on Friday. */
  friday?: number;
  /** Hours on Monday, 0 to 24. */
  monday?: number;
  /** Hours on Saturday. */
  saturday?: number;
  /** Hours on Sunday. */
  sunday?: number;
  /** Hours on Thursday. */
  thursday?: number;
  /** Hours on Tuesday. */
  tuesday?: number;
  /** Hours on Wednesday. */
  wednesday?: number;
};

export type AdminAccessPersonFragment = { __typename: 'Person', id: string, email: string | null, employer: { __typename: 'Employer', id: string }, account: { __typename: 'Account', id: string, status: AccessStatus, username: string | null, hasLoggedIn: boolean, canSendUsername: boolean, lastLoginAt: string | null, lockedUntil: string | null, blockedAt: string | null, invitation: { __typename: 'AccountInvitation', state: string, expiresAt: string, sentAt: string, sentTo: string } | null } | null } & { ' $fragmentName'?: 'AdminAccessPersonFragment' };

export type AdminUpdatePersonEmailMutationVariables = Exact<{
  input: UpdatePersonEmailInput;
}>;


export type AdminUpdatePersonEmailMutation = { __typename: 'Mutation', updatePersonEmail: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminGrantAccessMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminGrantAccessMutation = { __typename: 'Mutation', grantAccess: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminResendInvitationMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminResendInvitationMutation = { __typename: 'Mutation', resendInvitation: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminRevokeInvitationMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminRevokeInvitationMutation = { __typename: 'Mutation', revokeInvitation: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminBlockAccessMutationVariables = Exact<{
  input: PersonInput;
  reason?: string | null | undefined;
}>;


export type AdminBlockAccessMutation = { __typename: 'Mutation', blockAccess: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminUnblockAccessMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminUnblockAccessMutation = { __typename: 'Mutation', unblockAccess: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminSendUsernameMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminSendUsernameMutation = { __typename: 'Mutation', sendUsername: { __typename: 'PersonAccessPayload', person: (
      { __typename: 'Person' }
      & { ' $fragmentRefs'?: { 'AdminAccessPersonFragment': AdminAccessPersonFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminApiClientsQueryVariables = Exact<{
  employerId?: string | null | undefined;
}>;


export type AdminApiClientsQuery = { __typename: 'Query', apiClients: { __typename: 'ApiClientConnection', totalCount: number, edges: Array<{ __typename: 'ApiClientEdge', node: { __typename: 'ApiClient', id: string, name: string, rights: Array<Right>, createdAt: string, lastUsedAt: string | null, disabledAt: string | null, previousSecretExpiresAt: string | null } | null } | null> | null } | null };

export type AdminCreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type AdminCreateApiClientMutation = { __typename: 'Mutation', createApiClient: { __typename: 'ApiClientSecretPayload', clientSecret: string | null, apiClient: { __typename: 'ApiClient', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminRotateApiClientSecretMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type AdminRotateApiClientSecretMutation = { __typename: 'Mutation', rotateApiClientSecret: { __typename: 'ApiClientSecretPayload', clientSecret: string | null, apiClient: { __typename: 'ApiClient', id: string, name: string, previousSecretExpiresAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminDisableApiClientMutationVariables = Exact<{
  input: ApiClientInput;
}>;


export type AdminDisableApiClientMutation = { __typename: 'Mutation', disableApiClient: { __typename: 'ApiClientPayload', apiClient: { __typename: 'ApiClient', id: string, disabledAt: string | null, previousSecretExpiresAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminAuditEventsQueryVariables = Exact<{
  employerId?: string | null | undefined;
  personId?: string | null | undefined;
  actions?: Array<string> | string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminAuditEventsQuery = { __typename: 'Query', auditEvents: { __typename: 'AuditEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: string, createdAt: string, actorKind: AuditEventActorKind, actorName: string, action: string, targetType: string, targetID: string, reason: string | null } | null } | null> | null } | null };

export type AdminAuditTargetsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type AdminAuditTargetsQuery = { __typename: 'Query', nodes: Array<
    | { __typename: 'Account', id: string, person: { __typename: 'Person', id: string, fullName: string } }
    | { __typename: 'AnnualStatement', id: string }
    | { __typename: 'ApiClient', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Document', title: string, id: string, aboutPerson: { __typename: 'Person', id: string, fullName: string } | null }
    | { __typename: 'Employer', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'LeaveBalance', id: string }
    | { __typename: 'OutboxMail', id: string }
    | { __typename: 'Payslip', periodLabel: string, id: string, employment: { __typename: 'Employment', id: string, person: { __typename: 'Person', id: string, fullName: string } } }
    | { __typename: 'PayslipLine', id: string }
    | { __typename: 'Person', fullName: string, id: string }
    | { __typename: 'Product', nameNl: string, nameEn: string, id: string }
    | { __typename: 'ProductActivation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'SickReport', firstSickDay: string, id: string, sickPerson: { __typename: 'Person', id: string, fullName: string } }
    | { __typename: 'StaffUser', id: string }
   | null> };

export type AdminAuditPersonQueryVariables = Exact<{
  id: string;
}>;


export type AdminAuditPersonQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AnnualStatement', id: string }
    | { __typename: 'ApiClient', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Employer', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'LeaveBalance', id: string }
    | { __typename: 'OutboxMail', id: string }
    | { __typename: 'Payslip', id: string }
    | { __typename: 'PayslipLine', id: string }
    | { __typename: 'Person', fullName: string, id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductActivation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'SickReport', id: string }
    | { __typename: 'StaffUser', id: string }
   | null };

export type StaffViewerFragment = { __typename: 'Viewer', id: string, kind: PrincipalKind, displayName: string, username: string | null, scope: ViewerScope, rights: Array<Right>, provider: { __typename: 'Provider', id: string, name: string } | null, employer: { __typename: 'Employer', id: string, name: string, administrationNumber: string } | null } & { ' $fragmentName'?: 'StaffViewerFragment' };

export type SecondFactorChallengeFragment = { __typename: 'SecondFactorChallenge', token: string, step: SecondFactorStep, expiresAt: string } & { ' $fragmentName'?: 'SecondFactorChallengeFragment' };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, secondFactor: (
      { __typename: 'SecondFactorChallenge' }
      & { ' $fragmentRefs'?: { 'SecondFactorChallengeFragment': SecondFactorChallengeFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffRefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffRefreshSessionMutation = { __typename: 'Mutation', refreshSession: { __typename: 'RefreshSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffInvitationQueryVariables = Exact<{
  token: string;
}>;


export type StaffInvitationQuery = { __typename: 'Query', staffInvitation: { __typename: 'StaffLinkInfo', state: StaffLinkState, displayName: string | null, username: string | null, expiresAt: string | null } };

export type StaffPasswordResetLinkQueryVariables = Exact<{
  token: string;
}>;


export type StaffPasswordResetLinkQuery = { __typename: 'Query', staffPasswordResetLink: { __typename: 'StaffLinkInfo', state: StaffLinkState, displayName: string | null, username: string | null, expiresAt: string | null } };

export type AcceptStaffInvitationMutationVariables = Exact<{
  input: AcceptStaffInvitationInput;
}>;


export type AcceptStaffInvitationMutation = { __typename: 'Mutation', acceptStaffInvitation: { __typename: 'LoginPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, secondFactor: (
      { __typename: 'SecondFactorChallenge' }
      & { ' $fragmentRefs'?: { 'SecondFactorChallengeFragment': SecondFactorChallengeFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ResetStaffPasswordMutationVariables = Exact<{
  input: ResetStaffPasswordInput;
}>;


export type ResetStaffPasswordMutation = { __typename: 'Mutation', resetStaffPassword: { __typename: 'LoginPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, secondFactor: (
      { __typename: 'SecondFactorChallenge' }
      & { ' $fragmentRefs'?: { 'SecondFactorChallengeFragment': SecondFactorChallengeFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type RequestStaffPasswordResetMutationVariables = Exact<{
  input: RequestStaffPasswordResetInput;
}>;


export type RequestStaffPasswordResetMutation = { __typename: 'Mutation', requestStaffPasswordReset: { __typename: 'RequestPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StartSecondFactorEnrolmentMutationVariables = Exact<{
  input: SecondFactorChallengeInput;
}>;


export type StartSecondFactorEnrolmentMutation = { __typename: 'Mutation', startSecondFactorEnrolment: { __typename: 'SecondFactorEnrolmentPayload', secret: string | null, otpauthUri: string | null, qrCode: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type ConfirmSecondFactorEnrolmentMutationVariables = Exact<{
  input: ConfirmSecondFactorEnrolmentInput;
}>;


export type ConfirmSecondFactorEnrolmentMutation = { __typename: 'Mutation', confirmSecondFactorEnrolment: { __typename: 'SecondFactorEnrolledPayload', accessToken: string | null, accessTokenExpiresAt: string | null, recoveryCodes: Array<string> | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type VerifySecondFactorMutationVariables = Exact<{
  input: VerifySecondFactorInput;
}>;


export type VerifySecondFactorMutation = { __typename: 'Mutation', verifySecondFactor: { __typename: 'LoginPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminCollectiveGrantMutationVariables = Exact<{
  input: CollectiveAccessInput;
}>;


export type AdminCollectiveGrantMutation = { __typename: 'Mutation', collectiveGrantAccess: { __typename: 'CollectiveAccessPayload', dryRun: boolean, takenCount: number, skippedCount: number, taken: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null, inviteTo: string | null }>, skipped: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminCollectiveBlockMutationVariables = Exact<{
  input: CollectiveAccessInput;
}>;


export type AdminCollectiveBlockMutation = { __typename: 'Mutation', collectiveBlock: { __typename: 'CollectiveAccessPayload', dryRun: boolean, takenCount: number, skippedCount: number, taken: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null }>, skipped: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminLeftWithAccessQueryVariables = Exact<{
  employerId: string;
  after?: string | null | undefined;
}>;


export type AdminLeftWithAccessQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, employments: { __typename: 'EmploymentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EmploymentEdge', node: { __typename: 'Employment', id: string, employeeNumber: number, endDate: string | null, jobTitle: string, person: { __typename: 'Person', id: string, fullName: string, email: string | null, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number, endDate: string | null, inService: boolean }> | null, account: { __typename: 'Account', id: string, status: AccessStatus, lastLoginAt: string | null } | null } } | null } | null> | null } | null } | null };

export type AdminDocumentFieldsFragment = { __typename: 'Document', id: string, title: string, category: DocumentCategory, fileName: string, contentType: string, sizeBytes: number, createdAt: string, visibleToEmployee: boolean, downloadUrl: string } & { ' $fragmentName'?: 'AdminDocumentFieldsFragment' };

export type AdminPersonDocumentsQueryVariables = Exact<{
  personId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminPersonDocumentsQuery = { __typename: 'Query', node:
    | { __typename: 'Account' }
    | { __typename: 'AnnualStatement' }
    | { __typename: 'ApiClient' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Document' }
    | { __typename: 'Employer' }
    | { __typename: 'Employment' }
    | { __typename: 'LeaveBalance' }
    | { __typename: 'OutboxMail' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'DocumentEdge', node: (
            { __typename: 'Document' }
            & { ' $fragmentRefs'?: { 'AdminDocumentFieldsFragment': AdminDocumentFieldsFragment } }
          ) | null } | null> | null } | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
   | null };

export type AdminEmployerDocumentsQueryVariables = Exact<{
  employerId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminEmployerDocumentsQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'DocumentEdge', node: (
          { __typename: 'Document' }
          & { ' $fragmentRefs'?: { 'AdminDocumentFieldsFragment': AdminDocumentFieldsFragment } }
        ) | null } | null> | null } | null } | null };

export type AdminAddDocumentMutationVariables = Exact<{
  input: AddDocumentInput;
}>;


export type AdminAddDocumentMutation = { __typename: 'Mutation', addDocument: { __typename: 'DocumentPayload', notifiedCount: number, document: (
      { __typename: 'Document' }
      & { ' $fragmentRefs'?: { 'AdminDocumentFieldsFragment': AdminDocumentFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminSetDocumentVisibilityMutationVariables = Exact<{
  input: SetDocumentVisibilityInput;
}>;


export type AdminSetDocumentVisibilityMutation = { __typename: 'Mutation', setDocumentVisibility: { __typename: 'DocumentPayload', notifiedCount: number, document: (
      { __typename: 'Document' }
      & { ' $fragmentRefs'?: { 'AdminDocumentFieldsFragment': AdminDocumentFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminDeleteDocumentMutationVariables = Exact<{
  input: DeleteDocumentInput;
}>;


export type AdminDeleteDocumentMutation = { __typename: 'Mutation', deleteDocument: { __typename: 'DeleteDocumentPayload', deletedDocumentId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeViewerFragment = { __typename: 'Viewer', id: string, kind: PrincipalKind, displayName: string, username: string | null, employer: { __typename: 'Employer', id: string, name: string } | null } & { ' $fragmentName'?: 'EmployeeViewerFragment' };

export type EmployeeLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type EmployeeLoginMutation = { __typename: 'Mutation', employeeLogin: { __typename: 'EmployeeSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'EmployeeViewerFragment': EmployeeViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeRefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EmployeeRefreshSessionMutation = { __typename: 'Mutation', refreshSession: { __typename: 'RefreshSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'EmployeeViewerFragment': EmployeeViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeSetLanguageMutationVariables = Exact<{
  input: SetLanguageInput;
}>;


export type EmployeeSetLanguageMutation = { __typename: 'Mutation', setLanguage: { __typename: 'SetLanguagePayload', language: Language | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeSickReportFragment = { __typename: 'SickReport', id: string, firstSickDay: string, hoursWorked: number | null, reportedAt: string, recoveryDate: string | null, recoveryReportedAt: string | null, open: boolean } & { ' $fragmentName'?: 'EmployeeSickReportFragment' };

export type EmployeeAbsenceQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeAbsenceQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', openSickReport: (
      { __typename: 'SickReport' }
      & { ' $fragmentRefs'?: { 'EmployeeSickReportFragment': EmployeeSickReportFragment } }
    ) | null, sickReports: Array<(
      { __typename: 'SickReport' }
      & { ' $fragmentRefs'?: { 'EmployeeSickReportFragment': EmployeeSickReportFragment } }
    )> | null } | null };

export type EmployeeReportSickMutationVariables = Exact<{
  input: ReportSickInput;
}>;


export type EmployeeReportSickMutation = { __typename: 'Mutation', reportSick: { __typename: 'SickReportPayload', sickReport: (
      { __typename: 'SickReport' }
      & { ' $fragmentRefs'?: { 'EmployeeSickReportFragment': EmployeeSickReportFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeReportRecoveredMutationVariables = Exact<{
  input: ReportRecoveredInput;
}>;


export type EmployeeReportRecoveredMutation = { __typename: 'Mutation', reportRecovered: { __typename: 'SickReportPayload', sickReport: (
      { __typename: 'SickReport' }
      & { ' $fragmentRefs'?: { 'EmployeeSickReportFragment': EmployeeSickReportFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeAnnualStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeAnnualStatementsQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', annualStatements: Array<{ __typename: 'AnnualStatement', id: string, year: number, wageForPayrollTaxCents: number, withheldPayrollTaxCents: number, labourTaxCreditCents: number, zvwWageCents: number, payrollTaxCreditApplied: boolean, pdfUrl: string, employment: { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string } }> | null } | null };

export type EmployeePortalMenuQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePortalMenuQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', features: Array<PortalFeature>, employer: { __typename: 'Employer', id: string, name: string }, employments: Array<(
      { __typename: 'Employment' }
      & { ' $fragmentRefs'?: { 'EmployeeEmploymentFragment': EmployeeEmploymentFragment } }
    )> } | null };

export type EmployeeDocumentsQueryVariables = Exact<{
  first: number;
}>;


export type EmployeeDocumentsQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', documentNotifications: boolean | null, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, title: string, category: DocumentCategory, createdAt: string, fileName: string, contentType: string, sizeBytes: number, downloadUrl: string } | null } | null> | null } | null } | null };

export type EmployeeSetDocumentNotificationsMutationVariables = Exact<{
  input: SetDocumentNotificationsInput;
}>;


export type EmployeeSetDocumentNotificationsMutation = { __typename: 'Mutation', setDocumentNotifications: { __typename: 'SetDocumentNotificationsPayload', enabled: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeEmploymentFragment = { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null, inService: boolean } & { ' $fragmentName'?: 'EmployeeEmploymentFragment' };

export type EmployeePortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePortalHomeQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', features: Array<PortalFeature>, account: { __typename: 'Account', id: string, username: string | null }, person: { __typename: 'Person', id: string, firstName: string, fullName: string }, employer: { __typename: 'Employer', id: string, name: string }, employments: Array<(
      { __typename: 'Employment' }
      & { ' $fragmentRefs'?: { 'EmployeeEmploymentFragment': EmployeeEmploymentFragment } }
    )> } | null };

export type EmployeeLeaveRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeLeaveRequestsQuery = { __typename: 'Query', myLeaveTypes: Array<{ __typename: 'LeaveType', id: string, name: string }>, myLeaveRequests: Array<{ __typename: 'LeaveRequest', id: string, kind: LeaveRequestKind, status: LeaveRequestStatus, firstDay: string, lastDay: string, hours: number, comment: string, decisionComment: string, byLapse: boolean, cancelsId: string | null, leaveType: { __typename: 'LeaveType', id: string, name: string } }> };

export type EmployeePreviewLeaveRequestQueryVariables = Exact<{
  input: LeaveRequestInput;
}>;


export type EmployeePreviewLeaveRequestQuery = { __typename: 'Query', previewLeaveRequest: { __typename: 'LeaveRequestPreview', hours: number, balanceBeforeHours: number, balanceAfterHours: number, days: Array<{ __typename: 'LeaveDay', date: string, hours: number, computedHours: number }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeRequestLeaveMutationVariables = Exact<{
  input: LeaveRequestInput;
}>;


export type EmployeeRequestLeaveMutation = { __typename: 'Mutation', requestLeave: { __typename: 'LeaveRequestPayload', leaveRequest: { __typename: 'LeaveRequest', id: string, status: LeaveRequestStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeWithdrawLeaveRequestMutationVariables = Exact<{
  id: string;
}>;


export type EmployeeWithdrawLeaveRequestMutation = { __typename: 'Mutation', withdrawLeaveRequest: { __typename: 'LeaveRequestPayload', leaveRequest: { __typename: 'LeaveRequest', id: string, status: LeaveRequestStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeRequestLeaveCancellationMutationVariables = Exact<{
  id: string;
}>;


export type EmployeeRequestLeaveCancellationMutation = { __typename: 'Mutation', requestLeaveCancellation: { __typename: 'LeaveRequestPayload', leaveRequest: { __typename: 'LeaveRequest', id: string, status: LeaveRequestStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeLeaveBalancesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type EmployeeLeaveBalancesQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', leaveBalances: Array<{ __typename: 'LeaveBalance', id: string, year: number, leaveType: LeaveBalanceLeaveType, entitlementHours: number, takenHours: number, plannedHours: number, remainingHours: number, expiryDate: string | null, employment: { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string } }> | null } | null };

export type EmployeePayslipsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  employmentId?: string | null | undefined;
}>;


export type EmployeePayslipsQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', payslips: { __typename: 'PayslipConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'PayslipEdge', node: { __typename: 'Payslip', id: string, periodType: PayslipPeriodType, year: number, period: number, runDate: string, grossCents: number, netCents: number } | null } | null> | null } | null } | null };

export type EmployeePayslipQueryVariables = Exact<{
  id: string;
}>;


export type EmployeePayslipQuery = { __typename: 'Query', node:
    | { __typename: 'Account', id: string }
    | { __typename: 'AnnualStatement', id: string }
    | { __typename: 'ApiClient', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Document', id: string }
    | { __typename: 'Employer', id: string }
    | { __typename: 'Employment', id: string }
    | { __typename: 'LeaveBalance', id: string }
    | { __typename: 'OutboxMail', id: string }
    | { __typename: 'Payslip', periodType: PayslipPeriodType, year: number, period: number, runDate: string, grossCents: number, netCents: number, pdfUrl: string, id: string, lines: Array<{ __typename: 'PayslipLine', id: string, code: string, description: string, amountCents: number, category: PayslipLineCategory }>, totals: Array<{ __typename: 'PayslipCategoryTotal', category: PayslipLineCategory, totalCents: number }>, employment: { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string } }
    | { __typename: 'PayslipLine', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductActivation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'SickReport', id: string }
    | { __typename: 'StaffUser', id: string }
   | null };

export type EmployeePersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePersonalDataQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', personalData: { __typename: 'PersonalData', initials: string, firstName: string, lastNamePrefix: string, lastName: string, fullName: string, birthDate: string, privateEmail: string | null, phone: string | null, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null, inService: boolean }> } | null } | null };

export type EmployeeSalarySeriesQueryVariables = Exact<{
  months: number;
  employmentId?: string | null | undefined;
}>;


export type EmployeeSalarySeriesQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', salarySeries: Array<{ __typename: 'SalaryPoint', payslipId: string, periodType: PayslipPeriodType, year: number, period: number, runDate: string, grossCents: number, netCents: number }> | null } | null };

export type EmployeeSalaryEstimateQueryVariables = Exact<{
  input: SalaryEstimateInput;
}>;


export type EmployeeSalaryEstimateQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', salaryEstimate:
      | { __typename: 'SalaryEstimate', isEstimate: boolean, hoursPerWeek: number | null, periodsPerYear: number, grossCents: number, pensionCents: number, payrollTaxCents: number, netCents: number, currentNetCents: number, differenceCents: number, notes: Array<SalaryEstimateNote>, base: { __typename: 'SalaryEstimateBase', payslipId: string, periodType: PayslipPeriodType, year: number, period: number, payslipGrossCents: number, payslipNetCents: number, grossCents: number, pensionCents: number, hoursPerWeek: number | null, hoursSource: SalaryHoursSource, payrollTaxCredit: boolean, payrollTaxCreditSource: SalaryCreditSource }, steps: Array<{ __typename: 'SalaryEstimateStep', kind: SalaryStepKind, bracket: number | null, ratePercent: string | null, overEuros: number | null, upToEuros: number | null, baseEuros: number | null, basisCents: number, annualCents: number, periodCents: number, sourceIds: Array<string> }>, rules: { __typename: 'SalaryRules', year: number, version: string, requestedYear: number, sources: Array<{ __typename: 'SalaryRuleSource', id: string, title: string, publisher: string, url: string, official: boolean }> } }
      | { __typename: 'SalaryEstimateUnavailable', missing: SalaryEstimateMissing }
     | null } | null };

export type EmployeeInvitationQueryVariables = Exact<{
  token: string;
}>;


export type EmployeeInvitationQuery = { __typename: 'Query', invitation: { __typename: 'InvitationInfo', state: InvitationLinkState, revokeReason: string | null, employerName: string, expiresAt: string, birthDateVerified: boolean } | null };

export type EmployeeVerifyInvitationMutationVariables = Exact<{
  input: VerifyInvitationInput;
}>;


export type EmployeeVerifyInvitationMutation = { __typename: 'Mutation', verifyInvitation: { __typename: 'VerifyInvitationPayload', verified: boolean, attemptsLeft: number, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeCompleteRegistrationMutationVariables = Exact<{
  input: CompleteRegistrationInput;
}>;


export type EmployeeCompleteRegistrationMutation = { __typename: 'Mutation', completeRegistration: { __typename: 'EmployeeSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'EmployeeViewerFragment': EmployeeViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeAccountQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', account: { __typename: 'Account', id: string, username: string | null }, person: { __typename: 'Person', id: string, firstName: string, lastNamePrefix: string, lastName: string, fullName: string, email: string | null, birthDate: string }, employer: { __typename: 'Employer', id: string, name: string } } | null };

export type EmployeeChangeUsernameMutationVariables = Exact<{
  input: ChangeUsernameInput;
}>;


export type EmployeeChangeUsernameMutation = { __typename: 'Mutation', changeUsername: { __typename: 'ChangeUsernamePayload', username: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type EmployeeChangePasswordMutation = { __typename: 'Mutation', changePassword: { __typename: 'RequestPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeLogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type EmployeeLogoutEverywhereMutation = { __typename: 'Mutation', logoutEverywhere: { __typename: 'LogoutPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeRequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type EmployeeRequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: { __typename: 'RequestPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeePasswordResetLinkQueryVariables = Exact<{
  token: string;
}>;


export type EmployeePasswordResetLinkQuery = { __typename: 'Query', passwordResetLink: PasswordResetLinkState };

export type EmployeeResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type EmployeeResetPasswordMutation = { __typename: 'Mutation', resetPassword: { __typename: 'EmployeeSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'EmployeeViewerFragment': EmployeeViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeRequestUsernameMutationVariables = Exact<{
  input: RequestUsernameInput;
}>;


export type EmployeeRequestUsernameMutation = { __typename: 'Mutation', requestUsername: { __typename: 'RequestPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeUsernameAvailableQueryVariables = Exact<{
  token?: string | null | undefined;
  username: string;
}>;


export type EmployeeUsernameAvailableQuery = { __typename: 'Query', usernameAvailable: boolean };

export type AdminEmployersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminEmployersQuery = { __typename: 'Query', employers: { __typename: 'EmployerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'EmployerEdge', node: { __typename: 'Employer', id: string, name: string, administrationNumber: string, street: string, postalCode: string, city: string, mijnLoketVariant: MijnLoketVariant } | null } | null> | null } | null };

export type AdminEmployerQueryVariables = Exact<{
  id: string;
}>;


export type AdminEmployerQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, name: string, street: string, postalCode: string, city: string, administrationNumber: string, mijnLoketVariant: MijnLoketVariant, provider: { __typename: 'Provider', id: string, name: string, mijnloketAddendumSignedAt: string | null } } | null };

export type AdminEmployerOverviewQueryVariables = Exact<{
  id: string;
}>;


export type AdminEmployerOverviewQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, activeProducts: Array<{ __typename: 'Product', id: string }>, advisories: Array<{ __typename: 'ProductAdvisory', product: { __typename: 'Product', id: string } }>, inService: { __typename: 'EmploymentConnection', totalCount: number } | null, outOfService: { __typename: 'EmploymentConnection', totalCount: number } | null, leftWithAccess: { __typename: 'EmploymentConnection', totalCount: number, edges: Array<{ __typename: 'EmploymentEdge', node: { __typename: 'Employment', id: string, person: { __typename: 'Person', id: string, employments: Array<{ __typename: 'Employment', id: string, inService: boolean }> | null } } | null } | null> | null } | null } | null };

export type AdminEmploymentsQueryVariables = Exact<{
  employerId: string;
  search?: string | null | undefined;
  filter?: EmploymentListFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminEmploymentsQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, employments: { __typename: 'EmploymentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'EmploymentEdge', node: { __typename: 'Employment', id: string, employeeNumber: number, startDate: string, endDate: string | null, inService: boolean, jobTitle: string, person: { __typename: 'Person', id: string, fullName: string, email: string | null, account: { __typename: 'Account', id: string, status: AccessStatus } | null } } | null } | null> | null } | null } | null };

export type AdminSyncEmployeesMutationVariables = Exact<{
  input: SyncEmployeesInput;
}>;


export type AdminSyncEmployeesMutation = { __typename: 'Mutation', syncEmployees: { __typename: 'SyncEmployeesPayload', results: Array<{ __typename: 'SyncEmployeeResult', index: number, employeeNumber: number, status: SyncStatus, changedFields: Array<string>, notices: Array<SyncNotice>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminInvitationFunnelQueryVariables = Exact<{
  employerId: string;
  weeks?: number | null | undefined;
}>;


export type AdminInvitationFunnelQuery = { __typename: 'Query', invitationFunnel: { __typename: 'InvitationFunnel', weeks: Array<{ __typename: 'InvitationFunnelWeek', start: string, sent: number, opened: number, verified: number, registered: number, expired: number, withdrawn: number, conversion: number }>, total: { __typename: 'InvitationFunnelWeek', start: string, sent: number, opened: number, verified: number, registered: number, expired: number, withdrawn: number, conversion: number }, stuck: Array<{ __typename: 'InvitationFunnelStuck', step: InvitationFunnelStep, total: number, people: Array<{ __typename: 'InvitationFunnelPerson', email: string, invitedAt: string, expiresAt: string, person: { __typename: 'Person', id: string, fullName: string } }> }> } };

export type AdminFunnelResendMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminFunnelResendMutation = { __typename: 'Mutation', resendInvitation: { __typename: 'PersonAccessPayload', person: { __typename: 'Person', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminFailedMailsQueryVariables = Exact<{
  employerId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminFailedMailsQuery = { __typename: 'Query', failedMails: { __typename: 'OutboxMailConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'OutboxMailEdge', node: { __typename: 'OutboxMail', id: string, kind: MailKind, recipient: string, attempts: number, createdAt: string, failedAt: string | null, status: OutboxMailStatus, failureReason: MailFailureReason | null, smtpStatus: string | null, employer: { __typename: 'Employer', id: string, name: string } | null, person: { __typename: 'Person', id: string, fullName: string } | null } | null } | null> | null } | null };

export type AdminRequeueMailMutationVariables = Exact<{
  input: RequeueMailInput;
}>;


export type AdminRequeueMailMutation = { __typename: 'Mutation', requeueMail: { __typename: 'RequeueMailPayload', mail: { __typename: 'OutboxMail', id: string, status: OutboxMailStatus, failedAt: string | null, requeuedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminRequeueFailedMailsMutationVariables = Exact<{
  input: RequeueFailedMailsInput;
}>;


export type AdminRequeueFailedMailsMutation = { __typename: 'Mutation', requeueFailedMails: { __typename: 'RequeueFailedMailsPayload', requeuedCount: number, remainingCount: number, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminMailTemplatesQueryVariables = Exact<{
  level: MailTemplateLevelInput;
}>;


export type AdminMailTemplatesQuery = { __typename: 'Query', mailTemplates: Array<{ __typename: 'MailTemplateText', kind: MailKind, locale: MailLocale, subject: string, subjectSource: MailTextSource, textBody: string, textBodySource: MailTextSource, htmlBody: string, htmlBodySource: MailTextSource }> | null };

export type AdminMailVariablesQueryVariables = Exact<{
  kind: MailKind;
}>;


export type AdminMailVariablesQuery = { __typename: 'Query', mailVariables: Array<{ __typename: 'MailVariable', name: string, description: string, sample: string }> };

export type AdminPreviewMailTemplateMutationVariables = Exact<{
  input: PreviewMailTemplateInput;
}>;


export type AdminPreviewMailTemplateMutation = { __typename: 'Mutation', previewMailTemplate: { __typename: 'MailPreviewPayload', subject: string | null, textBody: string | null, htmlBody: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminSetMailTemplateMutationVariables = Exact<{
  input: SetMailTemplateInput;
}>;


export type AdminSetMailTemplateMutation = { __typename: 'Mutation', setMailTemplate: { __typename: 'MailTemplatePayload', template: { __typename: 'MailTemplateText', kind: MailKind, locale: MailLocale, subject: string, subjectSource: MailTextSource, textBody: string, textBodySource: MailTextSource, htmlBody: string, htmlBodySource: MailTextSource } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminResetMailTemplateMutationVariables = Exact<{
  input: MailTemplateKeyInput;
}>;


export type AdminResetMailTemplateMutation = { __typename: 'Mutation', resetMailTemplate: { __typename: 'MailTemplatePayload', template: { __typename: 'MailTemplateText', kind: MailKind, locale: MailLocale, subject: string, subjectSource: MailTextSource, textBody: string, textBodySource: MailTextSource, htmlBody: string, htmlBodySource: MailTextSource } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminPersonPayslipsQueryVariables = Exact<{
  personId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminPersonPayslipsQuery = { __typename: 'Query', node:
    | { __typename: 'Account' }
    | { __typename: 'AnnualStatement' }
    | { __typename: 'ApiClient' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Document' }
    | { __typename: 'Employer' }
    | { __typename: 'Employment' }
    | { __typename: 'LeaveBalance' }
    | { __typename: 'OutboxMail' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, payslips: { __typename: 'PayslipConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'PayslipEdge', node: { __typename: 'Payslip', id: string, periodLabel: string, runDate: string, visibleFrom: string, grossCents: number, netCents: number, pdfUrl: string, employment: { __typename: 'Employment', id: string, employeeNumber: number } } | null } | null> | null } | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
   | null };

export type AdminPayslipQueryVariables = Exact<{
  id: string;
}>;


export type AdminPayslipQuery = { __typename: 'Query', node:
    | { __typename: 'Account' }
    | { __typename: 'AnnualStatement' }
    | { __typename: 'ApiClient' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Document' }
    | { __typename: 'Employer' }
    | { __typename: 'Employment' }
    | { __typename: 'LeaveBalance' }
    | { __typename: 'OutboxMail' }
    | { __typename: 'Payslip', id: string, periodLabel: string, runDate: string, visibleFrom: string, grossCents: number, netCents: number, pdfUrl: string, employment: { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string }, lines: Array<{ __typename: 'PayslipLine', id: string, code: string, description: string, amountCents: number, category: PayslipLineCategory }>, totals: Array<{ __typename: 'PayslipCategoryTotal', category: PayslipLineCategory, totalCents: number }> }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person' }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
   | null };

export type AdminPersonQueryVariables = Exact<{
  id: string;
  withRegisteredEmail: boolean;
}>;


export type AdminPersonQuery = { __typename: 'Query', node:
    | { __typename: 'Account' }
    | { __typename: 'AnnualStatement' }
    | { __typename: 'ApiClient' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Document' }
    | { __typename: 'Employer' }
    | { __typename: 'Employment' }
    | { __typename: 'LeaveBalance' }
    | { __typename: 'OutboxMail' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, fullName: string, initials: string, firstName: string, lastNamePrefix: string, lastName: string, birthDate: string, email: string | null, phone: string | null, employer: { __typename: 'Employer', id: string }, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number, startDate: string, endDate: string | null, inService: boolean, jobTitle: string }> | null, account: { __typename: 'Account', id: string, status: AccessStatus, username: string | null, hasLoggedIn: boolean, canSendUsername: boolean, lastLoginAt: string | null, lockedUntil: string | null, blockedAt: string | null, registeredEmail?: string | null, invitation: { __typename: 'AccountInvitation', state: string, expiresAt: string, sentAt: string, sentTo: string } | null } | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
   | null };

export type AdminProductsQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminProductsQuery = { __typename: 'Query', products: Array<{ __typename: 'Product', id: string, code: string, nameNl: string, nameEn: string, kind: ProductKind, tier: ProductTier | null, sortOrder: number }>, employer: { __typename: 'Employer', id: string, mijnLoketVariant: MijnLoketVariant, activeProducts: Array<{ __typename: 'Product', id: string, code: string }>, advisories: Array<{ __typename: 'ProductAdvisory', product: { __typename: 'Product', id: string, code: string }, missingAnyOf: Array<{ __typename: 'Product', id: string, code: string }> }>, provider: { __typename: 'Provider', id: string, mijnloketAddendumSignedAt: string | null } } | null };

export type AdminActivateProductMutationVariables = Exact<{
  input: ProductActivationInput;
}>;


export type AdminActivateProductMutation = { __typename: 'Mutation', activateProduct: { __typename: 'ProductActivationPayload', employer: { __typename: 'Employer', id: string, mijnLoketVariant: MijnLoketVariant, activeProducts: Array<{ __typename: 'Product', id: string, code: string }>, advisories: Array<{ __typename: 'ProductAdvisory', product: { __typename: 'Product', id: string, code: string }, missingAnyOf: Array<{ __typename: 'Product', id: string, code: string }> }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminDeactivateProductMutationVariables = Exact<{
  input: ProductActivationInput;
}>;


export type AdminDeactivateProductMutation = { __typename: 'Mutation', deactivateProduct: { __typename: 'ProductActivationPayload', employer: { __typename: 'Employer', id: string, mijnLoketVariant: MijnLoketVariant, activeProducts: Array<{ __typename: 'Product', id: string, code: string }>, advisories: Array<{ __typename: 'ProductAdvisory', product: { __typename: 'Product', id: string, code: string }, missingAnyOf: Array<{ __typename: 'Product', id: string, code: string }> }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminSickReportFieldsFragment = { __typename: 'SickReport', id: string, firstSickDay: string, hoursWorked: number | null, reportedAt: string, reportedByKind: SickReportReportedByKind, reportedByName: string, recoveryDate: string | null, recoveryReportedAt: string | null, open: boolean } & { ' $fragmentName'?: 'AdminSickReportFieldsFragment' };

export type AdminEmployerSickReportsQueryVariables = Exact<{
  employerId: string;
  open?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type AdminEmployerSickReportsQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, sickReports: { __typename: 'SickReportConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'SickReportEdge', node: (
          { __typename: 'SickReport', person: { __typename: 'Person', id: string, fullName: string, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number }> | null } }
          & { ' $fragmentRefs'?: { 'AdminSickReportFieldsFragment': AdminSickReportFieldsFragment } }
        ) | null } | null> | null } | null } | null };

export type AdminPersonSickReportsQueryVariables = Exact<{
  personId: string;
}>;


export type AdminPersonSickReportsQuery = { __typename: 'Query', node:
    | { __typename: 'Account' }
    | { __typename: 'AnnualStatement' }
    | { __typename: 'ApiClient' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Document' }
    | { __typename: 'Employer' }
    | { __typename: 'Employment' }
    | { __typename: 'LeaveBalance' }
    | { __typename: 'OutboxMail' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, sickReports: Array<(
        { __typename: 'SickReport' }
        & { ' $fragmentRefs'?: { 'AdminSickReportFieldsFragment': AdminSickReportFieldsFragment } }
      )> | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
   | null };

export type AdminStaffUsersQueryVariables = Exact<{
  employerId?: string | null | undefined;
  level?: ViewerScope | null | undefined;
  search?: string | null | undefined;
  blocked?: boolean | null | undefined;
}>;


export type AdminStaffUsersQuery = { __typename: 'Query', staffUsers: { __typename: 'StaffUserConnection', totalCount: number, edges: Array<{ __typename: 'StaffUserEdge', node: { __typename: 'StaffUser', id: string, displayName: string, username: string, email: string, state: StaffUserState, rights: Array<Right>, passwordChosen: boolean, invitationExpiresAt: string | null, secondFactorEnrolled: boolean, lockedUntil: string | null, lastLoginAt: string | null } | null } | null> | null } | null };

export type AdminCreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type AdminCreateStaffUserMutation = { __typename: 'Mutation', createStaffUser: { __typename: 'StaffUserPayload', staffUser: { __typename: 'StaffUser', id: string, displayName: string, email: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminBlockStaffUserMutationVariables = Exact<{
  input: StaffUserInput;
}>;


export type AdminBlockStaffUserMutation = { __typename: 'Mutation', blockStaffUser: { __typename: 'StaffUserPayload', staffUser: { __typename: 'StaffUser', id: string, state: StaffUserState } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminUnblockStaffUserMutationVariables = Exact<{
  input: StaffUserInput;
}>;


export type AdminUnblockStaffUserMutation = { __typename: 'Mutation', unblockStaffUser: { __typename: 'StaffUserPayload', staffUser: { __typename: 'StaffUser', id: string, state: StaffUserState } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminResendStaffInvitationMutationVariables = Exact<{
  input: StaffUserInput;
}>;


export type AdminResendStaffInvitationMutation = { __typename: 'Mutation', resendStaffInvitation: { __typename: 'StaffUserPayload', staffUser: { __typename: 'StaffUser', id: string, invitationExpiresAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminResetStaffSecondFactorMutationVariables = Exact<{
  input: StaffUserInput;
}>;


export type AdminResetStaffSecondFactorMutation = { __typename: 'Mutation', resetStaffSecondFactor: { __typename: 'StaffUserPayload', staffUser: { __typename: 'StaffUser', id: string, secondFactorEnrolled: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: { __typename: 'LogoutPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export const AdminAccessPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccessPersonFragment, unknown>;
export const StaffViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffViewerFragment, unknown>;
export const SecondFactorChallengeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorChallenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<SecondFactorChallengeFragment, unknown>;
export const AdminDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminDocumentFieldsFragment, unknown>;
export const EmployeeViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeViewerFragment, unknown>;
export const EmployeeSickReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<EmployeeSickReportFragment, unknown>;
export const EmployeeEmploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeeEmploymentFragment, unknown>;
export const AdminSickReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<AdminSickReportFieldsFragment, unknown>;
export const AdminUpdatePersonEmailDocument = {"__meta__":{"hash":"893b0f77093aa815835046268d5728bd9468cf40dd01876a8eabdd00fc898347"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePersonEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePersonEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdatePersonEmailMutation, AdminUpdatePersonEmailMutationVariables>;
export const AdminGrantAccessDocument = {"__meta__":{"hash":"b2a6689db3d3551830bfd171ac8e61344619a1edb3a22645711ab4e96bc41338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGrantAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGrantAccessMutation, AdminGrantAccessMutationVariables>;
export const AdminResendInvitationDocument = {"__meta__":{"hash":"670f72896a1c311ab32f6441b3d576f873f334ac98782002ad3e59127e577519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResendInvitationMutation, AdminResendInvitationMutationVariables>;
export const AdminRevokeInvitationDocument = {"__meta__":{"hash":"b61e689eb3505b25d8ceb066b72cb600f8ef8cf1d405be02528f4d463cff8e78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRevokeInvitationMutation, AdminRevokeInvitationMutationVariables>;
export const AdminBlockAccessDocument = {"__meta__":{"hash":"1764a4499eb9ecc6fe5d7b5af82275e617e6bc67be7436b551d9a84a8ed79d5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminBlockAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminBlockAccessMutation, AdminBlockAccessMutationVariables>;
export const AdminUnblockAccessDocument = {"__meta__":{"hash":"888cbef8e902b6d0bec9756bf7f7a85f2687db4d990b92a720b063a457aae56a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUnblockAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unblockAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUnblockAccessMutation, AdminUnblockAccessMutationVariables>;
export const AdminSendUsernameDocument = {"__meta__":{"hash":"f6688634d02e324e32d4cb4e987969edebc91c9a97bfdcb2e55ba4c3e8f6a29b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSendUsername"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendUsername"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAccessPerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSendUsernameMutation, AdminSendUsernameMutationVariables>;
export const AdminApiClientsDocument = {"__meta__":{"hash":"4b062925c8d1a87b48524feb2f3f00c41807c580a238619daae380e74a1db3f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rights"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminApiClientsQuery, AdminApiClientsQueryVariables>;
export const AdminCreateApiClientDocument = {"__meta__":{"hash":"86662ad22108c5b3445daad09b4d97bc2c8f5f34caa5ba19a37b1e2158b70baa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateApiClientMutation, AdminCreateApiClientMutationVariables>;
export const AdminRotateApiClientSecretDocument = {"__meta__":{"hash":"b181ab8ed2349a78b66f8f33fdd458e2b4978c1cc1081e0d9000e817771b4cde"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRotateApiClientSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRotateApiClientSecretMutation, AdminRotateApiClientSecretMutationVariables>;
export const AdminDisableApiClientDocument = {"__meta__":{"hash":"aa49474bbfdd1dc19c814e6d9970a758c90fd625cbeec313f1e1fa0cd5f66296"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDisableApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDisableApiClientMutation, AdminDisableApiClientMutationVariables>;
export const AdminAuditEventsDocument = {"__meta__":{"hash":"16ea999a361ca4f926ed3fdb082ebcb84695a1a5ae6d25b13d9afb8149a76b83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditEventsQuery, AdminAuditEventsQueryVariables>;
export const AdminAuditTargetsDocument = {"__meta__":{"hash":"0a088ba84f0efb8b29c8599ccef816d287b19564d148e060e6f2a1ff33e787f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","alias":{"kind":"Name","value":"aboutPerson"},"name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","alias":{"kind":"Name","value":"sickPerson"},"name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditTargetsQuery, AdminAuditTargetsQueryVariables>;
export const AdminAuditPersonDocument = {"__meta__":{"hash":"97cb84bd47aeb2afe6c9d0b0f450140e907e1e6db3caa15fd6dc6c39b614720e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditPersonQuery, AdminAuditPersonQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"b168b477de64cb14fdbe4d6ad330f9ed9b903524618c643cbd329925b188e111"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondFactorChallenge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorChallenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const StaffRefreshSessionDocument = {"__meta__":{"hash":"7d974acb2dddf099cd9d5dc0af6178883f685dc14c45013d02ed1fc0144b8359"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"STAFF"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffRefreshSessionMutation, StaffRefreshSessionMutationVariables>;
export const StaffInvitationDocument = {"__meta__":{"hash":"344326d58eefa404cfd800e1a728e71103a85807e018cfd3673c0f65e303a2a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StaffInvitationQuery, StaffInvitationQueryVariables>;
export const StaffPasswordResetLinkDocument = {"__meta__":{"hash":"7aecb1a30d706cc9f72f921eefa29193ff292ae528d3ab4ce5cb7a7d5d8356bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffPasswordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<StaffPasswordResetLinkQuery, StaffPasswordResetLinkQueryVariables>;
export const AcceptStaffInvitationDocument = {"__meta__":{"hash":"f1d901f7f5f8ceb4761858208f41be4096f3628c5c99aedd310106fe0958e6ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptStaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptStaffInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptStaffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondFactorChallenge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorChallenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<AcceptStaffInvitationMutation, AcceptStaffInvitationMutationVariables>;
export const ResetStaffPasswordDocument = {"__meta__":{"hash":"84e369ca0ab51494832daafe60eda59cc694976a1b386fe5a62f07b32a33d591"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetStaffPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecondFactorChallenge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorChallenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const RequestStaffPasswordResetDocument = {"__meta__":{"hash":"9a18c97d8480100227af6f14b118f58c834e697cd6d45db3bc6e3ca0fe61acd3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestStaffPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStaffPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestStaffPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestStaffPasswordResetMutation, RequestStaffPasswordResetMutationVariables>;
export const StartSecondFactorEnrolmentDocument = {"__meta__":{"hash":"16eacfab8acfd680b448fd2190ef0fa1a0d5968edc71dc674f4c9351322074c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSecondFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorChallengeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startSecondFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartSecondFactorEnrolmentMutation, StartSecondFactorEnrolmentMutationVariables>;
export const ConfirmSecondFactorEnrolmentDocument = {"__meta__":{"hash":"4fc0984a96587487c760ecb64234d5700cc5a894cfda09f0502e573a361b5508"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmSecondFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmSecondFactorEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmSecondFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<ConfirmSecondFactorEnrolmentMutation, ConfirmSecondFactorEnrolmentMutationVariables>;
export const VerifySecondFactorDocument = {"__meta__":{"hash":"9fa83e073e3a146e1122ceeb547800ee18af202222ee14af76f3a6cd5f5c9182"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifySecondFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<VerifySecondFactorMutation, VerifySecondFactorMutationVariables>;
export const AdminCollectiveGrantDocument = {"__meta__":{"hash":"c0efc6058f69f7ad0906386b94a4dced2466fed391ce25a42209b65eb68267a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCollectiveGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveGrantAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"taken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"inviteTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCollectiveGrantMutation, AdminCollectiveGrantMutationVariables>;
export const AdminCollectiveBlockDocument = {"__meta__":{"hash":"555afd525a68503c032cf67cb3e055352109d22b5788859bb078a56ca8b93dc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCollectiveBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"taken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCollectiveBlockMutation, AdminCollectiveBlockMutationVariables>;
export const AdminLeftWithAccessDocument = {"__meta__":{"hash":"1088a6f3ea56e9eab0ee176ca00784f4c8e8de9f04b87e1efad3b2cd288bba0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeftWithAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"OUT_OF_SERVICE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"accessStatus"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"LOCKED"},{"kind":"EnumValue","value":"INVITED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeftWithAccessQuery, AdminLeftWithAccessQueryVariables>;
export const AdminPersonDocumentsDocument = {"__meta__":{"hash":"acd8338d65a75faef4a0d4f5e6dc6fa9d4f2bbe42ef07c62664d49adad341e50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminPersonDocumentsQuery, AdminPersonDocumentsQueryVariables>;
export const AdminEmployerDocumentsDocument = {"__meta__":{"hash":"ac8867c78873461b6f2c2622a98e0b0dbd9f9638d1b2d01436dc456c9e8e9bc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminEmployerDocumentsQuery, AdminEmployerDocumentsQueryVariables>;
export const AdminAddDocumentDocument = {"__meta__":{"hash":"27c8487a0f17af4d1876d0ac43478dca93362735e009631b03fbfba9bce257d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminAddDocumentMutation, AdminAddDocumentMutationVariables>;
export const AdminSetDocumentVisibilityDocument = {"__meta__":{"hash":"bbc492c427513e67af77a2fe1371b3f4aac877058644b72f52bbbf24d84dd1d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDocumentVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDocumentVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminSetDocumentVisibilityMutation, AdminSetDocumentVisibilityMutationVariables>;
export const AdminDeleteDocumentDocument = {"__meta__":{"hash":"8bf49de2e690659ad217816ff4495b360cfd95433f83e6c9f1ff5aafa77adb26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedDocumentId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeleteDocumentMutation, AdminDeleteDocumentMutationVariables>;
export const EmployeeLoginDocument = {"__meta__":{"hash":"3a593e13ade8d50a790880ecff3b6661394cfc850b8200d39e8bb3c3286e9241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employeeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeLoginMutation, EmployeeLoginMutationVariables>;
export const EmployeeRefreshSessionDocument = {"__meta__":{"hash":"ed931cc3fc7e5600cf8a9c1c4dca149a310a4b9167dce7c9afff0d282aeff518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"EMPLOYEE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeRefreshSessionMutation, EmployeeRefreshSessionMutationVariables>;
export const EmployeeSetLanguageDocument = {"__meta__":{"hash":"1a30c0a5582c228c35394012772f9b491bf6ba7063f52dd9fb8f5951b89b253c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSetLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeSetLanguageMutation, EmployeeSetLanguageMutationVariables>;
export const EmployeeAbsenceDocument = {"__meta__":{"hash":"c02bf783f20048aa96cd7df0ada939e6bac21f2d8d7bfbd43272570641ee66ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeAbsence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openSickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sickReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<EmployeeAbsenceQuery, EmployeeAbsenceQueryVariables>;
export const EmployeeReportSickDocument = {"__meta__":{"hash":"afb72bee6332067babe42590f437e7b347a9a2f11542d2836e5790400d2cc131"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeReportSick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSickInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportSick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<EmployeeReportSickMutation, EmployeeReportSickMutationVariables>;
export const EmployeeReportRecoveredDocument = {"__meta__":{"hash":"fbb3b83ed13675d04023e079454a7716d4dcc0aad84bb945a7dac1e9c9e70f45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeReportRecovered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRecoveredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportRecovered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<EmployeeReportRecoveredMutation, EmployeeReportRecoveredMutationVariables>;
export const EmployeeAnnualStatementsDocument = {"__meta__":{"hash":"3e8ff51cf14f124799f5d0406a98d6e3b5aa9d8708235144b0255c3fa0b01e53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeAnnualStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"annualStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"wageForPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"withheldPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"labourTaxCreditCents"}},{"kind":"Field","name":{"kind":"Name","value":"zvwWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCreditApplied"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeAnnualStatementsQuery, EmployeeAnnualStatementsQueryVariables>;
export const EmployeePortalMenuDocument = {"__meta__":{"hash":"8cbf46060896f324931ac1cd151d8cf6cb7dc3ca727b91841ca32f1173aba5ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePortalMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeEmployment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeePortalMenuQuery, EmployeePortalMenuQueryVariables>;
export const EmployeeDocumentsDocument = {"__meta__":{"hash":"8adb7771877d510e80793782342d91eb29d094690907951dd92a0648a2eb06d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNotifications"}}]}}]}}]} as unknown as DocumentNode<EmployeeDocumentsQuery, EmployeeDocumentsQueryVariables>;
export const EmployeeSetDocumentNotificationsDocument = {"__meta__":{"hash":"3c7307cf357b954ef7bb62353584c01b8e29ab9b0e9555e1360d9eca5718b7fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSetDocumentNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDocumentNotificationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeSetDocumentNotificationsMutation, EmployeeSetDocumentNotificationsMutationVariables>;
export const EmployeePortalHomeDocument = {"__meta__":{"hash":"f6f8713102dea4c43d1b2a09dd8e2ad0528569d0ede0abdb2ad31eddce94a26c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeEmployment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeePortalHomeQuery, EmployeePortalHomeQueryVariables>;
export const EmployeeLeaveRequestsDocument = {"__meta__":{"hash":"cbc9dd8060a86795be6ef9382a38bc9e0488114b24b0e7663644ac40b582c02f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeLeaveRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myLeaveTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myLeaveRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"byLapse"}},{"kind":"Field","name":{"kind":"Name","value":"cancelsId"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeLeaveRequestsQuery, EmployeeLeaveRequestsQueryVariables>;
export const EmployeePreviewLeaveRequestDocument = {"__meta__":{"hash":"903a937d49c011e5efbe2d0cc7022ba18786df9be923152f5c5814aa6c07d36a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePreviewLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"balanceBeforeHours"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"computedHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePreviewLeaveRequestQuery, EmployeePreviewLeaveRequestQueryVariables>;
export const EmployeeRequestLeaveDocument = {"__meta__":{"hash":"990f9d56307c8dfacdac2e05af8b6ae7232b48a79ea9b6c47f071cdf0affa759"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestLeaveMutation, EmployeeRequestLeaveMutationVariables>;
export const EmployeeWithdrawLeaveRequestDocument = {"__meta__":{"hash":"be1e230f90a2b5d0feb5785abfe7327a469aa0ede7f6e916f3d4c7ddaa898cd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeWithdrawLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeWithdrawLeaveRequestMutation, EmployeeWithdrawLeaveRequestMutationVariables>;
export const EmployeeRequestLeaveCancellationDocument = {"__meta__":{"hash":"718484cd2d97a97a1d4b796340f753c6dae2302510119a6d5b9662743338bcef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestLeaveCancellation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestLeaveCancellation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestLeaveCancellationMutation, EmployeeRequestLeaveCancellationMutationVariables>;
export const EmployeeLeaveBalancesDocument = {"__meta__":{"hash":"350b6e3ec5d80edf50922db04ab0c0e312b4d512c944477fefcf427af8dd16b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeLeaveBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"}},{"kind":"Field","name":{"kind":"Name","value":"entitlementHours"}},{"kind":"Field","name":{"kind":"Name","value":"takenHours"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeLeaveBalancesQuery, EmployeeLeaveBalancesQueryVariables>;
export const EmployeePayslipsDocument = {"__meta__":{"hash":"c0ce430b3ccca5f81fb2346ff50d86cd15b253e2c3de648ada76150d2efec795"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePayslips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payslips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"employmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePayslipsQuery, EmployeePayslipsQueryVariables>;
export const EmployeePayslipDocument = {"__meta__":{"hash":"882bd3a36f1583ec211fe281cb0cf3c6b871eec918adb303ef80a8f0a783f338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePayslip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePayslipQuery, EmployeePayslipQueryVariables>;
export const EmployeePersonalDataDocument = {"__meta__":{"hash":"c042bd85bcc2e520552f632f6a8b7b9d098a995210d135477561bc46054671f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"privateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePersonalDataQuery, EmployeePersonalDataQueryVariables>;
export const EmployeeSalarySeriesDocument = {"__meta__":{"hash":"4548c6fe1ebb3907db76edcd6011853b1e088a6881368767cfadce14a0f85b58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeSalarySeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salarySeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"employmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payslipId"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeSalarySeriesQuery, EmployeeSalarySeriesQueryVariables>;
export const EmployeeSalaryEstimateDocument = {"__meta__":{"hash":"36c2250008cc97b3c7244da122af15ca30cda02437cdbad2f5f9f75fd413e46b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeSalaryEstimate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalaryEstimateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salaryEstimate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalaryEstimateUnavailable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalaryEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isEstimate"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payslipId"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"payslipGrossCents"}},{"kind":"Field","name":{"kind":"Name","value":"payslipNetCents"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"pensionCents"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"hoursSource"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCreditSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"periodsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"pensionCents"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"currentNetCents"}},{"kind":"Field","name":{"kind":"Name","value":"differenceCents"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bracket"}},{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"overEuros"}},{"kind":"Field","name":{"kind":"Name","value":"upToEuros"}},{"kind":"Field","name":{"kind":"Name","value":"baseEuros"}},{"kind":"Field","name":{"kind":"Name","value":"basisCents"}},{"kind":"Field","name":{"kind":"Name","value":"annualCents"}},{"kind":"Field","name":{"kind":"Name","value":"periodCents"}},{"kind":"Field","name":{"kind":"Name","value":"sourceIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requestedYear"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"official"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeSalaryEstimateQuery, EmployeeSalaryEstimateQueryVariables>;
export const EmployeeInvitationDocument = {"__meta__":{"hash":"9b9fce5de3590b34799f93dedeb352446a719d680b17d72aef810eb10bfed8b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateVerified"}}]}}]}}]} as unknown as DocumentNode<EmployeeInvitationQuery, EmployeeInvitationQueryVariables>;
export const EmployeeVerifyInvitationDocument = {"__meta__":{"hash":"801362752fde16ab81766031d92d0f03fa4200a6cb163f763bf1de4567c4206e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeVerifyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeVerifyInvitationMutation, EmployeeVerifyInvitationMutationVariables>;
export const EmployeeCompleteRegistrationDocument = {"__meta__":{"hash":"51c1b0b009bd942e1e263a0e0445b8a20d4123963ba9b307697f7f0d72e02e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeCompleteRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeCompleteRegistrationMutation, EmployeeCompleteRegistrationMutationVariables>;
export const EmployeeAccountDocument = {"__meta__":{"hash":"bd7131f976d312690f09cc5469b81226a58585cf3d79ca67e6c07d291df6f95a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeAccountQuery, EmployeeAccountQueryVariables>;
export const EmployeeChangeUsernameDocument = {"__meta__":{"hash":"3d726d28180e4c8a6b4b631d34267222ed3383b26d59e8e76c6cdf212e390912"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeChangeUsername"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUsernameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeUsername"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeChangeUsernameMutation, EmployeeChangeUsernameMutationVariables>;
export const EmployeeChangePasswordDocument = {"__meta__":{"hash":"de5f00d52634ba014c0963fcafde6e3bcfbc34abf84b7dff2ce294aedeac61bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeChangePasswordMutation, EmployeeChangePasswordMutationVariables>;
export const EmployeeLogoutEverywhereDocument = {"__meta__":{"hash":"cab631f41e466b631eb4fe9d805d7fa73479c2a056a5126f191651e2288a7f8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeLogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeLogoutEverywhereMutation, EmployeeLogoutEverywhereMutationVariables>;
export const EmployeeRequestPasswordResetDocument = {"__meta__":{"hash":"3ecce7eea883ee2f000f61e3be61741dd161af9105ca039085e9694e6af775d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestPasswordResetMutation, EmployeeRequestPasswordResetMutationVariables>;
export const EmployeePasswordResetLinkDocument = {"__meta__":{"hash":"e60dc2689bfdf7c601be3dcb124c61e733394b8751b38a4291a30def34f8ff35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<EmployeePasswordResetLinkQuery, EmployeePasswordResetLinkQueryVariables>;
export const EmployeeResetPasswordDocument = {"__meta__":{"hash":"22106855e7ca3d46c8f4f21af0b74070d7afc76e33ddb22dc129621998a88d06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeResetPasswordMutation, EmployeeResetPasswordMutationVariables>;
export const EmployeeRequestUsernameDocument = {"__meta__":{"hash":"4bc796d5aa0143e4d898ee71b708fce6ba5294e962828f5f138ff695dfc45e00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestUsername"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestUsernameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestUsername"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestUsernameMutation, EmployeeRequestUsernameMutationVariables>;
export const EmployeeUsernameAvailableDocument = {"__meta__":{"hash":"912abf471ff2f91551df4add9add1500efb2c41e6c3addda9f6d91e801201e54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeUsernameAvailable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usernameAvailable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}]}]}}]} as unknown as DocumentNode<EmployeeUsernameAvailableQuery, EmployeeUsernameAvailableQueryVariables>;
export const AdminEmployersDocument = {"__meta__":{"hash":"3cab78961d97b2f366c530ef9dc53fdac0fca1f02e50060ad5e84c68ed085359"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmployersQuery, AdminEmployersQueryVariables>;
export const AdminEmployerDocument = {"__meta__":{"hash":"58e8dc06b8e0fc44ab9b5135712882716bb056b85ed8a0fcb79a745834bb08bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mijnloketAddendumSignedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmployerQuery, AdminEmployerQueryVariables>;
export const AdminEmployerOverviewDocument = {"__meta__":{"hash":"fc70e84d10f728329cd877253285246b0fee928096c7e65aa6879f2047449c17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployerOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inService"},"name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"IN_SERVICE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outOfService"},"name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"OUT_OF_SERVICE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leftWithAccess"},"name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"OUT_OF_SERVICE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"accessStatus"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"LOCKED"},{"kind":"EnumValue","value":"INVITED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmployerOverviewQuery, AdminEmployerOverviewQueryVariables>;
export const AdminEmploymentsDocument = {"__meta__":{"hash":"15db24454fcb86ccd9ab6132765115263af21e4d78c8b3210f0ca0a9524a9e10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmploymentsQuery, AdminEmploymentsQueryVariables>;
export const AdminSyncEmployeesDocument = {"__meta__":{"hash":"bd8a6a9f71e9f1d442588e7448a8269d55f2874bb8197fcff1697af7f3bc75d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSyncEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSyncEmployeesMutation, AdminSyncEmployeesMutationVariables>;
export const AdminInvitationFunnelDocument = {"__meta__":{"hash":"635111a51d085f8353f08ac358d04fca3e02a0ce1c52457a8159105d4c1d7d57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminInvitationFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitationFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stuck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminInvitationFunnelQuery, AdminInvitationFunnelQueryVariables>;
export const AdminFunnelResendDocument = {"__meta__":{"hash":"bb2e2be08e69cb17f2a3d1c7faf7ef4db5482a392cdcec53abaa669597ea4384"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminFunnelResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminFunnelResendMutation, AdminFunnelResendMutationVariables>;
export const AdminFailedMailsDocument = {"__meta__":{"hash":"22b72c4b4ff71058144cc585f41dc8c65aee14341414155e998afa111f764e58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFailedMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"failedMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"smtpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminFailedMailsQuery, AdminFailedMailsQueryVariables>;
export const AdminRequeueMailDocument = {"__meta__":{"hash":"da9185ac1149926bbcc962d11545d489025cb86cbd2354ff27f998c3e7fa2fc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRequeueMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequeueMailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requeueMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requeuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRequeueMailMutation, AdminRequeueMailMutationVariables>;
export const AdminRequeueFailedMailsDocument = {"__meta__":{"hash":"2c3cf5e1bf38d13552ff28e1d46fcddcedc46ac2e6c1ba73517df344e176a914"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRequeueFailedMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequeueFailedMailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requeueFailedMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requeuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRequeueFailedMailsMutation, AdminRequeueFailedMailsMutationVariables>;
export const AdminMailTemplatesDocument = {"__meta__":{"hash":"7f3271c692bcda2f37efcd5ff7e704d88cd478eb4769874c450208564e429e23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMailTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailTemplateLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mailTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSource"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"textBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBodySource"}}]}}]}}]} as unknown as DocumentNode<AdminMailTemplatesQuery, AdminMailTemplatesQueryVariables>;
export const AdminMailVariablesDocument = {"__meta__":{"hash":"6dcd0593c42d706f9928ec1fbcbe0a6ab288fcb464c0738ea9968fee4d6aa739"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMailVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mailVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<AdminMailVariablesQuery, AdminMailVariablesQueryVariables>;
export const AdminPreviewMailTemplateDocument = {"__meta__":{"hash":"69dc61484022514f0d4aa962f32b4c140e5c3b4c49739942f88b4b77c5af37b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewMailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewMailTemplateMutation, AdminPreviewMailTemplateMutationVariables>;
export const AdminSetMailTemplateDocument = {"__meta__":{"hash":"a281adb0a47b10e2637c9727252cb923b3dce5430fd80b8a14bdce8c906a3156"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSource"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"textBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBodySource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetMailTemplateMutation, AdminSetMailTemplateMutationVariables>;
export const AdminResetMailTemplateDocument = {"__meta__":{"hash":"9ae9bb0bf3889ff828fda8d1b1d10589b48892cb90a16576ceb5b6844c7928ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailTemplateKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSource"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"textBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBodySource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResetMailTemplateMutation, AdminResetMailTemplateMutationVariables>;
export const AdminPersonPayslipsDocument = {"__meta__":{"hash":"6f386e612013e8977be354d77c15bd02acdbf436433949789f5590a4cb21a2b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonPayslips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payslips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFrom"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonPayslipsQuery, AdminPersonPayslipsQueryVariables>;
export const AdminPayslipDocument = {"__meta__":{"hash":"a9489fa6ab4f1ba8103d24eea747601c60229e112cc22028e5c00a4202546b77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPayslip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFrom"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPayslipQuery, AdminPayslipQueryVariables>;
export const AdminPersonDocument = {"__meta__":{"hash":"4cda49f3c100e0167c641291ee476b1a8d2e5db32fa509d025eebf6b17fd0efd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRegisteredEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredEmail"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRegisteredEmail"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonQuery, AdminPersonQueryVariables>;
export const AdminProductsDocument = {"__meta__":{"hash":"1fc1b656aeb0536741e0287114d453baf4f0b4dbf6fb155235efbe0b9b0d553d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingAnyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnloketAddendumSignedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductsQuery, AdminProductsQueryVariables>;
export const AdminActivateProductDocument = {"__meta__":{"hash":"8e31fcc4cf901cbb1a63748593a418827294ebf2c6d244816bc111728ef45b41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminActivateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductActivationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingAnyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminActivateProductMutation, AdminActivateProductMutationVariables>;
export const AdminDeactivateProductDocument = {"__meta__":{"hash":"da53a27b87774b769c0abd265fdb925f3d50ac49fbad7fc291d4ca73899e92f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductActivationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deactivateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingAnyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateProductMutation, AdminDeactivateProductMutationVariables>;
export const AdminEmployerSickReportsDocument = {"__meta__":{"hash":"6838773c59e445e8dbb9146250e0ff13c5dc122d8629d95bcf5e8ec4cac11338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployerSickReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sickReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSickReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<AdminEmployerSickReportsQuery, AdminEmployerSickReportsQueryVariables>;
export const AdminPersonSickReportsDocument = {"__meta__":{"hash":"2c204cf449552ef37c0b5817eedb7ebbc2b0aff0292b26b38e350fa10fbd0cbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonSickReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sickReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSickReportFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]} as unknown as DocumentNode<AdminPersonSickReportsQuery, AdminPersonSickReportsQueryVariables>;
export const AdminStaffUsersDocument = {"__meta__":{"hash":"811247e96cb9ba9f6ccddb6805a2fa990c449c5df0f116ad0ea9d8f869fc65a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaffUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"blocked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rights"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChosen"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminStaffUsersQuery, AdminStaffUsersQueryVariables>;
export const AdminCreateStaffUserDocument = {"__meta__":{"hash":"452d64ddc0dc4571f4ad7b21fcf6f28ec2d54e3d06f141bfbd06efd269461a14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateStaffUserMutation, AdminCreateStaffUserMutationVariables>;
export const AdminBlockStaffUserDocument = {"__meta__":{"hash":"b81757b787afa16fb40fae175c3d40520c740d63fed8d3586f674ce46c009035"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminBlockStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminBlockStaffUserMutation, AdminBlockStaffUserMutationVariables>;
export const AdminUnblockStaffUserDocument = {"__meta__":{"hash":"4769d60dfa548187477c2d83073b2fcaf64ae80c371842626939a68402105b5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUnblockStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unblockStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUnblockStaffUserMutation, AdminUnblockStaffUserMutationVariables>;
export const AdminResendStaffInvitationDocument = {"__meta__":{"hash":"b2c4e33a0a80d61890c8f19e0fce85dca7ae72109f2d1e57fc23742cb51c3745"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendStaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendStaffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResendStaffInvitationMutation, AdminResendStaffInvitationMutationVariables>;
export const AdminResetStaffSecondFactorDocument = {"__meta__":{"hash":"f922cf0ab8169d96ae0989fd7e59333036431c31cc9e8003806cfb4d1c6c683c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetStaffSecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetStaffSecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorEnrolled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResetStaffSecondFactorMutation, AdminResetStaffSecondFactorMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"5c19c1bbb7286dd3b5adbdc2bba799bbbea074a6a899266db7718a0475677ef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;