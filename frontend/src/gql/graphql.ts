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

/** Adds a verzuim contact. */
export type AddVerzuimContactInput = {
  /** The contact. */
  contact: VerzuimContactInput;
  /** The employer. */
  employerId: string;
};

/** An API client to act on. */
export type ApiClientInput = {
  /** The client (cli_…). */
  apiClientId: string;
};

/** A question. */
export type AskAssistantInput = {
  /** The language to answer in; the portal's language, Dutch by default. */
  language?: Language | null | undefined;
  /** The question, at most 300 characters. */
  question: string;
};

/** A question to the regulations assistant. */
export type AskRegulationsInput = {
  /** The question, at most 300 characters. */
  question: string;
};

/** What the question was recognised as. */
export type AssistantIntent =
  /** Where to find a document (R26). */
  | 'DOCUMENT'
  /** A question of the portal's help (the FAQ). */
  | 'HELP'
  /** The latest net pay (the newest visible payslip, R23). */
  | 'LATEST_PAY'
  /** How much leave is left (the leave card, R28). */
  | 'LEAVE_BALANCE'
  /** When leave hours expire next (the leave card, R28). */
  | 'LEAVE_EXPIRY'
  /** Open leave requests and their status (R30). */
  | 'LEAVE_REQUESTS'
  /** When the next payslip comes, when a published payslip says so (R23). */
  | 'NEXT_PAYSLIP'
  /** A question about someone else: the assistant answers only about the employee. */
  | 'OTHER_PERSON'
  /** The open sick report (R25). */
  | 'SICK_REPORT'
  /** Not recognised. */
  | 'UNKNOWN';

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

/** What a claimable component pays for (R36). */
export type ClaimComponentKind =
  /** A fixed allowance. */
  | 'FIXED'
  /** Kilometres at a rate per kilometre. */
  | 'KILOMETRES'
  /** The amount of a receipt. */
  | 'RECEIPT';

/** Which claims the queue shows. */
export type ClaimQueueStatus =
  /** All. */
  | 'ALL'
  /** Decided, withdrawn or processed claims. */
  | 'DECIDED'
  /** Submitted claims waiting for a decision. */
  | 'OPEN';

/** Where a claim stands (R36). */
export type ClaimStatus =
  /** Approved; waits for payroll. */
  | 'APPROVED'
  /** Paid by payroll in payrollPeriod. */
  | 'PROCESSED'
  /** Rejected, with a reason. */
  | 'REJECTED'
  /** Waiting for a decision on its route. */
  | 'SUBMITTED'
  /** Withdrawn by the employee while submitted. */
  | 'WITHDRAWN';

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

/** Staff correct a report. */
export type CorrectSickReportInput = {
  /** The right first sick day; not after today. */
  firstSickDay: string;
  /** Hours worked on the first sick day, 0–24; omit to clear them. */
  hoursWorked?: number | null | undefined;
  /** The right recovery date, only for an ended report. */
  recoveryDate?: string | null | undefined;
  /** The report. */
  sickReportId: string;
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

/** An offer to publish. */
export type CreateInsuranceOfferInput = {
  /** The level. */
  level: InsuranceLevelInput;
  /** The offer. */
  offer: InsuranceOfferFieldsInput;
};

/** Input of createLeaveType. */
export type CreateLeaveTypeInput = {
  /** Yearly or monthly. */
  accrual?: LeaveAccrual;
  /** Whether a request may take the balance below zero (R30). */
  allowNegative?: boolean;
  /** Kind of leave; one STATUTORY type per employer. */
  category: LeaveCategory;
  /** The employer. */
  employerId: string;
  /** Months after the accrual year on which hours expire, 1 to 1200; null: never. */
  expiryMonths?: number | null | undefined;
  /** Name, 1 to 60 characters, unique within the employer. */
  name: string;
  /** Whether employees may request it (R30). */
  requestable?: boolean;
  /** Order in lists. */
  sortOrder?: number;
  /** Whether it is vacation leave (R31). */
  vacation?: boolean;
  /** Yearly entitlement as a multiple of the weekly hours, 0 to 52; statutory: 4. */
  weeksPerYear?: number;
};

/** A new hire. */
export type CreatePreboardingInput = {
  /** Date of birth: the invitation's control question (R4). */
  birthDate: string;
  /** The team (afdeling). */
  departmentId?: string | null | undefined;
  /** Private e-mail address for the invitation. */
  email: string;
  /** The employer. */
  employerId: string;
  /** Planned first working day (today or later). */
  firstDay: string;
  /** First name. */
  firstName: string;
  /** Initials. */
  initials?: string | null | undefined;
  /** Job title. */
  jobTitle?: string | null | undefined;
  /** Last name. */
  lastName: string;
  /** Prefix of the last name. */
  lastNamePrefix?: string | null | undefined;
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

/** Input of decideClaims. */
export type DecideClaimsInput = {
  /** True approves, false rejects. */
  accept: boolean;
  /** The comment; the reason, required when rejecting. */
  comment?: string;
  /** The claims, 1 to 100. */
  ids: Array<string>;
};

/** Input of decideLeaveRequests. */
export type DecideLeaveRequestsInput = {
  /** True accepts, false rejects. */
  accept: boolean;
  /** The handler's comment; the reason, required when rejecting. */
  comment?: string;
  /** The requests, 1 to 100. */
  ids: Array<string>;
};

/** A decision on a change. */
export type DecidePersonalDataChangeInput = {
  /** true approves, false rejects. */
  accept: boolean;
  /** A comment or reason (at most 500 characters). */
  comment?: string | null | undefined;
  /** The change. */
  id: string;
};

/** A decision on a task in Mijn team. */
export type DecideTeamTaskInput = {
  /** Accept or reject. */
  accept: boolean;
  /** A comment; required for a rejection. */
  comment?: string;
  /** The task's request (TeamTask.id). */
  requestId: string;
};

/** Which document to remove. */
export type DeleteDocumentInput = {
  /** The document. */
  documentId: string;
};

/** An offer to withdraw. */
export type DeleteInsuranceOfferInput = {
  /** The offer's ID. */
  id: string;
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

/** Ends a substitution. */
export type EndManagerSubstituteInput = {
  /** The substitution. */
  id: string;
};

/** Hands the open tasks over to a colleague. */
export type HandOverTeamTasksInput = {
  /** The colleague. */
  toPersonId: string;
};

/** What an insurance covers. */
export type InsuranceKind =
  /** WGA-hiaat / arbeidsongeschiktheid: the disability gap. */
  | 'DISABILITY_GAP'
  /** Aansprakelijkheid: liability. */
  | 'LIABILITY'
  /** Anything else. */
  | 'OTHER'
  /** Aanvullende zorgverzekering: supplementary health insurance. */
  | 'SUPPLEMENTARY_HEALTH'
  /** Reisverzekering: travel. */
  | 'TRAVEL';

/** A level: the signed-in user's provider, or one employer. */
export type InsuranceLevelInput = {
  /** The employer, for EMPLOYER. */
  employerId?: string | null | undefined;
  /** PROVIDER or EMPLOYER. */
  scope: InsuranceScope;
};

/** An offer's fields. */
export type InsuranceOfferFieldsInput = {
  /** The conditions in words (at most 2000 characters). */
  conditions?: string | null | undefined;
  /** The discount in percent, 0 to 100. */
  discountPercentage?: number | null | undefined;
  /** The discount in words (at most 200 characters). */
  discountText?: string | null | undefined;
  /** The insurer's name (at most 100 characters). */
  insurer: string;
  /** What it covers. */
  kind: InsuranceKind;
  /** The lowest monthly premium in euro cents, 0 to 1000000. */
  monthlyPremiumFromCents?: number | null | undefined;
  /** The insurer's page: https, at most 500 characters. */
  url: string;
};

/** The level of an offer. */
export type InsuranceScope =
  /** One employer's. */
  | 'EMPLOYER'
  /** The provider's: for all its employers. */
  | 'PROVIDER';

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

/** When a leave type's yearly entitlement is booked (R28). */
export type LeaveAccrual =
  /** A twelfth on the first day of each month employed. */
  | 'MONTHLY'
  /** The year's hours on 1 January, or on the first day of employment. */
  | 'YEARLY';

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

/** What a day of a person in the leave calendar shows (R32). */
export type LeaveCalendarStatus =
  /** Away (afwezig), without a reason: a colleague's leave, or sickness as staff see it. */
  | 'ABSENT'
  /** Accepted leave with its type: the employee's own, or anyone's for staff. */
  | 'LEAVE'
  /** A submitted leave request (aangevraagd): shown only to the requester and to handlers. */
  | 'REQUESTED';

/** Kind of leave (R28). */
export type LeaveCategory =
  /** Extra-statutory leave (bovenwettelijk), as the employer sets. */
  | 'EXTRA_STATUTORY'
  /** Other leave, such as special leave (bijzonder verlof). */
  | 'OTHER'
  /** Seniority days. */
  | 'SENIORITY'
  /** Statutory leave (wettelijk): four times the weekly hours a year. */
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

/** One entry to record. */
export type LeaveEntryInput = {
  /** The day it takes effect. */
  date: string;
  /** The employment. */
  employmentId: string;
  /** Hours: positive for ACCRUAL, TAKEN, PLANNED and EXPIRY (the kind gives the sign), signed for CORRECTION. */
  hours: number;
  /** Kind of entry. */
  kind: LeaveEntryKind;
  /** A leave type of the employment's employer. */
  leaveTypeId: string;
  /** Why; required for CORRECTION. */
  reason?: string | null | undefined;
  /** Your own key of the entry, unique within the employer: sending it again changes nothing. */
  reference?: string | null | undefined;
  /** The accrual year; the year of date when omitted. */
  year?: number | null | undefined;
};

/** Kind of ledger entry (R28). */
export type LeaveEntryKind =
  /** Hours accrued (adds). */
  | 'ACCRUAL'
  /** A correction with a reason (adds or subtracts). */
  | 'CORRECTION'
  /** Hours expired (subtracts). */
  | 'EXPIRY'
  /** Hours planned, not yet taken (subtracts). */
  | 'PLANNED'
  /** Hours taken (subtracts). */
  | 'TAKEN';

/** Who wrote a ledger entry. */
export type LeaveEntrySource =
  /** An API client. */
  | 'INTEGRATOR'
  /** The accrual and expiry job. */
  | 'JOB'
  /** An opening balance. */
  | 'OPENING_BALANCE'
  /** A leave request's decision (R30). */
  | 'REQUEST'
  /** A staff user. */
  | 'STAFF';

/** Which requests the queue shows. */
export type LeaveQueueStatus =
  /** All. */
  | 'ALL'
  /** Decided or withdrawn requests. */
  | 'DECIDED'
  /** Submitted requests waiting for a decision. */
  | 'OPEN';

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

/** When Liberation Day (5 May) is a day off (R29). */
export type LiberationDay =
  /** In years divisible by five (2025, 2030, …). */
  | 'LUSTRUM'
  /** Never: a working day. */
  | 'NEVER'
  /** Every year. */
  | 'YEARLY';

/** Credentials of a staff user. */
export type LoginInput = {
  /** The password; case-sensitive. */
  password: string;
  /** The username; case-sensitive. */
  username: string;
};

/** A block of a mail body to save or preview (see MailBlock). */
export type MailBlockInput = {
  /** Show only when this variable has a value. */
  condition?: string | null | undefined;
  /** The items of a list (1 to 20). */
  items?: Array<string> | null | undefined;
  /** What the block is. */
  kind: MailBlockKind;
  /** The address variable a button points at. */
  link?: string | null | undefined;
  /** The text (a button's label). */
  text?: string | null | undefined;
};

/** What a block of a structured mail body is; each kind has its fixed look in the layout. */
export type MailBlockKind =
  /** A button to an address variable. */
  | 'BUTTON'
  /** One value shown large in a fixed-width font, such as a username. */
  | 'CODE'
  /** The grey closing line. */
  | 'FOOTER'
  /** A short bold line above what follows. */
  | 'HEADING'
  /** A paragraph that leads into the next block, with a smaller gap below it. */
  | 'LEAD'
  /** A paragraph that keeps the line breaks of its values, such as a list of requests. */
  | 'LINES'
  /** A numbered list. */
  | 'LIST'
  /** A paragraph. */
  | 'PARAGRAPH'
  /** Small grey text, such as the link to copy when the button does not work. */
  | 'SMALL';

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
  /** To the employee: the IBAN their salary is paid into changed (R37), also to a private address of the last 30 days. */
  | 'IBAN_CHANGED'
  /** The access mail with the personal invitation link (R2). */
  | 'INVITATION'
  /** To the employee: a leave request or cancellation was decided (R33, R31). */
  | 'LEAVE_DECIDED'
  /** To the employee, once a year: statutory hours that expire on 1 July (R33, R28). */
  | 'LEAVE_EXPIRY_REMINDER'
  /** To the handlers: a vacation request stands by lapse of time (R31). */
  | 'LEAVE_LAPSED'
  /** To the handlers: the leave requests of the last hour, one mail per handler per hour (R33). */
  | 'LEAVE_REQUESTS_DIGEST'
  /** A new document is visible in the portal (R26). */
  | 'NEW_DOCUMENT'
  /** A password-reset link (R10). */
  | 'PASSWORD_RESET'
  /** To a new hire: staff completed the preboarding (R38). */
  | 'PREBOARDING_COMPLETED'
  /** To a new hire: the invitation to create the account and fill in the preboarding checklist (R38, R2). */
  | 'PREBOARDING_INVITATION'
  /** To a new hire, 3 days before the first day: the checklist was not submitted yet (R38). */
  | 'PREBOARDING_REMINDER'
  /** To a new hire: staff returned the checklist for correction (R38). */
  | 'PREBOARDING_RETURNED'
  /** To the employer's verzuim contacts: an employee recovered, fully or partly (R25). */
  | 'RECOVERY_REPORTED'
  /** To a route's notify-only recipients: a request was decided (R34). */
  | 'REQUEST_DECIDED_NOTICE'
  /** To the employer's verzuim contacts: an employee was reported sick (R25); name and date only. */
  | 'SICK_REPORTED'
  /** The invitation of a new staff user to choose a password (R43). */
  | 'STAFF_INVITATION'
  /** A password-reset link for a staff user (R43, R10). */
  | 'STAFF_PASSWORD_RESET'
  /** To the holders of HANDLE_REQUESTS: tasks that have waited five working days for a decision (R35); each task once. */
  | 'TASK_ESCALATED'
  /** To a manager or substitute, once a working day: the tasks waiting for them in Mijn team (R35); none when nothing waits. */
  | 'TEAM_TASKS_DIGEST'
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

/** Marks a Poortwachter step done, or not. */
export type MarkPoortwachterStepInput = {
  /** The day it was done, not after today; null unmarks it. */
  doneOn?: string | null | undefined;
  /** The open report. */
  sickReportId: string;
  /** The step. */
  step: PoortwachterStep;
};

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

/** PartialRecoveryRecordedByKind is enum for the field recorded_by_kind */
export type PartialRecoveryRecordedByKind =
  /** API_CLIENT. */
  | 'API_CLIENT'
  /** EMPLOYEE. */
  | 'EMPLOYEE'
  /** STAFF_USER. */
  | 'STAFF_USER';

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

/** PayslipLineKind is enum for the field kind */
export type PayslipLineKind =
  /** ALLOWANCE. */
  | 'ALLOWANCE'
  /** HOLIDAY_ALLOWANCE_PAID. */
  | 'HOLIDAY_ALLOWANCE_PAID'
  /** HOLIDAY_ALLOWANCE_RESERVED. */
  | 'HOLIDAY_ALLOWANCE_RESERVED'
  /** OTHER. */
  | 'OTHER'
  /** OVERTIME. */
  | 'OVERTIME'
  /** PAYROLL_TAX. */
  | 'PAYROLL_TAX'
  /** PENSION_PREMIUM. */
  | 'PENSION_PREMIUM'
  /** SALARY. */
  | 'SALARY';

/** PayslipPeriodType is enum for the field period_type */
export type PayslipPeriodType =
  /** FOUR_WEEKS. */
  | 'FOUR_WEEKS'
  /** MONTH. */
  | 'MONTH';

/** PayslipTaxTableColour is enum for the field tax_table_colour */
export type PayslipTaxTableColour =
  /** GREEN. */
  | 'GREEN'
  /** WHITE. */
  | 'WHITE';

/** PayslipTaxTablePeriod is enum for the field tax_table_period */
export type PayslipTaxTablePeriod =
  /** FOUR_WEEKS. */
  | 'FOUR_WEEKS'
  /** MONTH. */
  | 'MONTH';

/** A person to act on. */
export type PersonInput = {
  /** The person. */
  personId: string;
};

/** Where a change stands. */
export type PersonalDataChangeStatus =
  /** Applied to the person. */
  | 'APPLIED'
  /** Approved; applied on its date. */
  | 'APPROVED'
  /** Rejected. */
  | 'REJECTED'
  /** Waiting for a decision. */
  | 'SUBMITTED'
  /** Withdrawn by the employee. */
  | 'WITHDRAWN';

/** A personal-data field an employee may ask to change; name, birth date and BSN only change via the employer. */
export type PersonalDataField =
  /** Home address: street and house number, postcode, city. */
  | 'ADDRESS'
  /** Emergency contact: name and phone number. */
  | 'EMERGENCY_CONTACT'
  /** The bank account the salary is paid into. */
  | 'IBAN'
  /** Phone number. */
  | 'PHONE'
  /** Private e-mail address. */
  | 'PRIVATE_EMAIL';

/** What employees may do with a field (R37). */
export type PersonalDataFieldMode =
  /** Not shown. */
  | 'HIDDEN'
  /** Shown with Wijziging aanvragen (the default). */
  | 'REQUEST'
  /** Shown, not requestable. */
  | 'VIEW';

/** The values asked for; only the parts of the field are read. */
export type PersonalDataValuesInput = {
  /** ADDRESS: city. */
  city?: string | null | undefined;
  /** PRIVATE_EMAIL: the address. */
  email?: string | null | undefined;
  /** IBAN: with or without spaces. */
  iban?: string | null | undefined;
  /** EMERGENCY_CONTACT: the contact's name. */
  name?: string | null | undefined;
  /** PHONE and EMERGENCY_CONTACT: phone number. */
  phone?: string | null | undefined;
  /** ADDRESS: a Dutch postcode. */
  postalCode?: string | null | undefined;
  /** ADDRESS: street and house number. */
  street?: string | null | undefined;
};

/** Where a step of the timeline stands today. */
export type PoortwachterStatus =
  /** Marked done by staff. */
  | 'DONE'
  /** Due date passed and not marked done. */
  | 'OVERDUE'
  /** A moment (the end of the 104 weeks) that lies in the past. */
  | 'PASSED'
  /** Due within the coming seven days. */
  | 'THIS_WEEK'
  /** Due later. */
  | 'UPCOMING';

/** A step of the Wet verbetering poortwachter timeline. */
export type PoortwachterStep =
  /** End of the 104 weeks of continued pay; cannot be marked done. */
  | 'END_OF_WAITING_PERIOD'
  /** Final evaluation and re-integration report ready, by the end of week 91. */
  | 'FINAL_EVALUATION'
  /** First-year evaluation, in weeks 46–52. */
  | 'FIRST_YEAR_EVALUATION'
  /** Plan of action of employer and employee, by the end of week 8. */
  | 'PLAN_OF_ACTION'
  /** Problem analysis by the company doctor, by the end of week 6. */
  | 'PROBLEM_ANALYSIS'
  /** Report of the sickness to UWV (42nd-week report), by the end of week 42. */
  | 'UWV_REPORT'
  /** WIA application by the employee with UWV, by the end of week 93. */
  | 'WIA_APPLICATION';

/**
 * A feature of the employee portal. Which ones an employee sees follows from the
 * employer's active products (R20, R22).
 */
export type PortalFeature =
  /** Ziek en hersteld melden (MijnLoket - Verzuim melden). */
  | 'ABSENCE_REPORTING'
  /** Jaaropgaven: annual statements with PDF (part of MijnLoket Start). */
  | 'ANNUAL_STATEMENTS'
  /** Assistent: questions about the employee's own data and the portal's help (MijnLoket - Assistent, R41). */
  | 'ASSISTANT'
  /** Documenten: the dossier (MijnLoket - Documenten). */
  | 'DOCUMENTS'
  /** Declaraties: expense claims with receipts (MijnLoket - Declaraties, R36). */
  | 'EXPENSE_CLAIMS'
  /** Verzekeringen vergelijken: collective insurance offers (MijnLoket - Verzekeringen vergelijken, R40). */
  | 'INSURANCE_COMPARE'
  /** Verlofkalender: the team's leave calendar (MijnLoket - Verlofkalender, R32). */
  | 'LEAVE_CALENDAR'
  /** Verlofkaart: leave balances (MijnLoket - Verlofkaart). */
  | 'LEAVE_CARD'
  /** Verlof aanvragen: leave requests (MijnLoket - Verlofaanvragen, R30). */
  | 'LEAVE_REQUESTS'
  /** Mijn team: a manager's (or substitute's) tasks, team calendar and who is sick (Management Self Service, R35); only for managers and substitutes. */
  | 'MY_TEAM'
  /** Loonstroken: payslips with PDF (part of MijnLoket Start). */
  | 'PAYSLIPS'
  /** Persoonsgegevens inzien: personal data (MijnLoket - Persoonsgegevens inzien or wijzigen). */
  | 'PERSONAL_DATA'
  /** Persoonsgegevens wijzigen: requests to change personal data (MijnLoket - Persoonsgegevens wijzigen, R37). */
  | 'PERSONAL_DATA_CHANGES'
  /** Assistent bedrijfsregelingen: questions answered with passages of the employer's regulations (MijnLoket - Assistent bedrijfsregelingen, R42). */
  | 'POLICY_ASSISTANT'
  /** Preboarding (R38): the candidate's checklist before the first day. */
  | 'PREBOARDING'
  /** Salaris berekenen: a net-pay estimate from the latest payslip (MijnLoket - Salaris berekenen, R39). */
  | 'SALARY_CALCULATOR'
  /** Salarisgrafiek: gross and net per period (part of MijnLoket Start). */
  | 'SALARY_CHART';

/** A side of the ID document. */
export type PreboardingDocumentSide =
  /** The back. */
  | 'BACK'
  /** The front. */
  | 'FRONT';

/** Names a preboarding. */
export type PreboardingIdInput = {
  /** The preboarding. */
  id: string;
};

/** An item of the checklist. */
export type PreboardingItem =
  /** Home address. */
  | 'ADDRESS'
  /** Burgerservicenummer. */
  | 'BSN'
  /** Contact in case of emergency. */
  | 'EMERGENCY_CONTACT'
  /** Bank account for the salary. */
  | 'IBAN'
  /** ID document, front and back. */
  | 'ID_DOCUMENT'
  /** Personal data: initials, names, phone, nationality. */
  | 'PERSONAL'
  /** Whether to apply the loonheffingskorting, and from when. */
  | 'TAX_CREDIT';

/** A remark on one item. */
export type PreboardingRemarkInput = {
  /** The item. */
  item: PreboardingItem;
  /** What to correct (at most 500 characters). */
  remark: string;
};

/** Where a preboarding is (R38). */
export type PreboardingState =
  /** Completed: the candidate is an employee. */
  | 'COMPLETED'
  /** Ended: what the candidate submitted was deleted. */
  | 'ENDED'
  /** Invited; nothing filled in yet. */
  | 'INVITED'
  /** The candidate is filling in the checklist. */
  | 'IN_PROGRESS'
  /** Returned for correction with remarks. */
  | 'RETURNED'
  /** Submitted; staff review it. */
  | 'SUBMITTED';

/** A render request. */
export type PreviewMailTemplateInput = {
  /** Draft body as blocks (as in setMailTemplate); textBody and htmlBody must then be null. */
  blocks?: Array<MailBlockInput> | null | undefined;
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

/** Input of recordLeaveEntries. */
export type RecordLeaveEntriesInput = {
  /** 1 to 500 entries. */
  entries: Array<LeaveEntryInput>;
};

/** Removes a verzuim contact. */
export type RemoveVerzuimContactInput = {
  /** The contact. */
  id: string;
};

/** Confirming new recovery codes: exactly one of password and code. */
export type RenewRecoveryCodesInput = {
  /** The 6-digit code the authenticator app shows now. */
  code?: string | null | undefined;
  /** The current password. */
  password?: string | null | undefined;
};

/** Gedeeltelijk hersteld: how much the employee works again from a date; a percentage or hours a week. */
export type ReportPartialRecoveryInput = {
  /** First day of working this much again; not before the first sick day, after any earlier partial recovery. */
  fromDate: string;
  /** Hours a week worked again, above 0 and at most 80. */
  hoursPerWeek?: number | null | undefined;
  /** Share of the own work done again, 1–99. */
  percentage?: number | null | undefined;
};

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

/** A change to ask for. */
export type RequestPersonalDataChangeInput = {
  /** The current password: needed for IBAN (R37). */
  currentPassword?: string | null | undefined;
  /** The day it takes effect: today or later, at most a year ahead; none means when approved. */
  effectiveDate?: string | null | undefined;
  /** The field. */
  field: PersonalDataField;
  /** The new values. */
  values: PersonalDataValuesInput;
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

/** Remarks for the candidate. */
export type ReturnPreboardingInput = {
  /** The preboarding. */
  id: string;
  /** Remarks per item; at least one. */
  remarks: Array<PreboardingRemarkInput>;
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
  /** Beheren preboarding: create new hires, read what they submitted (BSN and ID copy included), return, complete or end a preboarding (R38). */
  | 'MANAGE_PREBOARDING'
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

/** Creates (no id) or changes a claimable component. */
export type SaveClaimComponentInput = {
  /** Whether employees can claim it. */
  active?: boolean;
  /** The employer. */
  employerId: string;
  /** The component to change; absent to create one. */
  id?: string | null | undefined;
  /** What it pays for; fixed once made. */
  kind: ClaimComponentKind;
  /** Its name, 1 to 100 characters, unique at the employer. */
  name: string;
  /** Euros per kilometre (KILOMETRES) or the allowance (FIXED); 0 for RECEIPT. */
  rate?: number;
  /** Whether a claim needs a receipt. */
  receiptRequired?: boolean;
};

/** Checklist items to save; omitted fields stay as they are. */
export type SavePreboardingInput = {
  /** Nine digits; checked with the eleven test. */
  bsn?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Country. */
  country?: string | null | undefined;
  /** Emergency contact's name. */
  emergencyName?: string | null | undefined;
  /** Emergency contact's phone. */
  emergencyPhone?: string | null | undefined;
  /** Emergency contact's relation. */
  emergencyRelation?: string | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Checked with ISO 13616 mod 97. */
  iban?: string | null | undefined;
  /** Initials (voorletters). */
  initials?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Prefix of the last name. */
  lastNamePrefix?: string | null | undefined;
  /** Nationality. */
  nationality?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Street and house number. */
  street?: string | null | undefined;
  /** Whether to apply the loonheffingskorting. */
  taxCredit?: boolean | null | undefined;
  /** Required when taxCredit is true. */
  taxCreditFrom?: string | null | undefined;
};

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

/** Which document to mark as a regulation. */
export type SetDocumentRegulationInput = {
  /** The document; it must be a PDF for all employees of its employer. */
  documentId: string;
  /** True to mark it as a regulation, false to unmark it. */
  regulation: boolean;
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

/** Input of setLeaveExpiryReminder. */
export type SetLeaveExpiryReminderInput = {
  /** Day of the month, 1 to 31 (a day past the month's end is its last day). */
  day: number;
  /** The employer. */
  employerId: string;
  /** Month, 1 (January) to 6 (June): before the expiry on 1 July. */
  month: number;
};

/** Input of setLeaveHolidays. */
export type SetLeaveHolidaysInput = {
  /** The employer. */
  employerId: string;
  /** Whether Good Friday is a day off. */
  goodFridayOff: boolean;
  /** When Liberation Day is a day off. */
  liberationDay: LiberationDay;
};

/** An override to save. */
export type SetMailTemplateInput = {
  /**
   * The body as blocks from the structured editor: the plain-text and HTML bodies are built
   * from them in the house layout (textBody and htmlBody must then be null). A block the
   * editor cannot build is the userError INVALID_TEMPLATE at htmlBody.
   */
  blocks?: Array<MailBlockInput> | null | undefined;
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

/** Names a substitute for a period. */
export type SetManagerSubstituteInput = {
  /** The first day. */
  firstDay: string;
  /** The last day (at most a year on). */
  lastDay: string;
  /** The colleague (a person of the employer with an account). */
  substituteId: string;
};

/** A field's setting. */
export type SetPersonalDataSettingInput = {
  /** The employer. */
  employerId: string;
  /** The field. */
  field: PersonalDataField;
  /** What employees may do with it. */
  mode: PersonalDataFieldMode;
};

/** The provider's second-factor rule for employer users. */
export type SetRequireSecondFactorForEmployersInput = {
  /** True: employer users must use a second factor too. */
  required: boolean;
};

/** Input of setWorkPattern. */
export type SetWorkPatternInput = {
  /** The employment. */
  employmentId: string;
  /** Who sets it: STAFF (default) or SYNC. */
  source?: WorkPatternSource;
  /** For two weeks: a day in week A. */
  weekAStartsOn?: string | null | undefined;
  /** One week, or weeks A and B alternating. */
  weeks: Array<WorkWeekInput>;
};

/** Sets an employer's escalation limit. */
export type SetWorkflowEscalationInput = {
  /** The employer. */
  employerId: string;
  /** 1 to 30 working days; absent for the default of 5. */
  workingDays?: number | null | undefined;
};

/** Sets the route of one kind. */
export type SetWorkflowRouteInput = {
  /** The employer. */
  employerId: string;
  /** The kind of request. */
  kind: WorkflowKind;
  /** The route. */
  route: WorkflowRouteInput;
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

/** Staff record a partial recovery of an open report. */
export type StaffReportPartialRecoveryInput = {
  /** The partial recovery. */
  partialRecovery: ReportPartialRecoveryInput;
  /** The report. */
  sickReportId: string;
};

/** Staff report the recovery of an open report. */
export type StaffReportRecoveredInput = {
  /** Date the employee is fully back at work. */
  recoveryDate: string;
  /** The report. */
  sickReportId: string;
};

/** Staff enter a sick report for an employee (reported by phone). */
export type StaffReportSickInput = {
  /** First sick day; not after today. */
  firstSickDay: string;
  /** Hours worked on the first sick day, 0–24. */
  hoursWorked?: number | null | undefined;
  /** The person. */
  personId: string;
};

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

/** A new claim. */
export type SubmitClaimInput = {
  /** The amount in euros, for a RECEIPT component. */
  amount?: number | null | undefined;
  /** A component offered to the employee. */
  componentId: string;
  /** The day of the expense or trip: not in the future, within the employment. */
  date: string;
  /** A description (at most 500 characters). */
  description?: string;
  /** Kilometres, for a KILOMETRES component (at most 10,000). */
  kilometres?: number | null | undefined;
  /** Receipts uploaded with uploadClaimReceipt (at most 10). */
  receiptIds?: Array<string>;
};

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

/** An offer to change. */
export type UpdateInsuranceOfferInput = {
  /** The offer's ID. */
  id: string;
  /** The new fields. */
  offer: InsuranceOfferFieldsInput;
};

/** Input of updateLeaveType; omitted fields stay. */
export type UpdateLeaveTypeInput = {
  /** Yearly or monthly. */
  accrual?: LeaveAccrual | null | undefined;
  /** Whether a request may take the balance below zero. */
  allowNegative?: boolean | null | undefined;
  /** New expiry in months after the accrual year. */
  expiryMonths?: number | null | undefined;
  /** The leave type. */
  id: string;
  /** New name. */
  name?: string | null | undefined;
  /** True: the hours never expire (clears expiryMonths). */
  neverExpires?: boolean | null | undefined;
  /** Whether employees may request it. */
  requestable?: boolean | null | undefined;
  /** New order. */
  sortOrder?: number | null | undefined;
  /** Vacation leave or not. */
  vacation?: boolean | null | undefined;
  /** New yearly entitlement as a multiple of the weekly hours. */
  weeksPerYear?: number | null | undefined;
};

/** A new private e-mail address. */
export type UpdatePersonEmailInput = {
  /** The address; a private address is advised (R1). Empty removes it. */
  email: string;
  /** The person. */
  personId: string;
};

/** A receipt to send with a claim. Send exactly one of file and contentBase64. */
export type UploadClaimReceiptInput = {
  /** The file's bytes in base64, in a JSON request. */
  contentBase64?: string | null | undefined;
  /** The file (PDF, JPEG or PNG, at most 10 MB), in a multipart request. */
  file?: File | null | undefined;
  /** File name with contentBase64. */
  fileName?: string | null | undefined;
};

/** One side of the ID document. Send exactly one of file and contentBase64. */
export type UploadPreboardingDocumentInput = {
  /** The file's bytes in base64, in a JSON request. */
  contentBase64?: string | null | undefined;
  /** The file, in a multipart request. */
  file?: File | null | undefined;
  /** Which side. */
  side: PreboardingDocumentSide;
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
  /** The date of a claim is in the future (R36). */
  | 'CLAIM_DATE_IN_FUTURE'
  /** Only an approved claim is marked processed, once, in one period (R36). */
  | 'CLAIM_NOT_APPROVED'
  /** No claim the caller may see or decide with this ID. */
  | 'CLAIM_NOT_FOUND'
  /** The claim was decided or withdrawn already (R36). */
  | 'CLAIM_NOT_OPEN'
  /** The date of a claim lies outside the employment (R36). */
  | 'CLAIM_OUTSIDE_EMPLOYMENT'
  /** Receipts need Dossiervorming, which the employer does not have (R21, R36). */
  | 'CLAIM_RECEIPTS_NOT_AVAILABLE'
  /** The component needs a receipt (R36). */
  | 'CLAIM_RECEIPT_REQUIRED'
  /** A rejection needs a reason (R36). */
  | 'CLAIM_REJECTION_NEEDS_REASON'
  /** The current password is not right. */
  | 'CURRENT_PASSWORD_WRONG'
  /** The cursor lies beyond the end of the change feed. */
  | 'CURSOR_AHEAD'
  /** No change of the caller's with this ID. */
  | 'DATA_CHANGE_NOT_FOUND'
  /** A change of this field is in progress already. */
  | 'DATA_CHANGE_PENDING'
  /** The employer does not take requests to change this field (R37). */
  | 'DATA_FIELD_NOT_REQUESTABLE'
  /** The same employment and period (or year, or leave type) occurs twice in one batch. */
  | 'DUPLICATE_IN_BATCH'
  /** The employer has a leave type of this name already. */
  | 'DUPLICATE_LEAVE_TYPE_NAME'
  /** The employer already has a verzuim contact with this address. */
  | 'DUPLICATE_VERZUIM_CONTACT'
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
  /** An insurance offer's link must start with https:// (R40). */
  | 'INSURANCE_LINK_NOT_HTTPS'
  /** An insurance offer's link may not carry tracking or personal parameters: nothing about the employee goes to an insurer (R40). */
  | 'INSURANCE_LINK_PERSONAL'
  /** The BSN is not nine digits that pass the eleven-test (elfproef). */
  | 'INVALID_BSN'
  /** The month is not YYYY-MM between 2000 and 2100. */
  | 'INVALID_CALENDAR_MONTH'
  /** A claim is not valid; see field and message (R36). */
  | 'INVALID_CLAIM'
  /** A claimable component is not valid; see field and message (R36). */
  | 'INVALID_CLAIM_COMPONENT'
  /** Username or password is incorrect, or the account cannot sign in now. Deliberately one answer for every cause. */
  | 'INVALID_CREDENTIALS'
  /** The cursor is not one the change feed gave out. */
  | 'INVALID_CURSOR'
  /** The change is not valid; see field and message. */
  | 'INVALID_DATA_CHANGE'
  /** A department is not valid; see field and message. */
  | 'INVALID_DEPARTMENT'
  /** Not a valid e-mail address. */
  | 'INVALID_EMAIL'
  /** The escalation limit is outside 1 to 30 working days (R35). */
  | 'INVALID_ESCALATION_LIMIT'
  /** Not a valid IBAN of a SEPA country (ISO 13616). */
  | 'INVALID_IBAN'
  /** The input is not valid; see field and message. */
  | 'INVALID_INPUT'
  /** A ledger entry is not valid; see field and message (R28). */
  | 'INVALID_LEAVE_ENTRY'
  /** A leave request is not valid; see field and message (R30). */
  | 'INVALID_LEAVE_REQUEST'
  /** A leave type's input is not valid; see field and message (R28). */
  | 'INVALID_LEAVE_TYPE'
  /** A payroll period is YYYY-MM. */
  | 'INVALID_PAYROLL_PERIOD'
  /** Not a Dutch postcode (1234 AB). */
  | 'INVALID_POSTCODE'
  /** The second-factor code is not valid: wrong, used already, or the account cannot sign in now. One answer for every cause (R43). */
  | 'INVALID_SECOND_FACTOR'
  /** A substitute or handover is not valid; see field and message (R35). */
  | 'INVALID_SUBSTITUTE'
  /** The mail text does not parse or uses a variable the mail does not have. */
  | 'INVALID_TEMPLATE'
  /** A route is not valid; see field and message (R34). */
  | 'INVALID_WORKFLOW_ROUTE'
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
  /** Only a manager (of a department, with Management Self Service) can do this (R35). */
  | 'NOT_A_MANAGER'
  /** The account is not blocked. */
  | 'NOT_BLOCKED'
  /** There is no open sick report to end. */
  | 'NOT_REPORTED_SICK'
  /** The person has no access. */
  | 'NO_ACCESS'
  /** There is no invitation to resend or withdraw. */
  | 'NO_INVITATION'
  /** The document has no text that can be read: an image or a scanned PDF (R42). */
  | 'NO_TEXT'
  /** The employment has no work pattern, so its hours cannot be computed (R29). */
  | 'NO_WORK_PATTERN'
  /** Not on one's own account: one's own rights, blocking oneself, one's own second factor (R43). */
  | 'OWN_ACCOUNT'
  /** Too many password attempts: the password is not checked until later (R13, R37). */
  | 'PASSWORD_ATTEMPTS_EXCEEDED'
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
  /** The employer has no person with this ID. */
  | 'PERSON_NOT_FOUND'
  /** A person of this employer already has this e-mail address. */
  | 'PREBOARDING_EMAIL_IN_USE'
  /** The first day lies in the past. */
  | 'PREBOARDING_FIRST_DAY_PASSED'
  /** Not every checklist item is done; field lists the open items (R38). */
  | 'PREBOARDING_INCOMPLETE'
  /** The employer has neither Preboarding nor MijnLoket - Preboarding active (R22). */
  | 'PREBOARDING_NOT_ACTIVE'
  /** The server has no preboarding key (PREBOARDING_KEY). */
  | 'PREBOARDING_NOT_CONFIGURED'
  /** Returning for correction needs at least one remark (R38). */
  | 'PREBOARDING_REMARKS_REQUIRED'
  /** Not possible in the preboarding's current state (R38). */
  | 'PREBOARDING_WRONG_STATE'
  /** A question to the assistant is empty (R41). */
  | 'QUESTION_EMPTY'
  /** A question to the assistant has at most 300 characters (R41). */
  | 'QUESTION_TOO_LONG'
  /** The recovery date lies before the first sick day (R25). */
  | 'RECOVERY_BEFORE_FIRST_SICK_DAY'
  /** A (partial) recovery lies before an earlier partial recovery of the same report (R25). */
  | 'RECOVERY_BEFORE_PARTIAL_RECOVERY'
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
  /** Nobody decides their own request (R34). */
  | 'SELF_APPROVAL'
  /** The session has ended; sign in again. */
  | 'SESSION_EXPIRED'
  /** The first sick day lies before the recovery date of an earlier report of the person (R25). */
  | 'SICK_REPORT_OVERLAPS'
  /** The employer has a statutory leave type already. */
  | 'STATUTORY_LEAVE_TYPE_EXISTS'
  /** syncEmployers and syncEmployees take at most 1,000 rows (R45). */
  | 'SYNC_BATCH_TOO_LARGE'
  /** Another change of the same key came first; send the row again. */
  | 'SYNC_CONCURRENT_CHANGE'
  /** Too many receipts wait to be sent with a claim. */
  | 'TOO_MANY_CLAIM_RECEIPTS'
  /** A level holds at most 100 insurance offers. */
  | 'TOO_MANY_INSURANCE_OFFERS'
  /** recordLeaveEntries takes 1 to 500 entries. */
  | 'TOO_MANY_LEAVE_ENTRIES'
  /** An employer has at most 10 verzuim contacts. */
  | 'TOO_MANY_VERZUIM_CONTACTS'
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
  /** Routes are set with the Workflow editor, which the employer does not have (R34). */
  | 'WORKFLOW_EDITOR_NOT_ACTIVE'
  /** The request was decided or withdrawn already. */
  | 'WORKFLOW_REQUEST_NOT_OPEN'
  /** The open step of the request is not given to the caller (R34). */
  | 'WORKFLOW_STEP_NOT_ASSIGNED'
  /** A partial recovery needs a percentage of 1–99 or hours a week above 0 and at most 80 (R25). */
  | 'WORK_RESUMED_OUT_OF_RANGE'
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

/** A verzuim contact. */
export type VerzuimContactInput = {
  /** The bare e-mail address the mails go to. */
  email: string;
  /** The language of the mails (R46); nl when omitted. */
  language?: VerzuimContactLanguage | null | undefined;
  /** Name of the contact or organisation, at most 200 characters. */
  name: string;
  /** What the contact is, e.g. HR or Arbodienst; at most 100 characters. */
  role?: string | null | undefined;
};

/** VerzuimContactLanguage is enum for the field language */
export type VerzuimContactLanguage =
  /** en. */
  | 'en'
  /** nl. */
  | 'nl';

/** The tenant level a principal works on. */
export type ViewerScope =
  /** One employer. */
  | 'EMPLOYER'
  /** One person (employee). */
  | 'PERSON'
  /** Every employer of the provider. */
  | 'PROVIDER';

/** Input of withdrawClaim. */
export type WithdrawClaimInput = {
  /** The claim. */
  id: string;
};

/** A change to withdraw. */
export type WithdrawPersonalDataChangeInput = {
  /** The change. */
  id: string;
};

/** Who set a work pattern. */
export type WorkPatternSource =
  /** Staff in the portal. */
  | 'STAFF'
  /** Payroll's sync (R45). */
  | 'SYNC';

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

/** Whom a step was given after the routing rules. */
export type WorkflowAssignedTo =
  /** Managers (persons with an employee account). */
  | 'PERSONS'
  /** Every holder of HANDLE_REQUESTS. */
  | 'RIGHT'
  /** Named staff users. */
  | 'USERS';

/** The automatic approval of a route. */
export type WorkflowAutoApprovalInput = {
  /** A claim below this amount in euros is approved at once; claims only. */
  maxClaimAmount?: number | null | undefined;
  /** Leave of at most this many hours (1 to 1000) is approved at once; leave kinds only. */
  maxLeaveHours?: number | null | undefined;
};

/** Why a step went elsewhere than its route says (R34). */
export type WorkflowFallback =
  /** Every assignee is blocked or gone (or managers have no Mijn team): HANDLE_REQUESTS. */
  | 'ASSIGNEES_UNAVAILABLE'
  /** The employee manages their own department: the managers above them. */
  | 'ESCALATED'
  /** The employee has no manager: HANDLE_REQUESTS. */
  | 'NO_MANAGER';

/** A kind of request that runs on a route (R34). */
export type WorkflowKind =
  /** An expense claim (declaratie, R36). */
  | 'CLAIM'
  /** A leave request (verlofaanvraag). */
  | 'LEAVE'
  /** A request to cancel accepted leave. */
  | 'LEAVE_CANCELLATION'
  /** A personal-data change (R37). */
  | 'PERSONAL_DATA_CHANGE';

/** A route. */
export type WorkflowRouteInput = {
  /** The automatic approval, if any. */
  autoApproval?: WorkflowAutoApprovalInput | null | undefined;
  /** At most 10 staff users who are only told. */
  notifyUserIds?: Array<string> | null | undefined;
  /** One or two steps. */
  steps: Array<WorkflowStepInput>;
};

/** One step of a route. */
export type WorkflowStepInput = {
  /** Where the step goes. */
  target: WorkflowTarget;
  /** For USERS: 1 to 10 staff users. */
  userIds?: Array<string> | null | undefined;
};

/** Where a step of a route goes (R34). */
export type WorkflowTarget =
  /** The employee's manager: the managers of their department (a manager's own request: the managers above them). */
  | 'MANAGER'
  /** Every user holding HANDLE_REQUESTS (Behandelen aanvragen) for the employer. */
  | 'RIGHT'
  /** The named staff users. */
  | 'USERS';

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
    | { __typename: 'PartialRecovery', id: string }
    | { __typename: 'Payslip', periodLabel: string, id: string, employment: { __typename: 'Employment', id: string, person: { __typename: 'Person', id: string, fullName: string } } }
    | { __typename: 'PayslipLine', id: string }
    | { __typename: 'Person', fullName: string, id: string }
    | { __typename: 'Product', nameNl: string, nameEn: string, id: string }
    | { __typename: 'ProductActivation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'SickReport', firstSickDay: string, id: string, sickPerson: { __typename: 'Person', id: string, fullName: string } }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'VerzuimContact', id: string }
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
    | { __typename: 'PartialRecovery', id: string }
    | { __typename: 'Payslip', id: string }
    | { __typename: 'PayslipLine', id: string }
    | { __typename: 'Person', fullName: string, id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductActivation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'SickReport', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'VerzuimContact', id: string }
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

export type StaffSetLanguageMutationVariables = Exact<{
  input: SetLanguageInput;
}>;


export type StaffSetLanguageMutation = { __typename: 'Mutation', setLanguage: { __typename: 'SetLanguagePayload', language: Language | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffClaimComponentsQueryVariables = Exact<{
  employerId: string;
}>;


export type StaffClaimComponentsQuery = { __typename: 'Query', claimComponents: { __typename: 'ClaimComponents', employerId: string, taxFreeYear: number, taxFreeKmRate: number | null, documentsActive: boolean, components: Array<{ __typename: 'ClaimComponent', id: string, name: string, kind: ClaimComponentKind, rate: number, receiptRequired: boolean, active: boolean }> } };

export type StaffSaveClaimComponentMutationVariables = Exact<{
  input: SaveClaimComponentInput;
}>;


export type StaffSaveClaimComponentMutation = { __typename: 'Mutation', saveClaimComponent: { __typename: 'ClaimComponentPayload', component: { __typename: 'ClaimComponent', id: string, name: string, kind: ClaimComponentKind, rate: number, receiptRequired: boolean, active: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type StaffClaimQueueQueryVariables = Exact<{
  employerId: string;
  status: ClaimQueueStatus;
}>;


export type StaffClaimQueueQuery = { __typename: 'Query', claimQueue: Array<{ __typename: 'ClaimQueueItem', personName: string, claim: { __typename: 'Claim', id: string, status: ClaimStatus, componentName: string, componentKind: ClaimComponentKind, date: string, kilometres: number | null, amount: number, description: string, submittedAt: string, decisionComment: string, decidedByName: string | null, payrollPeriod: string | null, receipts: Array<{ __typename: 'ClaimReceipt', id: string, fileName: string, url: string }> } }> };

export type StaffDecideClaimsMutationVariables = Exact<{
  input: DecideClaimsInput;
}>;


export type StaffDecideClaimsMutation = { __typename: 'Mutation', decideClaims: { __typename: 'ClaimResultsPayload', results: Array<{ __typename: 'ClaimResult', id: string, claim: { __typename: 'Claim', id: string, status: ClaimStatus } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminCollectiveGrantMutationVariables = Exact<{
  input: CollectiveAccessInput;
}>;


export type AdminCollectiveGrantMutation = { __typename: 'Mutation', collectiveGrantAccess: { __typename: 'CollectiveAccessPayload', dryRun: boolean, takenCount: number, skippedCount: number, taken: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null, inviteTo: string | null }>, skipped: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminCollectiveBlockMutationVariables = Exact<{
  input: CollectiveAccessInput;
  reason?: string | null | undefined;
}>;


export type AdminCollectiveBlockMutation = { __typename: 'Mutation', collectiveBlock: { __typename: 'CollectiveAccessPayload', dryRun: boolean, takenCount: number, skippedCount: number, taken: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null }>, skipped: Array<{ __typename: 'CollectiveOutcome', personId: string, fullName: string, employeeNumber: number, reason: CollectiveSkipReason | null }>, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminLeftWithAccessQueryVariables = Exact<{
  employerId: string;
  after?: string | null | undefined;
}>;


export type AdminLeftWithAccessQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, employments: { __typename: 'EmploymentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'EmploymentEdge', node: { __typename: 'Employment', id: string, employeeNumber: number, endDate: string | null, jobTitle: string, person: { __typename: 'Person', id: string, fullName: string, email: string | null, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number, endDate: string | null, inService: boolean }> | null, account: { __typename: 'Account', id: string, status: AccessStatus, lastLoginAt: string | null } | null } } | null } | null> | null } | null } | null };

export type AdminDocumentFieldsFragment = { __typename: 'Document', id: string, title: string, category: DocumentCategory, fileName: string, contentType: string, sizeBytes: number, createdAt: string, visibleToEmployee: boolean, regulation: boolean, downloadUrl: string } & { ' $fragmentName'?: 'AdminDocumentFieldsFragment' };

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
    | { __typename: 'PartialRecovery' }
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
    | { __typename: 'VerzuimContact' }
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

export type AdminSetDocumentRegulationMutationVariables = Exact<{
  input: SetDocumentRegulationInput;
}>;


export type AdminSetDocumentRegulationMutation = { __typename: 'Mutation', setDocumentRegulation: { __typename: 'SetDocumentRegulationPayload', passageCount: number, document: (
      { __typename: 'Document' }
      & { ' $fragmentRefs'?: { 'AdminDocumentFieldsFragment': AdminDocumentFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

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

export type EmployeeSickReportFragment = { __typename: 'SickReport', id: string, firstSickDay: string, hoursWorked: number | null, reportedAt: string, recoveryDate: string | null, recoveryReportedAt: string | null, open: boolean, partialRecoveries: Array<{ __typename: 'PartialRecovery', id: string, fromDate: string, percentage: number | null, hoursPerWeek: number | null, recordedAt: string, recordedByKind: PartialRecoveryRecordedByKind }> } & { ' $fragmentName'?: 'EmployeeSickReportFragment' };

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

export type EmployeeReportPartialRecoveryMutationVariables = Exact<{
  input: ReportPartialRecoveryInput;
}>;


export type EmployeeReportPartialRecoveryMutation = { __typename: 'Mutation', reportPartialRecovery: { __typename: 'PartialRecoveryPayload', partialRecovery: { __typename: 'PartialRecovery', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeAnnualStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeAnnualStatementsQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', annualStatements: Array<{ __typename: 'AnnualStatement', id: string, year: number, wageForPayrollTaxCents: number, withheldPayrollTaxCents: number, labourTaxCreditCents: number, zvwWageCents: number, payrollTaxCreditApplied: boolean, pdfUrl: string, employment: { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string } }> | null } | null };

export type EmployeeAskAssistantMutationVariables = Exact<{
  input: AskAssistantInput;
}>;


export type EmployeeAskAssistantMutation = { __typename: 'Mutation', askAssistant: { __typename: 'AskAssistantPayload', answer: { __typename: 'AssistantAnswer', intent: AssistantIntent, answered: boolean, text: string, facts: Array<{ __typename: 'AssistantFact', label: string, value: string }>, link: { __typename: 'AssistantLink', path: string, label: string } | null, contact: { __typename: 'AssistantContact', name: string, street: string, postalCode: string, city: string } | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeClaimFragment = { __typename: 'Claim', id: string, status: ClaimStatus, componentName: string, componentKind: ClaimComponentKind, date: string, kilometres: number | null, amount: number, description: string, submittedAt: string, decisionComment: string, decidedAt: string | null, payrollPeriod: string | null, receipts: Array<{ __typename: 'ClaimReceipt', id: string, fileName: string, url: string }> } & { ' $fragmentName'?: 'EmployeeClaimFragment' };

export type EmployeeClaimsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeClaimsQuery = { __typename: 'Query', myClaimOptions: { __typename: 'MyClaimOptions', receiptsAllowed: boolean, maxReceiptBytes: number, maxReceipts: number, components: Array<{ __typename: 'ClaimComponent', id: string, name: string, kind: ClaimComponentKind, rate: number, receiptRequired: boolean }> }, myClaims: Array<(
    { __typename: 'Claim' }
    & { ' $fragmentRefs'?: { 'EmployeeClaimFragment': EmployeeClaimFragment } }
  )> };

export type EmployeeUploadClaimReceiptMutationVariables = Exact<{
  input: UploadClaimReceiptInput;
}>;


export type EmployeeUploadClaimReceiptMutation = { __typename: 'Mutation', uploadClaimReceipt: { __typename: 'ClaimReceiptPayload', receipt: { __typename: 'ClaimReceipt', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeeSubmitClaimMutationVariables = Exact<{
  input: SubmitClaimInput;
}>;


export type EmployeeSubmitClaimMutation = { __typename: 'Mutation', submitClaim: { __typename: 'ClaimPayload', claim: (
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'EmployeeClaimFragment': EmployeeClaimFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeeWithdrawClaimMutationVariables = Exact<{
  input: WithdrawClaimInput;
}>;


export type EmployeeWithdrawClaimMutation = { __typename: 'Mutation', withdrawClaim: { __typename: 'ClaimPayload', claim: (
      { __typename: 'Claim' }
      & { ' $fragmentRefs'?: { 'EmployeeClaimFragment': EmployeeClaimFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

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

export type EmployeeMarkDocumentsSeenMutationVariables = Exact<{ [key: string]: never; }>;


export type EmployeeMarkDocumentsSeenMutation = { __typename: 'Mutation', markDocumentsSeen: { __typename: 'MarkDocumentsSeenPayload', seenAt: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeEmploymentFragment = { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null, inService: boolean } & { ' $fragmentName'?: 'EmployeeEmploymentFragment' };

export type EmployeePortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePortalHomeQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', features: Array<PortalFeature>, home: { __typename: 'EmployeeHome', newDocumentCount: number | null, absenceReporting: boolean, latestPayslip: { __typename: 'Payslip', id: string, periodType: PayslipPeriodType, year: number, period: number, netCents: number } | null, leave: { __typename: 'HomeLeave', remainingHours: number, nextExpiryDate: string | null, nextExpiryHours: number } | null, openSickReport: { __typename: 'SickReport', id: string, firstSickDay: string } | null, openLeaveRequests: Array<{ __typename: 'LeaveRequest', id: string, firstDay: string, lastDay: string, hours: number, leaveType: { __typename: 'LeaveType', id: string, name: string } }> | null } | null, account: { __typename: 'Account', id: string, username: string | null }, person: { __typename: 'Person', id: string, firstName: string, fullName: string }, employer: { __typename: 'Employer', id: string, name: string }, employments: Array<(
      { __typename: 'Employment' }
      & { ' $fragmentRefs'?: { 'EmployeeEmploymentFragment': EmployeeEmploymentFragment } }
    )> } | null };

export type EmployeeInsuranceOffersQueryVariables = Exact<{
  kind?: InsuranceKind | null | undefined;
}>;


export type EmployeeInsuranceOffersQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', insuranceOffers: Array<{ __typename: 'InsuranceOffer', id: string, scope: InsuranceScope, insurer: string, kind: InsuranceKind, discountText: string, discountPercentage: number | null, monthlyPremiumFromCents: number | null, conditions: string, url: string }> } | null };

export type EmployeeLeaveCalendarQueryVariables = Exact<{
  month: string;
  page: number;
}>;


export type EmployeeLeaveCalendarQuery = { __typename: 'Query', myLeaveCalendar: { __typename: 'LeaveCalendarMonth', month: string, firstDay: string, lastDay: string, totalPeople: number, page: number, pageSize: number, people: Array<{ __typename: 'LeaveCalendarPerson', key: string, name: string, isSelf: boolean, days: Array<{ __typename: 'LeaveCalendarDay', date: string, status: LeaveCalendarStatus, leaveType: string | null, hours: number | null }> }> }, myLeaveCalendarFeed: { __typename: 'LeaveCalendarFeedStatus', active: boolean, createdAt: string | null } };

export type EmployeeCreateLeaveCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type EmployeeCreateLeaveCalendarFeedMutation = { __typename: 'Mutation', createLeaveCalendarFeed: { __typename: 'CreateLeaveCalendarFeedPayload', url: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeRevokeLeaveCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type EmployeeRevokeLeaveCalendarFeedMutation = { __typename: 'Mutation', revokeLeaveCalendarFeed: { __typename: 'RevokeLeaveCalendarFeedPayload', revoked: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeLeaveRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeeLeaveRequestsQuery = { __typename: 'Query', myLeaveTypes: Array<{ __typename: 'LeaveType', id: string, name: string }>, myLeaveRequests: Array<{ __typename: 'LeaveRequest', id: string, kind: LeaveRequestKind, status: LeaveRequestStatus, firstDay: string, lastDay: string, hours: number, comment: string, decisionComment: string, decidedByName: string | null, decidedOnBehalfOfName: string | null, byLapse: boolean, cancelsId: string | null, leaveType: { __typename: 'LeaveType', id: string, name: string } }> };

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

export type MyTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTeamQuery = { __typename: 'Query', myTeam: { __typename: 'MyTeam', isManager: boolean, tasks: Array<{ __typename: 'TeamTask', id: string, kind: WorkflowKind, personName: string, submittedAt: string, step: number, steps: number, onBehalfOfName: string | null, leaveRequest: { __typename: 'LeaveRequest', id: string, firstDay: string, lastDay: string, hours: number, comment: string, leaveType: { __typename: 'LeaveType', id: string, name: string } } | null, claim: { __typename: 'Claim', id: string, componentName: string, componentKind: ClaimComponentKind, date: string, kilometres: number | null, amount: number, description: string, receipts: Array<{ __typename: 'ClaimReceipt', id: string, fileName: string, url: string }> } | null, personalDataChange: { __typename: 'PersonalDataChange', id: string, field: PersonalDataField, effectiveDate: string | null, old: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string }, new: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string } } | null }>, started: Array<{ __typename: 'TeamRequest', id: string, kind: WorkflowKind, personName: string, status: string, submittedAt: string, trail: Array<{ __typename: 'TeamTrailStep', step: number, state: string, decidedByName: string | null, onBehalfOfName: string | null, decidedAt: string | null, comment: string }> }>, sickToday: Array<{ __typename: 'TeamSickMember', personName: string, firstSickDay: string }>, substitutes: Array<{ __typename: 'ManagerSubstitute', id: string, firstDay: string, lastDay: string, active: boolean, manager: { __typename: 'WorkflowPerson', id: string, name: string }, substitute: { __typename: 'WorkflowPerson', id: string, name: string } }> }, myTeamColleagues: Array<{ __typename: 'WorkflowPerson', id: string, name: string }> };

export type DecideTeamTaskMutationVariables = Exact<{
  input: DecideTeamTaskInput;
}>;


export type DecideTeamTaskMutation = { __typename: 'Mutation', decideTeamTask: { __typename: 'DecideTeamTaskPayload', requestId: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SetManagerSubstituteMutationVariables = Exact<{
  input: SetManagerSubstituteInput;
}>;


export type SetManagerSubstituteMutation = { __typename: 'Mutation', setManagerSubstitute: { __typename: 'ManagerSubstitutePayload', substitute: { __typename: 'ManagerSubstitute', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type EndManagerSubstituteMutationVariables = Exact<{
  input: EndManagerSubstituteInput;
}>;


export type EndManagerSubstituteMutation = { __typename: 'Mutation', endManagerSubstitute: { __typename: 'EndManagerSubstitutePayload', id: string | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type HandOverTeamTasksMutationVariables = Exact<{
  input: HandOverTeamTasksInput;
}>;


export type HandOverTeamTasksMutation = { __typename: 'Mutation', handOverTeamTasks: { __typename: 'HandOverTeamTasksPayload', count: number | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MyTeamCalendarQueryVariables = Exact<{
  month: string;
  page: number;
}>;


export type MyTeamCalendarQuery = { __typename: 'Query', myTeamCalendar: { __typename: 'LeaveCalendarMonth', month: string, firstDay: string, lastDay: string, totalPeople: number, page: number, pageSize: number, people: Array<{ __typename: 'LeaveCalendarPerson', key: string, name: string, isSelf: boolean, days: Array<{ __typename: 'LeaveCalendarDay', date: string, status: LeaveCalendarStatus, leaveType: string | null, hours: number | null }> }> } };

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
    | { __typename: 'PartialRecovery', id: string }
    | (
      { __typename: 'Payslip', periodType: PayslipPeriodType, year: number, period: number, pdfUrl: string, id: string }
      & { ' $fragmentRefs'?: { 'PayslipViewFragment': PayslipViewFragment } }
    )
    | { __typename: 'PayslipLine', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductActivation', id: string }
    | { __typename: 'Provider', id: string }
    | { __typename: 'SickReport', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'VerzuimContact', id: string }
   | null };

export type EmployeeDataChangeFragment = { __typename: 'PersonalDataChange', id: string, field: PersonalDataField, status: PersonalDataChangeStatus, effectiveDate: string | null, comment: string, decidedByName: string, createdAt: string, decidedAt: string | null, appliedAt: string | null, old: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string }, new: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string } } & { ' $fragmentName'?: 'EmployeeDataChangeFragment' };

export type EmployeePersonalDataChangesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePersonalDataChangesQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', personalDataFields: Array<{ __typename: 'OwnPersonalDataField', field: PersonalDataField, mode: PersonalDataFieldMode, current: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string }, pending: (
        { __typename: 'PersonalDataChange' }
        & { ' $fragmentRefs'?: { 'EmployeeDataChangeFragment': EmployeeDataChangeFragment } }
      ) | null }>, personalDataChanges: Array<(
      { __typename: 'PersonalDataChange' }
      & { ' $fragmentRefs'?: { 'EmployeeDataChangeFragment': EmployeeDataChangeFragment } }
    )> } | null };

export type EmployeeRequestPersonalDataChangeMutationVariables = Exact<{
  input: RequestPersonalDataChangeInput;
}>;


export type EmployeeRequestPersonalDataChangeMutation = { __typename: 'Mutation', requestPersonalDataChange: { __typename: 'PersonalDataChangePayload', change: (
      { __typename: 'PersonalDataChange' }
      & { ' $fragmentRefs'?: { 'EmployeeDataChangeFragment': EmployeeDataChangeFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeeWithdrawPersonalDataChangeMutationVariables = Exact<{
  input: WithdrawPersonalDataChangeInput;
}>;


export type EmployeeWithdrawPersonalDataChangeMutation = { __typename: 'Mutation', withdrawPersonalDataChange: { __typename: 'PersonalDataChangePayload', change: (
      { __typename: 'PersonalDataChange' }
      & { ' $fragmentRefs'?: { 'EmployeeDataChangeFragment': EmployeeDataChangeFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeePersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePersonalDataQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', personalData: { __typename: 'PersonalData', initials: string, firstName: string, lastNamePrefix: string, lastName: string, fullName: string, birthDate: string, privateEmail: string | null, phone: string | null, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null, inService: boolean }> } | null } | null };

export type EmployeePreboardingFieldsFragment = { __typename: 'Preboarding', id: string, state: PreboardingState, firstDay: string, jobTitle: string, initials: string, firstName: string, lastNamePrefix: string, lastName: string, phone: string, nationality: string, street: string, postalCode: string, city: string, country: string, bsn: string, iban: string, taxCredit: boolean | null, taxCreditFrom: string | null, emergencyName: string, emergencyRelation: string, emergencyPhone: string, done: number, submittedAt: string | null, files: Array<{ __typename: 'PreboardingFile', side: PreboardingDocumentSide, contentType: string, size: number }>, items: Array<{ __typename: 'PreboardingItemStatus', item: PreboardingItem, done: boolean, remark: string }> } & { ' $fragmentName'?: 'EmployeePreboardingFieldsFragment' };

export type EmployeePreboardingQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePreboardingQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', employer: { __typename: 'Employer', id: string, name: string }, preboarding: (
      { __typename: 'Preboarding' }
      & { ' $fragmentRefs'?: { 'EmployeePreboardingFieldsFragment': EmployeePreboardingFieldsFragment } }
    ) | null } | null };

export type EmployeeSavePreboardingMutationVariables = Exact<{
  input: SavePreboardingInput;
}>;


export type EmployeeSavePreboardingMutation = { __typename: 'Mutation', savePreboarding: { __typename: 'PreboardingPayload', preboarding: (
      { __typename: 'Preboarding' }
      & { ' $fragmentRefs'?: { 'EmployeePreboardingFieldsFragment': EmployeePreboardingFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeeUploadPreboardingDocumentMutationVariables = Exact<{
  input: UploadPreboardingDocumentInput;
}>;


export type EmployeeUploadPreboardingDocumentMutation = { __typename: 'Mutation', uploadPreboardingDocument: { __typename: 'PreboardingPayload', preboarding: (
      { __typename: 'Preboarding' }
      & { ' $fragmentRefs'?: { 'EmployeePreboardingFieldsFragment': EmployeePreboardingFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeeSubmitPreboardingMutationVariables = Exact<{ [key: string]: never; }>;


export type EmployeeSubmitPreboardingMutation = { __typename: 'Mutation', submitPreboarding: { __typename: 'PreboardingPayload', preboarding: (
      { __typename: 'Preboarding' }
      & { ' $fragmentRefs'?: { 'EmployeePreboardingFieldsFragment': EmployeePreboardingFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type EmployeePreboardingStateQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePreboardingStateQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', preboarding: { __typename: 'Preboarding', id: string, state: PreboardingState } | null } | null };

export type EmployeeAskRegulationsMutationVariables = Exact<{
  input: AskRegulationsInput;
}>;


export type EmployeeAskRegulationsMutation = { __typename: 'Mutation', askRegulations: { __typename: 'AskRegulationsPayload', answer: { __typename: 'RegulationAnswer', matched: boolean, passages: Array<{ __typename: 'RegulationHit', documentId: string, documentTitle: string, page: number, text: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

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


export type AdminEmployerQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, name: string, street: string, postalCode: string, city: string, administrationNumber: string, mijnLoketVariant: MijnLoketVariant, activeProducts: Array<{ __typename: 'Product', id: string, code: string }>, provider: { __typename: 'Provider', id: string, name: string, mijnloketAddendumSignedAt: string | null } } | null };

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

export type AdminInsuranceOffersQueryVariables = Exact<{
  level: InsuranceLevelInput;
}>;


export type AdminInsuranceOffersQuery = { __typename: 'Query', insuranceOffers: Array<{ __typename: 'InsuranceOffer', id: string, scope: InsuranceScope, insurer: string, kind: InsuranceKind, discountText: string, discountPercentage: number | null, monthlyPremiumFromCents: number | null, conditions: string, url: string, updatedAt: string }> | null };

export type AdminCreateInsuranceOfferMutationVariables = Exact<{
  input: CreateInsuranceOfferInput;
}>;


export type AdminCreateInsuranceOfferMutation = { __typename: 'Mutation', createInsuranceOffer: { __typename: 'InsuranceOfferPayload', offer: { __typename: 'InsuranceOffer', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminUpdateInsuranceOfferMutationVariables = Exact<{
  input: UpdateInsuranceOfferInput;
}>;


export type AdminUpdateInsuranceOfferMutation = { __typename: 'Mutation', updateInsuranceOffer: { __typename: 'InsuranceOfferPayload', offer: { __typename: 'InsuranceOffer', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminDeleteInsuranceOfferMutationVariables = Exact<{
  input: DeleteInsuranceOfferInput;
}>;


export type AdminDeleteInsuranceOfferMutation = { __typename: 'Mutation', deleteInsuranceOffer: { __typename: 'DeleteInsuranceOfferPayload', deletedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminAssistantCountsQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminAssistantCountsQuery = { __typename: 'Query', assistantIntentCounts: Array<{ __typename: 'AssistantIntentCount', day: string, intent: AssistantIntent, answered: boolean, count: number }> | null };

export type AdminInvitationFunnelQueryVariables = Exact<{
  employerId: string;
  weeks?: number | null | undefined;
}>;


export type AdminInvitationFunnelQuery = { __typename: 'Query', invitationFunnel: { __typename: 'InvitationFunnel', weeks: Array<{ __typename: 'InvitationFunnelWeek', start: string, sent: number, opened: number, verified: number, registered: number, expired: number, withdrawn: number, conversion: number }>, total: { __typename: 'InvitationFunnelWeek', start: string, sent: number, opened: number, verified: number, registered: number, expired: number, withdrawn: number, conversion: number }, stuck: Array<{ __typename: 'InvitationFunnelStuck', step: InvitationFunnelStep, total: number, people: Array<{ __typename: 'InvitationFunnelPerson', email: string, invitedAt: string, expiresAt: string, person: { __typename: 'Person', id: string, fullName: string } }> }> } };

export type AdminFunnelResendMutationVariables = Exact<{
  input: PersonInput;
}>;


export type AdminFunnelResendMutation = { __typename: 'Mutation', resendInvitation: { __typename: 'PersonAccessPayload', person: { __typename: 'Person', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminLeaveCalendarQueryVariables = Exact<{
  employerId: string;
  month: string;
  page: number;
}>;


export type AdminLeaveCalendarQuery = { __typename: 'Query', leaveCalendar: { __typename: 'LeaveCalendarMonth', month: string, firstDay: string, lastDay: string, totalPeople: number, page: number, pageSize: number, people: Array<{ __typename: 'LeaveCalendarPerson', key: string, name: string, isSelf: boolean, days: Array<{ __typename: 'LeaveCalendarDay', date: string, status: LeaveCalendarStatus, leaveType: string | null, hours: number | null }> }> } };

export type AdminLeaveCalendarFeedQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminLeaveCalendarFeedQuery = { __typename: 'Query', leaveCalendarFeed: { __typename: 'LeaveCalendarFeedStatus', active: boolean, createdAt: string | null } };

export type AdminCreateLeaveCalendarFeedMutationVariables = Exact<{
  employerId: string;
}>;


export type AdminCreateLeaveCalendarFeedMutation = { __typename: 'Mutation', createLeaveCalendarFeed: { __typename: 'CreateLeaveCalendarFeedPayload', url: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminRevokeLeaveCalendarFeedMutationVariables = Exact<{
  employerId: string;
}>;


export type AdminRevokeLeaveCalendarFeedMutation = { __typename: 'Mutation', revokeLeaveCalendarFeed: { __typename: 'RevokeLeaveCalendarFeedPayload', revoked: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminQueueFiltersQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminQueueFiltersQuery = { __typename: 'Query', leaveScheme: { __typename: 'LeaveScheme', leaveTypes: Array<{ __typename: 'LeaveType', id: string, name: string }> } | null, leaveQueueTeams: Array<{ __typename: 'LeaveTeam', id: string, name: string }> };

export type AdminLeaveQueueQueryVariables = Exact<{
  employerId: string;
  status: LeaveQueueStatus;
  leaveTypeId?: string | null | undefined;
  teamId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AdminLeaveQueueQuery = { __typename: 'Query', leaveRequestQueue: Array<{ __typename: 'LeaveQueueItem', personName: string, balanceHours: number, colleaguesAwayMore: number, colleaguesAway: Array<{ __typename: 'ColleagueAway', name: string, firstDay: string, lastDay: string }>, request: { __typename: 'LeaveRequest', id: string, kind: LeaveRequestKind, status: LeaveRequestStatus, employmentId: string, firstDay: string, lastDay: string, hours: number, comment: string, deadline: string | null, decisionComment: string, decidedByName: string | null, decidedAt: string | null, byLapse: boolean, leaveType: { __typename: 'LeaveType', id: string, name: string } } }> };

export type AdminDecideLeaveRequestsMutationVariables = Exact<{
  input: DecideLeaveRequestsInput;
}>;


export type AdminDecideLeaveRequestsMutation = { __typename: 'Mutation', decideLeaveRequests: { __typename: 'DecideLeaveRequestsPayload', results: Array<{ __typename: 'LeaveDecisionResult', id: string, leaveRequest: { __typename: 'LeaveRequest', id: string, status: LeaveRequestStatus, decisionComment: string, decidedByName: string | null, decidedAt: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> }>, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdminEmploymentLeaveBalancesQueryVariables = Exact<{
  employmentId: string;
}>;


export type AdminEmploymentLeaveBalancesQuery = { __typename: 'Query', leaveLedger: { __typename: 'LeaveLedger', employmentId: string, balances: Array<{ __typename: 'LeaveTypeBalance', accruedHours: number, takenHours: number, plannedHours: number, correctedHours: number, expiredHours: number, balanceHours: number, leaveType: { __typename: 'LeaveType', id: string, name: string } }> } };

export type AdminLeaveEntriesQueryVariables = Exact<{
  employmentId: string;
  leaveTypeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminLeaveEntriesQuery = { __typename: 'Query', leaveEntries: { __typename: 'LeaveEntryConnection', totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ __typename: 'LeaveEntry', id: string, kind: LeaveEntryKind, hours: number, date: string, year: number, source: LeaveEntrySource, reason: string, request: { __typename: 'LeaveEntryRequest', id: string, firstDay: string, lastDay: string } | null }> } };

export type AdminLeaveSchemeQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminLeaveSchemeQuery = { __typename: 'Query', leaveScheme: { __typename: 'LeaveScheme', goodFridayOff: boolean, liberationDay: LiberationDay, expiryReminderMonth: number, expiryReminderDay: number, leaveTypes: Array<{ __typename: 'LeaveType', id: string, name: string, category: LeaveCategory, vacation: boolean, weeksPerYear: number, accrual: LeaveAccrual, expiryMonths: number | null, sortOrder: number, requestable: boolean, allowNegative: boolean }> } | null };

export type AdminCreateLeaveTypeMutationVariables = Exact<{
  input: CreateLeaveTypeInput;
}>;


export type AdminCreateLeaveTypeMutation = { __typename: 'Mutation', createLeaveType: { __typename: 'LeaveTypePayload', leaveType: { __typename: 'LeaveType', id: string, name: string, category: LeaveCategory, vacation: boolean, weeksPerYear: number, accrual: LeaveAccrual, expiryMonths: number | null, sortOrder: number, requestable: boolean, allowNegative: boolean } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdminUpdateLeaveTypeMutationVariables = Exact<{
  input: UpdateLeaveTypeInput;
}>;


export type AdminUpdateLeaveTypeMutation = { __typename: 'Mutation', updateLeaveType: { __typename: 'LeaveTypePayload', leaveType: { __typename: 'LeaveType', id: string, name: string, category: LeaveCategory, vacation: boolean, weeksPerYear: number, accrual: LeaveAccrual, expiryMonths: number | null, sortOrder: number, requestable: boolean, allowNegative: boolean } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdminSetLeaveHolidaysMutationVariables = Exact<{
  input: SetLeaveHolidaysInput;
}>;


export type AdminSetLeaveHolidaysMutation = { __typename: 'Mutation', setLeaveHolidays: { __typename: 'LeaveSchemePayload', leaveScheme: { __typename: 'LeaveScheme', goodFridayOff: boolean, liberationDay: LiberationDay } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdminSetLeaveExpiryReminderMutationVariables = Exact<{
  input: SetLeaveExpiryReminderInput;
}>;


export type AdminSetLeaveExpiryReminderMutation = { __typename: 'Mutation', setLeaveExpiryReminder: { __typename: 'LeaveSchemePayload', leaveScheme: { __typename: 'LeaveScheme', expiryReminderMonth: number, expiryReminderDay: number } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdminWorkPatternQueryVariables = Exact<{
  employmentId: string;
}>;


export type AdminWorkPatternQuery = { __typename: 'Query', workPattern: { __typename: 'WorkPattern', employmentId: string, weekAStartsOn: string | null, weeklyHours: number, source: WorkPatternSource, weeks: Array<{ __typename: 'WorkWeek', monday: number, tuesday: number, wednesday: number, thursday: number, friday: number, saturday: number, sunday: number }> } | null };

export type AdminSetWorkPatternMutationVariables = Exact<{
  input: SetWorkPatternInput;
}>;


export type AdminSetWorkPatternMutation = { __typename: 'Mutation', setWorkPattern: { __typename: 'WorkPatternPayload', workPattern: { __typename: 'WorkPattern', employmentId: string, weekAStartsOn: string | null, weeklyHours: number, source: WorkPatternSource, weeks: Array<{ __typename: 'WorkWeek', monday: number, tuesday: number, wednesday: number, thursday: number, friday: number, saturday: number, sunday: number }> } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AdminCorrectionLeaveTypesQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminCorrectionLeaveTypesQuery = { __typename: 'Query', leaveScheme: { __typename: 'LeaveScheme', leaveTypes: Array<{ __typename: 'LeaveType', id: string, name: string }> } | null };

export type AdminRecordLeaveEntriesMutationVariables = Exact<{
  input: RecordLeaveEntriesInput;
}>;


export type AdminRecordLeaveEntriesMutation = { __typename: 'Mutation', recordLeaveEntries: { __typename: 'RecordLeaveEntriesPayload', recordedCount: number, results: Array<{ __typename: 'LeaveEntryResult', index: number, duplicate: boolean, entry: { __typename: 'LeaveEntry', id: string, kind: LeaveEntryKind, hours: number, date: string, year: number, reason: string } | null, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> }>, userErrors: Array<{ __typename: 'UserError', code: UserErrorCode, message: string, field: Array<string> | null }> } };

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


export type AdminMailTemplatesQuery = { __typename: 'Query', mailTemplates: Array<{ __typename: 'MailTemplateText', kind: MailKind, locale: MailLocale, subject: string, subjectSource: MailTextSource, textBody: string, textBodySource: MailTextSource, htmlBody: string, htmlBodySource: MailTextSource, blocks: Array<{ __typename: 'MailBlock', kind: MailBlockKind, condition: string | null, text: string, items: Array<string>, link: string | null }> | null }> | null };

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


export type AdminSetMailTemplateMutation = { __typename: 'Mutation', setMailTemplate: { __typename: 'MailTemplatePayload', template: { __typename: 'MailTemplateText', kind: MailKind, locale: MailLocale, subject: string, subjectSource: MailTextSource, textBody: string, textBodySource: MailTextSource, htmlBody: string, htmlBodySource: MailTextSource, blocks: Array<{ __typename: 'MailBlock', kind: MailBlockKind, condition: string | null, text: string, items: Array<string>, link: string | null }> | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminResetMailTemplateMutationVariables = Exact<{
  input: MailTemplateKeyInput;
}>;


export type AdminResetMailTemplateMutation = { __typename: 'Mutation', resetMailTemplate: { __typename: 'MailTemplatePayload', template: { __typename: 'MailTemplateText', kind: MailKind, locale: MailLocale, subject: string, subjectSource: MailTextSource, textBody: string, textBodySource: MailTextSource, htmlBody: string, htmlBodySource: MailTextSource, blocks: Array<{ __typename: 'MailBlock', kind: MailBlockKind, condition: string | null, text: string, items: Array<string>, link: string | null }> | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type PayslipViewFragment = { __typename: 'Payslip', id: string, periodType: PayslipPeriodType, year: number, runDate: string, periodStart: string | null, periodEnd: string | null, grossCents: number, netCents: number, hoursPerWeek: number | null, partTimePercentage: number | null, hoursWorked: number | null, minimumHourlyWageCents: number | null, minimumWageCents: number | null, taxTableColour: PayslipTaxTableColour | null, taxTablePeriod: PayslipTaxTablePeriod | null, payrollTaxCreditApplied: boolean | null, svWageCents: number | null, taxableWageCents: number | null, ytdGrossCents: number | null, ytdSvWageCents: number | null, ytdTaxableWageCents: number | null, ytdPayrollTaxCents: number | null, ytdNetCents: number | null, bankAccountMasked: string | null, lines: Array<{ __typename: 'PayslipLine', id: string, code: string, description: string, amountCents: number, category: PayslipLineCategory, kind: PayslipLineKind | null, quantity: number | null, rateCents: number | null }>, totals: Array<{ __typename: 'PayslipCategoryTotal', category: PayslipLineCategory, totalCents: number }>, employment: { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string, startDate: string, employer: { __typename: 'Employer', id: string, name: string }, person: { __typename: 'Person', id: string, fullName: string } } } & { ' $fragmentName'?: 'PayslipViewFragment' };

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
    | { __typename: 'PartialRecovery' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, payslips: { __typename: 'PayslipConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename: 'PayslipEdge', node: { __typename: 'Payslip', id: string, periodLabel: string, runDate: string, visibleFrom: string, grossCents: number, netCents: number, pdfUrl: string, employment: { __typename: 'Employment', id: string, employeeNumber: number } } | null } | null> | null } | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
    | { __typename: 'VerzuimContact' }
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
    | { __typename: 'PartialRecovery' }
    | (
      { __typename: 'Payslip', id: string, periodLabel: string, visibleFrom: string, pdfUrl: string }
      & { ' $fragmentRefs'?: { 'PayslipViewFragment': PayslipViewFragment } }
    )
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person' }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
    | { __typename: 'VerzuimContact' }
   | null };

export type StaffDataChangeFragment = { __typename: 'PersonalDataChange', id: string, personId: string, personName: string, field: PersonalDataField, status: PersonalDataChangeStatus, effectiveDate: string | null, comment: string, decidedByName: string, createdAt: string, decidedAt: string | null, appliedAt: string | null, old: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string }, new: { __typename: 'PersonalDataValues', street: string, postalCode: string, city: string, phone: string, email: string, iban: string, name: string } } & { ' $fragmentName'?: 'StaffDataChangeFragment' };

export type StaffPersonalDataSettingsQueryVariables = Exact<{
  employerId: string;
}>;


export type StaffPersonalDataSettingsQuery = { __typename: 'Query', personalDataSettings: Array<{ __typename: 'PersonalDataSetting', field: PersonalDataField, mode: PersonalDataFieldMode }> };

export type StaffSetPersonalDataSettingMutationVariables = Exact<{
  input: SetPersonalDataSettingInput;
}>;


export type StaffSetPersonalDataSettingMutation = { __typename: 'Mutation', setPersonalDataSetting: { __typename: 'PersonalDataSettingsPayload', settings: Array<{ __typename: 'PersonalDataSetting', field: PersonalDataField, mode: PersonalDataFieldMode }> | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type StaffPersonalDataChangeQueueQueryVariables = Exact<{
  employerId: string;
}>;


export type StaffPersonalDataChangeQueueQuery = { __typename: 'Query', personalDataChangeQueue: Array<(
    { __typename: 'PersonalDataChange' }
    & { ' $fragmentRefs'?: { 'StaffDataChangeFragment': StaffDataChangeFragment } }
  )> };

export type StaffDecidePersonalDataChangeMutationVariables = Exact<{
  input: DecidePersonalDataChangeInput;
}>;


export type StaffDecidePersonalDataChangeMutation = { __typename: 'Mutation', decidePersonalDataChange: { __typename: 'PersonalDataChangePayload', change: (
      { __typename: 'PersonalDataChange' }
      & { ' $fragmentRefs'?: { 'StaffDataChangeFragment': StaffDataChangeFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type StaffPersonPersonalDataChangesQueryVariables = Exact<{
  personId: string;
}>;


export type StaffPersonPersonalDataChangesQuery = { __typename: 'Query', personalDataChanges: Array<(
    { __typename: 'PersonalDataChange' }
    & { ' $fragmentRefs'?: { 'StaffDataChangeFragment': StaffDataChangeFragment } }
  )> };

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
    | { __typename: 'PartialRecovery' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, fullName: string, initials: string, firstName: string, lastNamePrefix: string, lastName: string, birthDate: string, email: string | null, phone: string | null, street: string, postalCode: string, city: string, payrollKey: string | null, employer: { __typename: 'Employer', id: string }, employments: Array<{ __typename: 'Employment', id: string, employeeNumber: number, startDate: string, endDate: string | null, inService: boolean, jobTitle: string }> | null, account: { __typename: 'Account', id: string, status: AccessStatus, username: string | null, hasLoggedIn: boolean, canSendUsername: boolean, lastLoginAt: string | null, lockedUntil: string | null, blockedAt: string | null, registeredEmail?: string | null, invitation: { __typename: 'AccountInvitation', state: string, expiresAt: string, sentAt: string, sentTo: string } | null } | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
    | { __typename: 'VerzuimContact' }
   | null };

export type AdminPreboardingRowFragment = { __typename: 'Preboarding', id: string, state: PreboardingState, initials: string, firstName: string, lastNamePrefix: string, lastName: string, email: string, firstDay: string, jobTitle: string, departmentId: string | null, done: number, submittedAt: string | null, createdAt: string } & { ' $fragmentName'?: 'AdminPreboardingRowFragment' };

export type AdminPreboardingsQueryVariables = Exact<{
  employerId: string;
  states?: Array<PreboardingState> | PreboardingState | null | undefined;
}>;


export type AdminPreboardingsQuery = { __typename: 'Query', preboardings: Array<(
    { __typename: 'Preboarding' }
    & { ' $fragmentRefs'?: { 'AdminPreboardingRowFragment': AdminPreboardingRowFragment } }
  )> };

export type AdminPreboardingTeamsQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminPreboardingTeamsQuery = { __typename: 'Query', preboardingTeams: Array<{ __typename: 'PreboardingTeam', id: string, name: string }> };

export type AdminPreboardingQueryVariables = Exact<{
  id: string;
}>;


export type AdminPreboardingQuery = { __typename: 'Query', preboarding: { __typename: 'Preboarding', id: string, state: PreboardingState, initials: string, firstName: string, lastNamePrefix: string, lastName: string, email: string, firstDay: string, jobTitle: string, departmentId: string | null, done: number, submittedAt: string | null, createdAt: string, employerId: string, personId: string, birthDate: string, phone: string, nationality: string, street: string, postalCode: string, city: string, country: string, bsn: string, iban: string, taxCredit: boolean | null, taxCreditFrom: string | null, emergencyName: string, emergencyRelation: string, emergencyPhone: string, completedAt: string | null, endedAt: string | null, documentsDeletedAt: string | null, employmentId: string | null, files: Array<{ __typename: 'PreboardingFile', side: PreboardingDocumentSide, contentType: string, size: number }>, items: Array<{ __typename: 'PreboardingItemStatus', item: PreboardingItem, done: boolean, remark: string }> } | null };

export type AdminPreboardingDocumentQueryVariables = Exact<{
  id: string;
  side: PreboardingDocumentSide;
}>;


export type AdminPreboardingDocumentQuery = { __typename: 'Query', preboarding: { __typename: 'Preboarding', id: string, document: { __typename: 'PreboardingDocument', contentType: string, contentBase64: string } | null } | null };

export type AdminCreatePreboardingMutationVariables = Exact<{
  input: CreatePreboardingInput;
}>;


export type AdminCreatePreboardingMutation = { __typename: 'Mutation', createPreboarding: { __typename: 'PreboardingPayload', preboarding: (
      { __typename: 'Preboarding' }
      & { ' $fragmentRefs'?: { 'AdminPreboardingRowFragment': AdminPreboardingRowFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminResendPreboardingInvitationMutationVariables = Exact<{
  input: PreboardingIdInput;
}>;


export type AdminResendPreboardingInvitationMutation = { __typename: 'Mutation', resendPreboardingInvitation: { __typename: 'PreboardingPayload', preboarding: { __typename: 'Preboarding', id: string, state: PreboardingState } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminReturnPreboardingMutationVariables = Exact<{
  input: ReturnPreboardingInput;
}>;


export type AdminReturnPreboardingMutation = { __typename: 'Mutation', returnPreboarding: { __typename: 'PreboardingPayload', preboarding: { __typename: 'Preboarding', id: string, state: PreboardingState, items: Array<{ __typename: 'PreboardingItemStatus', item: PreboardingItem, done: boolean, remark: string }> } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminCompletePreboardingMutationVariables = Exact<{
  input: PreboardingIdInput;
}>;


export type AdminCompletePreboardingMutation = { __typename: 'Mutation', completePreboarding: { __typename: 'PreboardingPayload', preboarding: { __typename: 'Preboarding', id: string, state: PreboardingState, completedAt: string | null, employmentId: string | null } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

export type AdminEndPreboardingMutationVariables = Exact<{
  input: PreboardingIdInput;
}>;


export type AdminEndPreboardingMutation = { __typename: 'Mutation', endPreboarding: { __typename: 'PreboardingPayload', preboarding: { __typename: 'Preboarding', id: string, state: PreboardingState, endedAt: string | null, done: number } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode }> } };

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

export type AdminSickReportFieldsFragment = { __typename: 'SickReport', id: string, firstSickDay: string, hoursWorked: number | null, reportedAt: string, reportedByKind: SickReportReportedByKind, reportedByName: string, recoveryDate: string | null, recoveryReportedAt: string | null, open: boolean, poortwachter: { __typename: 'PoortwachterCase', milestones: Array<{ __typename: 'PoortwachterMilestone', step: PoortwachterStep, dueOn: string, status: PoortwachterStatus }> } | null } & { ' $fragmentName'?: 'AdminSickReportFieldsFragment' };

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
    | { __typename: 'PartialRecovery' }
    | { __typename: 'Payslip' }
    | { __typename: 'PayslipLine' }
    | { __typename: 'Person', id: string, sickReports: Array<(
        { __typename: 'SickReport' }
        & { ' $fragmentRefs'?: { 'AdminSickReportFieldsFragment': AdminSickReportFieldsFragment;'AdminSickCaseFragment': AdminSickCaseFragment } }
      )> | null }
    | { __typename: 'Product' }
    | { __typename: 'ProductActivation' }
    | { __typename: 'Provider' }
    | { __typename: 'SickReport' }
    | { __typename: 'StaffUser' }
    | { __typename: 'VerzuimContact' }
   | null };

export type AdminVerzuimContactFragment = { __typename: 'VerzuimContact', id: string, name: string, role: string, email: string, language: VerzuimContactLanguage } & { ' $fragmentName'?: 'AdminVerzuimContactFragment' };

export type AdminVerzuimContactsQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminVerzuimContactsQuery = { __typename: 'Query', employer: { __typename: 'Employer', id: string, verzuimContacts: Array<(
      { __typename: 'VerzuimContact' }
      & { ' $fragmentRefs'?: { 'AdminVerzuimContactFragment': AdminVerzuimContactFragment } }
    )> | null } | null };

export type AdminAddVerzuimContactMutationVariables = Exact<{
  input: AddVerzuimContactInput;
}>;


export type AdminAddVerzuimContactMutation = { __typename: 'Mutation', addVerzuimContact: { __typename: 'VerzuimContactPayload', verzuimContact: (
      { __typename: 'VerzuimContact' }
      & { ' $fragmentRefs'?: { 'AdminVerzuimContactFragment': AdminVerzuimContactFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminRemoveVerzuimContactMutationVariables = Exact<{
  input: RemoveVerzuimContactInput;
}>;


export type AdminRemoveVerzuimContactMutation = { __typename: 'Mutation', removeVerzuimContact: { __typename: 'RemoveVerzuimContactPayload', removedId: string | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminSickCaseFragment = { __typename: 'SickReport', id: string, firstSickDay: string, hoursWorked: number | null, open: boolean, partialRecoveries: Array<{ __typename: 'PartialRecovery', id: string, fromDate: string, percentage: number | null, hoursPerWeek: number | null, recordedAt: string, recordedByKind: PartialRecoveryRecordedByKind, recordedByName: string }>, poortwachter: { __typename: 'PoortwachterCase', firstSickDay: string, milestones: Array<{ __typename: 'PoortwachterMilestone', step: PoortwachterStep, week: number, opensOn: string | null, dueOn: string, doneOn: string | null, status: PoortwachterStatus }> } | null } & { ' $fragmentName'?: 'AdminSickCaseFragment' };

export type AdminStaffReportSickMutationVariables = Exact<{
  input: StaffReportSickInput;
}>;


export type AdminStaffReportSickMutation = { __typename: 'Mutation', staffReportSick: { __typename: 'SickReportPayload', sickReport: { __typename: 'SickReport', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminStaffReportRecoveredMutationVariables = Exact<{
  input: StaffReportRecoveredInput;
}>;


export type AdminStaffReportRecoveredMutation = { __typename: 'Mutation', staffReportRecovered: { __typename: 'SickReportPayload', sickReport: { __typename: 'SickReport', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminStaffReportPartialRecoveryMutationVariables = Exact<{
  input: StaffReportPartialRecoveryInput;
}>;


export type AdminStaffReportPartialRecoveryMutation = { __typename: 'Mutation', staffReportPartialRecovery: { __typename: 'PartialRecoveryPayload', partialRecovery: { __typename: 'PartialRecovery', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminMarkPoortwachterStepMutationVariables = Exact<{
  input: MarkPoortwachterStepInput;
}>;


export type AdminMarkPoortwachterStepMutation = { __typename: 'Mutation', markPoortwachterStep: { __typename: 'SickReportPayload', sickReport: (
      { __typename: 'SickReport' }
      & { ' $fragmentRefs'?: { 'AdminSickCaseFragment': AdminSickCaseFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminCorrectSickReportMutationVariables = Exact<{
  input: CorrectSickReportInput;
}>;


export type AdminCorrectSickReportMutation = { __typename: 'Mutation', correctSickReport: { __typename: 'SickReportPayload', sickReport: { __typename: 'SickReport', id: string } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffAccountQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, username: string | null, secondFactor: { __typename: 'StaffSecondFactor', enrolled: boolean, enrolledAt: string | null, recoveryCodesLeft: number } | null } | null };

export type StaffRenewRecoveryCodesMutationVariables = Exact<{
  input: RenewRecoveryCodesInput;
}>;


export type StaffRenewRecoveryCodesMutation = { __typename: 'Mutation', renewRecoveryCodes: { __typename: 'RecoveryCodesPayload', recoveryCodes: Array<string> | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

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

export type AdminProviderSecondFactorPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminProviderSecondFactorPolicyQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', id: string, provider: { __typename: 'Provider', id: string, requireSecondFactorForEmployers: boolean } | null } | null };

export type AdminSetRequireSecondFactorForEmployersMutationVariables = Exact<{
  input: SetRequireSecondFactorForEmployersInput;
}>;


export type AdminSetRequireSecondFactorForEmployersMutation = { __typename: 'Mutation', setRequireSecondFactorForEmployers: { __typename: 'ProviderSettingsPayload', provider: { __typename: 'Provider', id: string, requireSecondFactorForEmployers: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminWorkflowRoutesQueryVariables = Exact<{
  employerId: string;
}>;


export type AdminWorkflowRoutesQuery = { __typename: 'Query', workflowRoutes: { __typename: 'WorkflowEditor', employerId: string, editorActive: boolean, routes: Array<{ __typename: 'RequestRoute', kind: WorkflowKind, custom: boolean, updatedAt: string | null, steps: Array<{ __typename: 'RequestRouteStep', target: WorkflowTarget, users: Array<{ __typename: 'WorkflowStaffUser', id: string, name: string }> }>, notify: Array<{ __typename: 'WorkflowStaffUser', id: string, name: string }>, autoApproval: { __typename: 'WorkflowAutoApproval', maxLeaveHours: number | null, maxClaimAmount: number | null } | null }>, staff: Array<{ __typename: 'WorkflowStaffUser', id: string, name: string, active: boolean, handlesRequests: boolean }>, escalation: { __typename: 'WorkflowEscalation', workingDays: number, custom: boolean, updatedAt: string | null } }, stuckWorkflowRequests: Array<{ __typename: 'StuckWorkflowRequest', id: string, kind: WorkflowKind, personName: string, step: number, since: string }> };

export type AdminWorkflowPreviewQueryVariables = Exact<{
  employerId: string;
  kind: WorkflowKind;
  personId: string;
  route?: WorkflowRouteInput | null | undefined;
}>;


export type AdminWorkflowPreviewQuery = { __typename: 'Query', workflowPreview: { __typename: 'WorkflowPreview', personName: string, steps: Array<{ __typename: 'WorkflowPreviewStep', target: WorkflowTarget, assignedTo: WorkflowAssignedTo, names: Array<string>, more: number, fallback: WorkflowFallback | null, stuck: boolean }>, autoApproval: { __typename: 'WorkflowAutoApproval', maxLeaveHours: number | null, maxClaimAmount: number | null } | null } };

export type AdminWorkflowPeopleQueryVariables = Exact<{
  employerId: string;
  search: string;
}>;


export type AdminWorkflowPeopleQuery = { __typename: 'Query', workflowPeople: Array<{ __typename: 'WorkflowPerson', id: string, name: string }> };

export type AdminSetWorkflowRouteMutationVariables = Exact<{
  input: SetWorkflowRouteInput;
}>;


export type AdminSetWorkflowRouteMutation = { __typename: 'Mutation', setWorkflowRoute: { __typename: 'WorkflowRoutePayload', route: { __typename: 'RequestRoute', kind: WorkflowKind } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type AdminSetWorkflowEscalationMutationVariables = Exact<{
  input: SetWorkflowEscalationInput;
}>;


export type AdminSetWorkflowEscalationMutation = { __typename: 'Mutation', setWorkflowEscalation: { __typename: 'WorkflowEscalationPayload', escalation: { __typename: 'WorkflowEscalation', workingDays: number, custom: boolean } | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: { __typename: 'LogoutPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export const AdminAccessPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAccessPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAccessPersonFragment, unknown>;
export const StaffViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffViewerFragment, unknown>;
export const SecondFactorChallengeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecondFactorChallenge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<SecondFactorChallengeFragment, unknown>;
export const AdminDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"regulation"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminDocumentFieldsFragment, unknown>;
export const EmployeeViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeViewerFragment, unknown>;
export const EmployeeSickReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}}]}}]}}]} as unknown as DocumentNode<EmployeeSickReportFragment, unknown>;
export const EmployeeClaimFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"componentKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kilometres"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payrollPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EmployeeClaimFragment, unknown>;
export const EmployeeEmploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeeEmploymentFragment, unknown>;
export const EmployeeDataChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeDataChangeFragment, unknown>;
export const EmployeePreboardingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeePreboardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"taxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyRelation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<EmployeePreboardingFieldsFragment, unknown>;
export const PayslipViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayslipView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"partTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHourlyWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"taxTableColour"}},{"kind":"Field","name":{"kind":"Name","value":"taxTablePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCreditApplied"}},{"kind":"Field","name":{"kind":"Name","value":"svWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"taxableWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdGrossCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdSvWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdTaxableWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdNetCents"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountMasked"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"rateCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<PayslipViewFragment, unknown>;
export const StaffDataChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffDataChangeFragment, unknown>;
export const AdminPreboardingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPreboardingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminPreboardingRowFragment, unknown>;
export const AdminSickReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"poortwachter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSickReportFieldsFragment, unknown>;
export const AdminVerzuimContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVerzuimContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerzuimContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<AdminVerzuimContactFragment, unknown>;
export const AdminSickCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poortwachter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSickCaseFragment, unknown>;
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
export const StaffSetLanguageDocument = {"__meta__":{"hash":"03bc10b5a2a2ff011a43263009e8fdb89c9455533b02f5e693ded94597751d6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSetLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSetLanguageMutation, StaffSetLanguageMutationVariables>;
export const StaffClaimComponentsDocument = {"__meta__":{"hash":"a0beb57f2ee58e1c0563a056d33ef8121c680252c6e14a6a13b2509c5b41f4cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffClaimComponents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claimComponents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"taxFreeYear"}},{"kind":"Field","name":{"kind":"Name","value":"taxFreeKmRate"}},{"kind":"Field","name":{"kind":"Name","value":"documentsActive"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"receiptRequired"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<StaffClaimComponentsQuery, StaffClaimComponentsQueryVariables>;
export const StaffSaveClaimComponentDocument = {"__meta__":{"hash":"2c9d1d26aaecd87bbc543dbdc581027348c8d5bc39aad01aec00d088c07fd4b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSaveClaimComponent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveClaimComponentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveClaimComponent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"component"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"receiptRequired"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSaveClaimComponentMutation, StaffSaveClaimComponentMutationVariables>;
export const StaffClaimQueueDocument = {"__meta__":{"hash":"cf7e598668f6237021acc7b591293cb54841d03244d59ce4bda9c73f1de49c59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffClaimQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimQueueStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claimQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"componentKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kilometres"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"payrollPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffClaimQueueQuery, StaffClaimQueueQueryVariables>;
export const StaffDecideClaimsDocument = {"__meta__":{"hash":"32fa5f49f326ce08b2151590ae8bbbbfbccbb5ab83ac935f33fcca9ee3716338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffDecideClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideClaimsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffDecideClaimsMutation, StaffDecideClaimsMutationVariables>;
export const AdminCollectiveGrantDocument = {"__meta__":{"hash":"c0efc6058f69f7ad0906386b94a4dced2466fed391ce25a42209b65eb68267a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCollectiveGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveGrantAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"taken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"inviteTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCollectiveGrantMutation, AdminCollectiveGrantMutationVariables>;
export const AdminCollectiveBlockDocument = {"__meta__":{"hash":"16cfb93f0bda7c280a98bd23bbe5fd4c29e843cd3163a620e1db0b273d96386b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCollectiveBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveAccessInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"takenCount"}},{"kind":"Field","name":{"kind":"Name","value":"skippedCount"}},{"kind":"Field","name":{"kind":"Name","value":"taken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCollectiveBlockMutation, AdminCollectiveBlockMutationVariables>;
export const AdminLeftWithAccessDocument = {"__meta__":{"hash":"1088a6f3ea56e9eab0ee176ca00784f4c8e8de9f04b87e1efad3b2cd288bba0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeftWithAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"OUT_OF_SERVICE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"accessStatus"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"LOCKED"},{"kind":"EnumValue","value":"INVITED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeftWithAccessQuery, AdminLeftWithAccessQueryVariables>;
export const AdminPersonDocumentsDocument = {"__meta__":{"hash":"aad4f5d35f22a3eea96972308cda563096423b650451e8546ce175c83b3d12eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"regulation"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminPersonDocumentsQuery, AdminPersonDocumentsQueryVariables>;
export const AdminEmployerDocumentsDocument = {"__meta__":{"hash":"85d32ff2736ec10e90bade5ab5a3433df9cbf302687af54af3fc268edb687b28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployerDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"regulation"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminEmployerDocumentsQuery, AdminEmployerDocumentsQueryVariables>;
export const AdminAddDocumentDocument = {"__meta__":{"hash":"d31b42bbdb507af0d9e0a69f55c1efcc5bbf1f505b0b96441d26686a6ffb4696"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"regulation"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminAddDocumentMutation, AdminAddDocumentMutationVariables>;
export const AdminSetDocumentVisibilityDocument = {"__meta__":{"hash":"d602bd4174cb2ff4ad7b60328e0587a19d09e4e1d2e2df8e4cb0d3fcf4ff4452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDocumentVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDocumentVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"regulation"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminSetDocumentVisibilityMutation, AdminSetDocumentVisibilityMutationVariables>;
export const AdminDeleteDocumentDocument = {"__meta__":{"hash":"8bf49de2e690659ad217816ff4495b360cfd95433f83e6c9f1ff5aafa77adb26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedDocumentId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeleteDocumentMutation, AdminDeleteDocumentMutationVariables>;
export const AdminSetDocumentRegulationDocument = {"__meta__":{"hash":"3e292e6126a4098b0f99521667847faecd9b140ff3a3a808efdc22a108069b73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDocumentRegulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDocumentRegulationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentRegulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passageCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"regulation"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<AdminSetDocumentRegulationMutation, AdminSetDocumentRegulationMutationVariables>;
export const EmployeeLoginDocument = {"__meta__":{"hash":"3a593e13ade8d50a790880ecff3b6661394cfc850b8200d39e8bb3c3286e9241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employeeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeLoginMutation, EmployeeLoginMutationVariables>;
export const EmployeeRefreshSessionDocument = {"__meta__":{"hash":"ed931cc3fc7e5600cf8a9c1c4dca149a310a4b9167dce7c9afff0d282aeff518"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"EMPLOYEE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeRefreshSessionMutation, EmployeeRefreshSessionMutationVariables>;
export const EmployeeSetLanguageDocument = {"__meta__":{"hash":"1a30c0a5582c228c35394012772f9b491bf6ba7063f52dd9fb8f5951b89b253c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSetLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeSetLanguageMutation, EmployeeSetLanguageMutationVariables>;
export const EmployeeAbsenceDocument = {"__meta__":{"hash":"963f5bdc6521709f52467a2c7c5ad50b5e5e944d07736069afb7441f9094ed3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeAbsence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openSickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sickReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}}]}}]}}]} as unknown as DocumentNode<EmployeeAbsenceQuery, EmployeeAbsenceQueryVariables>;
export const EmployeeReportSickDocument = {"__meta__":{"hash":"47b6e871fc63413fc1766a8c4ae98f24da0c140e106541112258000d4aaeac08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeReportSick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSickInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportSick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}}]}}]}}]} as unknown as DocumentNode<EmployeeReportSickMutation, EmployeeReportSickMutationVariables>;
export const EmployeeReportRecoveredDocument = {"__meta__":{"hash":"0dee323e649b6bcaac2cd9bfca8ee43db58f51a8c4efea9454e2f2e0041010c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeReportRecovered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRecoveredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportRecovered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeSickReport"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeSickReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}}]}}]}}]} as unknown as DocumentNode<EmployeeReportRecoveredMutation, EmployeeReportRecoveredMutationVariables>;
export const EmployeeReportPartialRecoveryDocument = {"__meta__":{"hash":"305eadc6931711684811accad417ea8893d418029caf9063cda15552d8bcb891"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeReportPartialRecovery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPartialRecoveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportPartialRecovery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeReportPartialRecoveryMutation, EmployeeReportPartialRecoveryMutationVariables>;
export const EmployeeAnnualStatementsDocument = {"__meta__":{"hash":"3e8ff51cf14f124799f5d0406a98d6e3b5aa9d8708235144b0255c3fa0b01e53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeAnnualStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"annualStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"wageForPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"withheldPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"labourTaxCreditCents"}},{"kind":"Field","name":{"kind":"Name","value":"zvwWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCreditApplied"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeAnnualStatementsQuery, EmployeeAnnualStatementsQueryVariables>;
export const EmployeeAskAssistantDocument = {"__meta__":{"hash":"8513671c228d26c2202e13901cd2cefecfc9f17d7bf5551e4112161737d18dc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeAskAssistant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskAssistantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"askAssistant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeAskAssistantMutation, EmployeeAskAssistantMutationVariables>;
export const EmployeeClaimsDocument = {"__meta__":{"hash":"3227747027a5b9a8c93a38b0ddf641419bb869a060b6e12f1a874ff0b1b41c82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myClaimOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receiptsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"maxReceiptBytes"}},{"kind":"Field","name":{"kind":"Name","value":"maxReceipts"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"receiptRequired"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeClaim"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"componentKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kilometres"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payrollPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EmployeeClaimsQuery, EmployeeClaimsQueryVariables>;
export const EmployeeUploadClaimReceiptDocument = {"__meta__":{"hash":"854ee28405a49cea92f9bfbefe19a557c677f7a60b598fd4bf936c6e5d49ba15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeUploadClaimReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadClaimReceiptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadClaimReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeUploadClaimReceiptMutation, EmployeeUploadClaimReceiptMutationVariables>;
export const EmployeeSubmitClaimDocument = {"__meta__":{"hash":"1cfe65cae8479efca865f033cc1b84e12873377ecfd5f33863584b9e2ed13182"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSubmitClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"componentKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kilometres"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payrollPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EmployeeSubmitClaimMutation, EmployeeSubmitClaimMutationVariables>;
export const EmployeeWithdrawClaimDocument = {"__meta__":{"hash":"e11c492659aab78e7823c811632ac3e6f7d53870d50e270df2fbaa6d326f8836"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeWithdrawClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeClaim"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeClaim"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Claim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"componentKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kilometres"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payrollPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<EmployeeWithdrawClaimMutation, EmployeeWithdrawClaimMutationVariables>;
export const EmployeePortalMenuDocument = {"__meta__":{"hash":"8cbf46060896f324931ac1cd151d8cf6cb7dc3ca727b91841ca32f1173aba5ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePortalMenu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeEmployment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeePortalMenuQuery, EmployeePortalMenuQueryVariables>;
export const EmployeeDocumentsDocument = {"__meta__":{"hash":"8adb7771877d510e80793782342d91eb29d094690907951dd92a0648a2eb06d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentNotifications"}}]}}]}}]} as unknown as DocumentNode<EmployeeDocumentsQuery, EmployeeDocumentsQueryVariables>;
export const EmployeeSetDocumentNotificationsDocument = {"__meta__":{"hash":"3c7307cf357b954ef7bb62353584c01b8e29ab9b0e9555e1360d9eca5718b7fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSetDocumentNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDocumentNotificationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDocumentNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeSetDocumentNotificationsMutation, EmployeeSetDocumentNotificationsMutationVariables>;
export const EmployeeMarkDocumentsSeenDocument = {"__meta__":{"hash":"0251864e3bddf57f5e20a5b6966a06077447295aacc75e47e1cf93a130e2bb5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeMarkDocumentsSeen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markDocumentsSeen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeMarkDocumentsSeenMutation, EmployeeMarkDocumentsSeenMutationVariables>;
export const EmployeePortalHomeDocument = {"__meta__":{"hash":"54e0504304b92d74cf7efa88b2a4f7834cc91fb737c71d1fe88cbd5df3a915e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"features"}},{"kind":"Field","name":{"kind":"Name","value":"home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"latestPayslip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"nextExpiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextExpiryHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newDocumentCount"}},{"kind":"Field","name":{"kind":"Name","value":"openSickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absenceReporting"}},{"kind":"Field","name":{"kind":"Name","value":"openLeaveRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeEmployment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeePortalHomeQuery, EmployeePortalHomeQueryVariables>;
export const EmployeeInsuranceOffersDocument = {"__meta__":{"hash":"5b43a4691e5db80937f759e778a1cef076113dc6f71405761d13f07edd204072"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeInsuranceOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"discountText"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPremiumFromCents"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeInsuranceOffersQuery, EmployeeInsuranceOffersQueryVariables>;
export const EmployeeLeaveCalendarDocument = {"__meta__":{"hash":"704463b977236ebf23c239ba090e44c6b6c9ede2ad2350cf50bfbb7c5a74afd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeLeaveCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myLeaveCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalPeople"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isSelf"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myLeaveCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<EmployeeLeaveCalendarQuery, EmployeeLeaveCalendarQueryVariables>;
export const EmployeeCreateLeaveCalendarFeedDocument = {"__meta__":{"hash":"5664f62c849e89dc0751cb7a39e455c81380271859bf3d8a33143c21be61686d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeCreateLeaveCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createLeaveCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeCreateLeaveCalendarFeedMutation, EmployeeCreateLeaveCalendarFeedMutationVariables>;
export const EmployeeRevokeLeaveCalendarFeedDocument = {"__meta__":{"hash":"7b5063060a7720b8e279a872c971f824f5a3d35e25f005977a24b6baf88fdb02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRevokeLeaveCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeLeaveCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRevokeLeaveCalendarFeedMutation, EmployeeRevokeLeaveCalendarFeedMutationVariables>;
export const EmployeeLeaveRequestsDocument = {"__meta__":{"hash":"4c59b5b9867eaad21b1a179725ff8b19ccd295f1960f22fde0c42bd613555b27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeLeaveRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myLeaveTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myLeaveRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOnBehalfOfName"}},{"kind":"Field","name":{"kind":"Name","value":"byLapse"}},{"kind":"Field","name":{"kind":"Name","value":"cancelsId"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeLeaveRequestsQuery, EmployeeLeaveRequestsQueryVariables>;
export const EmployeePreviewLeaveRequestDocument = {"__meta__":{"hash":"903a937d49c011e5efbe2d0cc7022ba18786df9be923152f5c5814aa6c07d36a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePreviewLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"balanceBeforeHours"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"computedHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePreviewLeaveRequestQuery, EmployeePreviewLeaveRequestQueryVariables>;
export const EmployeeRequestLeaveDocument = {"__meta__":{"hash":"990f9d56307c8dfacdac2e05af8b6ae7232b48a79ea9b6c47f071cdf0affa759"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestLeaveMutation, EmployeeRequestLeaveMutationVariables>;
export const EmployeeWithdrawLeaveRequestDocument = {"__meta__":{"hash":"be1e230f90a2b5d0feb5785abfe7327a469aa0ede7f6e916f3d4c7ddaa898cd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeWithdrawLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeWithdrawLeaveRequestMutation, EmployeeWithdrawLeaveRequestMutationVariables>;
export const EmployeeRequestLeaveCancellationDocument = {"__meta__":{"hash":"718484cd2d97a97a1d4b796340f753c6dae2302510119a6d5b9662743338bcef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestLeaveCancellation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestLeaveCancellation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestLeaveCancellationMutation, EmployeeRequestLeaveCancellationMutationVariables>;
export const EmployeeLeaveBalancesDocument = {"__meta__":{"hash":"350b6e3ec5d80edf50922db04ab0c0e312b4d512c944477fefcf427af8dd16b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeLeaveBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"}},{"kind":"Field","name":{"kind":"Name","value":"entitlementHours"}},{"kind":"Field","name":{"kind":"Name","value":"takenHours"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeLeaveBalancesQuery, EmployeeLeaveBalancesQueryVariables>;
export const MyTeamDocument = {"__meta__":{"hash":"db61b76f7378db4dd1c415d86990ace8a48af95d45422b2328ea197c5788f80b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isManager"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOfName"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"componentName"}},{"kind":"Field","name":{"kind":"Name","value":"componentKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kilometres"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalDataChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOfName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sickToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"substitutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"substitute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myTeamColleagues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyTeamQuery, MyTeamQueryVariables>;
export const DecideTeamTaskDocument = {"__meta__":{"hash":"48ea62b3f73d759c0408e903ffbcbc0abf4b1b3078c5010f344727a7461a45d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTeamTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTeamTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideTeamTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideTeamTaskMutation, DecideTeamTaskMutationVariables>;
export const SetManagerSubstituteDocument = {"__meta__":{"hash":"4dd201ea609d0da079b554fdadb14e88a403562837e9fada574fcaa7078f01bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetManagerSubstitute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetManagerSubstituteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setManagerSubstitute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"substitute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetManagerSubstituteMutation, SetManagerSubstituteMutationVariables>;
export const EndManagerSubstituteDocument = {"__meta__":{"hash":"89570649973fcc5697caf44fec90d6de88047787190f9aaddedda633d3076d5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndManagerSubstitute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndManagerSubstituteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endManagerSubstitute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndManagerSubstituteMutation, EndManagerSubstituteMutationVariables>;
export const HandOverTeamTasksDocument = {"__meta__":{"hash":"56020cc1d66fb08df42f6a7e278f55893b0f3034974f6091e7b18426773d4c74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HandOverTeamTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandOverTeamTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"handOverTeamTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<HandOverTeamTasksMutation, HandOverTeamTasksMutationVariables>;
export const MyTeamCalendarDocument = {"__meta__":{"hash":"1d79299c625ec705281dbc5c4d5018a096fad7261e877bb871bd6674ba709b13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTeamCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myTeamCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalPeople"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isSelf"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTeamCalendarQuery, MyTeamCalendarQueryVariables>;
export const EmployeePayslipsDocument = {"__meta__":{"hash":"c0ce430b3ccca5f81fb2346ff50d86cd15b253e2c3de648ada76150d2efec795"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePayslips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payslips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"employmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePayslipsQuery, EmployeePayslipsQueryVariables>;
export const EmployeePayslipDocument = {"__meta__":{"hash":"43a0e49d5ca63a07014b57f7dd4ab987ce54658798dbdeab415151f483098c16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePayslip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayslipView"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayslipView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"partTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHourlyWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"taxTableColour"}},{"kind":"Field","name":{"kind":"Name","value":"taxTablePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCreditApplied"}},{"kind":"Field","name":{"kind":"Name","value":"svWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"taxableWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdGrossCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdSvWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdTaxableWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdNetCents"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountMasked"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"rateCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePayslipQuery, EmployeePayslipQueryVariables>;
export const EmployeePersonalDataChangesDocument = {"__meta__":{"hash":"586888afb580ce6976bf4f4a93eb309e7a3520568d27b0a62d5fe17985e04233"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePersonalDataChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeDataChange"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalDataChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeDataChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeePersonalDataChangesQuery, EmployeePersonalDataChangesQueryVariables>;
export const EmployeeRequestPersonalDataChangeDocument = {"__meta__":{"hash":"e8cecb0aece16edfe9b94d0394aa22b028947d5eb4832edce106adfe1606ea4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestPersonalDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPersonalDataChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPersonalDataChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeDataChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestPersonalDataChangeMutation, EmployeeRequestPersonalDataChangeMutationVariables>;
export const EmployeeWithdrawPersonalDataChangeDocument = {"__meta__":{"hash":"edb5aac7f5c920f632192632974a17d9bc46196a6a705baed7dbfc9854d0b6a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeWithdrawPersonalDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPersonalDataChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawPersonalDataChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeDataChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeWithdrawPersonalDataChangeMutation, EmployeeWithdrawPersonalDataChangeMutationVariables>;
export const EmployeePersonalDataDocument = {"__meta__":{"hash":"c042bd85bcc2e520552f632f6a8b7b9d098a995210d135477561bc46054671f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"privateEmail"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePersonalDataQuery, EmployeePersonalDataQueryVariables>;
export const EmployeePreboardingDocument = {"__meta__":{"hash":"41884a4a9cee86ea5543f711625980aa7fce7247fbb958bfe8832091ad2bdace"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePreboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeePreboardingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeePreboardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"taxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyRelation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<EmployeePreboardingQuery, EmployeePreboardingQueryVariables>;
export const EmployeeSavePreboardingDocument = {"__meta__":{"hash":"207c637048830324f70b311fbebf6de05574a60ab9c0e63b8eec00dbd608ae74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSavePreboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePreboardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"savePreboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeePreboardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeePreboardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"taxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyRelation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<EmployeeSavePreboardingMutation, EmployeeSavePreboardingMutationVariables>;
export const EmployeeUploadPreboardingDocumentDocument = {"__meta__":{"hash":"ff9401ac116012d5e577e395919c91ced9c98686921355e71b55eb7335f31afe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeUploadPreboardingDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadPreboardingDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadPreboardingDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeePreboardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeePreboardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"taxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyRelation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<EmployeeUploadPreboardingDocumentMutation, EmployeeUploadPreboardingDocumentMutationVariables>;
export const EmployeeSubmitPreboardingDocument = {"__meta__":{"hash":"d15578e7dd19548ca91fbe091a5d8e3d5da803ae46f7a610b4ea3b84d815f73e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeSubmitPreboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitPreboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeePreboardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeePreboardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"taxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyRelation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]} as unknown as DocumentNode<EmployeeSubmitPreboardingMutation, EmployeeSubmitPreboardingMutationVariables>;
export const EmployeePreboardingStateDocument = {"__meta__":{"hash":"eab99834cc6aadfb4c46d2cc845cc5e5c459f16b7dacc23f2cedab3aabad6b8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePreboardingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePreboardingStateQuery, EmployeePreboardingStateQueryVariables>;
export const EmployeeAskRegulationsDocument = {"__meta__":{"hash":"ae59009ff68202c3f4940e9d72af124db3eea0443221a85db222d734595cca10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeAskRegulations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskRegulationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"askRegulations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"passages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"documentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeAskRegulationsMutation, EmployeeAskRegulationsMutationVariables>;
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
export const AdminEmployerDocument = {"__meta__":{"hash":"1e4d2f882ea5ded761998d03bf272691b05e00caa12daec93fa72439a34a859a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mijnloketAddendumSignedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmployerQuery, AdminEmployerQueryVariables>;
export const AdminEmployerOverviewDocument = {"__meta__":{"hash":"fc70e84d10f728329cd877253285246b0fee928096c7e65aa6879f2047449c17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployerOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inService"},"name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"IN_SERVICE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outOfService"},"name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"OUT_OF_SERVICE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"leftWithAccess"},"name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"service"},"value":{"kind":"EnumValue","value":"OUT_OF_SERVICE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"accessStatus"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"LOCKED"},{"kind":"EnumValue","value":"INVITED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmployerOverviewQuery, AdminEmployerOverviewQueryVariables>;
export const AdminEmploymentsDocument = {"__meta__":{"hash":"15db24454fcb86ccd9ab6132765115263af21e4d78c8b3210f0ca0a9524a9e10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmploymentsQuery, AdminEmploymentsQueryVariables>;
export const AdminSyncEmployeesDocument = {"__meta__":{"hash":"bd8a6a9f71e9f1d442588e7448a8269d55f2874bb8197fcff1697af7f3bc75d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSyncEmployees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSyncEmployeesMutation, AdminSyncEmployeesMutationVariables>;
export const AdminInsuranceOffersDocument = {"__meta__":{"hash":"14abf3e9d9dc49d56592df054bc3c784d017fad755d6cfccbc19db004cc17c26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminInsuranceOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"insuranceOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"insurer"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"discountText"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPremiumFromCents"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AdminInsuranceOffersQuery, AdminInsuranceOffersQueryVariables>;
export const AdminCreateInsuranceOfferDocument = {"__meta__":{"hash":"ad6e1340655654798a8d0f705314e0307f1e04885ae92b60177561bc0dc8a83b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateInsuranceOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInsuranceOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createInsuranceOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateInsuranceOfferMutation, AdminCreateInsuranceOfferMutationVariables>;
export const AdminUpdateInsuranceOfferDocument = {"__meta__":{"hash":"f67e37c052e5078e91bd82ec06c43716c7bb61b2eb768c7375dc944c18efb857"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateInsuranceOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInsuranceOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateInsuranceOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateInsuranceOfferMutation, AdminUpdateInsuranceOfferMutationVariables>;
export const AdminDeleteInsuranceOfferDocument = {"__meta__":{"hash":"b6b364a964ed63e9409f0b70657c3605163a7259c07430a82462f9880d9eae59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteInsuranceOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteInsuranceOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteInsuranceOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeleteInsuranceOfferMutation, AdminDeleteInsuranceOfferMutationVariables>;
export const AdminAssistantCountsDocument = {"__meta__":{"hash":"1a2ab41b0651ada8ec66b48a4bb7db2ce249923e86e437e9693b21a1fff78046"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAssistantCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assistantIntentCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<AdminAssistantCountsQuery, AdminAssistantCountsQueryVariables>;
export const AdminInvitationFunnelDocument = {"__meta__":{"hash":"635111a51d085f8353f08ac358d04fca3e02a0ce1c52457a8159105d4c1d7d57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminInvitationFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitationFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"conversion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stuck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminInvitationFunnelQuery, AdminInvitationFunnelQueryVariables>;
export const AdminFunnelResendDocument = {"__meta__":{"hash":"bb2e2be08e69cb17f2a3d1c7faf7ef4db5482a392cdcec53abaa669597ea4384"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminFunnelResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminFunnelResendMutation, AdminFunnelResendMutationVariables>;
export const AdminLeaveCalendarDocument = {"__meta__":{"hash":"6fa21beba819c8c6df84c05ff8af6e8a9bc7c420312b7f98642d1b2e67ac7571"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeaveCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalPeople"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isSelf"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeaveCalendarQuery, AdminLeaveCalendarQueryVariables>;
export const AdminLeaveCalendarFeedDocument = {"__meta__":{"hash":"672be3077b55fe29a25b2e873067da369d7f5069ba5d581bf606d5ee6eb0a5fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeaveCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AdminLeaveCalendarFeedQuery, AdminLeaveCalendarFeedQueryVariables>;
export const AdminCreateLeaveCalendarFeedDocument = {"__meta__":{"hash":"a2fa4bbf928690a9f10f8768debebd63d8fb67a35209a485e19814062fbe72c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateLeaveCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createLeaveCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateLeaveCalendarFeedMutation, AdminCreateLeaveCalendarFeedMutationVariables>;
export const AdminRevokeLeaveCalendarFeedDocument = {"__meta__":{"hash":"a84d768854cc0e89dc5b125bffb75f9e3dfdb9dac20e663040c54a136d915fd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeLeaveCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeLeaveCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRevokeLeaveCalendarFeedMutation, AdminRevokeLeaveCalendarFeedMutationVariables>;
export const AdminQueueFiltersDocument = {"__meta__":{"hash":"650b739bcd22f43c0de35823f0aeaf3d589daac04ad92550f02587d65a9f82e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminQueueFilters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaveQueueTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminQueueFiltersQuery, AdminQueueFiltersQueryVariables>;
export const AdminLeaveQueueDocument = {"__meta__":{"hash":"e0daf813b7582258538c75c91f0fb3ccf42baae2cceeb725435935d0302fdbc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeaveQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveQueueStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaveTypeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequestQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaveTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaveTypeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"balanceHours"}},{"kind":"Field","name":{"kind":"Name","value":"colleaguesAway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"colleaguesAwayMore"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employmentId"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"byLapse"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeaveQueueQuery, AdminLeaveQueueQueryVariables>;
export const AdminDecideLeaveRequestsDocument = {"__meta__":{"hash":"15157fd6a1fbae291711705503a99ca5d320c3f2fbcad3dbf525ef0756664b1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDecideLeaveRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLeaveRequestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideLeaveRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDecideLeaveRequestsMutation, AdminDecideLeaveRequestsMutationVariables>;
export const AdminEmploymentLeaveBalancesDocument = {"__meta__":{"hash":"53f84d912dea0739ee003887a743d6104dccb30de899d4a88480adc53bd1001c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmploymentLeaveBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employmentId"}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accruedHours"}},{"kind":"Field","name":{"kind":"Name","value":"takenHours"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"correctedHours"}},{"kind":"Field","name":{"kind":"Name","value":"expiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"balanceHours"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmploymentLeaveBalancesQuery, AdminEmploymentLeaveBalancesQueryVariables>;
export const AdminLeaveEntriesDocument = {"__meta__":{"hash":"9aa1a88f79daeae527effecfd8c6f180c3a556f425b179c94a6da24d15d96f95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeaveEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaveTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaveTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaveTypeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeaveEntriesQuery, AdminLeaveEntriesQueryVariables>;
export const AdminLeaveSchemeDocument = {"__meta__":{"hash":"6b5ef45f8d1fe86930d6f97caac1ab07bebcc477b18c6c50b342ce731a91523c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminLeaveScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goodFridayOff"}},{"kind":"Field","name":{"kind":"Name","value":"liberationDay"}},{"kind":"Field","name":{"kind":"Name","value":"expiryReminderMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryReminderDay"}},{"kind":"Field","name":{"kind":"Name","value":"leaveTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"vacation"}},{"kind":"Field","name":{"kind":"Name","value":"weeksPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"requestable"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegative"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLeaveSchemeQuery, AdminLeaveSchemeQueryVariables>;
export const AdminCreateLeaveTypeDocument = {"__meta__":{"hash":"cf496106e8c71b45ed1488786c054f5be6ac3c0ac12a2d4260064bcc4d66d28c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateLeaveType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeaveTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createLeaveType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"vacation"}},{"kind":"Field","name":{"kind":"Name","value":"weeksPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"requestable"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateLeaveTypeMutation, AdminCreateLeaveTypeMutationVariables>;
export const AdminUpdateLeaveTypeDocument = {"__meta__":{"hash":"df54a33813f21dc92f5c1ba524623f3c98729d2bed8c0f3d4c025574532c80cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateLeaveType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeaveTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateLeaveType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"vacation"}},{"kind":"Field","name":{"kind":"Name","value":"weeksPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"accrual"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"requestable"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateLeaveTypeMutation, AdminUpdateLeaveTypeMutationVariables>;
export const AdminSetLeaveHolidaysDocument = {"__meta__":{"hash":"2b7083f3cb5b98b6fa8fa5b91c2f22db0aa8eff61836426c02d2f175d3a3c2b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetLeaveHolidays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLeaveHolidaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLeaveHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"goodFridayOff"}},{"kind":"Field","name":{"kind":"Name","value":"liberationDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetLeaveHolidaysMutation, AdminSetLeaveHolidaysMutationVariables>;
export const AdminSetLeaveExpiryReminderDocument = {"__meta__":{"hash":"7ce24263e4068aa875cb9a504d03726919760ea6d7d7152fe7039e52574cda21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetLeaveExpiryReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLeaveExpiryReminderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLeaveExpiryReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expiryReminderMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryReminderDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetLeaveExpiryReminderMutation, AdminSetLeaveExpiryReminderMutationVariables>;
export const AdminWorkPatternDocument = {"__meta__":{"hash":"2822a48b33b921511cee3ffc23cc6fba351418ec385251d7125dd03329f77355"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkPattern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workPattern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employmentId"}},{"kind":"Field","name":{"kind":"Name","value":"weekAStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"monday"}},{"kind":"Field","name":{"kind":"Name","value":"tuesday"}},{"kind":"Field","name":{"kind":"Name","value":"wednesday"}},{"kind":"Field","name":{"kind":"Name","value":"thursday"}},{"kind":"Field","name":{"kind":"Name","value":"friday"}},{"kind":"Field","name":{"kind":"Name","value":"saturday"}},{"kind":"Field","name":{"kind":"Name","value":"sunday"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWorkPatternQuery, AdminWorkPatternQueryVariables>;
export const AdminSetWorkPatternDocument = {"__meta__":{"hash":"6328c1376d94cbf4d0fdd991e2d49265621d60c1562c72bc239a16b2bd2b3096"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetWorkPattern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkPatternInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setWorkPattern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workPattern"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employmentId"}},{"kind":"Field","name":{"kind":"Name","value":"weekAStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"monday"}},{"kind":"Field","name":{"kind":"Name","value":"tuesday"}},{"kind":"Field","name":{"kind":"Name","value":"wednesday"}},{"kind":"Field","name":{"kind":"Name","value":"thursday"}},{"kind":"Field","name":{"kind":"Name","value":"friday"}},{"kind":"Field","name":{"kind":"Name","value":"saturday"}},{"kind":"Field","name":{"kind":"Name","value":"sunday"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetWorkPatternMutation, AdminSetWorkPatternMutationVariables>;
export const AdminCorrectionLeaveTypesDocument = {"__meta__":{"hash":"c4f0ae275311b2b6e78a92a4c041af65a91796229aa16e044ba6bf04730b3071"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCorrectionLeaveTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"leaveTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCorrectionLeaveTypesQuery, AdminCorrectionLeaveTypesQueryVariables>;
export const AdminRecordLeaveEntriesDocument = {"__meta__":{"hash":"43339f38ce3ee17b4ac5d45b5753e022e7d6123dcb502798c2ec0ad60f49e773"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRecordLeaveEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordLeaveEntriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordLeaveEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordedCount"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRecordLeaveEntriesMutation, AdminRecordLeaveEntriesMutationVariables>;
export const AdminFailedMailsDocument = {"__meta__":{"hash":"22b72c4b4ff71058144cc585f41dc8c65aee14341414155e998afa111f764e58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFailedMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"failedMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"smtpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminFailedMailsQuery, AdminFailedMailsQueryVariables>;
export const AdminRequeueMailDocument = {"__meta__":{"hash":"da9185ac1149926bbcc962d11545d489025cb86cbd2354ff27f998c3e7fa2fc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRequeueMail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequeueMailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requeueMail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requeuedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRequeueMailMutation, AdminRequeueMailMutationVariables>;
export const AdminRequeueFailedMailsDocument = {"__meta__":{"hash":"2c3cf5e1bf38d13552ff28e1d46fcddcedc46ac2e6c1ba73517df344e176a914"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRequeueFailedMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequeueFailedMailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requeueFailedMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requeuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRequeueFailedMailsMutation, AdminRequeueFailedMailsMutationVariables>;
export const AdminMailTemplatesDocument = {"__meta__":{"hash":"9a511e581027fd2566e4d2575b8fbbbc86ad236536aae48f9ecf717b222b8de8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMailTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailTemplateLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mailTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSource"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"textBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMailTemplatesQuery, AdminMailTemplatesQueryVariables>;
export const AdminMailVariablesDocument = {"__meta__":{"hash":"6dcd0593c42d706f9928ec1fbcbe0a6ab288fcb464c0738ea9968fee4d6aa739"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMailVariables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mailVariables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<AdminMailVariablesQuery, AdminMailVariablesQueryVariables>;
export const AdminPreviewMailTemplateDocument = {"__meta__":{"hash":"69dc61484022514f0d4aa962f32b4c140e5c3b4c49739942f88b4b77c5af37b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewMailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewMailTemplateMutation, AdminPreviewMailTemplateMutationVariables>;
export const AdminSetMailTemplateDocument = {"__meta__":{"hash":"f6de6a2595c37d121a389bea150d30e2b8fe50c385fbf7985f81d65df7947a1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSource"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"textBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetMailTemplateMutation, AdminSetMailTemplateMutationVariables>;
export const AdminResetMailTemplateDocument = {"__meta__":{"hash":"ab84f37ddc0d006be0a3ec55b42d1998ff98dd0e078ccf0111495d77e8873b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetMailTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MailTemplateKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetMailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSource"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"textBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBody"}},{"kind":"Field","name":{"kind":"Name","value":"htmlBodySource"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResetMailTemplateMutation, AdminResetMailTemplateMutationVariables>;
export const AdminPersonPayslipsDocument = {"__meta__":{"hash":"6f386e612013e8977be354d77c15bd02acdbf436433949789f5590a4cb21a2b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonPayslips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payslips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFrom"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonPayslipsQuery, AdminPersonPayslipsQueryVariables>;
export const AdminPayslipDocument = {"__meta__":{"hash":"5f978f11d40a2b50a376adcebafcbb99c67cf9cc3688bb68ef732e78a3669493"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPayslip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"visibleFrom"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PayslipView"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PayslipView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payslip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"runDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"grossCents"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"partTimePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"minimumHourlyWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"minimumWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"taxTableColour"}},{"kind":"Field","name":{"kind":"Name","value":"taxTablePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"payrollTaxCreditApplied"}},{"kind":"Field","name":{"kind":"Name","value":"svWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"taxableWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdGrossCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdSvWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdTaxableWageCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdPayrollTaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"ytdNetCents"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountMasked"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"rateCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPayslipQuery, AdminPayslipQueryVariables>;
export const StaffPersonalDataSettingsDocument = {"__meta__":{"hash":"d3e8492f831025a9d2bdf977c6dd446de0b207ffc0ad5333dc8e704bbeb37fd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPersonalDataSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<StaffPersonalDataSettingsQuery, StaffPersonalDataSettingsQueryVariables>;
export const StaffSetPersonalDataSettingDocument = {"__meta__":{"hash":"b93c70c98f12fb19eed96bb417f9397403f9824551b02a9a4809536a6940da29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSetPersonalDataSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPersonalDataSettingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setPersonalDataSetting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSetPersonalDataSettingMutation, StaffSetPersonalDataSettingMutationVariables>;
export const StaffPersonalDataChangeQueueDocument = {"__meta__":{"hash":"9683465ef31d90876e939ab469aef303f02e36d948cb1543d5ae57a907449550"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPersonalDataChangeQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataChangeQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffDataChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffPersonalDataChangeQueueQuery, StaffPersonalDataChangeQueueQueryVariables>;
export const StaffDecidePersonalDataChangeDocument = {"__meta__":{"hash":"6f09d3605cf6b3ff4b45e22a0afcc6e908d404bb4712a4e909f186b80b1705f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffDecidePersonalDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecidePersonalDataChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decidePersonalDataChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffDataChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffDecidePersonalDataChangeMutation, StaffDecidePersonalDataChangeMutationVariables>;
export const StaffPersonPersonalDataChangesDocument = {"__meta__":{"hash":"ec35d97e755f5a4cdecdb54517948489f2aa7a15f81fb1fea57131e963e8b3eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPersonPersonalDataChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffDataChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDataChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalDataChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"old"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"new"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffPersonPersonalDataChangesQuery, StaffPersonPersonalDataChangesQueryVariables>;
export const AdminPersonDocument = {"__meta__":{"hash":"539acd921a271c278a9910888aa63282869fb721457c5b53377bdb035f3783f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRegisteredEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"payrollKey"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"hasLoggedIn"}},{"kind":"Field","name":{"kind":"Name","value":"canSendUsername"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"blockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredEmail"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRegisteredEmail"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentTo"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonQuery, AdminPersonQueryVariables>;
export const AdminPreboardingsDocument = {"__meta__":{"hash":"f49770e425f3eae65af812eebe0a4c9362ff6066ddf1a51e08a18294e610670e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreboardings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreboardingState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboardings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPreboardingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPreboardingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminPreboardingsQuery, AdminPreboardingsQueryVariables>;
export const AdminPreboardingTeamsDocument = {"__meta__":{"hash":"31d97c7b4c41892893fd885919632ef58be2283d69a55ed5e321eb717a920058"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreboardingTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboardingTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminPreboardingTeamsQuery, AdminPreboardingTeamsQueryVariables>;
export const AdminPreboardingDocument = {"__meta__":{"hash":"7024090e6ca94e4ae1a529bbae376ee13be033991ba8c730f33c6a9991fe08e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"taxCredit"}},{"kind":"Field","name":{"kind":"Name","value":"taxCreditFrom"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyName"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyRelation"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}}]}}]} as unknown as DocumentNode<AdminPreboardingQuery, AdminPreboardingQueryVariables>;
export const AdminPreboardingDocumentDocument = {"__meta__":{"hash":"e37946737552bfcbc05f1db4571c2e45651dd59a94a49aa505c588a00a722e90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPreboardingDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"side"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreboardingDocumentSide"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"side"},"value":{"kind":"Variable","name":{"kind":"Name","value":"side"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreboardingDocumentQuery, AdminPreboardingDocumentQueryVariables>;
export const AdminCreatePreboardingDocument = {"__meta__":{"hash":"1be1d109c34128453d3c6e13100d60c8e487ba342c85ecb2057f63d78696899c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePreboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePreboardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPreboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPreboardingRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPreboardingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preboarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminCreatePreboardingMutation, AdminCreatePreboardingMutationVariables>;
export const AdminResendPreboardingInvitationDocument = {"__meta__":{"hash":"045ab681603d9bf9b251125142a59ba748a8169111e080e771c365572b51e57d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendPreboardingInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreboardingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendPreboardingInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResendPreboardingInvitationMutation, AdminResendPreboardingInvitationMutationVariables>;
export const AdminReturnPreboardingDocument = {"__meta__":{"hash":"37282230aff6d102e2aa83696530c93fd0ea8f96fc9162d9184936a0fa60ab0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReturnPreboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPreboardingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"returnPreboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReturnPreboardingMutation, AdminReturnPreboardingMutationVariables>;
export const AdminCompletePreboardingDocument = {"__meta__":{"hash":"d953d916fc0dbbb6a883d791833a0e01c71705484a0bbb815116061034c5d2aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCompletePreboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreboardingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completePreboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"employmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCompletePreboardingMutation, AdminCompletePreboardingMutationVariables>;
export const AdminEndPreboardingDocument = {"__meta__":{"hash":"9668f00b039d8c27b8a31e45b1379ea079750fe5d79bafe89e50cd06ced800f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminEndPreboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreboardingIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endPreboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEndPreboardingMutation, AdminEndPreboardingMutationVariables>;
export const AdminProductsDocument = {"__meta__":{"hash":"1fc1b656aeb0536741e0287114d453baf4f0b4dbf6fb155235efbe0b9b0d553d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingAnyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnloketAddendumSignedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductsQuery, AdminProductsQueryVariables>;
export const AdminActivateProductDocument = {"__meta__":{"hash":"8e31fcc4cf901cbb1a63748593a418827294ebf2c6d244816bc111728ef45b41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminActivateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductActivationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingAnyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminActivateProductMutation, AdminActivateProductMutationVariables>;
export const AdminDeactivateProductDocument = {"__meta__":{"hash":"da53a27b87774b769c0abd265fdb925f3d50ac49fbad7fc291d4ca73899e92f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductActivationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deactivateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mijnLoketVariant"}},{"kind":"Field","name":{"kind":"Name","value":"activeProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingAnyOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateProductMutation, AdminDeactivateProductMutationVariables>;
export const AdminEmployerSickReportsDocument = {"__meta__":{"hash":"2efe319de8667164123b7332d7b0570976ad7627e00020707355b115d6f82dee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminEmployerSickReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"open"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sickReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"open"},"value":{"kind":"Variable","name":{"kind":"Name","value":"open"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSickReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"poortwachter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminEmployerSickReportsQuery, AdminEmployerSickReportsQueryVariables>;
export const AdminPersonSickReportsDocument = {"__meta__":{"hash":"6ac5bb1973aaa981ce42e7808a13be13ffcac07bc2088cd763523d7052ada4a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPersonSickReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sickReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSickReportFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSickCase"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"poortwachter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poortwachter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPersonSickReportsQuery, AdminPersonSickReportsQueryVariables>;
export const AdminVerzuimContactsDocument = {"__meta__":{"hash":"40789f7bfb10c9f363ec94a6566e1879e5aecd0376188ec38f1638a308281c7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminVerzuimContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verzuimContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVerzuimContact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVerzuimContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerzuimContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<AdminVerzuimContactsQuery, AdminVerzuimContactsQueryVariables>;
export const AdminAddVerzuimContactDocument = {"__meta__":{"hash":"8d122dd7f1b2671b35dfb6cbc85ac6a2a9462954fed919a04f2dc382fd729192"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddVerzuimContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddVerzuimContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addVerzuimContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verzuimContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminVerzuimContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminVerzuimContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerzuimContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]} as unknown as DocumentNode<AdminAddVerzuimContactMutation, AdminAddVerzuimContactMutationVariables>;
export const AdminRemoveVerzuimContactDocument = {"__meta__":{"hash":"92d3b1f03f1243ea489c8266f731031167c497ba37436f8fe1fd07b9f4609264"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveVerzuimContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveVerzuimContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeVerzuimContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRemoveVerzuimContactMutation, AdminRemoveVerzuimContactMutationVariables>;
export const AdminStaffReportSickDocument = {"__meta__":{"hash":"8b387a74aad037286df38afa2f2efbb57929ebe2e1d02132d9427df1a52fb482"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminStaffReportSick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffReportSickInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffReportSick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminStaffReportSickMutation, AdminStaffReportSickMutationVariables>;
export const AdminStaffReportRecoveredDocument = {"__meta__":{"hash":"dd4c7becba06985b32b8107c211e38072486e04604c762493584b66dfc341300"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminStaffReportRecovered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffReportRecoveredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffReportRecovered"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminStaffReportRecoveredMutation, AdminStaffReportRecoveredMutationVariables>;
export const AdminStaffReportPartialRecoveryDocument = {"__meta__":{"hash":"c699309e29ba715d8cd08068d37a6bc14791a91e5ec6a0b34585c4e517218ccd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminStaffReportPartialRecovery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffReportPartialRecoveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffReportPartialRecovery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecovery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminStaffReportPartialRecoveryMutation, AdminStaffReportPartialRecoveryMutationVariables>;
export const AdminMarkPoortwachterStepDocument = {"__meta__":{"hash":"7136a53f1450dc807892143df50016dc4fce9ee2bb50c037470ada166b16287f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminMarkPoortwachterStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkPoortwachterStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markPoortwachterStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSickCase"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSickCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SickReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"hoursWorked"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"partialRecoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByKind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"poortwachter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstSickDay"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AdminMarkPoortwachterStepMutation, AdminMarkPoortwachterStepMutationVariables>;
export const AdminCorrectSickReportDocument = {"__meta__":{"hash":"82dcbcef70b1ddd3b15055bcc30fc8a538009e8eb8702cc6ec441e7e74fc6d2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCorrectSickReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectSickReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctSickReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sickReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCorrectSickReportMutation, AdminCorrectSickReportMutationVariables>;
export const StaffAccountDocument = {"__meta__":{"hash":"f45ebd6a663d1fb7a3fbd705922ad0bc45b14a9c3a0c4ab0cc16a05251f560eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAccountQuery, StaffAccountQueryVariables>;
export const StaffRenewRecoveryCodesDocument = {"__meta__":{"hash":"91d6fc6696cb3061ad9b8bfe798d1c0200ac53784362987d9547dcc501c64a8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRenewRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewRecoveryCodesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"renewRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRenewRecoveryCodesMutation, StaffRenewRecoveryCodesMutationVariables>;
export const AdminStaffUsersDocument = {"__meta__":{"hash":"811247e96cb9ba9f6ccddb6805a2fa990c449c5df0f116ad0ea9d8f869fc65a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaffUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"blocked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rights"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChosen"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorEnrolled"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminStaffUsersQuery, AdminStaffUsersQueryVariables>;
export const AdminCreateStaffUserDocument = {"__meta__":{"hash":"452d64ddc0dc4571f4ad7b21fcf6f28ec2d54e3d06f141bfbd06efd269461a14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateStaffUserMutation, AdminCreateStaffUserMutationVariables>;
export const AdminBlockStaffUserDocument = {"__meta__":{"hash":"b81757b787afa16fb40fae175c3d40520c740d63fed8d3586f674ce46c009035"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminBlockStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"blockStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminBlockStaffUserMutation, AdminBlockStaffUserMutationVariables>;
export const AdminUnblockStaffUserDocument = {"__meta__":{"hash":"4769d60dfa548187477c2d83073b2fcaf64ae80c371842626939a68402105b5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUnblockStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unblockStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUnblockStaffUserMutation, AdminUnblockStaffUserMutationVariables>;
export const AdminResendStaffInvitationDocument = {"__meta__":{"hash":"b2c4e33a0a80d61890c8f19e0fce85dca7ae72109f2d1e57fc23742cb51c3745"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResendStaffInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resendStaffInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResendStaffInvitationMutation, AdminResendStaffInvitationMutationVariables>;
export const AdminResetStaffSecondFactorDocument = {"__meta__":{"hash":"f922cf0ab8169d96ae0989fd7e59333036431c31cc9e8003806cfb4d1c6c683c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetStaffSecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetStaffSecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorEnrolled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResetStaffSecondFactorMutation, AdminResetStaffSecondFactorMutationVariables>;
export const AdminProviderSecondFactorPolicyDocument = {"__meta__":{"hash":"6dd235c8122e4ad0eb349373765d264a1c877a9e425fbdcebc47476347e6ebbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProviderSecondFactorPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecondFactorForEmployers"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProviderSecondFactorPolicyQuery, AdminProviderSecondFactorPolicyQueryVariables>;
export const AdminSetRequireSecondFactorForEmployersDocument = {"__meta__":{"hash":"9be82cde8f07beec32d3d4fa63a8d6597cdddebff760d5d8efbb98c2f63d72ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetRequireSecondFactorForEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRequireSecondFactorForEmployersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setRequireSecondFactorForEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireSecondFactorForEmployers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetRequireSecondFactorForEmployersMutation, AdminSetRequireSecondFactorForEmployersMutationVariables>;
export const AdminWorkflowRoutesDocument = {"__meta__":{"hash":"fdcadc84c66cc8bbb472a444c36cbb2d1130d15c5f6dd8a086cc5dbbe015871b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkflowRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workflowRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"editorActive"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notify"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"maxLeaveHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxClaimAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"handlesRequests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stuckWorkflowRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<AdminWorkflowRoutesQuery, AdminWorkflowRoutesQueryVariables>;
export const AdminWorkflowPreviewDocument = {"__meta__":{"hash":"738b3e1c45865da0c7597af35d7fc4e4f39b12ad5710a8ac08806c23418a1eaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkflowPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"route"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowRouteInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workflowPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"Argument","name":{"kind":"Name","value":"route"},"value":{"kind":"Variable","name":{"kind":"Name","value":"route"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"}},{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"more"}},{"kind":"Field","name":{"kind":"Name","value":"fallback"}},{"kind":"Field","name":{"kind":"Name","value":"stuck"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoApproval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"maxLeaveHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxClaimAmount"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWorkflowPreviewQuery, AdminWorkflowPreviewQueryVariables>;
export const AdminWorkflowPeopleDocument = {"__meta__":{"hash":"419788bf1ed672f1024da2a9ce2427c9a09980844ae5088d6928362ca23aae98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkflowPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workflowPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminWorkflowPeopleQuery, AdminWorkflowPeopleQueryVariables>;
export const AdminSetWorkflowRouteDocument = {"__meta__":{"hash":"0489daec5ac51ae1d90f2edd04c3b58b229efeeeade4e73ef7c6a189b18b12c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetWorkflowRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkflowRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setWorkflowRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetWorkflowRouteMutation, AdminSetWorkflowRouteMutationVariables>;
export const AdminSetWorkflowEscalationDocument = {"__meta__":{"hash":"4b4353b4627dd82404df2c8a0e2cefe92754cfec9d45c2b788ee93bacbbce021"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetWorkflowEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkflowEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setWorkflowEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workingDays"}},{"kind":"Field","name":{"kind":"Name","value":"custom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetWorkflowEscalationMutation, AdminSetWorkflowEscalationMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"5c19c1bbb7286dd3b5adbdc2bba799bbbea074a6a899266db7718a0475677ef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;