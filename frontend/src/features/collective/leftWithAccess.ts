import type { ResultOf } from '@graphql-typed-document-node/core';
import type { leftWithAccessQuery } from './collective.graphql';

type Connection = NonNullable<NonNullable<ResultOf<typeof leftWithAccessQuery>['employer']>['employments']>;
type Row = NonNullable<NonNullable<NonNullable<Connection['edges']>[number]>['node']>;

export interface LeftPerson {
  personId: string;
  fullName: string;
  email: string | null;
  employeeNumber: number;
  /** The last day of the latest employment. */
  endDate: string;
  status: string;
  lastLoginAt: string | null;
}

/**
 * The persons who left (R8): every employment ended, yet access (active, locked or invited). The
 * OUT_OF_SERVICE filter returns ended employments, so a person with a running second contract
 * (R18) appears among the rows and is dropped here.
 */
export function leftPersons(rows: readonly Row[]): LeftPerson[] {
  const byPerson = new Map<string, LeftPerson>();
  for (const row of rows) {
    const p = row.person;
    const employments = p.employments ?? [];
    if (employments.some((e) => e.inService) || byPerson.has(p.id)) continue;
    const ends = employments.map((e) => e.endDate).filter((d): d is string => !!d).sort();
    byPerson.set(p.id, {
      personId: p.id,
      fullName: p.fullName,
      email: p.email ?? null,
      employeeNumber: Math.min(...employments.map((e) => e.employeeNumber), row.employeeNumber),
      endDate: ends.at(-1) ?? row.endDate ?? '',
      status: p.account?.status ?? 'NONE',
      lastLoginAt: p.account?.lastLoginAt ?? null,
    });
  }
  return [...byPerson.values()].sort((a, b) => a.endDate.localeCompare(b.endDate) || a.employeeNumber - b.employeeNumber);
}
