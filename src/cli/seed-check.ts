// npm run seed:check — validates the curated data under seed/data against the reports, no database needed.
import { readSeed, SeedFormatError } from '../seed/read';
import { validateSeed } from '../seed/validate';

function main(): number {
  let data: ReturnType<typeof readSeed>;
  try {
    data = readSeed();
  } catch (error) {
    if (error instanceof SeedFormatError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const problems = validateSeed(data);
  const byKind = new Map<string, number>();
  for (const e of data.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  console.log(
    [...byKind].map(([k, n]) => `${k} ${n}`).join(', '),
    `| relations ${data.relations.length}, observations ${data.observations.length},`,
    `rankings ${data.rankings.length}, fundings ${data.fundings.length}`,
  );
  for (const p of problems) console.error(p);
  console.log(problems.length === 0 ? 'seed: ok' : `seed: ${problems.length} problems`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
