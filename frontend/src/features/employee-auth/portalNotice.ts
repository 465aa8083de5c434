/** A one-time notice for the portal home, passed in navigation state by the page that led there. */
export type PortalNotice = 'registered' | 'passwordReset';

export function portalNoticeState(notice: PortalNotice): { notice: PortalNotice } {
  return { notice };
}

export function portalNoticeOf(state: unknown): PortalNotice | null {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'registered' || notice === 'passwordReset' ? notice : null;
}
