import { graphql } from '../../gql';

/** The provider user's employer picker: name or administration number, Relay paging. */
export const employersQuery = graphql(`
  query AdminEmployers($search: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    employers(search: $search, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          administrationNumber
          street
          postalCode
          city
          mijnLoketVariant
        }
      }
    }
  }
`);

/** The employer header (R16: name, address, administratie) and its MijnLoket variant. */
export const employerQuery = graphql(`
  query AdminEmployer($id: ID!) {
    employer(id: $id) {
      id
      name
      street
      postalCode
      city
      administrationNumber
      mijnLoketVariant
      activeProducts {
        id
        code
      }
      provider {
        id
        name
        mijnloketAddendumSignedAt
      }
    }
  }
`);

/** The employer's start page: how many are in and out of service, and who left but kept access (R8). */
export const employerOverviewQuery = graphql(`
  query AdminEmployerOverview($id: ID!) {
    employer(id: $id) {
      id
      activeProducts {
        id
      }
      advisories {
        product {
          id
        }
      }
      inService: employments(first: 1, filter: { service: IN_SERVICE }) {
        totalCount
      }
      outOfService: employments(first: 1, filter: { service: OUT_OF_SERVICE }) {
        totalCount
      }
      leftWithAccess: employments(first: 200, filter: { service: OUT_OF_SERVICE, accessStatus: [ACTIVE, LOCKED, INVITED] }) {
        totalCount
        edges {
          node {
            id
            person {
              id
              employments {
                id
                inService
              }
            }
          }
        }
      }
    }
  }
`);
