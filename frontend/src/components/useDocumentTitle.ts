import { useLayoutEffect } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../i18n/catalogue';

/**
 * Sets `document.title` to “<page> – Werkportaal” in the current language.
 * A layout effect so the title changes in the same commit as the page's heading: a passive effect runs
 * later, and whoever reads the page the moment its heading appears (a screen reader, a test) saw the old title.
 */
export function useDocumentTitle(pageTitleId: MessageId, values?: Record<string, string>): void {
  const intl = useIntl();
  const page = intl.formatMessage({ id: pageTitleId }, values);
  const title = intl.formatMessage({ id: 'app.documentTitle' }, { page });
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
