import type { EntityKind } from '../../domain/kinds';
import type { GazetteerEntry } from '../gazetteer';
import type { Sentence } from '../segment';

// The shapes extraction reads into. This file imports neither the rules nor link.ts, so link.ts and the rules can
// both depend on it (it breaks the old circle extract.ts ↔ link.ts).

/** A stable rule id, "<family>.<rule>" (registry.ts lists every id with its family, precedence and confidence). */
export type RuleId = string;

/** Which rule produced a fact, and how far to trust it (0–1: the rule's prior, see registry.ts). */
export interface Provenance {
  rule: RuleId;
  confidence: number;
}

export type Kind = 'ACTUAL' | 'ESTIMATE' | 'TARGET';

export interface Span {
  start: number;
  end: number;
}

export interface NameMention extends Span {
  kind: EntityKind;
  name: string;
  /** Set when the name is a known entity. */
  key?: string;
  /** The rule that found the name (absent for names made up by the caller, such as the report's subject). */
  rule?: RuleId;
}

export interface Quantity {
  value: number;
  unit: string;
  text: string;
}

export interface ExtractedObservation extends Provenance {
  indicator: NameMention;
  subject: NameMention | null;
  period: string;
  kind: Kind;
  value?: Quantity;
  growthPct?: number;
  sentence: Sentence;
}

export interface ExtractedRanking extends Provenance {
  indicator: NameMention;
  subject: NameMention | null;
  period: string;
  scope: string;
  rank: number;
  basis: 'GROWTH' | 'LEVEL';
  sentence: Sentence;
}

export interface ExtractedRelation extends Provenance {
  type: 'DEVELOPS' | 'LOCATED_IN' | 'ISSUED_BY';
  from: NameMention;
  to: NameMention;
  sentence: Sentence;
}

export type ProjectStatus = 'COMPLETED' | 'UNDER_CONSTRUCTION' | 'PLANNED';

export interface Extraction {
  names: (NameMention & { sentence: Sentence })[];
  observations: ExtractedObservation[];
  rankings: ExtractedRanking[];
  relations: ExtractedRelation[];
  projectStatus: Map<string, ProjectStatus>;
}

export interface ExtractOptions {
  /** The publication year, for 去年. */
  publishedYear?: string;
  /** Known names (regions, indicators, and whatever the graph already holds), longest first. */
  gazetteer: GazetteerEntry[];
  /** The report's period ("2025-H1"), for sentences that do not say. */
  period: string;
  /** The region 我市 / 全市 / 本市 stand for. */
  subject: NameMention | null;
  /** Called once per sentence read, with the count read so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** The key of the subject's province: the scope of 全省 ranks, and no subject of figures. Henan by default. */
  province?: string;
}

export const HENAN = 'region/henan';
/** Places too broad to be the subject of a figure or the place of a project: the country and the province. */
export const broad = (key: string | undefined, options: Pick<ExtractOptions, 'province'>) =>
  key === HENAN || key === 'region/china' || key === options.province;

/** The periods a sentence speaks of (see periods.ts). */
export interface Periods {
  /** The period of the facts the sentence reports. */
  actual: string;
  /** The year the sentence is about. */
  year: string;
  /** The period of a forecast the sentence makes (the year, or its second half for 下半年). */
  target: string;
  /** The period of a target the sentence sets: as `target`, but never a year over before the report came out. */
  plan: string;
}

/**
 * What reading carries from one sentence to the next. extract() makes one per call and passes it to every
 * sentence's rules; nothing else outlives a sentence.
 */
export interface ReadingState {
  /** The period the opening sentence of the current paragraph named, if it named one (periods.ts). */
  opening: { paragraph: number; period: string | undefined; review: boolean } | undefined;
  /** The last company named, for a later sentence that calls it 公司 (names.ts). */
  lastCompany: NameMention | null;
  /** Short names of the companies named so far, without place and trade ("华源光电" for 鹤壁华源光电科技股份有限公司). */
  shortNames: Set<string>;
  /** The paragraph whose list of targets the last sentence left open (it ended in ；) (lists.ts). */
  targetList: number | undefined;
  /** Names already recorded, by kind, key or name, and sentence. */
  seenNames: Set<string>;
  /** The last indicator a sentence named and the last rank read, with their paragraphs (pairing.ts). */
  lastIndicator: { indicator: NameMention; paragraph: number | undefined } | undefined;
  lastRank:
    | { indicator: NameMention; rank: number; scope: string; basis: 'GROWTH' | 'LEVEL'; paragraph: number | undefined }
    | undefined;
}

export const initialState = (): ReadingState => ({
  opening: undefined,
  lastCompany: null,
  shortNames: new Set(),
  targetList: undefined,
  seenNames: new Set(),
  lastIndicator: undefined,
  lastRank: undefined,
});

/** One sentence being read: its text, and what the rules before have found in it. */
export interface SentenceContext {
  sentence: Sentence;
  text: string;
  options: ExtractOptions;
  result: Extraction;
  /** Known names (gazetteer, townships, listed places), by position. */
  known: NameMention[];
  /** The periods of the sentence (periods.ts). */
  periods: Periods;
  /** Every name of the sentence (names.ts), by position. */
  names: NameMention[];
  /** Whether the sentence continues a list of targets (lists.ts). */
  inTargetList: boolean;
}
