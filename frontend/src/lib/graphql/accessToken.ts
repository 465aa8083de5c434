/**
 * The access token lives only in memory (never in storage), so script injected later cannot lift it
 * from localStorage and it is gone when the tab closes. The long-lived refresh token is an httpOnly
 * cookie the server sets; after a reload the session is restored through `refreshSession`.
 */
let accessToken: string | null = null;

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
}
