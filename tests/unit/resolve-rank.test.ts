import type { EntityRow } from '../../src/modules/entity/repository';
import { matchOf, queryOf, rankCandidates } from '../../src/modules/resolve/rank';
import { latinKey, pinyinForms, pinyinKey } from '../../src/text/pinyin';

// Reasons and scores of resolve(name:), without a database.

const entity = (key: string, kind: string, name: string, aliases: string[] = [], nameEn: string | null = null) =>
  ({ key, kind, name, aliases, nameEn, description: null }) as EntityRow;

const city = entity('region/jiaozuo', 'REGION', '焦作市', ['焦作'], 'Jiaozuo');
const company = entity('company/ancai', 'COMPANY', '焦作安彩新材料有限公司', ['焦作安彩']);
const ningfu = entity('company/ningfu', 'COMPANY', '河南宁福巨湾新能源科技有限公司', ['宁福巨湾', '寧福巨灣']);

describe('pinyin keys', () => {
  it('are toneless, run together, lower case; Latin input is read the same way', () => {
    expect(pinyinKey('焦作市')).toBe('jiaozuoshi');
    expect(latinKey('Jiāozuò shì')).toBe('jiaozuoshi');
    expect(latinKey("Lü'an")).toBe('lvan');
    expect(pinyinForms(['焦作市', '焦作', 'Jiaozuo'])).toEqual(['jiaozuoshi', 'jiaozuo']);
  });
});

describe('matchOf', () => {
  it.each([
    ['焦作市', city, 'EXACT', 1],
    ['焦作', city, 'SHORT_FORM', 0.88],
    ['JIAOZUO', city, 'ENGLISH', 0.85],
    ['jiaozuoshi', city, 'PINYIN', 0.75],
    ['蕉作市', city, 'PINYIN', 0.75],
    ['寧福巨灣', ningfu, 'TRADITIONAL', 0.95],
    ['安彩', company, 'CONTAINS', undefined],
  ] as const)('%s → %s', (text, e, reason, score) => {
    const match = matchOf(queryOf(text), e);
    expect(match?.reason).toBe(reason);
    if (score !== undefined) expect(match?.score).toBe(score);
  });

  it('finds no reason where none holds', () => {
    expect(matchOf(queryOf('郑州'), city)).toBeUndefined();
  });
});

describe('rankCandidates', () => {
  it('puts the city before the companies containing its name, each once', () => {
    const ranked = rankCandidates(queryOf('焦作'), [company, city, company, ningfu]);
    expect(ranked.map((c) => [c.entity.key, c.reason])).toEqual([
      ['region/jiaozuo', 'SHORT_FORM'],
      ['company/ancai', 'CONTAINS'],
    ]);
  });
});
