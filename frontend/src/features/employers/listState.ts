import type { AccessStatus, EmploymentListFilter, ServiceFilter } from '../../gql/graphql';

/*
 * The state of the employments list (☰, R16) as it lives in the URL, so a search, its filters and
 * the page can be bookmarked, shared and reloaded:
 *
 *   ?zoek=jansen&dienst=uit&status=actief,geblokkeerd&pagina=2&na=<cursor>
 *
 * Paging is Relay paging: `na` (after) or `voor` (before) holds the cursor the server gave; `pagina`
 * is only the number shown ("Pagina 2 van 3"). Changing the search or a filter starts at page 1.
 */

export const SERVICE_PARAM: Record<ServiceFilter, string> = { IN_SERVICE: 'in', OUT_OF_SERVICE: 'uit' };

export const STATUS_PARAM: Record<AccessStatus, string> = {
  NONE: 'geen',
  INVITED: 'uitgenodigd',
  EXPIRED: 'verlopen',
  ACTIVE: 'actief',
  BLOCKED: 'geblokkeerd',
  LOCKED: 'tijdelijk-geblokkeerd',
};

/** The statuses in the order the UI lists them. */
export const ACCESS_STATUSES: readonly AccessStatus[] = ['NONE', 'INVITED', 'EXPIRED', 'ACTIVE', 'LOCKED', 'BLOCKED'];

export interface ListState {
  search: string;
  service: ServiceFilter | null;
  statuses: AccessStatus[];
  page: number;
  after: string | null;
  before: string | null;
}

export const EMPTY_LIST_STATE: ListState = { search: '', service: null, statuses: [], page: 1, after: null, before: null };

function invert<K extends string>(table: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(table).map(([key, value]) => [value as string, key as K]));
}

const serviceByParam = invert(SERVICE_PARAM);
const statusByParam = invert(STATUS_PARAM);

/** Reads the list state from the query string; unknown values are ignored, never an error. */
export function parseListState(params: URLSearchParams): ListState {
  const service = serviceByParam.get(params.get('dienst') ?? '') ?? null;
  const wanted = new Set(
    (params.get('status') ?? '')
      .split(',')
      .map((s) => statusByParam.get(s.trim()))
      .filter((s): s is AccessStatus => s !== undefined),
  );
  const statuses = ACCESS_STATUSES.filter((s) => wanted.has(s));
  const after = params.get('na') || null;
  const before = after ? null : params.get('voor') || null;
  const pageNumber = Number.parseInt(params.get('pagina') ?? '', 10);
  const page = (after || before) && Number.isFinite(pageNumber) && pageNumber > 1 ? pageNumber : 1;
  return { search: (params.get('zoek') ?? '').slice(0, 100), service, statuses, page, after, before };
}

/**
 * Writes the list state into a query string, keeping unrelated parameters of `base` (e.g. a
 * selected tab). Empty values are left out, so the plain list has a plain URL.
 */
export function listStateToParams(state: ListState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['zoek', 'dienst', 'status', 'pagina', 'na', 'voor']) params.delete(key);
  if (state.search.trim()) params.set('zoek', state.search);
  if (state.service) params.set('dienst', SERVICE_PARAM[state.service]);
  if (state.statuses.length) params.set('status', ACCESS_STATUSES.filter((s) => state.statuses.includes(s)).map((s) => STATUS_PARAM[s]).join(','));
  if (state.page > 1 && (state.after || state.before)) {
    params.set('pagina', String(state.page));
    if (state.after) params.set('na', state.after);
    else if (state.before) params.set('voor', state.before);
  }
  return params;
}

const firstPage = (state: ListState): ListState => ({ ...state, page: 1, after: null, before: null });

export const withSearch = (state: ListState, search: string): ListState => firstPage({ ...state, search });
export const withService = (state: ListState, service: ServiceFilter | null): ListState => firstPage({ ...state, service });
export const withStatuses = (state: ListState, statuses: AccessStatus[]): ListState =>
  firstPage({ ...state, statuses: ACCESS_STATUSES.filter((s) => statuses.includes(s)) });

/** The next page: after the last item shown. */
export function nextPage(state: ListState, endCursor: string): ListState {
  return { ...state, page: state.page + 1, after: endCursor, before: null };
}

/** The previous page: before the first item shown; page 1 needs no cursor at all. */
export function previousPage(state: ListState, startCursor: string): ListState {
  const page = Math.max(1, state.page - 1);
  return page === 1 ? firstPage(state) : { ...state, page, after: null, before: startCursor };
}

/** The filter argument of `employments` / `CollectiveAccessInput`; undefined when nothing is filtered. */
export function toFilter(state: Pick<ListState, 'service' | 'statuses'>): EmploymentListFilter | undefined {
  if (!state.service && state.statuses.length === 0) return undefined;
  return {
    ...(state.service ? { service: state.service } : {}),
    ...(state.statuses.length ? { accessStatus: state.statuses } : {}),
  };
}

export interface PageVariables {
  search?: string;
  filter?: EmploymentListFilter;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/** The variables of one page of the employments list. */
export function toPageVariables(state: ListState, pageSize: number): PageVariables {
  const search = state.search.trim();
  const filter = toFilter(state);
  const paging = state.before ? { last: pageSize, before: state.before } : { first: pageSize, ...(state.after ? { after: state.after } : {}) };
  return { ...(search ? { search } : {}), ...(filter ? { filter } : {}), ...paging };
}

/** Whether anything narrows the list (for the empty state: "nothing matches" vs "nobody yet"). */
export function isFiltered(state: ListState): boolean {
  return state.search.trim() !== '' || state.service !== null || state.statuses.length > 0;
}
