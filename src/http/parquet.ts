import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Cell } from './csv';

// Parquet exports of /q (hyparquet-writer): one column per output column, typed — text as UTF-8 strings, whole
// numbers as INT32, measures as DOUBLE, flags as BOOLEAN — every column nullable, snappy-compressed. A Parquet file
// ends with its footer, so it is built whole; /q's rows are bounded (run.ts: at most 50 pages of 100), and so is it.

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

const PARQUET_TYPE = { string: 'STRING', int: 'INT32', double: 'DOUBLE', boolean: 'BOOLEAN' } as const;

/** A column's type when its query does not declare one: from the values it holds (text when there are none). */
export function inferType(values: readonly Cell[]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function cellAs(type: ColumnType, value: Cell): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string':
      return String(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? value : null;
    case 'double':
      return typeof value === 'number' ? value : null;
  }
}

/** The rows as a Parquet file; `metadata` goes into the footer's key-value metadata (as JSON text). */
export function toParquet(
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
  types: Readonly<Record<string, ColumnType>> = {},
  metadata: Record<string, unknown> = {},
): ArrayBuffer {
  const columnData = columns.map((name) => {
    const values = rows.map((r) => r[name]);
    const type = types[name] ?? inferType(values);
    return { name, type: PARQUET_TYPE[type], nullable: true, data: values.map((v) => cellAs(type, v)) };
  });
  return parquetWriteBuffer({
    columnData,
    kvMetadata: Object.entries(metadata).map(([key, value]) => ({ key, value: JSON.stringify(value) })),
    createdBy: 'jiaozuo-kg /q',
  });
}
