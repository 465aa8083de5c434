import type { ResultOf } from '@graphql-typed-document-node/core';
import type { employmentsQuery, personQuery } from './persons.graphql';

type PersonNodeResult = NonNullable<ResultOf<typeof personQuery>['node']>;

/** The person as the person page has it (personQuery). */
export type PersonData = Extract<PersonNodeResult, { __typename: 'Person' }>;
export type PersonAccount = NonNullable<PersonData['account']>;

type EmploymentsResult = NonNullable<NonNullable<ResultOf<typeof employmentsQuery>['employer']>['employments']>;
/** One row of the employments list. */
export type EmploymentRow = NonNullable<NonNullable<NonNullable<EmploymentsResult['edges']>[number]>['node']>;

/** The rows of an employments page, without the holes a Relay connection may have. */
export function employmentRows(connection: EmploymentsResult | null | undefined): EmploymentRow[] {
  return (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
}
