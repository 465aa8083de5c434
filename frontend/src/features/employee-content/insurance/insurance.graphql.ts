import { graphql } from '../../../gql';

/**
 * Verzekeringen vergelijken (R40): the collective offers that reach the employee — their provider's and
 * their employer's — optionally of one kind. Nothing about the employee is sent anywhere.
 */
export const insuranceOffersQuery = graphql(`
  query EmployeeInsuranceOffers($kind: InsuranceKind) {
    me {
      insuranceOffers(kind: $kind) {
        id
        scope
        insurer
        kind
        discountText
        discountPercentage
        monthlyPremiumFromCents
        conditions
        url
      }
    }
  }
`);
