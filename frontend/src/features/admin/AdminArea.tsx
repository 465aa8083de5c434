import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../components/NotFoundPage';
import { AdminHome } from './AdminHome';

/**
 * Everything under /beheer. Loaded lazily (its own chunk) and only rendered behind
 * <RequireStaffSession>, so visitors of the login page never download it.
 */
export default function AdminArea() {
  return (
    <Routes>
      <Route index element={<AdminHome />} />
      <Route path="*" element={<NotFoundPage homePath="/beheer" />} />
    </Routes>
  );
}
