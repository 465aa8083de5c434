import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useQuery } from 'urql';
import { PageStatus } from '../../components/PageStatus';
import { ContentMessages } from './ContentMessages';
import { portalMenuQuery } from './content.graphql';
import { PortalMenu } from './PortalMenu';
import { useOpenPreboarding } from './preboardingState';

/**
 * The shared frame of every signed-in employee page: the portal's navigation (R22, R24) above the
 * page, so the home, the account and the content pages all have the same menu. The page below loads in
 * its own Suspense, so the menu stays while the next page's chunk arrives. The menu waits for its
 * query; a failure there is the page's to show (it asks the same), so the menu is simply left out.
 */
export default function PortalLayout() {
  return (
    <ContentMessages>
      <Menu />
      <Suspense fallback={<PageStatus />}>
        <Outlet />
      </Suspense>
    </ContentMessages>
  );
}

function Menu() {
  const [{ data }] = useQuery({ query: portalMenuQuery });
  const features = data?.me?.features;
  const preboarding = useOpenPreboarding(features);
  if (!features || preboarding.pending) return null;
  return <PortalMenu features={features} newHire={preboarding.open} />;
}
