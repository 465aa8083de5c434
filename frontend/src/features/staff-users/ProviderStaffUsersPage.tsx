import { PageMessage } from '../../components/PageMessage';
import { useRights, useStaffViewer } from '../auth';
import { SecondFactorPolicy } from './SecondFactorPolicy';
import { StaffUsersView } from './StaffUsersPage';

/**
 * /beheer/gebruikers: the provider's own users (ak-gebruikers, R43), for provider users with MANAGE_USERS,
 * and the provider's rule whether its employer users need a second factor too.
 */
export default function ProviderStaffUsersPage() {
  const viewer = useStaffViewer();
  const rights = useRights();
  if (viewer.scope !== 'PROVIDER' || !viewer.provider || !rights.has('MANAGE_USERS')) {
    return <PageMessage titleId="forbidden.title" bodyId="forbidden.body" />;
  }
  return <StaffUsersView employerId={null} organisation={viewer.provider.name} settings={<SecondFactorPolicy />} />;
}
