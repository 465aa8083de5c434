import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIST_STATE,
  isFiltered,
  listStateToParams,
  nextPage,
  parseListState,
  previousPage,
  toFilter,
  toPageVariables,
  withSearch,
  withService,
  withStatuses,
} from './listState';

const parse = (query: string) => parseListState(new URLSearchParams(query));

describe('the employments list state in the URL', () => {
  it('reads search, filters and page', () => {
    expect(parse('zoek=jansen&dienst=uit&status=geblokkeerd,actief&pagina=3&na=abc')).toEqual({
      search: 'jansen',
      service: 'OUT_OF_SERVICE',
      statuses: ['ACTIVE', 'BLOCKED'], // display order, not URL order
      page: 3,
      after: 'abc',
      before: null,
    });
    expect(parse('')).toEqual(EMPTY_LIST_STATE);
  });

  it('ignores what it does not know instead of failing on a hand-edited URL', () => {
    expect(parse('dienst=misschien&status=onzin,verlopen&pagina=-2')).toEqual({ ...EMPTY_LIST_STATE, statuses: ['EXPIRED'] });
    // A page number without a cursor cannot be reached: page 1.
    expect(parse('pagina=4').page).toBe(1);
    // A cursor without a page number is at least page 2.
    expect(parse('na=abc').page).toBe(1);
    expect(parse('voor=abc&na=def')).toMatchObject({ after: 'def', before: null });
  });

  it('writes a plain URL for the plain list and keeps other parameters', () => {
    expect(listStateToParams(EMPTY_LIST_STATE).toString()).toBe('');
    const params = listStateToParams(
      { search: 'de Vries', service: 'IN_SERVICE', statuses: ['BLOCKED', 'NONE'], page: 2, after: 'c2', before: null },
      new URLSearchParams('tab=logboek&pagina=9'),
    );
    expect(params.get('tab')).toBe('logboek');
    expect(params.get('zoek')).toBe('de Vries');
    expect(params.get('dienst')).toBe('in');
    expect(params.get('status')).toBe('geen,geblokkeerd');
    expect(params.get('pagina')).toBe('2');
    expect(params.get('na')).toBe('c2');
    expect(params.has('voor')).toBe(false);
  });

  it('round-trips', () => {
    const state = { search: 'x', service: 'OUT_OF_SERVICE' as const, statuses: ['INVITED' as const], page: 3, after: null, before: 'b' };
    expect(parseListState(listStateToParams(state))).toEqual(state);
  });

  it('starts at page 1 when the search or a filter changes', () => {
    const onPage3 = { ...EMPTY_LIST_STATE, page: 3, after: 'c' };
    expect(withSearch(onPage3, 'a')).toMatchObject({ search: 'a', page: 1, after: null });
    expect(withService(onPage3, 'IN_SERVICE')).toMatchObject({ service: 'IN_SERVICE', page: 1, after: null });
    expect(withStatuses(onPage3, ['LOCKED', 'NONE'])).toMatchObject({ statuses: ['NONE', 'LOCKED'], page: 1 });
  });

  it('pages with Relay cursors: after the last item, before the first, and no cursor for page 1', () => {
    const page2 = nextPage(EMPTY_LIST_STATE, 'end1');
    expect(page2).toMatchObject({ page: 2, after: 'end1', before: null });
    const page3 = nextPage(page2, 'end2');
    expect(previousPage(page3, 'start3')).toMatchObject({ page: 2, after: null, before: 'start3' });
    expect(previousPage(page2, 'start2')).toMatchObject({ page: 1, after: null, before: null });
  });

  it('gives the query variables of a page', () => {
    expect(toPageVariables(EMPTY_LIST_STATE, 25)).toEqual({ first: 25 });
    expect(toPageVariables({ ...EMPTY_LIST_STATE, search: '  jan ', service: 'IN_SERVICE', page: 2, after: 'c' }, 25)).toEqual({
      search: 'jan',
      filter: { service: 'IN_SERVICE' },
      first: 25,
      after: 'c',
    });
    expect(toPageVariables({ ...EMPTY_LIST_STATE, statuses: ['ACTIVE'], page: 2, before: 'b' }, 25)).toEqual({
      filter: { accessStatus: ['ACTIVE'] },
      last: 25,
      before: 'b',
    });
    expect(toFilter(EMPTY_LIST_STATE)).toBeUndefined();
    expect(isFiltered(EMPTY_LIST_STATE)).toBe(false);
    expect(isFiltered({ ...EMPTY_LIST_STATE, search: ' ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_LIST_STATE, statuses: ['NONE'] })).toBe(true);
  });
});
