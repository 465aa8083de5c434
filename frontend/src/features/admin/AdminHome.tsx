import { Navigate } from 'react-router';
import { PageMessage } from '../../components/PageMessage';
import { AccountCard } from './AccountCard';
import { employerPath, EmployerPickerPage } from '../employers';
import { useStaffViewer } from '../auth';

/**
 * /beheer: an employer user lands on their employer; a provider user first picks one of the
 * provider's employers.
 */
export function AdminHome() {
  const viewer = useStaffViewer();
  if (viewer.scope === 'EMPLOYER') {
    return viewer.employer ? (
      <Navigate to={employerPath(viewer.employer.id)} replace />
    ) : (
      <PageMessage titleId="forbidden.title" bodyId="forbidden.body" />
    );
  }
  return <EmployerPickerPage aside={<AccountCard />} />;
}
