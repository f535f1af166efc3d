// Evidence quotes are verbatim spans of the shipped report files. PDF extraction put line breaks and
// spaces inside words and numbers (file 001), so a quote is *found* ignoring whitespace, then stored
// as the exact span of the file, whitespace included.

export interface Span {
  offset: number;
  quote: string;
}

function stripWithMap(text: string): { stripped: string; positions: number[] } {
  const positions: number[] = [];
  let stripped = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (!/\s/.test(ch)) {
      stripped += ch;
      positions.push(i);
    }
  }
  return { stripped, positions };
}

const strippedCache = new Map<string, ReturnType<typeof stripWithMap>>();

function stripped(text: string): ReturnType<typeof stripWithMap> {
  let cached = strippedCache.get(text);
  if (!cached) {
    cached = stripWithMap(text);
    strippedCache.set(text, cached);
  }
  return cached;
}

/** Finds `quote` in `text` ignoring whitespace; the first occurrence at or after `from`. */
export function locateQuote(text: string, quote: string, from = 0): Span | undefined {
  const { stripped: flat, positions } = stripped(text);
  const needle = quote.replace(/\s+/g, '');
  if (needle.length === 0) return undefined;
  let start = 0;
  while (start < positions.length && (positions[start] as number) < from) start += 1;
  const at = flat.indexOf(needle, start);
  if (at < 0) return undefined;
  const begin = positions[at] as number;
  const end = (positions[at + needle.length - 1] as number) + 1;
  return { offset: begin, quote: text.slice(begin, end) };
}

/** True when the quote stands verbatim in the text at the offset. */
export function quoteAt(text: string, quote: string, offset: number): boolean {
  return text.startsWith(quote, offset);
}
