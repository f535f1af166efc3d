import { periodEndDate } from '../../domain/period';
import { convertUnit } from '../../domain/units';
import type { EvidenceLists } from '../common/rows';
import type { DocumentRow } from '../document/repository';
import type { ObservationRow } from '../figure/repository';

// Claims across reports: each observation is one claim, dated by the documents that state it. The current figure of
// a period is the latest-published claim; every other claim is a revision. Pure functions, no builder, no Cypher.

/** An observation with the documents of its evidence (fetched along with it). */
export type ClaimRow = ObservationRow & { documents: ReadonlyMap<string, DocumentRow> };

export interface Claim {
  row: ClaimRow;
  /** When it was (last) published, as of the asked date: the latest date among the documents stating it. */
  date: string;
  /** False when that document carries no publication date and the end of its period stands in for one. */
  dateStated: boolean;
  /** The document of that date. */
  document: string;
}

export interface NormalisedValue {
  value: number;
  unit: string;
  known: boolean;
  stated: { value: number; unit: string; text: string };
}

/** The date a document counts from: its publication date, or (undated) the last day of the period it covers. */
export function documentDate(doc: DocumentRow | undefined, fallbackPeriod: string): { date: string; stated: boolean } {
  if (doc?.publishedAt) return { date: doc.publishedAt, stated: true };
  return { date: periodEndDate(doc?.period ?? fallbackPeriod) ?? '9999-12-31', stated: false };
}

export interface Dated {
  /** Indices of the evidence lists whose documents were published by asOf. */
  kept: number[];
  date: string;
  stated: boolean;
  document: string;
}

/** A fact's evidence dated: the documents published by `asOf` (all when absent), the latest of them; null when none. */
export function datedAsOf(
  docs: readonly string[],
  documents: ReadonlyMap<string, DocumentRow>,
  period: string,
  asOf?: string,
): Dated | null {
  const kept: number[] = [];
  let best: Omit<Dated, 'kept'> | undefined;
  docs.forEach((doc, i) => {
    const { date, stated } = documentDate(documents.get(doc), period);
    if (asOf !== undefined && date > asOf) return;
    kept.push(i);
    if (!best || date > best.date || (date === best.date && stated && !best.stated))
      best = { date, stated, document: doc };
  });
  return best ? { kept, ...best } : null;
}

/** The evidence lists cut to the kept indices. */
export function keepEvidence<T extends EvidenceLists>(row: T, kept: number[]): T {
  const pick = <U>(list: U[] | null | undefined) => (list ? kept.map((i) => list[i] as U) : list);
  return { ...row, docs: pick(row.docs), quotes: pick(row.quotes), offsets: pick(row.offsets) };
}

/**
 * The claim an observation makes as of `asOf` (every document when absent): its evidence cut to the documents
 * published by then, dated by the latest of them; null when none was.
 */
export function claimAsOf(row: ClaimRow, asOf?: string): Claim | null {
  const dated = datedAsOf(row.docs ?? [], row.documents, row.period, asOf);
  if (!dated) return null;
  return { row: keepEvidence(row, dated.kept), date: dated.date, dateStated: dated.stated, document: dated.document };
}

const KIND_ORDER = { ACTUAL: 0, ESTIMATE: 1, TARGET: 2 } as const;

/** Latest first: by date, a stated date before a stand-in, an actual figure before an estimate, more sources first. */
export function compareClaims(a: Claim, b: Claim): number {
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  if (a.dateStated !== b.dateStated) return a.dateStated ? -1 : 1;
  const kind = KIND_ORDER[a.row.kind] - KIND_ORDER[b.row.kind];
  if (kind !== 0) return kind;
  const sources = (b.row.docs?.length ?? 0) - (a.row.docs?.length ?? 0);
  return sources !== 0 ? sources : a.row.key.localeCompare(b.row.key);
}

/** A claim's value in the compared unit (the family's base, or `unit` when asked), with the figure as stated. */
export function normalisedValue(row: ObservationRow, unit?: string): NormalisedValue | null {
  if (row.valueValue === null || row.valueValue === undefined) return null;
  const statedUnit = row.valueUnit ?? '';
  const converted = convertUnit(row.valueValue, statedUnit, unit);
  return {
    ...converted,
    stated: { value: row.valueValue, unit: statedUnit, text: row.valueText ?? `${row.valueValue}${statedUnit}` },
  };
}

export interface Point {
  period: string;
  /** The latest-published claim. */
  current: Claim;
  /** The latest claim giving a value, and the latest giving a growth rate (usually both the current one). */
  valueFrom: Claim | null;
  growthFrom: Claim | null;
  /** Every other claim, latest first. */
  revisions: Claim[];
}

/** One point per period from the claims of one series (already cut to asOf), latest claim current. */
export function pointsOf(claims: Claim[]): Point[] {
  const byPeriod = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byPeriod.get(c.row.period) ?? [];
    list.push(c);
    byPeriod.set(c.row.period, list);
  }
  return [...byPeriod].map(([period, list]) => {
    const sorted = [...list].sort(compareClaims);
    const current = sorted[0] as Claim;
    const valueFrom = sorted.find((c) => c.row.valueValue !== null && c.row.valueValue !== undefined) ?? null;
    const growthFrom = sorted.find((c) => c.row.growthPct !== null && c.row.growthPct !== undefined) ?? null;
    const used = new Set([current, valueFrom, growthFrom]);
    return { period, current, valueFrom, growthFrom, revisions: sorted.filter((c) => !used.has(c)) };
  });
}

/** True when a revision gives a figure other than the point's current one (value compared in one unit). */
export function claimDiffers(claim: Claim, point: Point, unit?: string): boolean {
  const mine = normalisedValue(claim.row, unit);
  const current = point.valueFrom ? normalisedValue(point.valueFrom.row, unit) : null;
  if (mine && current && (mine.unit !== current.unit || mine.value !== current.value)) return true;
  const growth = point.growthFrom?.row.growthPct;
  return claim.row.growthPct !== null && growth !== null && growth !== undefined && claim.row.growthPct !== growth;
}
