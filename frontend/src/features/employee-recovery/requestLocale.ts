import type { OperationContext } from '@urql/core';
import type { Locale } from '../../i18n/locale';

/**
 * The server writes the recovery mails in the request's language (Accept-Language, graph/handler.go);
 * send the language the employee chose in the portal rather than the browser's.
 */
export function inLanguage(locale: Locale): Partial<OperationContext> {
  return { fetchOptions: { credentials: 'same-origin', headers: { 'Accept-Language': locale } } };
}
