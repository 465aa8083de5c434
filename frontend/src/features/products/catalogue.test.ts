import { describe, expect, it } from 'vitest';
import { explainVariant, groupCatalogue, switchBlock, type CatalogueProduct } from './catalogue';

let order = 0;
const p = (code: string, kind: CatalogueProduct['kind'], tier: CatalogueProduct['tier'] = null): CatalogueProduct => ({
  id: `prd_${code}`,
  code,
  nameNl: code,
  nameEn: code,
  kind,
  tier,
  sortOrder: (order += 10),
});

const mijnLoket = p('MIJNLOKET', 'PORTAL');
const documents = p('MIJNLOKET_DOCUMENTS', 'PORTAL_FEATURE', 'START');
const leaveRequests = p('MIJNLOKET_LEAVE_REQUESTS', 'PORTAL_FEATURE', 'PLUS');
const preboarding = p('MIJNLOKET_PREBOARDING', 'PORTAL_FEATURE', 'PRO');
const qwoater = p('QWOATER_LITE', 'SUPPORTING');
const catalogue = [qwoater, preboarding, leaveRequests, documents, mijnLoket];

describe('the product catalogue', () => {
  it('groups MijnLoket, Start, Plus, Pro and supporting products, in catalogue order', () => {
    const groups = groupCatalogue(catalogue);
    expect([...groups.keys()]).toEqual(['PORTAL', 'START', 'PLUS', 'PRO', 'SUPPORTING']);
    expect(groups.get('START')).toEqual([documents]);
    expect(groups.get('PLUS')).toEqual([leaveRequests]);
    expect(groups.get('PRO')).toEqual([preboarding]);
    expect(groups.get('SUPPORTING')).toEqual([qwoater]);
  });

  it('explains the variant (R20): the example of the catalogue', () => {
    expect(explainVariant([])).toEqual({ variant: 'NONE', drivers: [] });
    expect(explainVariant([preboarding])).toEqual({ variant: 'NONE', drivers: [] }); // no MijnLoket, no variant
    expect(explainVariant([mijnLoket, documents, qwoater])).toEqual({ variant: 'START', drivers: [mijnLoket] });
    expect(explainVariant([mijnLoket, leaveRequests])).toEqual({ variant: 'PLUS', drivers: [leaveRequests] });
    expect(explainVariant([mijnLoket, leaveRequests, preboarding])).toEqual({ variant: 'PRO', drivers: [preboarding] });
  });

  it('says why a switch cannot be used now', () => {
    const base = { isActive: false, mijnLoketActive: true, anyFeatureActive: false, addendumSigned: true, canManage: true };
    expect(switchBlock(documents, base)).toBeNull();
    expect(switchBlock(documents, { ...base, canManage: false })).toBe('noRight');
    expect(switchBlock(mijnLoket, { ...base, mijnLoketActive: false, addendumSigned: false })).toBe('addendum'); // R19
    expect(switchBlock(mijnLoket, { ...base, isActive: true, anyFeatureActive: true })).toBe('featuresActive');
    expect(switchBlock(leaveRequests, { ...base, mijnLoketActive: false })).toBe('needsMijnLoket');
    expect(switchBlock(leaveRequests, { ...base, isActive: true, mijnLoketActive: false })).toBeNull(); // can always switch off
    expect(switchBlock(qwoater, { ...base, mijnLoketActive: false })).toBeNull(); // supporting products need nothing
  });
});
