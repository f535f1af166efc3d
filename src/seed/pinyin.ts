import { type Executor, int } from '../db/executor';
import { pinyinForms } from '../text/pinyin';

// Entities written before names carried their pinyin (an older graph, a benchmark graph) get it at start-up, in
// batches; seeding and ingest write it with every new entity.

const BATCH = 2000;

/** Gives `pinyin` to every entity without it; returns how many were filled. */
export async function fillPinyin(db: Executor): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.read<{ key: string; names: string[] }>(
      `MATCH (e:Entity) WHERE e.pinyin IS NULL
       RETURN e.key AS key, [e.name] + coalesce(e.aliases, []) AS names LIMIT $batch`,
      { batch: int(BATCH) },
    );
    if (rows.length === 0) return filled;
    await db.write('UNWIND $rows AS row MATCH (e:Entity {key: row.key}) SET e.pinyin = row.pinyin', {
      rows: rows.map((r) => ({ key: r.key, pinyin: pinyinForms(r.names) })),
    });
    filled += rows.length;
  }
}
