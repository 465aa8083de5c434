import { graphql } from '../../gql';

/**
 * Werknemers importeren (R45): the same service as the integrators' syncEmployees; with dryRun the
 * preview, without it the import. One call takes at most 1,000 rows.
 */
export const syncEmployeesMutation = graphql(`
  mutation AdminSyncEmployees($input: SyncEmployeesInput!) {
    syncEmployees(input: $input) {
      results {
        index
        employeeNumber
        status
        changedFields
        notices
        userErrors {
          field
          code
          message
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
