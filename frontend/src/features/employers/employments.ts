import type { ResultOf } from '@graphql-typed-document-node/core';
import type { employmentsQuery } from './employments.graphql';

type EmploymentsResult = NonNullable<NonNullable<ResultOf<typeof employmentsQuery>['employer']>['employments']>;
/** One row of the employments list. */
export type EmploymentRow = NonNullable<NonNullable<NonNullable<EmploymentsResult['edges']>[number]>['node']>;

/** The rows of an employments page, without the holes a Relay connection may have. */
export function employmentRows(connection: EmploymentsResult | null | undefined): EmploymentRow[] {
  return (connection?.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
}
