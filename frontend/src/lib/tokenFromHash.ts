/**
 * The token of a mail link (employee and staff links alike): what follows '#', which browsers never send to a server. Tokens are
 * base64url; a mail client may have appended punctuation or percent-encoded the fragment.
 */
export function tokenFromHash(hash: string): string {
  let token = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    token = decodeURIComponent(token);
  } catch {
    // Not percent-encoded after all: use it as it is.
  }
  const match = /^[A-Za-z0-9_-]+/.exec(token.trim());
  return match ? match[0] : '';
}
