import { normalizeName } from '../../text/chinese';
import { sentenceParts } from '../extract';
import type { NormalisedText } from '../normalise';
import type { Sentence } from '../segment';
import { dedupeBatches, readBatches } from './batches';
import { investmentsAfterNames, investmentsBeforeNames } from './investment';
import { readPanels } from './panels';
import { readPlaceLists } from './place-lists';
import { readTables } from './tables';
import type { LayoutObservation, LayoutOptions, LayoutRanking, Mention, ProjectAmount } from './types';

// The layout and list parsers over a whole report, read before the sentence rules: where both read the same figure
// of the same line, the parser's reading wins (it sees the list, the table or the batch the figure belongs to).

export interface Layout {
  /** The report's period the parsers read with. */
  period: string;
  observations: LayoutObservation[];
  rankings: LayoutRanking[];
  /** Projects' own investments named before the project ("总投资X亿元的…项目"). */
  investments: ProjectAmount[];
}

export function readLayout(n: NormalisedText, whole: Sentence[], options: LayoutOptions): Layout {
  // The parsers read a sentence in parts of at most MAX_SENTENCE characters, as the sentence rules do: their
  // patterns are polynomial at worst, so this bounds each match (npm run lint:regex, redos-bounded).
  const sentences = whole.flatMap((s) => sentenceParts(s));
  const lists = readPlaceLists(sentences, options);
  const batches = readBatches(sentences, options);
  return {
    period: options.period,
    observations: [
      ...readTables(n, options),
      ...readPanels(sentences, options),
      ...lists.observations,
      ...batches.observations,
    ],
    rankings: [...lists.rankings, ...batches.rankings],
    investments: sentences.flatMap(investmentsBeforeNames),
  };
}

type Fact = Omit<LayoutObservation, 'rule' | 'confidence'>;
type Rank = Omit<LayoutRanking, 'rule' | 'confidence'>;
interface Extraction {
  names: (Mention & { sentence: Sentence })[];
  observations: Fact[];
  rankings: Rank[];
}

const overlaps = (a: Sentence, b: Sentence) => a.start < b.end && b.start < a.end;
const sameFigure = (a: Fact, b: { value?: { value: number; unit: string }; growthPct?: number }) =>
  (a.value !== undefined &&
    b.value !== undefined &&
    a.value.value === b.value.value &&
    a.value.unit === b.value.unit) ||
  (a.growthPct !== undefined && a.growthPct === b.growthPct);

/**
 * Merges the layout into the sentence rules' extraction (in place): the rules' figures that a parser read on the same
 * line go, and so do the rules' observations of a single project's investment; the parsers' facts and the projects
 * they name are added. Returns every project amount (before and after the name) to store on the projects.
 */
export function preferLayout(extraction: Extraction, layout: Layout, sentences: Sentence[]): ProjectAmount[] {
  const projects = extraction.names.filter((m) => m.kind === 'PROJECT');
  // A project the sentence rules named where the parser found one is theirs (one project, one name).
  for (const a of layout.investments) {
    const same = projects.find((p) => p.sentence === a.sentence && p.start < a.project.end && a.project.start < p.end);
    if (same) a.project = same;
  }
  const amounts = [
    ...layout.investments,
    ...investmentsAfterNames(
      sentences.flatMap((s) => sentenceParts(s)),
      projects,
    ),
  ];
  const claimed = [
    ...layout.observations,
    ...amounts
      .filter((a) => a.property === 'investment')
      .map((a) => ({ sentence: a.sentence, value: a.amount }) as Fact),
  ];
  adoptReadings(layout.observations, extraction.observations, layout.period);
  // A parser's fact takes the place of the rule's reading it replaces, so the facts keep the text's order.
  const kept = new Set(dedupeBatches(layout.observations));
  const placed = new Set<Fact>();
  const merged: Fact[] = [];
  for (const o of extraction.observations) {
    const by = claimed.find((c) => overlaps(c.sentence, o.sentence) && sameFigure(c, o));
    if (!by) merged.push(o);
    else if (kept.has(by as LayoutObservation) && !placed.has(by)) {
      merged.push(by);
      placed.add(by);
    }
  }
  merged.push(...[...kept].filter((o) => !placed.has(o)));
  extraction.observations = merged;
  extraction.rankings = extraction.rankings.filter(
    (r) => !layout.rankings.some((l) => overlaps(l.sentence, r.sentence) && l.rank === r.rank),
  );
  extraction.rankings.push(...layout.rankings);
  for (const a of layout.investments)
    if (!extraction.names.includes(a.project as Mention & { sentence: Sentence }))
      extraction.names.push(Object.assign(a.project, { sentence: a.sentence }));
  return amounts;
}

/**
 * Where a sentence rule read the same figure on the same line, its period and kind stand (it reads the sentence's
 * period words and target cues), and so does its name when it names the figure more fully ("集中签约先进制造业项目"
 * for "其中先进制造业项目29个"); a parser's other figures of that line take the same period.
 */
function adoptReadings(mine: LayoutObservation[], rules: Fact[], reportPeriod: string): void {
  const periodOf = new Map<Sentence, string>();
  const unread: LayoutObservation[] = [];
  for (const o of mine) {
    const twin = rules.find((r) => overlaps(r.sentence, o.sentence) && sameFigure(r, o));
    if (!twin) {
      unread.push(o);
      continue;
    }
    // A bare year the report's own period already narrows ("2021年第二季度…" read as 2021 in a 2021-Q2 report) stays.
    // A target keeps the rule's period (targets are for a year).
    const narrower = twin.kind === 'ACTUAL' && reportPeriod.length > 4 && twin.period === reportPeriod.slice(0, 4);
    if (!narrower) o.period = twin.period;
    o.kind = twin.kind;
    const [a, b] = [normalizeName(twin.indicator.name), normalizeName(o.indicator.name)];
    if (a.length > b.length && a.includes(b)) o.indicator = twin.indicator;
    periodOf.set(o.sentence, o.period);
  }
  for (const o of unread) {
    const period = periodOf.get(o.sentence);
    if (period) o.period = period;
  }
}
