import type { Context } from '../../context';
import { type EntityKind, KIND_SPECS } from '../../domain/kinds';
import { type Candidate, queryOf, rankCandidates } from './rank';
import { resolveCandidates } from './repository';

/** Candidates each index may bring: enough that a page of 100 is a page of the best, bounded for a common word. */
const PER_INDEX = 200;

/** The entities a name may stand for, best first, at most `first`. */
export async function rankedCandidates(
  ctx: Context,
  text: string,
  kinds: readonly EntityKind[] | null | undefined,
  first: number,
): Promise<Candidate[]> {
  const query = queryOf(text);
  if (query.normal === '') return [];
  const rows = await resolveCandidates(ctx.db, query, kinds && kinds.length > 0 ? [...kinds] : null, PER_INDEX);
  for (const row of rows) ctx.loaders.entityByKey.prime(row.key, row);
  return rankCandidates(query, rows).slice(0, first);
}

/** "焦作市 (region, short form 焦作), …": the top candidates as a NOT_FOUND message names them. */
export function describeCandidates(candidates: readonly Candidate[]): string {
  return candidates
    .map((c) => {
      const how = c.reason.toLowerCase().replace('_', ' ');
      const via = c.matched === c.entity.name ? how : `${how} ${c.matched}`;
      return `${c.entity.name} (${KIND_SPECS[c.entity.kind].noun}, ${via}, key ${c.entity.key})`;
    })
    .join('; ');
}
