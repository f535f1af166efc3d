import { textStream } from './stream';

// JSON exports written piece by piece: the same text as JSON.stringify(value, null, 2) plus a newline, produced one
// array item at a time for the member that holds the rows, so a large export is never one string in memory.

const indent = (text: string, by: string) => text.replaceAll('\n', `\n${by}`);

/** The pieces of `JSON.stringify(object, null, 2) + "\n"`, the array in member `rowsKey` one item per piece. */
export function* jsonPieces(object: Record<string, unknown>, rowsKey: string): Generator<string> {
  const members = Object.entries(object).filter(([, value]) => value !== undefined);
  if (members.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, value]] of members.entries()) {
    const comma = i < members.length - 1 ? ',' : '';
    const name = `  ${JSON.stringify(key)}: `;
    if (key === rowsKey && Array.isArray(value) && value.length > 0) {
      yield `${name}[\n`;
      for (const [j, item] of value.entries()) {
        yield `    ${indent(JSON.stringify(item ?? null, null, 2), '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else {
      yield `${name}${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
    }
  }
  yield '}\n';
}

/** The JSON as a stream of UTF-8 chunks of `batch` pieces, produced as the client reads. */
export function jsonStream(object: Record<string, unknown>, rowsKey: string, batch = 500): ReadableStream<Uint8Array> {
  return textStream(jsonPieces(object, rowsKey), batch);
}
