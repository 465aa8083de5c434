import type { ResultOf } from '@graphql-typed-document-node/core';
import { createContext, use } from 'react';
import type { employerQuery } from './employers.graphql';

export type EmployerData = NonNullable<ResultOf<typeof employerQuery>['employer']>;

export const EmployerContext = createContext<EmployerData | null>(null);

/** The employer whose pages are shown (from EmployerLayout). */
export function useEmployer(): EmployerData {
  const employer = use(EmployerContext);
  if (!employer) throw new Error('useEmployer needs <EmployerLayout>');
  return employer;
}

/** /beheer/werkgevers/:id + path. */
export function employerPath(employerId: string, path = ''): string {
  return `/beheer/werkgevers/${encodeURIComponent(employerId)}${path ? `/${path}` : ''}`;
}
