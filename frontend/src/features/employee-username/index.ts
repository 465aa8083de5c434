// Choosing a username (R4): the format rule, the live availability check and its status line, for
// the invitation page and the account page.
export { usernameFormatOk } from './username';
export { UsernameStatusLine } from './UsernameStatusLine';
export { useUsernameAvailability } from './useUsernameAvailability';
