// npm run seed:locate — fills in or repairs evidence offsets in seed/data/*.yaml, rewriting each quote to the
// exact span of the report (whitespace included) so that text.slice(offset, offset + quote.length) === quote.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { locateQuote, quoteAt } from '../seed/quotes';
import { curatedFiles, DATA_DIR, readDocuments } from '../seed/read';

const texts = new Map(readDocuments().map((d) => [d.id, d.text]));
let fixed = 0;
let missing = 0;
for (const file of curatedFiles()) {
  const path = join(DATA_DIR, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  let changed = false;
  visit(doc, {
    Map(_, node) {
      if (!isMap(node) || !node.has('doc') || !node.has('quote')) return;
      const id = String(node.get('doc'));
      const quote = String(node.get('quote'));
      const offsetNode = node.get('offset', true);
      const offset = isScalar(offsetNode) ? Number(offsetNode.value) : undefined;
      const text = texts.get(id);
      if (text === undefined) return;
      if (offset !== undefined && quoteAt(text, quote, offset)) return;
      const span = locateQuote(text, quote);
      if (!span) {
        missing += 1;
        console.error(`${file}: not found in ${id}: ${quote}`);
        return;
      }
      const quoteNode = doc.createNode(span.quote);
      // A quote with a line break reads best double-quoted ("…\n…") rather than folded.
      if (span.quote.includes('\n')) quoteNode.type = 'QUOTE_DOUBLE';
      node.set('quote', quoteNode);
      node.set('offset', span.offset);
      changed = true;
      fixed += 1;
    },
  });
  if (changed) writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
console.log(`seed:locate: ${fixed} offsets set, ${missing} quotes not found`);
process.exitCode = missing === 0 ? 0 : 1;
