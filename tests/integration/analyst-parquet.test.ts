import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { createTestApp, type TestApp } from '../helpers/app';

// /q/<name>.parquet for every analyst query, read back with hyparquet: the JSON form's rows, typed columns; and
// /q/resolve, which works with no parameters.

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

type Row = Record<string, string | number | boolean | null>;
const get = (path: string) => app.yoga.fetch(`http://test${path}`);

async function json<T>(path: string): Promise<T> {
  const response = await get(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const PARQUET_TYPE: Record<string, [string, string | null]> = {
  string: ['BYTE_ARRAY', 'UTF8'],
  int: ['INT32', null],
  double: ['DOUBLE', null],
  boolean: ['BOOLEAN', null],
};

describe('GET /q/<name>.parquet', () => {
  it('serves every analyst query as Parquet with the JSON rows and the declared column types', async () => {
    const { queries } = await json<{
      queries: { name: string; parquet: string; columns: string[]; types: Record<string, string> }[];
    }>('/q');
    expect(queries.length).toBeGreaterThanOrEqual(7);
    for (const query of queries) {
      expect(query.parquet).toBe(`/q/${query.name}.parquet`);
      const response = await get(query.parquet);
      if (response.status !== 200) throw new Error(`${query.parquet}: ${response.status} ${await response.text()}`);
      expect(response.headers.get('content-type')).toBe('application/vnd.apache.parquet');
      const file = await response.arrayBuffer();
      const meta = parquetMetadata(file);
      const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, [s.type, s.converted_type ?? null]]));
      expect(Object.keys(types)).toEqual(query.columns);
      for (const column of query.columns) {
        const declared = query.types[column] ?? 'string';
        expect([query.name, column, types[column]]).toEqual([query.name, column, PARQUET_TYPE[declared]]);
      }
      const { rows } = await json<{ rows: Row[] }>(`/q/${query.name}.json`);
      const read = (await parquetReadObjects({ file })) as Row[];
      expect(read.length).toBeGreaterThan(0);
      expect(read).toEqual(rows);
    }
    // Fourteen exports, each through the GraphQL pipeline page by page: slow on a busy machine.
  }, 300_000);

  it('types ranks as whole numbers and growth as doubles, and carries the parameters in the footer', async () => {
    const response = await get('/q/observations.parquet?indicator=GDP&period=all');
    if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
    const file = await response.arrayBuffer();
    const rows = (await parquetReadObjects({ file })) as Row[];
    expect(rows.some((r) => r.growth_pct === 6.3 && r.period === '2025-H1')).toBe(true);
    const meta = parquetMetadata(file);
    const params = JSON.parse(meta.key_value_metadata?.find((kv) => kv.key === 'params')?.value ?? '{}');
    expect(params).toMatchObject({ subject: '焦作市', indicator: 'GDP', period: 'all' });
    const ranks = (await parquetReadObjects({
      file: await (await get('/q/rankings.parquet?period=2025-H1&scope=河南省')).arrayBuffer(),
    })) as Row[];
    expect(ranks.filter((r) => r.rank === 1).length).toBe(4);
  });

  it('answers an error in /graphql shape, not a file', async () => {
    const response = await get('/q/rankings.parquet?region=无此地');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('GET /q/resolve', () => {
  it('works with no parameters: 焦作 resolves to 焦作市 first, the others with their reasons', async () => {
    const body = await json<{ params: Record<string, unknown>; rows: Row[] }>('/q/resolve.json');
    expect(body.params).toEqual({ name: '焦作', kind: 'all', first: 10 });
    expect(body.rows[0]).toMatchObject({
      rank: 1,
      name: '焦作市',
      key: 'region/jiaozuo',
      reason: 'SHORT_FORM',
      code: '410800',
    });
    expect(body.rows.length).toBe(10);
    expect(body.rows.slice(1).every((r) => r.reason === 'CONTAINS')).toBe(true);
    const csv = await (await get('/q/resolve.csv')).text();
    expect(csv.split('\r\n')[0]).toBe('rank,name,key,kind,reason,matched,score,name_en,level,code');
    expect(csv.split('\r\n')[1]).toMatch(/^1,焦作市,region\/jiaozuo,REGION,SHORT_FORM,焦作,0\.88,Jiaozuo,CITY,410800$/);
  });

  it('takes a kind, pinyin and a page', async () => {
    const body = await json<{ rows: Row[] }>(
      `/q/resolve.json?${new URLSearchParams({ name: 'jiaozuo', kind: 'region', first: '3' })}`,
    );
    expect(body.rows.map((r) => [r.name, r.kind])).toEqual([['焦作市', 'REGION']]);
    const bad = await get('/q/resolve.json?kind=CITY');
    expect(bad.status).toBe(400);
  });
});
