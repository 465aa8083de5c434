/** Notices the sign-in page can show, from the session's end or from the page that sent the visitor. */
export type LoginNotice = 'loggedOut' | 'expired' | 'loggedOutEverywhere';

/** Navigation state that asks the sign-in page for a notice: navigate(EMPLOYEE_LOGIN, { state: loginNoticeState('…') }). */
export function loginNoticeState(notice: LoginNotice): { notice: LoginNotice } {
  return { notice };
}

/** The notice asked for in navigation state, if any. */
export function loginNoticeOf(state: unknown): LoginNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'loggedOut' || notice === 'expired' || notice === 'loggedOutEverywhere' ? notice : null;
}
