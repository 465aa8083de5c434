import { useCallback, useEffect, useState } from 'react';
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
  useEffect(() => setChoice(param), [param]);
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
