import type { CacheExchangeOpts, KeyingConfig } from '@urql/exchange-graphcache';
import { keylessTypes, possibleTypes } from '../../gql/graphcache';

/**
 * graphcache keys. Types with an `id` (every ent node: Person, Employer, Account, …, and Viewer) are
 * normalised by it. Types without one — payloads (`*Payload`), connections (`*Connection`), edges
 * (`*Edge`), PageInfo, UserError and value types such as InvitationInfo — are listed by codegen
 * (frontend/src/gql/graphcache.ts) and get key `null`: they are stored inside their parent. So a
 * mutation payload that returns `person { id … }` updates that Person everywhere it is shown.
 */
export const keys: KeyingConfig = Object.fromEntries(keylessTypes.map((type) => [type, () => null]));

/** Extra graphcache configuration an area adds (updates, optimistic, resolvers, directives). */
export type CacheConfig = Pick<CacheExchangeOpts, 'updates' | 'optimistic' | 'resolvers' | 'directives'> & {
  /** Extra or overriding keys, e.g. a value type that should become an entity. */
  keys?: KeyingConfig;
};

/** The base configuration merged with an area's additions. */
export function cacheOptions(extra: CacheConfig = {}): CacheExchangeOpts {
  return {
    ...extra,
    keys: { ...keys, ...extra.keys },
    possibleTypes,
  };
}
