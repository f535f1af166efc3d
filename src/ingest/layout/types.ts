import type { EntityKind } from '../../seed/schema';
import type { GazetteerEntry } from '../gazetteer';
import type { Sentence } from '../segment';

// What the layout and list parsers read: the same shapes as the sentence rules' (a name's span is relative to its
// sentence's text), plus the rule that produced each fact and a confidence, so an evaluation can say which misfired.

export type FigureKind = 'ACTUAL' | 'ESTIMATE' | 'TARGET';

export interface Mention {
  kind: EntityKind;
  name: string;
  /** Set when the name is a known entity (a gazetteer place). */
  key?: string;
  start: number;
  end: number;
}

export interface Amount {
  value: number;
  unit: string;
  text: string;
}

export interface LayoutObservation {
  indicator: Mention;
  subject: Mention | null;
  period: string;
  kind: FigureKind;
  value?: Amount;
  growthPct?: number;
  sentence: Sentence;
  rule: string;
  confidence: number;
}

export interface LayoutRanking {
  indicator: Mention;
  subject: Mention | null;
  period: string;
  scope: string;
  rank: number;
  basis: 'GROWTH' | 'LEVEL';
  sentence: Sentence;
  rule: string;
  confidence: number;
}

/** A project's own investment or capacity: a property of the project, not an observation. */
export interface ProjectAmount {
  project: Mention;
  property: 'investment' | 'capacity';
  amount: Amount;
  sentence: Sentence;
  rule: string;
  confidence: number;
}

export interface LayoutOptions {
  /** Known names, longest first; the parsers use the places (kind REGION). */
  gazetteer: GazetteerEntry[];
  /** The report's period, for figures whose line does not name one. */
  period: string;
  /** The region 我市 / 全市 stand for. */
  subject: Mention | null;
  /** The key 全省 ranks in (default: the one the sentence rules use). */
  provinceKey?: string;
}
