import { gql } from 'urql';

// Hand-written until graphql-codegen (client-preset) takes over; the types mirror the server schema.

export type PrincipalKind = 'STAFF_USER' | 'API_CLIENT' | 'EMPLOYEE';
export type ViewerScope = 'PROVIDER' | 'EMPLOYER' | 'PERSON';
export type Right =
  | 'VIEW_EMPLOYEES'
  | 'MANAGE_PORTAL_ACCESS'
  | 'COLLECTIVE_MUTATIONS'
  | 'MANAGE_PRODUCTS'
  | 'MANAGE_MAIL_TEMPLATES'
  | 'VIEW_MIJNLOKET_EMAIL'
  | 'VIEW_AUDIT_LOG';

export interface UserError {
  field: string[] | null;
  /** UserErrorCode, e.g. INVALID_CREDENTIALS, SESSION_EXPIRED; new codes may appear. */
  code: string;
  /** English text for integrators; the SPA never shows it. */
  message: string;
}

export interface Viewer {
  id: string;
  kind: PrincipalKind;
  displayName: string;
  username: string | null;
  scope: ViewerScope;
  provider: { id: string; name: string } | null;
  employer: { id: string; name: string; administrationNumber: string } | null;
  rights: Right[];
}

/** Common shape of LoginPayload and RefreshSessionPayload. */
export interface SessionPayload {
  accessToken: string | null;
  /** Time scalar (RFC 3339). */
  accessTokenExpiresAt: string | null;
  viewer: Viewer | null;
  userErrors: UserError[];
}

export interface LogoutPayload {
  ok: boolean;
  userErrors: UserError[];
}

export interface LoginInput {
  username: string;
  password: string;
}

const ViewerFields = gql`
  fragment ViewerFields on Viewer {
    id
    kind
    displayName
    username
    scope
    provider {
      id
      name
    }
    employer {
      id
      name
      administrationNumber
    }
    rights
  }
`;

export const LoginMutation = gql<{ login: SessionPayload }, { input: LoginInput }>`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...ViewerFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
  ${ViewerFields}
`;

export const RefreshSessionMutation = gql<{ refreshSession: SessionPayload }, Record<string, never>>`
  mutation RefreshSession {
    refreshSession {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...ViewerFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
  ${ViewerFields}
`;

export const LogoutMutation = gql<{ logout: LogoutPayload }, Record<string, never>>`
  mutation Logout {
    logout {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`;
