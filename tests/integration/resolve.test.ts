import { createTestApp, type TestApp } from '../helpers/app';

// resolve(name:) on the seeded graph: ranked candidates with the reason for each, and entity(name:)'s NOT_FOUND
// naming the best of them.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

interface Candidate {
  entity: { key: string; name: string; kind: string };
  score: number;
  reason: string;
  matched: string;
}

const RESOLVE = `query ($name: String!, $kinds: [EntityKind!], $first: Int) {
  resolve(name: $name, kinds: $kinds, first: $first) { entity { key name kind } score reason matched }
}`;

async function resolve(name: string, extra: Record<string, unknown> = {}): Promise<Candidate[]> {
  const res = await app.gql<{ resolve: Candidate[] }>(RESOLVE, { name, ...extra });
  expect(res.errors).toBeUndefined();
  return res.data?.resolve ?? [];
}

describe('resolve', () => {
  it('ranks 焦作市 first for 焦作 (its short form) and lists the others with their reasons', async () => {
    const found = await resolve('焦作', { first: 50 });
    expect(found[0]).toMatchObject({
      entity: { key: 'region/jiaozuo', kind: 'REGION' },
      reason: 'SHORT_FORM',
      matched: '焦作',
    });
    const others = found.slice(1);
    expect(others.length).toBeGreaterThan(2);
    expect(others.every((c) => c.reason === 'CONTAINS' && c.score < (found[0]?.score ?? 0))).toBe(true);
    expect(others.map((c) => c.entity.name)).toContain('焦作安彩新材料有限公司');
    const scores = found.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('names the reason for each kind of match', async () => {
    expect((await resolve('焦作市'))[0]).toMatchObject({
      entity: { key: 'region/jiaozuo' },
      reason: 'EXACT',
      score: 1,
    });
    expect((await resolve('焦作市', { kinds: ['COMPANY'] })).some((c) => c.entity.kind === 'REGION')).toBe(false);
    expect((await resolve('Jiaozuo'))[0]).toMatchObject({ entity: { key: 'region/jiaozuo' }, reason: 'ENGLISH' });
    expect((await resolve('jiaozuoshi'))[0]).toMatchObject({ entity: { key: 'region/jiaozuo' }, reason: 'PINYIN' });
    expect((await resolve('寧福巨灣'))[0]).toMatchObject({ reason: 'TRADITIONAL' });
    // A homophone typed by mistake: 蕉作 reads jiaozuo.
    expect((await resolve('蕉作'))[0]).toMatchObject({ entity: { key: 'region/jiaozuo' }, reason: 'PINYIN' });
    expect(await resolve('不存在的名字')).toEqual([]);
  });

  it('refuses an empty name and a page out of bounds', async () => {
    expect((await app.gql(RESOLVE, { name: ' ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(RESOLVE, { name: '焦作', first: 101 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entity(name:)', () => {
  it('stays exact, and its NOT_FOUND names the top candidates', async () => {
    const exact = await app.gql<{ entity: { key: string } }>('{ entity(name: "焦作") { key } }');
    expect(exact.data?.entity.key).toBe('region/jiaozuo');
    const miss = await app.gql<{ entity: null }>('{ entity(name: "焦作安彩") { key } }');
    expect(miss.data?.entity).toBeNull();
    expect(miss.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(miss.errors?.[0]?.message).toContain('Did you mean: 焦作安彩新材料有限公司');
  });

  it('names candidates for a filter argument too', async () => {
    const res = await app.gql('{ observations(subject: "焦作巿x") { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('(argument subject)');
  });
});
