// npm run eval:heldout [-- --dir seed/dev] [--given-meta] [--verbose] — the ingest pipeline over the held-out
// reports in seed/heldout/ (or another folder of <stem>.txt + <stem>.gold.yaml), scored against their hand-written
// gold files (see src/ingest/heldout.ts for how facts are matched). The first table is scored with the period and
// subject inferred, as for a user who passes only title and date; --given-meta adds a second table scored with
// the gold meta's period passed. --verbose lists misses and, per report, the inferred period against the gold one.
import { resolve } from 'node:path';
import { knownFromSeed, scoreTable } from '../ingest/evaluate';
import { evaluateHeldout, HELDOUT_DIR } from '../ingest/heldout';
import { readSeed } from '../seed/read';

const dirAt = process.argv.indexOf('--dir');
const dir = dirAt >= 0 && process.argv[dirAt + 1] ? resolve(process.argv[dirAt + 1] as string) : HELDOUT_DIR;
const verbose = process.argv.includes('--verbose');
const known = knownFromSeed(readSeed());

const inferred = evaluateHeldout(known, dir);
console.log('period and subject inferred:');
console.log(scoreTable(inferred.scores, 'gold'));
const right = inferred.periods.filter((p) => p.period === p.gold).length;
console.log(`period inferred right in ${right} of ${inferred.periods.length} reports`);
if (verbose) {
  for (const p of inferred.periods)
    console.log(
      `${p.period === p.gold ? 'ok  ' : 'MISS'} ${p.key} inferred ${p.period}, gold ${p.gold ?? '-'}: ${p.reason}`,
    );
  for (const m of inferred.misses) console.log(m);
}
if (process.argv.includes('--given-meta')) {
  const given = evaluateHeldout(known, dir, { givenMeta: true });
  console.log('\nperiod given from the gold meta:');
  console.log(scoreTable(given.scores, 'gold'));
  if (verbose) for (const m of given.misses) console.log(m);
}
