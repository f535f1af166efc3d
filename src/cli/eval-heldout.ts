// npm run eval:heldout — the ingest pipeline over the held-out reports in seed/heldout/, scored against their
// hand-written gold files (see src/ingest/heldout.ts for how facts are matched).
import { knownFromSeed, scoreTable } from '../ingest/evaluate';
import { evaluateHeldout } from '../ingest/heldout';
import { readSeed } from '../seed/read';

const { scores, misses } = evaluateHeldout(knownFromSeed(readSeed()));
console.log(scoreTable(scores, 'gold'));
if (process.argv.includes('--verbose')) for (const m of misses) console.log(m);
