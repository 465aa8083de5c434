import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageMessage } from './PageMessage';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <PageMessage titleId="notFound.title" bodyId="notFound.body">
      <p>
        <Link to="/">{intl.formatMessage({ id: 'notFound.home' })}</Link>
      </p>
    </PageMessage>
  );
}
