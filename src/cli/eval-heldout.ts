// npm run eval:heldout [-- --dir seed/dev] [--verbose] — the ingest pipeline over the held-out reports in
// seed/heldout/ (or another folder of <stem>.txt + <stem>.gold.yaml), scored against their hand-written gold files
// (see src/ingest/heldout.ts for how facts are matched).
import { resolve } from 'node:path';
import { knownFromSeed, scoreTable } from '../ingest/evaluate';
import { evaluateHeldout, HELDOUT_DIR } from '../ingest/heldout';
import { readSeed } from '../seed/read';

const dirAt = process.argv.indexOf('--dir');
const dir = dirAt >= 0 && process.argv[dirAt + 1] ? resolve(process.argv[dirAt + 1] as string) : HELDOUT_DIR;
const { scores, misses } = evaluateHeldout(knownFromSeed(readSeed()), dir);
console.log(scoreTable(scores, 'gold'));
if (process.argv.includes('--verbose')) for (const m of misses) console.log(m);
