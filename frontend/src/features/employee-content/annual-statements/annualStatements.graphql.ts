import { graphql } from '../../../gql';

/** Jaaropgaven, newest year first. The BSN is left out on purpose: it is on the PDF. */
export const annualStatementsQuery = graphql(`
  query EmployeeAnnualStatements {
    me {
      annualStatements {
        id
        year
        wageForPayrollTaxCents
        withheldPayrollTaxCents
        labourTaxCreditCents
        zvwWageCents
        payrollTaxCreditApplied
        pdfUrl
        employment {
          id
          employeeNumber
          jobTitle
        }
      }
    }
  }
`);
