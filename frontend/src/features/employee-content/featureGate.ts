import type { CombinedError } from '@urql/core';

/**
 * True when the server said the employer's products do not include the feature (FEATURE_NOT_ACTIVE
 * at the field's path, R22). The page then shows that the part is not available, never the server's
 * message.
 */
export function isFeatureNotActive(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'FEATURE_NOT_ACTIVE');
}
