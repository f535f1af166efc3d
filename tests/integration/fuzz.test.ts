import fc from 'fast-check';
import { createTestApp, graphCounts, type TestApp } from '../helpers/app';

// Property: whatever string a user sends to any string argument, the answer is data or a coded, expected
// error (never an unexpected one), and the graph does not change.

jest.setTimeout(300_000);

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const EXPECTED = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

const QUERY = `query ($s: String!, $id: ID!) {
  search(query: $s, first: 3) { matched }
  entity(name: $s) { key }
  observations(indicator: $s, first: 1) { totalCount }
  o2: observations(subject: $s, period: $s, first: 1) { totalCount }
  rankings(subject: $s, indicator: $s, scope: $s, period: $s, first: 1) { totalCount }
  projects(region: $s, chain: $s, first: 1) { totalCount }
  p2: projects(after: $s) { totalCount }
  path(from: $s, to: "焦作市") { length }
  neighborhood(of: $s, limit: 5) { nodes { key } }
  node(id: $id) { id }
}`;

const LUCENE = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];
const FRAGMENTS = [
  "' OR 1=1 --",
  '`',
  '"; MATCH (n) DETACH DELETE n //',
  '$param',
  '}]})',
  'AND',
  'NOT',
  '焦作',
  '寧福巨灣',
  '3+13+N',
  '新材料 (一期)',
];

const inputs = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc
    .array(fc.constantFrom(...LUCENE, ...FRAGMENTS, ' ', '焦', '作', 'a'), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.constantFrom('', ' ', 'x'.repeat(5000), '焦'.repeat(300), '\u0000', '\uD800', '２０２５－Ｈ１'),
);

it('answers 1,000 generated strings on every string argument with data or an expected error', async () => {
  const count = () => graphCounts(app);
  const before = await count();
  const unexpected: string[] = [];
  await fc.assert(
    fc.asyncProperty(inputs, async (s) => {
      const res = await app.gql(QUERY, { s, id: s });
      for (const e of res.errors ?? []) {
        const code = e.extensions?.code ?? '';
        if (!EXPECTED.has(code)) unexpected.push(`${JSON.stringify(s).slice(0, 60)} → ${code}: ${e.message}`);
      }
      return true;
    }),
    { numRuns: 1000, seed: 20261122 },
  );
  expect(unexpected.slice(0, 10)).toEqual([]);
  expect(await count()).toEqual(before);
});
