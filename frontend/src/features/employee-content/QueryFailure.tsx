import type { CombinedError } from '@urql/core';
import { Alert } from '../../components/Alert';
import type { PortalFeature } from '../../gql/graphql';
import { messageIdForCombinedError } from '../../lib/graphql/errors';
import { isFeatureNotActive } from './featureGate';
import { NotAvailable } from './PortalPage';

/**
 * What a content page shows when its query brought no data: that the feature is not available
 * (FEATURE_NOT_ACTIVE, R22), or the message for the error; never the server's text.
 */
export function QueryFailure({ error, feature, employer }: { error: CombinedError | undefined; feature: PortalFeature; employer?: string }) {
  if (isFeatureNotActive(error)) return <NotAvailable feature={feature} {...(employer ? { employer } : {})} />;
  return <Alert messageId={error ? messageIdForCombinedError(error) : 'error.generic'} />;
}
