import { type Executor, int } from '../../db/executor';
import type { EntityKind } from '../../domain/kinds';
import { type EntityRow, exactNameLookups } from '../entity/repository';
import { escapeLucene } from '../search/lucene';
import type { Query } from './rank';

// Candidates for resolve(name:): every entity one of three indexes finds for the query — exact names (names, aliases,
// traditional forms, English names), the cjk full-text index over names (containment), pinyin keys (exact, or as a
// prefix when the query is typed in Latin letters). Ranking is rank.ts's.

export async function resolveCandidates(
  db: Executor,
  query: Query,
  kinds: EntityKind[] | null,
  candidates: number,
): Promise<EntityRow[]> {
  const words = [...new Set([query.text, query.normal])].filter((w) => w.length > 0);
  const pinyin = query.pinyin.length >= 2 ? [query.pinyin, ...(query.latin ? [`${query.pinyin}*`] : [])] : [];
  const rows = await db.read<{ node: EntityRow }>(
    `CALL () {
       UNWIND $exactLookups AS lookup
       CALL db.index.fulltext.queryNodes('entity_exact_names', lookup.query) YIELD node
       WITH node WHERE lookup.name IN node.names
       RETURN node
       UNION
       UNWIND $words AS word
       CALL db.index.fulltext.queryNodes('entity_names', word, {limit: $candidates}) YIELD node
       RETURN node
       UNION
       UNWIND $pinyin AS key
       CALL db.index.fulltext.queryNodes('entity_pinyin', key, {limit: $candidates}) YIELD node
       RETURN node
     }
     WITH DISTINCT node WHERE $kinds IS NULL OR node.kind IN $kinds
     RETURN node {.*} AS node`,
    {
      exactLookups: exactNameLookups([query.normal]),
      words: words.map(escapeLucene),
      // Pinyin keys hold only a-z and 0-9: nothing to escape; the prefix star is Lucene's.
      pinyin,
      kinds,
      candidates: int(candidates),
    },
  );
  return rows.map((r) => r.node);
}
