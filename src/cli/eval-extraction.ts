// npm run eval:extraction — the ingest pipeline over the five seed reports, scored against the curated graph.
import { evaluate } from '../ingest/evaluate';
import { readSeed } from '../seed/read';

const { scores, misses } = evaluate(readSeed());
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log('| kind | extracted | curated | matched | precision | recall |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const s of scores)
  console.log(`| ${s.kind} | ${s.extracted} | ${s.gold} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} |`);
if (process.argv.includes('--verbose')) for (const m of misses) console.log(m);
