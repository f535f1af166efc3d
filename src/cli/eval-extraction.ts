// npm run eval:extraction [-- --given-meta] [--verbose] — the ingest pipeline over the five seed reports, scored
// against the curated graph: first with the period inferred (title and date given), then, with --given-meta,
// with the curated period passed as well.
import { evaluate, scoreTable } from '../ingest/evaluate';
import { readSeed } from '../seed/read';

const verbose = process.argv.includes('--verbose');
const data = readSeed();
const inferred = evaluate(data);
console.log('period inferred:');
console.log(scoreTable(inferred.scores, 'curated'));
if (verbose) {
  for (const [i, r] of inferred.results.entries())
    console.log(`${r.meta.key} inferred ${r.meta.period}, curated ${data.documents[i]?.period ?? '-'}`);
  for (const m of inferred.misses) console.log(m);
}
if (process.argv.includes('--given-meta')) {
  const given = evaluate(data, { givenMeta: true });
  console.log('\nperiod given from documents.yaml:');
  console.log(scoreTable(given.scores, 'curated'));
  if (verbose) for (const m of given.misses) console.log(m);
}
