import { Navigate } from 'react-router';
import { PageMessage } from '../../components/PageMessage';
import { EmployerPickerPage } from '../employers/EmployerPickerPage';
import { employerPath } from '../employers/EmployerContext';
import { useStaffViewer } from '../auth/staffSession';

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
  return <EmployerPickerPage />;
}
