/*
 * Relay paging kept in the URL (?pagina=2&na=<cursor> or ?voor=<cursor>), for lists other than the
 * employments list (which has its own state in persons/listState.ts with the same parameters).
 */

export interface Paging {
  page: number;
  after: string | null;
  before: string | null;
}

export const FIRST_PAGE: Paging = { page: 1, after: null, before: null };

export function parsePaging(params: URLSearchParams): Paging {
  const after = params.get('na') || null;
  const before = after ? null : params.get('voor') || null;
  const page = Number.parseInt(params.get('pagina') ?? '', 10);
  return after || before ? { page: Number.isFinite(page) && page > 1 ? page : 2, after, before } : FIRST_PAGE;
}

/** `params` with the paging written in (and any old paging removed). */
export function withPaging(params: URLSearchParams, paging: Paging): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['pagina', 'na', 'voor']) next.delete(key);
  if (paging.page > 1 && (paging.after || paging.before)) {
    next.set('pagina', String(paging.page));
    next.set(paging.after ? 'na' : 'voor', (paging.after ?? paging.before)!);
  }
  return next;
}

export function pagingVariables(paging: Paging, pageSize: number) {
  return paging.before
    ? { last: pageSize, before: paging.before }
    : { first: pageSize, ...(paging.after ? { after: paging.after } : {}) };
}

interface PageInfo {
  startCursor?: string | null | undefined;
  endCursor?: string | null | undefined;
}

/**
 * The query strings of the previous and next page, or null where there is none. The total count
 * decides whether there is a next page (a backward page's hasNextPage is not reliable in Relay).
 */
export function pageLinks(
  params: URLSearchParams,
  paging: Paging,
  pageInfo: PageInfo | undefined,
  totalCount: number,
  pageSize: number,
): { previous: string | null; next: string | null } {
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  const previous =
    paging.page > 1
      ? paging.page === 2 || !pageInfo?.startCursor
        ? withPaging(params, FIRST_PAGE)
        : withPaging(params, { page: paging.page - 1, after: null, before: pageInfo.startCursor })
      : null;
  const next =
    paging.page < pageCount && pageInfo?.endCursor
      ? withPaging(params, { page: paging.page + 1, after: pageInfo.endCursor, before: null })
      : null;
  const href = (p: URLSearchParams | null) => (p ? `?${p.toString()}` : null);
  return { previous: href(previous), next: href(next) };
}
