import { comparePeriods, latestPeriod } from '../../src/domain/period';
import { analystQueries } from '../../src/http/analyst/catalogue';
import { csvStream, toCsv } from '../../src/http/csv';
import { graphiqlTabs } from '../../src/http/graphiql';
import { jsonStream } from '../../src/http/json';
import { loadExamples } from '../../src/http/operations';

describe('toCsv', () => {
  it('quotes only what needs quoting, doubles quotes, keeps line breaks, leaves nulls empty', () => {
    const csv = toCsv(
      ['a', 'b', 'c', 'd'],
      [
        { a: 'plain', b: 'x,y', c: 'say "hi"', d: null },
        { a: '增\n长 9%', b: 6.3, c: true, d: ' padded' },
      ],
    );
    expect(csv).toBe('a,b,c,d\r\nplain,"x,y","say ""hi""",\r\n"增\n长 9%",6.3,true," padded"\r\n');
  });
});

describe('CSV injection', () => {
  it('prefixes text cells that start a formula with an apostrophe, and leaves numbers alone', () => {
    const csv = toCsv(
      ['name', 'growth'],
      [
        { name: '=HYPERLINK("http://x","y")', growth: -3.5 },
        { name: '@SUM(A1)', growth: 1 },
        { name: '+1+1', growth: null },
        { name: '-2', growth: 0 },
        { name: '\tcmd', growth: 2 },
        { name: '\rcmd', growth: 3 },
        { name: 'a=b', growth: 4 },
      ],
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",-3.5`,
      "'@SUM(A1),1",
      "'+1+1,",
      "'-2,0",
      "'\tcmd,2",
      `"'\rcmd",3`,
      'a=b,4',
    ]);
  });

  it('streams the same text in batches', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ a: i, b: `=${i}` }));
    const reader = csvStream(['a', 'b'], rows, 500).getReader();
    const chunks: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(new TextDecoder().decode(value));
    }
    expect(chunks).toHaveLength(3);
    expect(chunks.join('')).toBe(toCsv(['a', 'b'], rows));
  });
});

describe('periods', () => {
  it('order halves, quarters, months and years by the last month they cover', () => {
    const sorted = ['2025', '2024', '2025-H1', '2022', '2025-Q1', '2025-07', '2025-H2'].sort(comparePeriods);
    expect(sorted).toEqual(['2022', '2024', '2025-Q1', '2025-H1', '2025-07', '2025-H2', '2025']);
    expect(latestPeriod(['2022', '2025-H1', '2024'])).toBe('2025-H1');
    expect(latestPeriod([])).toBeUndefined();
  });
});

describe('stored operations', () => {
  it('at least six worked examples, each one named operation valid against the schema', () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(new Set(examples.map((e) => e.operationName)).size).toBe(examples.length);
    for (const e of examples) expect(e.text).toMatch(/^# \d+\. /);
  });

  it('every analyst parameter sets a variable of its operation, with the default the document declares', () => {
    for (const q of analystQueries()) {
      const variables = q.operation.variableNames.filter((v) => v !== 'after');
      expect(q.params.map((p) => p.variable).sort()).toEqual([...variables].sort());
      for (const p of q.params) {
        const declared = q.operation.variableDefaults[p.variable];
        if (declared !== undefined) expect(p.default).toBe(declared);
        else expect(['all', 'latest']).toContain(p.default);
      }
      expect(q.operation.variableNames.includes('after')).toBe(q.connection !== undefined);
    }
  });

  it('GraphiQL gets one tab per example and one per analyst document, variables filled in', () => {
    const tabs = graphiqlTabs();
    const documents = new Set(analystQueries().map((q) => q.operation.file)).size;
    expect(documents).toBeGreaterThanOrEqual(6);
    expect(tabs).toHaveLength(loadExamples().length + documents);
    expect(tabs.some((t) => t.query?.includes('query Series('))).toBe(true);
    const neighborhood = tabs.find((t) => t.query?.includes('query Neighborhood'));
    expect(JSON.parse(neighborhood?.variables ?? '{}')).toEqual({ of: '焦作市', depth: 1, limit: 100 });
  });
});

describe('jsonStream', () => {
  const decode = async (stream: ReadableStream<Uint8Array>) => {
    const reader = stream.getReader();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value, { stream: true }));
    }
    return chunks;
  };

  it.each([
    ['no rows', { query: 'q', params: { a: null, b: 2 }, columns: ['x'], rows: [], sources: [] }],
    ['one row', { query: 'q', params: {}, columns: ['x', 'y'], rows: [{ x: '焦作 "市"', y: null }], sources: [] }],
    [
      'rows and sources, nested values and a missing member',
      {
        query: 'q',
        skipped: undefined,
        rows: [{ x: 1.5, y: 'a\nb' }, { x: -2, y: true }, {}],
        sources: [{ key: 'report/a', title: 't', published_at: null }],
      },
    ],
    ['rows not an array', { rows: 'none' }],
    ['nothing at all', {}],
  ])('writes exactly JSON.stringify(value, null, 2) plus a newline: %s', async (_, value) => {
    const chunks = await decode(jsonStream(value, 'rows', 2));
    expect(chunks.join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('sends a large export in chunks of `batch` rows', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ n: i, name: `row ${i}` }));
    const chunks = await decode(jsonStream({ query: 'q', rows, sources: [] }, 'rows', 500));
    expect(chunks).toHaveLength(3);
    expect(JSON.parse(chunks.join('')).rows).toEqual(rows);
  });
});
