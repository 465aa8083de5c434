import { graphql } from '../../gql';

/** The offers published at a level (R40). */
export const insuranceOffersAdminQuery = graphql(`
  query AdminInsuranceOffers($level: InsuranceLevelInput!) {
    insuranceOffers(level: $level) {
      id
      scope
      insurer
      kind
      discountText
      discountPercentage
      monthlyPremiumFromCents
      conditions
      url
      updatedAt
    }
  }
`);

export const createInsuranceOfferMutation = graphql(`
  mutation AdminCreateInsuranceOffer($input: CreateInsuranceOfferInput!) {
    createInsuranceOffer(input: $input) {
      offer {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const updateInsuranceOfferMutation = graphql(`
  mutation AdminUpdateInsuranceOffer($input: UpdateInsuranceOfferInput!) {
    updateInsuranceOffer(input: $input) {
      offer {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const deleteInsuranceOfferMutation = graphql(`
  mutation AdminDeleteInsuranceOffer($input: DeleteInsuranceOfferInput!) {
    deleteInsuranceOffer(input: $input) {
      deletedId
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The assistant's anonymous counts per day and intent (R41). */
export const assistantCountsQuery = graphql(`
  query AdminAssistantCounts($employerId: ID!) {
    assistantIntentCounts(employerId: $employerId) {
      day
      intent
      answered
      count
    }
  }
`);
