/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** The chosen credentials. */
export type CompleteRegistrationInput = {
  /** Password of 10 to 128 characters, not common or guessable. */
  password: string;
  /** The token from the link. */
  token: string;
  /** Username, 3 to 64 letters, digits or . _ - @; unique ignoring case. */
  username: string;
};

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

/** Credentials of a staff user. */
export type LoginInput = {
  /** The password; case-sensitive. */
  password: string;
  /** The username; case-sensitive. */
  username: string;
};

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

/** Kind of signed-in principal. */
export type PrincipalKind =
  /** An integrator using API credentials. */
  | 'API_CLIENT'
  /** An employee signed in to the portal. */
  | 'EMPLOYEE'
  /** A staff user of a provider or employer. */
  | 'STAFF_USER';

/** Wachtwoord vergeten. */
export type RequestPasswordResetInput = {
  /** The username. */
  username: string;
};

/** Gebruikersnaam vergeten. */
export type RequestUsernameInput = {
  /** The e-mail address the account was registered with. */
  email: string;
};

/** A new password through a reset link. */
export type ResetPasswordInput = {
  /** The new password. */
  password: string;
  /** The token from the link. */
  token: string;
};

/** A right of a staff user or integrator (DOMAIN.md, Rights). */
export type Right =
  /** Collectieve mutaties: collective grant and collective block. */
  | 'COLLECTIVE_MUTATIONS'
  /** Beheren e-mailteksten: edit mail texts at the user's own level. */
  | 'MANAGE_MAIL_TEMPLATES'
  /** Beheren salarisgegevens: publish payslips, annual statements and leave balances, add documents and decide whether employees see them. */
  | 'MANAGE_PAYROLL_DATA'
  /** Beheren toegang werknemerloket: grant, resend, revoke, block, unblock, send username, edit the person's e-mail. */
  | 'MANAGE_PORTAL_ACCESS'
  /** Beheren producten: activate and deactivate products of an employer. */
  | 'MANAGE_PRODUCTS'
  /** Raadplegen logboek: read the audit trail. */
  | 'VIEW_AUDIT_LOG'
  /** Raadplegen werknemers: see persons and employments of the employers in scope. */
  | 'VIEW_EMPLOYEES'
  /** Raadplegen MijnLoket e-mailadres: see the e-mail address with which an employee registered (R17). */
  | 'VIEW_MIJNLOKET_EMAIL';

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
  /** The birth date must be answered first (R4). */
  | 'BIRTH_DATE_NOT_VERIFIED'
  /** The current password is not right. */
  | 'CURRENT_PASSWORD_WRONG'
  /** The same employment and period (or year, or leave type) occurs twice in one batch. */
  | 'DUPLICATE_IN_BATCH'
  /** The person has no e-mail address (R1). */
  | 'EMAIL_REQUIRED'
  /** No employment with that ID in the caller's scope. */
  | 'EMPLOYMENT_NOT_FOUND'
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
  /** Not a valid e-mail address. */
  | 'INVALID_EMAIL'
  /** The input is not valid; see field and message. */
  | 'INVALID_INPUT'
  /** The mail text does not parse or uses a variable the mail does not have. */
  | 'INVALID_TEMPLATE'
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
  /** The recovery date lies before the first sick day (R25). */
  | 'RECOVERY_BEFORE_FIRST_SICK_DAY'
  /** The reset link expired (valid one hour, R10). */
  | 'RESET_LINK_EXPIRED'
  /** The reset link does not exist or was replaced. */
  | 'RESET_LINK_INVALID'
  /** The reset link was already used. */
  | 'RESET_LINK_USED'
  /** The session has ended; sign in again. */
  | 'SESSION_EXPIRED'
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

/** The tenant level a principal works on. */
export type ViewerScope =
  /** One employer. */
  | 'EMPLOYER'
  /** One person (employee). */
  | 'PERSON'
  /** Every employer of the provider. */
  | 'PROVIDER';

export type StaffViewerFragment = { __typename: 'Viewer', id: string, kind: PrincipalKind, displayName: string, username: string | null, scope: ViewerScope, rights: Array<Right>, provider: { __typename: 'Provider', id: string, name: string } | null, employer: { __typename: 'Employer', id: string, name: string, administrationNumber: string } | null } & { ' $fragmentName'?: 'StaffViewerFragment' };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'LoginPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type StaffRefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffRefreshSessionMutation = { __typename: 'Mutation', refreshSession: { __typename: 'RefreshSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'StaffViewerFragment': StaffViewerFragment } }
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

export type EmployeeInvitationQueryVariables = Exact<{
  token: string;
}>;


export type EmployeeInvitationQuery = { __typename: 'Query', invitation: { __typename: 'InvitationInfo', state: InvitationLinkState, revokeReason: string | null, employerName: string, expiresAt: string, birthDateVerified: boolean } | null };

export type EmployeeVerifyInvitationMutationVariables = Exact<{
  input: VerifyInvitationInput;
}>;


export type EmployeeVerifyInvitationMutation = { __typename: 'Mutation', verifyInvitation: { __typename: 'VerifyInvitationPayload', verified: boolean, attemptsLeft: number, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeUsernameAvailableQueryVariables = Exact<{
  token: string;
  username: string;
}>;


export type EmployeeUsernameAvailableQuery = { __typename: 'Query', usernameAvailable: boolean };

export type EmployeeCompleteRegistrationMutationVariables = Exact<{
  input: CompleteRegistrationInput;
}>;


export type EmployeeCompleteRegistrationMutation = { __typename: 'Mutation', completeRegistration: { __typename: 'EmployeeSessionPayload', accessToken: string | null, accessTokenExpiresAt: string | null, viewer: (
      { __typename: 'Viewer' }
      & { ' $fragmentRefs'?: { 'EmployeeViewerFragment': EmployeeViewerFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export type EmployeeEmploymentFragment = { __typename: 'Employment', id: string, employeeNumber: number, jobTitle: string, startDate: string, endDate: string | null, inService: boolean } & { ' $fragmentName'?: 'EmployeeEmploymentFragment' };

export type EmployeePortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePortalHomeQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', account: { __typename: 'Account', id: string, username: string | null }, person: { __typename: 'Person', id: string, firstName: string, fullName: string }, employer: { __typename: 'Employer', id: string, name: string }, employments: Array<(
      { __typename: 'Employment' }
      & { ' $fragmentRefs'?: { 'EmployeeEmploymentFragment': EmployeeEmploymentFragment } }
    )> } | null };

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

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: { __typename: 'LogoutPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export const StaffViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffViewerFragment, unknown>;
export const EmployeeViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeViewerFragment, unknown>;
export const EmployeeEmploymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeeEmploymentFragment, unknown>;
export const LoginDocument = {"__meta__":{"hash":"cd5005ede958027efea5ef74c9c8977876b5ed31ba130d650f6e313acdbd61e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const StaffRefreshSessionDocument = {"__meta__":{"hash":"8387b99cba548743dfffcd8ae4d3ebb5f9310dd782cd78c2a4edac4a41380720"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"STAFF"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffRefreshSessionMutation, StaffRefreshSessionMutationVariables>;
export const EmployeeLoginDocument = {"__meta__":{"hash":"3a593e13ade8d50a790880ecff3b6661394cfc850b8200d39e8bb3c3286e9241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employeeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeLoginMutation, EmployeeLoginMutationVariables>;
export const EmployeeRefreshSessionDocument = {"__meta__":{"hash":"6899013b35565fa39b06537efd82ec470e6b98e2a954a3b82c5bcff26ecdfcbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"EMPLOYEE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeRefreshSessionMutation, EmployeeRefreshSessionMutationVariables>;
export const EmployeeInvitationDocument = {"__meta__":{"hash":"9b9fce5de3590b34799f93dedeb352446a719d680b17d72aef810eb10bfed8b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"birthDateVerified"}}]}}]}}]} as unknown as DocumentNode<EmployeeInvitationQuery, EmployeeInvitationQueryVariables>;
export const EmployeeVerifyInvitationDocument = {"__meta__":{"hash":"801362752fde16ab81766031d92d0f03fa4200a6cb163f763bf1de4567c4206e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeVerifyInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verifyInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeVerifyInvitationMutation, EmployeeVerifyInvitationMutationVariables>;
export const EmployeeUsernameAvailableDocument = {"__meta__":{"hash":"693f13c70b1a810e0050ee361b435bf716ca89901d81246ebd364313bad6c023"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeUsernameAvailable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usernameAvailable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}]}]}}]} as unknown as DocumentNode<EmployeeUsernameAvailableQuery, EmployeeUsernameAvailableQueryVariables>;
export const EmployeeCompleteRegistrationDocument = {"__meta__":{"hash":"51c1b0b009bd942e1e263a0e0445b8a20d4123963ba9b307697f7f0d72e02e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeCompleteRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeCompleteRegistrationMutation, EmployeeCompleteRegistrationMutationVariables>;
export const EmployeePortalHomeDocument = {"__meta__":{"hash":"40be6048521060d781b2d6f4625e9dbea5b46e916d60a5521816d9396ead373a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeEmployment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeEmployment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"inService"}}]}}]} as unknown as DocumentNode<EmployeePortalHomeQuery, EmployeePortalHomeQueryVariables>;
export const EmployeeAccountDocument = {"__meta__":{"hash":"bd7131f976d312690f09cc5469b81226a58585cf3d79ca67e6c07d291df6f95a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastNamePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeAccountQuery, EmployeeAccountQueryVariables>;
export const EmployeeChangeUsernameDocument = {"__meta__":{"hash":"3d726d28180e4c8a6b4b631d34267222ed3383b26d59e8e76c6cdf212e390912"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeChangeUsername"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUsernameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeUsername"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeChangeUsernameMutation, EmployeeChangeUsernameMutationVariables>;
export const EmployeeChangePasswordDocument = {"__meta__":{"hash":"de5f00d52634ba014c0963fcafde6e3bcfbc34abf84b7dff2ce294aedeac61bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeChangePasswordMutation, EmployeeChangePasswordMutationVariables>;
export const EmployeeLogoutEverywhereDocument = {"__meta__":{"hash":"cab631f41e466b631eb4fe9d805d7fa73479c2a056a5126f191651e2288a7f8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeLogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeLogoutEverywhereMutation, EmployeeLogoutEverywhereMutationVariables>;
export const EmployeeRequestPasswordResetDocument = {"__meta__":{"hash":"3ecce7eea883ee2f000f61e3be61741dd161af9105ca039085e9694e6af775d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestPasswordResetMutation, EmployeeRequestPasswordResetMutationVariables>;
export const EmployeePasswordResetLinkDocument = {"__meta__":{"hash":"e60dc2689bfdf7c601be3dcb124c61e733394b8751b38a4291a30def34f8ff35"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePasswordResetLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<EmployeePasswordResetLinkQuery, EmployeePasswordResetLinkQueryVariables>;
export const EmployeeResetPasswordDocument = {"__meta__":{"hash":"22106855e7ca3d46c8f4f21af0b74070d7afc76e33ddb22dc129621998a88d06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeResetPasswordMutation, EmployeeResetPasswordMutationVariables>;
export const EmployeeRequestUsernameDocument = {"__meta__":{"hash":"4bc796d5aa0143e4d898ee71b708fce6ba5294e962828f5f138ff695dfc45e00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRequestUsername"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestUsernameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestUsername"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeRequestUsernameMutation, EmployeeRequestUsernameMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"5c19c1bbb7286dd3b5adbdc2bba799bbbea074a6a899266db7718a0475677ef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;