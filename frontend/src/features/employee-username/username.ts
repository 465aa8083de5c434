/** A username as the server accepts it: 3 to 64 letters, digits or . _ - @ (server/access/employee.go). */
export function usernameFormatOk(username: string): boolean {
  const length = Array.from(username).length;
  return length >= 3 && length <= 64 && /^[\p{L}\p{N}._@-]+$/u.test(username);
}
