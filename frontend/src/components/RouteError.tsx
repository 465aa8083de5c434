import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { Alert } from './Alert';
import { PageMessage } from './PageMessage';

/**
 * Shown instead of a page that crashed while rendering or whose chunk failed to load (e.g. after an
 * update while the tab was open). The cause goes to the console, not to the user.
 */
export function RouteError({ error }: { error: unknown }) {
  const intl = useIntl();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Alert look="none">
      <PageMessage titleId="app.error.title" bodyId="app.error.body">
        <p>
          <a href={window.location.pathname}>{intl.formatMessage({ id: 'app.error.reload' })}</a>
        </p>
      </PageMessage>
    </Alert>
  );
}
