import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from './useDebouncedValue';

const PAGING_PARAMS = ['pagina', 'na', 'voor'];

/**
 * A search field whose text lives in the URL (?zoek=…): the field follows every key press at once,
 * the URL (and with it the query) follows after a short pause, without a history entry per key, and
 * back to page 1. Back/forward or a shared link set the field from the URL.
 *
 * Returns [field text, set field text, the search in the URL].
 */
export function useSearchParamState(name = 'zoek', delay = 250): [string, (value: string) => void, string] {
  const [params, setParams] = useSearchParams();
  const urlValue = params.get(name) ?? '';
  const [value, setValue] = useState(urlValue);
  const written = useRef(urlValue);

  useEffect(() => {
    if (urlValue !== written.current) {
      written.current = urlValue;
      setValue(urlValue);
    }
  }, [urlValue]);

  const debounced = useDebouncedValue(value, delay);
  useEffect(() => {
    const wanted = debounced.trim() ? debounced : '';
    if (wanted === written.current) return;
    written.current = wanted;
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const key of PAGING_PARAMS) next.delete(key);
        if (wanted) next.set(name, wanted);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [debounced, name, setParams]);

  return [value, setValue, urlValue];
}
