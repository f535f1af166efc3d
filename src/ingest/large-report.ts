import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

// A long report for load tests and the ingest-stall measurement: the seed reports and development sets, copied
// over and over with their digits shifted in each copy, so every copy's figures are new sentences (the segmenter
// reads a repeated sentence once) and the extractor works through all of it, not only the first copy.

const SOURCES = ['seed/reports', 'seed/dev', 'seed/dev2', 'seed/dev3', 'seed/dev4', 'seed/heldout'];

/** Up to `bytes` of UTF-8 report text (whole lines), deterministic. */
export function largeReport(bytes: number): string {
  const texts = SOURCES.flatMap((dir) =>
    readdirSync(join(PROJECT_ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(PROJECT_ROOT, dir, f), 'utf8')),
  );
  const base = texts.join('\n');
  const lines: string[] = [];
  let size = 0;
  for (let copy = 0; ; copy += 1) {
    const shifted = base.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
    for (const line of shifted.split('\n')) {
      const add = Buffer.byteLength(line, 'utf8') + 1;
      if (size + add > bytes) return lines.join('\n');
      lines.push(line);
      size += add;
    }
  }
}
