import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageMessage } from './PageMessage';

/** "Page not found", with a link to the start page of the area it is shown in. */
export function NotFoundPage({ homePath = '/' }: { homePath?: string }) {
  const intl = useIntl();
  return (
    <PageMessage titleId="notFound.title" bodyId="notFound.body">
      <p>
        <Link to={homePath}>{intl.formatMessage({ id: 'notFound.home' })}</Link>
      </p>
    </PageMessage>
  );
}
