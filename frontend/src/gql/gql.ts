/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StaffViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    scope\n    provider {\n      id\n      name\n    }\n    employer {\n      id\n      name\n      administrationNumber\n    }\n    rights\n  }\n": typeof types.StaffViewerFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation StaffRefreshSession {\n    refreshSession(input: { area: STAFF }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.StaffRefreshSessionDocument,
    "\n  fragment EmployeeViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    employer {\n      id\n      name\n    }\n  }\n": typeof types.EmployeeViewerFragmentDoc,
    "\n  mutation EmployeeLogin($input: LoginInput!) {\n    employeeLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeLoginDocument,
    "\n  mutation EmployeeRefreshSession {\n    refreshSession(input: { area: EMPLOYEE }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeRefreshSessionDocument,
    "\n  query EmployeeInvitation($token: String!) {\n    invitation(token: $token) {\n      state\n      revokeReason\n      employerName\n      expiresAt\n      birthDateVerified\n    }\n  }\n": typeof types.EmployeeInvitationDocument,
    "\n  mutation EmployeeVerifyInvitation($input: VerifyInvitationInput!) {\n    verifyInvitation(input: $input) {\n      verified\n      attemptsLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeVerifyInvitationDocument,
    "\n  query EmployeeUsernameAvailable($token: String!, $username: String!) {\n    usernameAvailable(token: $token, username: $username)\n  }\n": typeof types.EmployeeUsernameAvailableDocument,
    "\n  mutation EmployeeCompleteRegistration($input: CompleteRegistrationInput!) {\n    completeRegistration(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeCompleteRegistrationDocument,
    "\n  fragment EmployeeEmployment on Employment {\n    id\n    employeeNumber\n    jobTitle\n    startDate\n    endDate\n    inService\n  }\n": typeof types.EmployeeEmploymentFragmentDoc,
    "\n  query EmployeePortalHome {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        fullName\n      }\n      employer {\n        id\n        name\n      }\n      employments {\n        ...EmployeeEmployment\n      }\n    }\n  }\n": typeof types.EmployeePortalHomeDocument,
    "\n  query EmployeeAccount {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        lastNamePrefix\n        lastName\n        fullName\n        email\n        birthDate\n      }\n      employer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.EmployeeAccountDocument,
    "\n  mutation EmployeeChangeUsername($input: ChangeUsernameInput!) {\n    changeUsername(input: $input) {\n      username\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeChangeUsernameDocument,
    "\n  mutation EmployeeChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeChangePasswordDocument,
    "\n  mutation EmployeeLogoutEverywhere {\n    logoutEverywhere {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeLogoutEverywhereDocument,
    "\n  mutation EmployeeRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeRequestPasswordResetDocument,
    "\n  query EmployeePasswordResetLink($token: String!) {\n    passwordResetLink(token: $token)\n  }\n": typeof types.EmployeePasswordResetLinkDocument,
    "\n  mutation EmployeeResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeResetPasswordDocument,
    "\n  mutation EmployeeRequestUsername($input: RequestUsernameInput!) {\n    requestUsername(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmployeeRequestUsernameDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  fragment StaffViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    scope\n    provider {\n      id\n      name\n    }\n    employer {\n      id\n      name\n      administrationNumber\n    }\n    rights\n  }\n": types.StaffViewerFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation StaffRefreshSession {\n    refreshSession(input: { area: STAFF }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.StaffRefreshSessionDocument,
    "\n  fragment EmployeeViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    employer {\n      id\n      name\n    }\n  }\n": types.EmployeeViewerFragmentDoc,
    "\n  mutation EmployeeLogin($input: LoginInput!) {\n    employeeLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeLoginDocument,
    "\n  mutation EmployeeRefreshSession {\n    refreshSession(input: { area: EMPLOYEE }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeRefreshSessionDocument,
    "\n  query EmployeeInvitation($token: String!) {\n    invitation(token: $token) {\n      state\n      revokeReason\n      employerName\n      expiresAt\n      birthDateVerified\n    }\n  }\n": types.EmployeeInvitationDocument,
    "\n  mutation EmployeeVerifyInvitation($input: VerifyInvitationInput!) {\n    verifyInvitation(input: $input) {\n      verified\n      attemptsLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeVerifyInvitationDocument,
    "\n  query EmployeeUsernameAvailable($token: String!, $username: String!) {\n    usernameAvailable(token: $token, username: $username)\n  }\n": types.EmployeeUsernameAvailableDocument,
    "\n  mutation EmployeeCompleteRegistration($input: CompleteRegistrationInput!) {\n    completeRegistration(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeCompleteRegistrationDocument,
    "\n  fragment EmployeeEmployment on Employment {\n    id\n    employeeNumber\n    jobTitle\n    startDate\n    endDate\n    inService\n  }\n": types.EmployeeEmploymentFragmentDoc,
    "\n  query EmployeePortalHome {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        fullName\n      }\n      employer {\n        id\n        name\n      }\n      employments {\n        ...EmployeeEmployment\n      }\n    }\n  }\n": types.EmployeePortalHomeDocument,
    "\n  query EmployeeAccount {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        lastNamePrefix\n        lastName\n        fullName\n        email\n        birthDate\n      }\n      employer {\n        id\n        name\n      }\n    }\n  }\n": types.EmployeeAccountDocument,
    "\n  mutation EmployeeChangeUsername($input: ChangeUsernameInput!) {\n    changeUsername(input: $input) {\n      username\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeChangeUsernameDocument,
    "\n  mutation EmployeeChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeChangePasswordDocument,
    "\n  mutation EmployeeLogoutEverywhere {\n    logoutEverywhere {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeLogoutEverywhereDocument,
    "\n  mutation EmployeeRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeRequestPasswordResetDocument,
    "\n  query EmployeePasswordResetLink($token: String!) {\n    passwordResetLink(token: $token)\n  }\n": types.EmployeePasswordResetLinkDocument,
    "\n  mutation EmployeeResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeResetPasswordDocument,
    "\n  mutation EmployeeRequestUsername($input: RequestUsernameInput!) {\n    requestUsername(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.EmployeeRequestUsernameDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    scope\n    provider {\n      id\n      name\n    }\n    employer {\n      id\n      name\n      administrationNumber\n    }\n    rights\n  }\n"): (typeof documents)["\n  fragment StaffViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    scope\n    provider {\n      id\n      name\n    }\n    employer {\n      id\n      name\n      administrationNumber\n    }\n    rights\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffRefreshSession {\n    refreshSession(input: { area: STAFF }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffRefreshSession {\n    refreshSession(input: { area: STAFF }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...StaffViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    employer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EmployeeViewer on Viewer {\n    id\n    kind\n    displayName\n    username\n    employer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeLogin($input: LoginInput!) {\n    employeeLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeLogin($input: LoginInput!) {\n    employeeLogin(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeRefreshSession {\n    refreshSession(input: { area: EMPLOYEE }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeRefreshSession {\n    refreshSession(input: { area: EMPLOYEE }) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeInvitation($token: String!) {\n    invitation(token: $token) {\n      state\n      revokeReason\n      employerName\n      expiresAt\n      birthDateVerified\n    }\n  }\n"): (typeof documents)["\n  query EmployeeInvitation($token: String!) {\n    invitation(token: $token) {\n      state\n      revokeReason\n      employerName\n      expiresAt\n      birthDateVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeVerifyInvitation($input: VerifyInvitationInput!) {\n    verifyInvitation(input: $input) {\n      verified\n      attemptsLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeVerifyInvitation($input: VerifyInvitationInput!) {\n    verifyInvitation(input: $input) {\n      verified\n      attemptsLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeUsernameAvailable($token: String!, $username: String!) {\n    usernameAvailable(token: $token, username: $username)\n  }\n"): (typeof documents)["\n  query EmployeeUsernameAvailable($token: String!, $username: String!) {\n    usernameAvailable(token: $token, username: $username)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeCompleteRegistration($input: CompleteRegistrationInput!) {\n    completeRegistration(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeCompleteRegistration($input: CompleteRegistrationInput!) {\n    completeRegistration(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmployeeEmployment on Employment {\n    id\n    employeeNumber\n    jobTitle\n    startDate\n    endDate\n    inService\n  }\n"): (typeof documents)["\n  fragment EmployeeEmployment on Employment {\n    id\n    employeeNumber\n    jobTitle\n    startDate\n    endDate\n    inService\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeePortalHome {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        fullName\n      }\n      employer {\n        id\n        name\n      }\n      employments {\n        ...EmployeeEmployment\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeePortalHome {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        fullName\n      }\n      employer {\n        id\n        name\n      }\n      employments {\n        ...EmployeeEmployment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeeAccount {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        lastNamePrefix\n        lastName\n        fullName\n        email\n        birthDate\n      }\n      employer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployeeAccount {\n    me {\n      account {\n        id\n        username\n      }\n      person {\n        id\n        firstName\n        lastNamePrefix\n        lastName\n        fullName\n        email\n        birthDate\n      }\n      employer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeChangeUsername($input: ChangeUsernameInput!) {\n    changeUsername(input: $input) {\n      username\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeChangeUsername($input: ChangeUsernameInput!) {\n    changeUsername(input: $input) {\n      username\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeLogoutEverywhere {\n    logoutEverywhere {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeLogoutEverywhere {\n    logoutEverywhere {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeRequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployeePasswordResetLink($token: String!) {\n    passwordResetLink(token: $token)\n  }\n"): (typeof documents)["\n  query EmployeePasswordResetLink($token: String!) {\n    passwordResetLink(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      viewer {\n        ...EmployeeViewer\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployeeRequestUsername($input: RequestUsernameInput!) {\n    requestUsername(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmployeeRequestUsername($input: RequestUsernameInput!) {\n    requestUsername(input: $input) {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;