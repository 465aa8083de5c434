import type { ResultOf } from '@graphql-typed-document-node/core';
import type { personQuery } from './persons.graphql';

type PersonNodeResult = NonNullable<ResultOf<typeof personQuery>['node']>;

/** The person as the person page has it (personQuery). */
export type PersonData = Extract<PersonNodeResult, { __typename: 'Person' }>;
export type PersonAccount = NonNullable<PersonData['account']>;
