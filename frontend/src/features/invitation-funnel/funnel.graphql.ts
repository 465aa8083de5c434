import { graphql } from '../../gql';

/** The funnel of an employer over the last weeks (server/funnel). */
export const invitationFunnelQuery = graphql(`
  query AdminInvitationFunnel($employerId: ID!, $weeks: Int) {
    invitationFunnel(employerId: $employerId, weeks: $weeks) {
      weeks {
        start
        sent
        opened
        verified
        registered
        expired
        withdrawn
        conversion
      }
      total {
        start
        sent
        opened
        verified
        registered
        expired
        withdrawn
        conversion
      }
      stuck {
        step
        total
        people {
          person {
            id
            fullName
          }
          email
          invitedAt
          expiresAt
        }
      }
    }
  }
`);

/** A new link for someone stuck (R3): the old link stops working. */
export const funnelResendMutation = graphql(`
  mutation AdminFunnelResend($input: PersonInput!) {
    resendInvitation(input: $input) {
      person {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
