import { descendantCodes } from '../../src/domain/places';
import type { EntityRow } from '../../src/modules/entity/repository';
import { buildScope, childrenIn, parentKey, scopeRoot } from '../../src/modules/region/hierarchy';

// The region hierarchy from division codes, with LOCATED_IN edges only for places the list does not know.

const region = (key: string, level: string, code?: string): EntityRow =>
  ({
    key,
    kind: 'REGION',
    name: key,
    nameEn: null,
    aliases: [],
    description: null,
    level,
    code: code ?? null,
  }) as EntityRow;

const china = region('region/china', 'COUNTRY');
const henan = region('region/henan', 'PROVINCE', '410000');
const jiaozuo = region('region/jiaozuo', 'CITY', '410800');
const wenxian = region('region/wenxian', 'COUNTY', '410825');
const jiyuan = region('region/jiyuan', 'CITY', '419001');
const zone = region('region/boai-etdz', 'ZONE');

describe('parentKey', () => {
  const held = new Map([
    ['410000', 'region/henan'],
    ['410800', 'region/jiaozuo'],
  ]);
  it('is the nearest held place above by code, skipping what the graph lacks', () => {
    expect(parentKey(wenxian, held, null, 'region/china')).toBe('region/jiaozuo');
    expect(parentKey(wenxian, new Map([['410000', 'region/henan']]), null, null)).toBe('region/henan');
    // 济源市 (419001) sits under the province's directly administered group, which the list folds into 河南省.
    expect(parentKey(jiyuan, held, null, 'region/china')).toBe('region/henan');
  });
  it('puts a province under the country, the country under nothing, an uncoded place on its edge', () => {
    expect(parentKey(henan, held, null, 'region/china')).toBe('region/china');
    expect(parentKey(china, held, null, 'region/china')).toBeNull();
    expect(parentKey(zone, held, 'region/boai', 'region/china')).toBe('region/boai');
    expect(parentKey(zone, held, null, 'region/china')).toBeNull();
  });
});

describe('scopes', () => {
  it('covers every division code below a place, and everything below the country', () => {
    expect(scopeRoot(jiaozuo).codes).toEqual(expect.arrayContaining(['410825', '410883', '410802']));
    expect(scopeRoot(jiaozuo).codes).not.toContain('410100');
    expect(scopeRoot(henan).codes).toEqual(expect.arrayContaining(['410800', '410825', '419001']));
    expect(scopeRoot(china)).toEqual({ key: 'region/china', all: true, codes: [] });
    expect(descendantCodes(undefined).length).toBeGreaterThan(3000);
  });
  it("takes a root's children from the parents of its members", () => {
    const scope = buildScope(scopeRoot(henan), [
      { node: henan, edgeParent: 'region/china' },
      { node: jiaozuo, edgeParent: 'region/henan' },
      { node: jiyuan, edgeParent: null },
      { node: wenxian, edgeParent: 'region/jiaozuo' },
      { node: zone, edgeParent: 'region/boai' },
    ]);
    expect(scope.members[0]).toBe(henan);
    expect(childrenIn(scope).map((r) => r.key)).toEqual(['region/jiaozuo', 'region/jiyuan']);
    expect(scope.parentOf.get('region/wenxian')).toBe('region/jiaozuo');
  });
});
