import type { WorkflowKind, WorkflowTarget } from '../../gql/graphql';

/** The kinds in the editor's order (server/workflow/spec Kinds). */
export const KINDS: readonly WorkflowKind[] = ['LEAVE', 'LEAVE_CANCELLATION', 'CLAIM', 'PERSONAL_DATA_CHANGE'];

export const TARGETS: readonly WorkflowTarget[] = ['MANAGER', 'RIGHT', 'USERS'];

/** A route as the form edits it. */
export interface DraftStep {
  target: WorkflowTarget;
  userIds: string[];
}

export interface Draft {
  steps: DraftStep[];
  notifyUserIds: string[];
  /** Hours (leave kinds) or euros (claims) as typed, with a decimal comma; '' for none. */
  auto: string;
}

export interface RouteData {
  kind: WorkflowKind;
  steps: ReadonlyArray<{ target: WorkflowTarget; users: ReadonlyArray<{ id: string; name: string }> }>;
  notify: ReadonlyArray<{ id: string; name: string }>;
  autoApproval?: { maxLeaveHours?: number | null; maxClaimAmount?: number | null } | null;
}

/** Which automatic approval a kind has: leave in hours, claims in euros, none for data changes (R34). */
export function autoKind(kind: WorkflowKind): 'hours' | 'amount' | null {
  if (kind === 'LEAVE' || kind === 'LEAVE_CANCELLATION') return 'hours';
  if (kind === 'CLAIM') return 'amount';
  return null;
}

/** A number typed the Dutch way (12,5) or the English way (12.5); NaN when it is not one. */
export function parseDecimal(text: string): number {
  const t = text.trim().replace(/\s/g, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

export function draftOf(route: RouteData, locale: string): Draft {
  const a = route.autoApproval;
  const value = autoKind(route.kind) === 'hours' ? a?.maxLeaveHours : autoKind(route.kind) === 'amount' ? a?.maxClaimAmount : null;
  return {
    steps: route.steps.map((s) => ({ target: s.target, userIds: s.users.map((u) => u.id) })),
    notifyUserIds: route.notify.map((u) => u.id),
    auto: value == null ? '' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value),
  };
}

export type DraftProblem = 'stepUsers' | 'auto' | null;

/** What the server would refuse of a draft, checked before it is sent (the server checks again). */
export function draftProblem(kind: WorkflowKind, d: Draft): DraftProblem {
  if (d.steps.some((s) => s.target === 'USERS' && (s.userIds.length === 0 || s.userIds.length > 10))) return 'stepUsers';
  if (d.auto.trim() !== '') {
    const n = parseDecimal(d.auto);
    if (autoKind(kind) === null || Number.isNaN(n) || n <= 0) return 'auto';
    if (autoKind(kind) === 'hours' && n > 1000) return 'auto';
  }
  return null;
}

/** The draft as the API's WorkflowRouteInput. */
export function routeInput(kind: WorkflowKind, d: Draft) {
  const n = d.auto.trim() === '' ? null : parseDecimal(d.auto);
  const which = autoKind(kind);
  return {
    steps: d.steps.map((s) => ({ target: s.target, ...(s.target === 'USERS' ? { userIds: s.userIds } : {}) })),
    notifyUserIds: d.notifyUserIds,
    ...(n != null && which === 'hours' ? { autoApproval: { maxLeaveHours: n } } : {}),
    ...(n != null && which === 'amount' ? { autoApproval: { maxClaimAmount: n } } : {}),
  };
}
