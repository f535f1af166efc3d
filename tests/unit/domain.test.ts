import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEntityKey, keyOf, kindOfKey, observationKey, rankingKey } from '../../src/domain/keys';
import { ENTITY_KINDS, GAZETTEER_KINDS, KIND_SPECS, kindOfLabel, labelOf } from '../../src/domain/kinds';
import { RELATION_SPECS } from '../../src/domain/relations';
import { newKey } from '../../src/ingest/link';
import { entitySchema } from '../../src/seed/schema';

describe('domain vocabulary', () => {
  it('gives every kind its own label and key prefix', () => {
    const labels = ENTITY_KINDS.map(labelOf);
    const prefixes = ENTITY_KINDS.map((k) => KIND_SPECS[k].prefix);
    expect(new Set(labels).size).toBe(ENTITY_KINDS.length);
    expect(new Set(prefixes).size).toBe(ENTITY_KINDS.length);
    for (const kind of ENTITY_KINDS) {
      expect(kindOfLabel(labelOf(kind))).toBe(kind);
      expect(kindOfKey(keyOf(kind, 'x-1'))).toBe(kind);
    }
    expect(keyOf('INDUSTRIAL_CHAIN', 'new-materials')).toBe('chain/new-materials');
    expect(kindOfKey('observation/jiaozuo.gdp.2025-H1.actual.1')).toBeUndefined();
  });

  it('lets relationships join only declared kinds', () => {
    for (const spec of Object.values(RELATION_SPECS)) {
      for (const kind of [...spec.from, ...spec.to]) expect(ENTITY_KINDS).toContain(kind);
    }
  });

  it('keys what ingest creates with the kind prefix', () => {
    expect(newKey('INDUSTRIAL_CHAIN', '铜基新材料产业链')).toMatch(/^chain\/ingested-[0-9a-f]{10}$/);
    expect(isEntityKey(newKey('POLICY', '“一人一策”'))).toBe(true);
    expect(GAZETTEER_KINDS).toEqual(ENTITY_KINDS.filter((k) => KIND_SPECS[k].gazetteer));
  });

  it('keys a figure by what it states', () => {
    const o = {
      subject: 'region/jiaozuo',
      indicator: 'indicator/gdp',
      period: '2025-H1',
      kind: 'ACTUAL',
      growthPct: 6,
    };
    expect(observationKey(o)).toMatch(/^observation\/jiaozuo\.gdp\.2025-H1\.actual\.[0-9a-f]{8}$/);
    expect(observationKey({ ...o, growthPct: 6.1 })).not.toBe(observationKey(o));
    const r = { ...o, scope: 'region/henan', basis: 'GROWTH', rank: 1 };
    expect(rankingKey(r)).toBe('ranking/jiaozuo.gdp.2025-H1.henan.growth.1');
  });

  it('builds the seed entity shapes from the kind specs', () => {
    const mention = [{ doc: '000', quote: '焦作市' }];
    const region = entitySchema.parse({
      kind: 'REGION',
      key: 'region/x',
      name: '某市',
      level: 'CITY',
      mentions: mention,
    });
    expect(region).toMatchObject({ kind: 'REGION', level: 'CITY', aliases: [] });
    // A key with another kind's prefix, a property of another kind, a missing required property: all refused.
    expect(() =>
      entitySchema.parse({ kind: 'REGION', key: 'chain/x', name: '某市', level: 'CITY', mentions: mention }),
    ).toThrow(/keys of REGION entities start with \\"region/);
    expect(() =>
      entitySchema.parse({ kind: 'COMPANY', key: 'company/x', name: '某公司', tier: 'GROUP', mentions: mention }),
    ).toThrow();
    expect(() =>
      entitySchema.parse({ kind: 'PROJECT', key: 'project/x', name: '某项目', mentions: mention }),
    ).toThrow();
  });

  it("covers every kind in the explorer's legend and colours", () => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'http', 'assets', 'explore.js'), 'utf8');
    const block = /const KINDS = \{([\s\S]*?)\n {2}\};/.exec(source)?.[1] ?? '';
    const listed = [...block.matchAll(/^\s+([A-Z_]+): \{/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...ENTITY_KINDS].sort());
  });
});
