import type { EntityKind } from '../seed/schema';
import { hasChinese } from '../text/chinese';
import { extract, type NameMention } from './extract';
import { placeEntries } from './gazetteer';
import { gazetteerFrom, type KnownEntity, Linker, linkAll } from './link';
import { normalise, originalSpan } from './normalise';
import { type Sentence, segment } from './segment';

// normalise → segment → extract → link; the result is what write.ts stores, every fact with its evidence.

export interface IngestMeta {
  key: string;
  title: string;
  publisher?: string | null;
  publishedAt?: string | null;
  period?: string | null;
  /** The region 我市 / 全市 stand for, by name; inferred from the text when absent. */
  subject?: string | null;
}

export interface Evidence {
  quote: string;
  offset: number;
}

export interface FactEntity {
  key: string;
  kind: EntityKind;
  name: string;
  isNew: boolean;
  aliases: string[];
  status?: string;
  mentions: Evidence[];
}

export interface FactObservation {
  indicator: string;
  subject: string;
  period: string;
  kind: 'ACTUAL' | 'ESTIMATE' | 'TARGET';
  value?: { value: number; unit: string; text: string };
  growthPct?: number;
  evidence: Evidence[];
}

export interface FactRanking {
  indicator: string;
  subject: string;
  period: string;
  scope: string;
  rank: number;
  basis: 'GROWTH' | 'LEVEL';
  evidence: Evidence[];
}

export interface FactRelation {
  type: 'DEVELOPS' | 'LOCATED_IN';
  from: string;
  to: string;
  evidence: Evidence[];
}

export interface PipelineResult {
  meta: IngestMeta & { period: string; script: 'SIMPLIFIED' | 'TRADITIONAL' };
  text: string;
  entities: FactEntity[];
  observations: FactObservation[];
  rankings: FactRanking[];
  relations: FactRelation[];
  warnings: string[];
}

const GAZETTEER_KINDS: EntityKind[] = [
  'REGION',
  'INDICATOR',
  'COMPANY',
  'PROJECT',
  'INDUSTRIAL_CHAIN',
  'POLICY',
  'INSTITUTION',
];

function inferPeriod(text: string, publishedAt?: string | null): string {
  const year = /(20\d{2})年/.exec(text)?.[1] ?? publishedAt?.slice(0, 4) ?? String(new Date().getFullYear());
  if (/上半年|1[~～-]6月/.test(text)) {
    const y = publishedAt && /上半年/.test(text) ? publishedAt.slice(0, 4) : year;
    return `${y}-H1`;
  }
  return year;
}

function mergeEvidence(list: Evidence[], e: Evidence): void {
  if (!list.some((x) => x.offset === e.offset)) list.push(e);
}

export function runPipeline(
  text: string,
  meta: IngestMeta,
  known: KnownEntity[],
  options: { onProgress?: (done: number, total: number) => void; gazetteerKinds?: EntityKind[] } = {},
): PipelineResult {
  const { onProgress, gazetteerKinds = GAZETTEER_KINDS } = options;
  const warnings: string[] = [];
  const n = normalise(text);
  const sentences = segment(n);
  const period = meta.period ?? inferPeriod(n.text, meta.publishedAt);
  if (!meta.period && !meta.publishedAt && !/(20\d{2})年/.test(n.text)) {
    warnings.push(
      `The text names no year: the period was taken as ${period} from today's date. Pass the period to be sure.`,
    );
  }
  const gazetteer = [...placeEntries(), ...gazetteerFrom(known, gazetteerKinds)].sort(
    (a, b) => b.form.length - a.form.length,
  );
  const subjectName =
    meta.subject ??
    inferSubject(
      n.text,
      gazetteer.filter((g) => g.kind === 'REGION'),
      // The title, given and as the text's first line (before line repair joins it to what follows).
      `${meta.title} ${text.split('\n').find((l) => l.trim() !== '') ?? ''}`,
    );
  const subjectEntry = subjectName
    ? gazetteer.find((g) => g.kind === 'REGION' && (g.form === subjectName || g.canonical === subjectName))
    : undefined;
  const subject: NameMention | null = subjectEntry
    ? { kind: 'REGION', name: subjectEntry.canonical, key: subjectEntry.key, start: 0, end: 0 }
    : null;
  if (!subject)
    warnings.push('No subject region found: 我市/全市 figures were left without a subject. Pass --subject.');

  // One pass over the whole report: what a sentence establishes (a company's short name, what 公司 refers to)
  // holds to the end. Progress comes from inside the pass.
  const extraction = extract(sentences, {
    gazetteer,
    period,
    subject,
    ...(meta.publishedAt ? { publishedYear: meta.publishedAt.slice(0, 4) } : {}),
    ...(onProgress ? { onProgress } : {}),
  });

  const linker = new Linker(known);
  const links = linkAll(extraction, linker);
  const evidenceOf = (s: Sentence): Evidence => originalSpan(n, s.start, s.end);
  const keyOf = (m: NameMention | null) => (m ? links.get(m)?.key : undefined);

  const entities = new Map<string, FactEntity>();
  const entity = (m: NameMention): FactEntity | undefined => {
    const linked = links.get(m);
    if (!linked) return undefined;
    let e = entities.get(linked.key);
    if (!e) {
      e = { key: linked.key, kind: linked.kind, name: linked.name, isNew: linked.isNew, aliases: [], mentions: [] };
      entities.set(linked.key, e);
    }
    if (m.name !== e.name && !e.aliases.includes(m.name)) e.aliases.push(m.name);
    return e;
  };
  for (const m of extraction.names) {
    const e = entity(m);
    if (e) mergeEvidence(e.mentions, evidenceOf(m.sentence));
  }
  for (const [nameOrKey, status] of extraction.projectStatus) {
    const e =
      entities.get(nameOrKey) ??
      [...entities.values()].find(
        (x) => x.kind === 'PROJECT' && (x.name === nameOrKey || x.aliases.includes(nameOrKey)),
      );
    if (e && !e.status) e.status = status;
  }

  const observations = new Map<string, FactObservation>();
  for (const o of extraction.observations) {
    const indicator = keyOf(o.indicator);
    const subjectKey = keyOf(o.subject);
    if (!indicator || !subjectKey) continue;
    // The indicator is mentioned where its figure is: a new one (open vocabulary) gets its mentions from here.
    const ind = entity(o.indicator);
    if (ind) mergeEvidence(ind.mentions, evidenceOf(o.sentence));
    const id = JSON.stringify([indicator, subjectKey, o.period, o.kind, o.value?.value, o.value?.unit, o.growthPct]);
    const fact = observations.get(id) ?? {
      indicator,
      subject: subjectKey,
      period: o.period,
      kind: o.kind,
      ...(o.value ? { value: o.value } : {}),
      ...(o.growthPct !== undefined ? { growthPct: o.growthPct } : {}),
      evidence: [],
    };
    mergeEvidence(fact.evidence, evidenceOf(o.sentence));
    observations.set(id, fact);
    const subj = o.subject ? entity(o.subject) : undefined;
    if (subj) mergeEvidence(subj.mentions, evidenceOf(o.sentence));
  }
  // One fact told twice, once in full ("79.9亿元，同比增长4.5%") and once in part ("分别增长4.5%、…"), is one fact.
  for (const [id, partial] of observations) {
    const fuller = [...observations.values()].find(
      (o) =>
        o !== partial &&
        o.indicator === partial.indicator &&
        o.subject === partial.subject &&
        o.period === partial.period &&
        o.kind === partial.kind &&
        o.value !== undefined &&
        o.growthPct !== undefined &&
        (partial.value === undefined
          ? partial.growthPct === o.growthPct
          : partial.growthPct === undefined &&
            partial.value.value === o.value.value &&
            partial.value.unit === o.value.unit),
    );
    if (!fuller) continue;
    for (const e of partial.evidence) mergeEvidence(fuller.evidence, e);
    observations.delete(id);
  }
  const rankings = new Map<string, FactRanking>();
  for (const r of extraction.rankings) {
    const indicator = keyOf(r.indicator);
    const subjectKey = keyOf(r.subject);
    if (!indicator || !subjectKey) continue;
    const ind = entity(r.indicator);
    if (ind) mergeEvidence(ind.mentions, evidenceOf(r.sentence));
    const id = JSON.stringify([indicator, subjectKey, r.period, r.scope, r.rank, r.basis]);
    const fact = rankings.get(id) ?? {
      indicator,
      subject: subjectKey,
      period: r.period,
      scope: r.scope,
      rank: r.rank,
      basis: r.basis,
      evidence: [],
    };
    mergeEvidence(fact.evidence, evidenceOf(r.sentence));
    rankings.set(id, fact);
  }
  const relations = new Map<string, FactRelation>();
  for (const r of extraction.relations) {
    const from = keyOf(r.from);
    const to = keyOf(r.to);
    if (!from || !to || from === to) continue;
    const id = `${r.type}|${from}|${to}`;
    const fact = relations.get(id) ?? { type: r.type, from, to, evidence: [] };
    mergeEvidence(fact.evidence, evidenceOf(r.sentence));
    relations.set(id, fact);
  }

  // Regions the facts point at (scopes, subjects) must exist too, with a mention where the text names them.
  for (const r of rankings.values()) {
    if (!entities.has(r.scope)) {
      const place = gazetteer.find((g) => g.key === r.scope);
      if (place)
        entities.set(r.scope, {
          key: r.scope,
          kind: 'REGION',
          name: place.canonical,
          isNew: !known.some((k) => k.key === r.scope),
          aliases: [],
          mentions: [...r.evidence.slice(0, 1)],
        });
    }
  }
  if (!hasChinese(text)) warnings.push('The text has no Chinese in it: nothing could be extracted.');
  else if (observations.size === 0 && rankings.size === 0)
    warnings.push('No figures or rankings were found in the text.');

  return {
    // The subject as given or inferred (null when none was found), for the ingest summary.
    meta: { ...meta, period, subject: subject?.name ?? null, script: n.traditional ? 'TRADITIONAL' : 'SIMPLIFIED' },
    text,
    entities: [...entities.values()].filter((e) => e.mentions.length > 0),
    observations: [...observations.values()],
    rankings: [...rankings.values()],
    relations: [...relations.values()],
    warnings,
  };
}

/**
 * The region the report is about: the city named most often. A report that speaks as a county or district (全县,
 * 我县, 全区…, more often than 全市, 我市) is about the county or district it names most often.
 */
function inferSubject(
  text: string,
  regions: { form: string; canonical: string; key: string }[],
  title = '',
): string | undefined {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const city = count(/[全我本]市/g);
  const level = count(/[全我本]县/g) > city ? /县$/ : count(/[全我本]区/g) > city ? /区$/ : undefined;
  // A region's mentions under any of its names, longest name first, so "郑州" inside "郑州市" counts once.
  const byKey = new Map<string, { canonical: string; forms: string[] }>();
  for (const r of regions) {
    if (r.key === 'region/henan' || r.key === 'region/china' || r.form.length < 2) continue;
    if (level && !level.test(r.canonical)) continue;
    const entry = byKey.get(r.key) ?? { canonical: r.canonical, forms: [] };
    entry.forms.push(r.form);
    byKey.set(r.key, entry);
  }
  const mentions = (within: string, forms: string[]) => {
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    let rest = within;
    let n = 0;
    for (const f of sorted) {
      n += rest.split(f).length - 1;
      rest = rest.split(f).join('\u0000');
    }
    return n;
  };
  // The title names what a report is about: a region it names wins over one named as often in the body (a
  // county-level city's report names its parent city too, "全市" meaning itself).
  let best: string | undefined;
  let bestScore = 0;
  for (const { canonical, forms } of byKey.values()) {
    const score = mentions(text, forms) + (mentions(title, forms) > 0 ? 1000 : 0);
    if (score > bestScore) {
      best = canonical;
      bestScore = score;
    }
  }
  return best ?? (level ? inferSubject(text.replace(/[全我本][县区]/g, ''), regions, title) : undefined);
}
