interface LeftWithAccessConnection {
  edges?: ReadonlyArray<{
    node?: { person: { id: string; employments?: ReadonlyArray<{ inService: boolean }> | null } } | null;
  } | null> | null;
}

/**
 * How many persons left (R8: no employment in service any more) but still have access. The
 * OUT_OF_SERVICE filter matches ended employments, so a person with an ended and a running
 * contract (R18) is among the rows; such a person has not left and is not counted.
 */
export function leftWithAccessCount(connection: LeftWithAccessConnection): number {
  const persons = new Set<string>();
  for (const edge of connection.edges ?? []) {
    const person = edge?.node?.person;
    if (person && !(person.employments ?? []).some((e) => e.inService)) persons.add(person.id);
  }
  return persons.size;
}
