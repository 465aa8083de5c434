import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogue';

/** Sets `document.title` to “<page> – Werkportaal” in the current language. */
export function useDocumentTitle(pageTitleId: MessageId, values?: Record<string, string>): void {
  const intl = useIntl();
  const page = intl.formatMessage({ id: pageTitleId }, values);
  const title = intl.formatMessage({ id: 'app.documentTitle' }, { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
