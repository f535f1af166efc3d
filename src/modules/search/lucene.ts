// User text goes into a Lucene query string only through here: every operator character is escaped and the
// boolean words are lowered, so `新材料 (一期)`, `3+13+N` or `a && b` are searched as text, never parsed.

const SPECIALS = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIALS, (c) => `\\${c}`).replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}
