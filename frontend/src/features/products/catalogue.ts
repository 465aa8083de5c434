import type { MijnLoketVariant, ProductKind, ProductTier } from '../../gql/graphql';

export interface CatalogueProduct {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  kind: ProductKind;
  tier?: ProductTier | null;
  sortOrder: number;
}

export type GroupKey = 'PORTAL' | 'START' | 'PLUS' | 'PRO' | 'SUPPORTING';

export const GROUPS: readonly GroupKey[] = ['PORTAL', 'START', 'PLUS', 'PRO', 'SUPPORTING'];

/** The catalogue grouped as on Beheer → Werkgever → Producten: MijnLoket, Start, Plus, Pro, supporting. */
export function groupCatalogue(products: readonly CatalogueProduct[]): Map<GroupKey, CatalogueProduct[]> {
  const groups = new Map<GroupKey, CatalogueProduct[]>(GROUPS.map((g) => [g, []]));
  for (const p of [...products].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const key: GroupKey = p.kind === 'PORTAL' ? 'PORTAL' : p.kind === 'SUPPORTING' ? 'SUPPORTING' : (p.tier ?? 'START');
    groups.get(key)?.push(p);
  }
  return groups;
}

const RANK: Record<ProductTier, number> = { START: 1, PLUS: 2, PRO: 3 };

/**
 * The variant the active products give (R20) and the products that make it so: without MijnLoket
 * none; MijnLoket alone is Start; any Plus functionality makes Plus, any Pro functionality Pro.
 * The server's `mijnLoketVariant` is the truth; this explains it ("Pro door MijnLoket - Preboarding").
 */
export function explainVariant(active: readonly CatalogueProduct[]): { variant: MijnLoketVariant; drivers: CatalogueProduct[] } {
  if (!active.some((p) => p.kind === 'PORTAL')) return { variant: 'NONE', drivers: [] };
  let best: ProductTier = 'START';
  for (const p of active) if (p.kind === 'PORTAL_FEATURE' && p.tier && RANK[p.tier] > RANK[best]) best = p.tier;
  const drivers =
    best === 'START'
      ? active.filter((p) => p.kind === 'PORTAL')
      : active.filter((p) => p.kind === 'PORTAL_FEATURE' && p.tier === best).sort((a, b) => a.sortOrder - b.sortOrder);
  return { variant: best, drivers };
}

/** Whether a product's switch can be turned on or off now, and why not. */
export type SwitchBlock = null | 'noRight' | 'addendum' | 'needsMijnLoket' | 'featuresActive';

export function switchBlock(
  product: CatalogueProduct,
  { isActive, mijnLoketActive, anyFeatureActive, addendumSigned, canManage }: {
    isActive: boolean;
    mijnLoketActive: boolean;
    anyFeatureActive: boolean;
    addendumSigned: boolean;
    canManage: boolean;
  },
): SwitchBlock {
  if (!canManage) return 'noRight';
  if (product.kind === 'PORTAL') {
    if (!isActive && !addendumSigned) return 'addendum';
    if (isActive && anyFeatureActive) return 'featuresActive';
  }
  if (product.kind === 'PORTAL_FEATURE' && !isActive && !mijnLoketActive) return 'needsMijnLoket';
  return null;
}
