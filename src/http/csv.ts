// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote, line break or edge space.
// Text that a spreadsheet would read as a formula (a cell starting with = + - @, tab or carriage return) gets a
// leading apostrophe, as OWASP's CSV-injection guidance recommends; numbers stay numbers.

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will show as text, never evaluate. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV lines (header first), each ending in CRLF. */
export function* csvLines(columns: readonly string[], rows: Iterable<Record<string, Cell>>): Generator<string> {
  yield `${columns.map(field).join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((c) => field(row[c])).join(',')}\r\n`;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  return [...csvLines(columns, rows)].join('');
}

/** The CSV as a stream of UTF-8 chunks of `batch` lines, produced as the client reads. */
export function csvStream(
  columns: readonly string[],
  rows: Iterable<Record<string, Cell>>,
  batch = 500,
): ReadableStream<Uint8Array> {
  const lines = csvLines(columns, rows);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      for (let i = 0; i < batch; i++) {
        const next = lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
