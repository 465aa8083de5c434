/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Credentials of a staff user. */
export type LoginInput = {
  /** The password; case-sensitive. */
  password: string;
  /** The username; case-sensitive. */
  username: string;
};

/** Kind of signed-in principal. */
export type PrincipalKind =
  /** An integrator using API credentials. */
  | 'API_CLIENT'
  /** An employee signed in to the portal. */
  | 'EMPLOYEE'
  /** A staff user of a provider or employer. */
  | 'STAFF_USER';

/** A right of a staff user or integrator (DOMAIN.md, Rights). */
export type Right =
  /** Collectieve mutaties: collective grant and collective block. */
  | 'COLLECTIVE_MUTATIONS'
  /** Beheren e-mailteksten: edit mail texts at the user's own level. */
  | 'MANAGE_MAIL_TEMPLATES'
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
  /** The birth date must be answered first (R4). */
  | 'BIRTH_DATE_NOT_VERIFIED'
  /** The current password is not right. */
  | 'CURRENT_PASSWORD_WRONG'
  /** The person has no e-mail address (R1). */
  | 'EMAIL_REQUIRED'
  /** MijnLoket cannot be deactivated while MijnLoket functionalities are active; deactivate those first. */
  | 'FEATURES_STILL_ACTIVE'
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
  /** The username does not follow the rules. */
  | 'USERNAME_INVALID'
  /** Gebruikersnaam versturen needs an account with access that signed in at least once (R9). */
  | 'USERNAME_NOT_AVAILABLE'
  /** The username is taken (unique ignoring case). */
  | 'USERNAME_TAKEN'
  /** The birth date is not right (R4). */
  | 'WRONG_BIRTH_DATE';

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

export type EmployeePortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployeePortalHomeQuery = { __typename: 'Query', me: { __typename: 'EmployeeMe', person: { __typename: 'Person', id: string, firstName: string, fullName: string }, employer: { __typename: 'Employer', id: string, name: string } } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', logout: { __typename: 'LogoutPayload', ok: boolean, userErrors: Array<{ __typename: 'UserError', field: Array<string> | null, code: UserErrorCode, message: string }> } };

export const StaffViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffViewerFragment, unknown>;
export const EmployeeViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeViewerFragment, unknown>;
export const LoginDocument = {"__meta__":{"hash":"cd5005ede958027efea5ef74c9c8977876b5ed31ba130d650f6e313acdbd61e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const StaffRefreshSessionDocument = {"__meta__":{"hash":"8387b99cba548743dfffcd8ae4d3ebb5f9310dd782cd78c2a4edac4a41380720"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"STAFF"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administrationNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rights"}}]}}]} as unknown as DocumentNode<StaffRefreshSessionMutation, StaffRefreshSessionMutationVariables>;
export const EmployeeLoginDocument = {"__meta__":{"hash":"3a593e13ade8d50a790880ecff3b6661394cfc850b8200d39e8bb3c3286e9241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employeeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeLoginMutation, EmployeeLoginMutationVariables>;
export const EmployeeRefreshSessionDocument = {"__meta__":{"hash":"6899013b35565fa39b06537efd82ec470e6b98e2a954a3b82c5bcff26ecdfcbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployeeRefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"EnumValue","value":"EMPLOYEE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeViewer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeViewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EmployeeRefreshSessionMutation, EmployeeRefreshSessionMutationVariables>;
export const EmployeePortalHomeDocument = {"__meta__":{"hash":"2af6547ced3ae3983765bf4e61329dbc4b05495967507e89131c881ab8308b27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeePortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmployeePortalHomeQuery, EmployeePortalHomeQueryVariables>;
export const LogoutDocument = {"__meta__":{"hash":"5c19c1bbb7286dd3b5adbdc2bba799bbbea074a6a899266db7718a0475677ef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;