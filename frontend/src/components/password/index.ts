// The new-password fields with their meter and advice, for the pages that set a password.
export { isServerPasswordCode } from './advice';
export { PasswordFields, type ServerPasswordVerdict } from './PasswordFields';
