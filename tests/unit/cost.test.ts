import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { estimate, MAX_WALK } from '../../src/cost';
import { isIngestOperation, leadingMembers } from '../../src/plugins/use-body-limit';
import { depthOf } from '../../src/plugins/use-params-check';
import { schema } from '../../src/schema';

// The cost estimate against the real schema: lists at their bounds, fragments memoised, exclusive branches.

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return estimate(schema, document, operation, variables);
}

describe('estimate', () => {
  it('costs lists without first at their default page and nested lists multiply', () => {
    // 100 indicators × (1 + 100 observations × (1 + subject 1 + 100 observations))
    const one = cost('{ indicators { observations { subject { ... on Region { observations { id } } } } } }');
    expect(one.cost).toBe(100 * (1 + 100 * (1 + 1 + 100)));
    expect(cost('{ indicators(first: 3) { observations(first: 2) { id } } }').cost).toBe(3 * (1 + 2));
    expect(cost('query ($n: Int) { indicators(first: $n) { key } }', { n: 7 }).cost).toBe(7);
  });

  it('costs a connection by its page, once, and a nodes(ids) list by its length', () => {
    expect(cost('{ projects { edges { node { name } } } }').cost).toBe(1 + 20 * 2);
    expect(cost('{ projects(first: 5) { totalCount pageInfo { hasNextPage } } }').cost).toBe(2);
    expect(cost('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] }).cost).toBe(3);
  });

  it('takes the dearest of fragments on exclusive types, and adds fields of the same type', () => {
    const region = '... on Region { observations { id } }';
    const chain = '... on IndustrialChain { observations(first: 10) { id } }';
    expect(cost(`{ entity(name: "x") { ${region} ${chain} } }`).cost).toBe(1 + 100);
    expect(cost(`{ entity(name: "x") { ${region} ... on Region { rankings { id } } } }`).cost).toBe(1 + 200);
  });

  it('costs a series at 50 points of 5 revisions and a league table at 50 entries', () => {
    expect(cost('{ series(indicator: "GDP", subject: "x") { points { revisions { document { key } } } } }').cost).toBe(
      1 + 50 * (1 + 5 * (1 + 1)),
    );
    expect(
      cost('{ leagueTable(indicator: "GDP", period: "2025-H1", scope: "x") { entries { place { key } } } }').cost,
    ).toBe(1 + 50 * (1 + 1));
  });

  it('walks a fragment bomb once per fragment', () => {
    let query = 'query { ...F6 }\nfragment F0 on Query { stats { documents } }\n';
    for (let i = 1; i <= 6; i++) {
      query += `fragment F${i} on Query { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }\n`;
    }
    const started = performance.now();
    const result = cost(query);
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.cost).toBe(10 ** 6);
    expect(result.walked).toBeLessThan(100);
    expect(result.walked).toBeLessThan(MAX_WALK);
  });
});

describe('body limit helpers', () => {
  it('reads the query member from the first bytes of a JSON body, once it is complete', () => {
    expect(leadingMembers('{"query":"{ stats { documents } }","variables":{"pad":"xxx')).toEqual({
      query: '{ stats { documents } }',
    });
    expect(leadingMembers(' { "operationName" : "A", "query": "q\\"x"')).toEqual({ query: 'q"x', operationName: 'A' });
    expect(leadingMembers('{"variables":{"a":[1,{"b":"}"}]},"query":"{ a }"')).toEqual({ query: '{ a }' });
    expect(leadingMembers('{"variables":{"pad":"xxxx')).toBeUndefined();
    expect(leadingMembers('{"query":"mutation { ingestRep')).toBeUndefined();
    expect(leadingMembers('[{"query":"x"}]')).toBeNull();
  });

  it('knows an ingestReport mutation by its root field, not by its text', () => {
    const ingest = 'mutation ($i: IngestReportInput!) { ingestReport(input: $i) { observations } }';
    expect(isIngestOperation(ingest, undefined)).toBe(true);
    expect(isIngestOperation('# ingestReport\n{ stats { documents } }', undefined)).toBe(false);
    expect(isIngestOperation('mutation { ingestReport: stats { documents } }', undefined)).toBe(false);
    expect(isIngestOperation(`${ingest} query Q { stats { documents } }`, undefined)).toBe(false);
    expect(isIngestOperation(`mutation M ${ingest.slice(9)} query Q { stats { documents } }`, 'M')).toBe(true);
    expect(isIngestOperation(`mutation M ${ingest.slice(9)} query Q { stats { documents } }`, undefined, true)).toBe(
      true,
    );
    expect(isIngestOperation(123, undefined)).toBe(false);
  });

  it('measures the depth of variables without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(depthOf(deep, 32)).toBe(33);
    expect(depthOf({ a: { b: [1, 2] } }, 32)).toBe(3);
  });
});
