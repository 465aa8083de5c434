import { graphql } from '../../gql';

/** Beheer → Werkgever → Producten (R19–R21): the catalogue and what is active for the employer. */
export const productsQuery = graphql(`
  query AdminProducts($employerId: ID!) {
    products {
      id
      code
      nameNl
      nameEn
      kind
      tier
      sortOrder
    }
    employer(id: $employerId) {
      id
      mijnLoketVariant
      activeProducts {
        id
        code
      }
      advisories {
        product {
          id
          code
        }
        missingAnyOf {
          id
          code
        }
      }
      provider {
        id
        mijnloketAddendumSignedAt
      }
    }
  }
`);

export const activateProductMutation = graphql(`
  mutation AdminActivateProduct($input: ProductActivationInput!) {
    activateProduct(input: $input) {
      employer {
        id
        mijnLoketVariant
        activeProducts {
          id
          code
        }
        advisories {
          product {
            id
            code
          }
          missingAnyOf {
            id
            code
          }
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

export const deactivateProductMutation = graphql(`
  mutation AdminDeactivateProduct($input: ProductActivationInput!) {
    deactivateProduct(input: $input) {
      employer {
        id
        mijnLoketVariant
        activeProducts {
          id
          code
        }
        advisories {
          product {
            id
            code
          }
          missingAnyOf {
            id
            code
          }
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);
