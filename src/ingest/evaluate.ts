import type { SeedData } from '../seed/read';
import type { EntityKind } from '../seed/schema';
import { allNames } from '../seed/validate';
import { normalizeName } from '../text/chinese';
import type { KnownEntity } from './link';
import { type FactProvenance, type PipelineResult, runPipeline } from './pipeline';

// Measures the pipeline against the curated graph: each seed report is ingested on its own and its facts are
// compared with the curated facts that cite that report. Entity spans are found by patterns alone (the
// gazetteer holds only regions, indicators and chains, the vocabulary reports of the province share); linking
// may use every curated name, as ingest uses every name the graph holds.

/** What the gazetteer holds when measuring: the vocabulary reports of the province share, nothing report-specific. */
export const EVAL_GAZETTEER_KINDS: EntityKind[] = ['REGION', 'INDICATOR', 'INDUSTRIAL_CHAIN'];

export interface Score {
  kind: string;
  extracted: number;
  gold: number;
  matched: number;
  precision: number;
  recall: number;
}

export function knownFromSeed(data: SeedData): KnownEntity[] {
  return data.entities.map((e) => ({
    key: e.key,
    kind: e.kind,
    name: e.name,
    names: [...new Set(allNames(e).map(normalizeName))],
  }));
}

export const sameNumber = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Math.abs(a - b) < 1e-9;

export function score(kind: string, extracted: number, gold: number, matched: number): Score {
  return {
    kind,
    extracted,
    gold,
    matched,
    precision: extracted === 0 ? 1 : matched / extracted,
    recall: gold === 0 ? 1 : matched / gold,
  };
}

/** The scores as a Markdown table, as eval:extraction and eval:heldout print them. */
export function scoreTable(scores: Score[], goldLabel: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `| kind | extracted | ${goldLabel} | matched | precision | recall |`,
    '|---|---:|---:|---:|---:|---:|',
    ...scores.map(
      (s) => `| ${s.kind} | ${s.extracted} | ${s.gold} | ${s.matched} | ${pct(s.precision)} | ${pct(s.recall)} |`,
    ),
  ].join('\n');
}

/** " [rule ← indicator rule 0.9]": the rule an extracted fact came from, for the verbose lists of extra facts. */
export function ruleTag(fact: FactProvenance & { indicatorRule?: string }): string {
  if (!fact.rule) return '';
  const via = fact.indicatorRule && fact.indicatorRule !== 'known.gazetteer' ? ` ← ${fact.indicatorRule}` : '';
  return ` [${fact.rule}${via}${fact.confidence !== undefined ? ` ${fact.confidence}` : ''}]`;
}

/**
 * By default each report is given its title and publication date only, and the pipeline infers period and
 * subject; `givenMeta` passes the curated period too (the scoring before issue 15).
 */
export function evaluate(
  data: SeedData,
  options: { givenMeta?: boolean } = {},
): { scores: Score[]; misses: string[]; results: PipelineResult[] } {
  const known = knownFromSeed(data);
  const curated = new Set(data.entities.filter((e) => e.kind === 'INDICATOR').map((e) => e.key));
  const totals = new Map<string, { e: number; g: number; m: number }>();
  const add = (kind: string, e: number, g: number, m: number) => {
    const t = totals.get(kind) ?? { e: 0, g: 0, m: 0 };
    totals.set(kind, { e: t.e + e, g: t.g + g, m: t.m + m });
  };
  const misses: string[] = [];
  const results: PipelineResult[] = [];
  for (const doc of data.documents) {
    const result = runPipeline(
      doc.text,
      {
        key: doc.key,
        title: doc.title,
        publishedAt: doc.publishedAt ?? null,
        period: options.givenMeta ? (doc.period ?? null) : null,
      },
      known,
      { gazetteerKinds: EVAL_GAZETTEER_KINDS },
    );
    results.push(result);
    const cites = (ev: { doc: string }[]) => ev.some((e) => e.doc === doc.id);

    // The curated graph records only some figures of each report and names only its own indicators: it can
    // judge an extracted fact only when the fact's indicator links to a curated one. Facts about indicators the
    // extractor found on its own (open vocabulary, new "indicator/ingested-…" keys) are left out of both counts
    // (see "Seed reports" in the README); every fact about a curated indicator is scored as before.
    const judged = <T extends { indicator: string }>(facts: T[]) => facts.filter((f) => curated.has(f.indicator));
    const goldObs = data.observations.filter((o) => cites(o.evidence));
    const usedObs = new Set<number>();
    let matchedObs = 0;
    for (const o of judged(result.observations)) {
      const i = goldObs.findIndex(
        (g, k) =>
          !usedObs.has(k) &&
          g.indicator === o.indicator &&
          g.subject === o.subject &&
          g.period === o.period &&
          (sameNumber(g.growthPct, o.growthPct) ||
            (sameNumber(g.value?.value, o.value?.value) &&
              normalizeName(g.value?.unit ?? '') === normalizeName(o.value?.unit ?? ''))),
      );
      if (i >= 0) {
        usedObs.add(i);
        matchedObs += 1;
      } else
        misses.push(
          `${doc.id} extra observation ${o.subject} ${o.indicator} ${o.period} ${o.value?.text ?? ''} ${o.growthPct ?? ''}${ruleTag(o)}`,
        );
    }
    goldObs.forEach((g, k) => {
      if (!usedObs.has(k))
        misses.push(
          `${doc.id} missed observation ${g.subject} ${g.indicator} ${g.period} ${g.value?.text ?? ''} ${g.growthPct ?? ''}`,
        );
    });
    add('observations', judged(result.observations).length, goldObs.length, matchedObs);

    const goldRank = data.rankings.filter((r) => cites(r.evidence));
    const usedRank = new Set<number>();
    let matchedRank = 0;
    for (const r of judged(result.rankings)) {
      const i = goldRank.findIndex(
        (g, k) =>
          !usedRank.has(k) &&
          g.indicator === r.indicator &&
          g.subject === r.subject &&
          g.period === r.period &&
          g.scope === r.scope &&
          g.rank === r.rank,
      );
      if (i >= 0) {
        usedRank.add(i);
        matchedRank += 1;
      } else
        misses.push(
          `${doc.id} extra ranking ${r.subject} ${r.indicator} ${r.period} ${r.scope} ${r.rank}${ruleTag(r)}`,
        );
    }
    goldRank.forEach((g, k) => {
      if (!usedRank.has(k)) misses.push(`${doc.id} missed ranking ${g.subject} ${g.indicator} ${g.period} ${g.rank}`);
    });
    add('rankings', judged(result.rankings).length, goldRank.length, matchedRank);

    for (const [label, kind] of [
      ['projects', 'PROJECT'],
      ['companies', 'COMPANY'],
      ['policies', 'POLICY'],
    ] as const) {
      const gold = new Set(data.entities.filter((e) => e.kind === kind && cites(e.mentions)).map((e) => e.key));
      const found = new Set(result.entities.filter((e) => e.kind === kind).map((e) => e.key));
      const matched = [...found].filter((k) => gold.has(k)).length;
      for (const k of found) {
        const e = result.entities.find((x) => x.key === k);
        if (!gold.has(k) && e) misses.push(`${doc.id} extra ${kind} ${e.name}${ruleTag(e)}`);
      }
      for (const k of gold) if (!found.has(k)) misses.push(`${doc.id} missed ${kind} ${k}`);
      add(label, found.size, gold.size, matched);
    }
  }
  return { scores: [...totals].map(([k, t]) => score(k, t.e, t.g, t.m)), misses, results };
}
