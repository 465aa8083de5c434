import { PageMessage } from '../../components/PageMessage';
import { useRights, useStaffViewer } from '../auth';
import { StaffUsersView } from './StaffUsersPage';

/** /beheer/gebruikers: the provider's own users (ak-gebruikers, R43), for provider users with MANAGE_USERS. */
export default function ProviderStaffUsersPage() {
  const viewer = useStaffViewer();
  const rights = useRights();
  if (viewer.scope !== 'PROVIDER' || !viewer.provider || !rights.has('MANAGE_USERS')) {
    return <PageMessage titleId="forbidden.title" bodyId="forbidden.body" />;
  }
  return <StaffUsersView employerId={null} organisation={viewer.provider.name} />;
}
