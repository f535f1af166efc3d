import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { inferType, toParquet } from '../../src/http/parquet';

// /q's Parquet files read back with hyparquet (another implementation than the writer's): values, nulls, types.

describe('toParquet', () => {
  const columns = ['name', 'rank', 'growth_pct', 'center', 'note'];
  const rows = [
    { name: '焦作市', rank: 1, growth_pct: 6.3, center: true, note: '=SUM(A1)' },
    { name: '温县', rank: null, growth_pct: null, center: false, note: null },
  ];
  const file = toParquet(columns, rows, { rank: 'int', growth_pct: 'double', center: 'boolean' }, { params: { a: 1 } });

  it('gives each column its type, nullable', () => {
    const meta = parquetMetadata(file);
    const schema = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, [s.type, s.converted_type ?? null]]));
    expect(schema).toEqual({
      name: ['BYTE_ARRAY', 'UTF8'],
      rank: ['INT32', null],
      growth_pct: ['DOUBLE', null],
      center: ['BOOLEAN', null],
      note: ['BYTE_ARRAY', 'UTF8'],
    });
    expect(meta.schema.slice(1).every((s) => s.repetition_type === 'OPTIONAL')).toBe(true);
    expect(meta.key_value_metadata).toEqual([{ key: 'params', value: '{"a":1}' }]);
  });

  it('keeps every value as it is (text is not neutralised: no spreadsheet evaluates Parquet), nulls as nulls', async () => {
    expect(await parquetReadObjects({ file })).toEqual(rows);
  });

  it('writes a file with no rows, and types undeclared columns from their values', async () => {
    expect(await parquetReadObjects({ file: toParquet(['a'], [], { a: 'int' }) })).toEqual([]);
    expect(inferType([1, null, 2.5])).toBe('double');
    expect(inferType([true, undefined])).toBe('boolean');
    expect(inferType([null])).toBe('string');
    expect(inferType([1, 'x'])).toBe('string');
  });
});
