import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EMPLOYMENT_PARAM, selectEmployment, type EmploymentLike } from './employments';

/**
 * The employment the portal shows (R18), from the address, and a way to choose another one. The choice
 * shows at once; the address follows (replacing the entry, so Back leaves the portal as expected).
 */
export function useSelectedEmployment<E extends EmploymentLike>(employments: readonly E[]): [E | null, (employment: E) => void] {
  const [params, setParams] = useSearchParams();
  const param = params.get(EMPLOYMENT_PARAM);
  const [choice, setChoice] = useState(param);
  // When the address changes (Back, a link), it wins: adjusted while rendering, not in an effect,
  // so no render shows the old choice with the new address.
  const [seenParam, setSeenParam] = useState(param);
  if (param !== seenParam) {
    setSeenParam(param);
    setChoice(param);
  }
  const selected = selectEmployment(employments, choice);
  const choose = useCallback(
    (employment: E) => {
      const value = String(employment.employeeNumber);
      setChoice(value);
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(EMPLOYMENT_PARAM, value);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [selected, choose];
}
