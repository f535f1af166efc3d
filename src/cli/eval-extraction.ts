// npm run eval:extraction — the ingest pipeline over the five seed reports, scored against the curated graph.
import { evaluate, scoreTable } from '../ingest/evaluate';
import { readSeed } from '../seed/read';

const { scores, misses } = evaluate(readSeed());
console.log(scoreTable(scores, 'curated'));
if (process.argv.includes('--verbose')) for (const m of misses) console.log(m);
