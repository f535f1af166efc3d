import { type EntityKind, GAZETTEER_KINDS } from '../domain/kinds';
import { hasChinese } from '../text/chinese';
import { readDocument } from './document/document';
import type { RegionEntry } from './document/subject';
import { extract, type NameMention, ruleSpec } from './extract';
import { findPlace, type GazetteerEntry, placeAncestry, placeByKey, placeEntries, provinceOf } from './gazetteer';
import { preferLayout, readLayout } from './layout/read';
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

/** The extraction rule a fact came from (its id, see src/ingest/extract/rules.ts) and its confidence (0–1). */
export interface FactProvenance {
  rule?: string;
  confidence?: number;
}

export interface FactEntity extends FactProvenance {
  key: string;
  kind: EntityKind;
  name: string;
  isNew: boolean;
  aliases: string[];
  status?: string;
  mentions: Evidence[];
  /** A project's own investment and capacity as the report states them (layout/investment.ts). */
  investment?: { value: number; unit: string; text: string; evidence: Evidence };
  capacity?: { value: number; unit: string; text: string; evidence: Evidence };
}

export interface FactObservation extends FactProvenance {
  /** The rule that found the indicator's name, when not the gazetteer's. */
  indicatorRule?: string;
  indicator: string;
  subject: string;
  period: string;
  kind: 'ACTUAL' | 'ESTIMATE' | 'TARGET';
  value?: { value: number; unit: string; text: string };
  growthPct?: number;
  evidence: Evidence[];
}

export interface FactRanking extends FactProvenance {
  indicatorRule?: string;
  indicator: string;
  subject: string;
  period: string;
  scope: string;
  rank: number;
  basis: 'GROWTH' | 'LEVEL';
  evidence: Evidence[];
}

export interface FactRelation extends FactProvenance {
  type: 'DEVELOPS' | 'LOCATED_IN' | 'ISSUED_BY';
  from: string;
  to: string;
  evidence: Evidence[];
}

/** What the document layer inferred (or was given), with how sure it is and why. */
export interface Inferred<T> {
  value: T;
  confidence: number;
  reason: string;
  warning: string | null;
}

export interface PipelineResult {
  meta: IngestMeta & { period: string; script: 'SIMPLIFIED' | 'TRADITIONAL' };
  /** The report's period and subject region as given, or as read from its title, head and opening. */
  inferred: { period: Inferred<string>; subject: Inferred<string | null> };
  text: string;
  entities: FactEntity[];
  observations: FactObservation[];
  rankings: FactRanking[];
  relations: FactRelation[];
  warnings: string[];
}

/** The regions of the gazetteer as the document layer takes them: every form of one region together, with its level
 * and parent where the built-in places give them. */
function regionEntries(gazetteer: GazetteerEntry[]): RegionEntry[] {
  const byKey = new Map<string, RegionEntry>();
  for (const g of gazetteer) {
    if (g.kind !== 'REGION') continue;
    const place = placeByKey(g.key);
    const entry = byKey.get(g.key) ?? {
      key: g.key,
      name: g.canonical,
      forms: [],
      ...(place?.level ? { level: place.level } : {}),
      ...(place?.parent ? { parent: place.parent } : {}),
    };
    if (!entry.forms.includes(g.form)) entry.forms.push(g.form);
    byKey.set(g.key, entry);
  }
  return [...byKey.values()];
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
  const graphNames = gazetteerFrom(known, gazetteerKinds);
  const byLength = (a: { form: string }, b: { form: string }) => b.form.length - a.form.length;
  // Places are read twice: first with no context, to find the subject; then around the subject, which decides
  // between places of one name (鼓楼区) and lets the short forms of its own counties be read (gazetteer.ts).
  // The title in the script the places are listed in: a traditional title (海寧市人民政府) names its place too.
  const placeText = `${normalise(meta.title).text}\n${n.text}`;
  const regionsNear = (context?: string) =>
    [...placeEntries(placeText, context), ...graphNames].sort(byLength).filter((g) => g.kind === 'REGION');
  // A subject the caller names is found among all places even when the text never names it.
  const given = meta.subject ? findPlace(meta.subject) : undefined;
  const read = (regions: GazetteerEntry[]) =>
    readDocument(
      text,
      meta,
      regionEntries(
        given
          ? [...regions, { key: given.key, kind: 'REGION', form: meta.subject as string, canonical: given.name }]
          : regions,
      ),
    );
  let doc = read(regionsNear());
  // A county's short form (闻喜 for 闻喜县) is read only near its city: with a first subject found (运城市), the
  // places are read again around it and the subject inferred once more.
  if (!meta.subject && doc.subject.value) {
    const again = read(regionsNear(doc.subject.value.key));
    if (again.subject.value) doc = again;
  }
  const period = doc.period.value;
  if (doc.period.confidence < 0.5 && doc.period.warning) warnings.push(doc.period.warning);
  const subjectEntry = doc.subject.value;
  const gazetteer = [...placeEntries(placeText, subjectEntry?.key), ...graphNames].sort(byLength);
  const province = subjectEntry ? provinceOf(subjectEntry.key)?.key : undefined;
  const subject: NameMention | null = subjectEntry
    ? { kind: 'REGION', name: subjectEntry.name, key: subjectEntry.key, start: 0, end: 0 }
    : null;
  if (!subject && doc.subject.warning) warnings.push(doc.subject.warning);

  // One pass over the whole report: what a sentence establishes (a company's short name, what 公司 refers to)
  // holds to the end. Progress comes from inside the pass.
  const extraction = extract(sentences, {
    gazetteer,
    period,
    subject,
    ...(province ? { province } : {}),
    ...(doc.publishedYear ? { publishedYear: doc.publishedYear } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  // Layout and list parsers (src/ingest/layout/): tables, place lists, batch totals, project investments win.
  const amounts = preferLayout(
    extraction,
    readLayout(n, sentences, { gazetteer, period, subject, ...(province ? { provinceKey: province } : {}) }),
    sentences,
  );

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
      // A new place carries its short forms (酉阳县 for 酉阳土家族苗族自治县), as write.ts stores it.
      const aliases = linked.isNew && linked.kind === 'REGION' ? [...(placeByKey(linked.key)?.aliases ?? [])] : [];
      e = {
        key: linked.key,
        kind: linked.kind,
        name: linked.name,
        isNew: linked.isNew,
        aliases,
        mentions: [],
        ...(m.rule ? { rule: m.rule, confidence: ruleSpec(m.rule).confidence } : {}),
      };
      entities.set(linked.key, e);
    }
    if (m.name !== e.name && !e.aliases.includes(m.name)) e.aliases.push(m.name);
    return e;
  };
  for (const m of extraction.names) {
    const e = entity(m);
    if (e) mergeEvidence(e.mentions, evidenceOf(m.sentence));
  }
  for (const a of amounts) {
    const e = entity(a.project);
    if (e?.kind === 'PROJECT' && !e[a.property]) e[a.property] = { ...a.amount, evidence: evidenceOf(a.sentence) };
    if (e) mergeEvidence(e.mentions, evidenceOf(a.sentence));
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
      rule: o.rule,
      ...(o.indicator.rule ? { indicatorRule: o.indicator.rule } : {}),
      confidence: o.confidence,
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
  // "…宜宾，一季度地区生产总值增长6.7%。…宜宾，地区生产总值725.16亿元": the level and the growth of one quantity, told
  // in two sentences, are one fact when each is told once.
  const halves = new Map<string, FactObservation[]>();
  for (const o of observations.values())
    if ((o.value === undefined) !== (o.growthPct === undefined)) {
      const of = JSON.stringify([o.indicator, o.subject, o.period, o.kind]);
      halves.set(of, [...(halves.get(of) ?? []), o]);
    }
  for (const pair of halves.values()) {
    const level = pair.filter((o) => o.value !== undefined);
    const growth = pair.filter((o) => o.growthPct !== undefined);
    if (level.length !== 1 || growth.length !== 1) continue;
    const [l, g] = [level[0] as FactObservation, growth[0] as FactObservation];
    l.growthPct = g.growthPct;
    for (const e of g.evidence) mergeEvidence(l.evidence, e);
    for (const [id, o] of observations) if (o === g) observations.delete(id);
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
      rule: r.rule,
      ...(r.indicator.rule ? { indicatorRule: r.indicator.rule } : {}),
      confidence: r.confidence,
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
    const fact = relations.get(id) ?? { type: r.type, from, to, evidence: [], rule: r.rule, confidence: r.confidence };
    const ev = evidenceOf(r.sentence);
    mergeEvidence(fact.evidence, ev);
    relations.set(id, fact);
    // Both ends are written with the relation, mentioned where it is stated: a place inside a project's name
    // (彭泽县…项目) is no name of its own in the extraction, and without this its LOCATED_IN would have no end.
    for (const end of [r.from, r.to]) {
      const e = entity(end);
      if (e) mergeEvidence(e.mentions, ev);
    }
  }

  // Regions the facts point at (scopes, subjects) must exist too, with a mention where the text names them.
  const knownKeys = new Set(known.map((k) => k.key));
  for (const r of rankings.values()) {
    if (!entities.has(r.scope)) {
      const place = placeByKey(r.scope);
      if (place)
        entities.set(r.scope, {
          key: r.scope,
          kind: 'REGION',
          name: place.name,
          isNew: !knownKeys.has(r.scope),
          aliases: [],
          mentions: [...r.evidence.slice(0, 1)],
        });
    }
  }
  // A new place the division list knows is written with its parent, and the parent's parents up to one the graph
  // holds: the LOCATED_IN edges carry the sentence that brought the place in, so they go when the report goes.
  const ancestors = new Set<string>();
  for (const e of [...entities.values()]) {
    if (e.kind !== 'REGION' || !e.isNew || e.mentions.length === 0) continue;
    const ev = e.mentions[0] as Evidence;
    for (const [child, parent] of placeAncestry(e.key)
      .slice(1)
      .map((p, i, up) => [i === 0 ? e.key : (up[i - 1] as { key: string }).key, p] as const)) {
      const id = `LOCATED_IN|${child}|${parent.key}`;
      const fact = relations.get(id) ?? {
        type: 'LOCATED_IN' as const,
        from: child,
        to: parent.key,
        evidence: [],
        rule: 'places.ancestry',
        confidence: ruleSpec('places.ancestry').confidence,
      };
      mergeEvidence(fact.evidence, ev);
      relations.set(id, fact);
      if (entities.has(parent.key) || knownKeys.has(parent.key)) break;
      entities.set(parent.key, {
        key: parent.key,
        kind: 'REGION',
        name: parent.name,
        isNew: true,
        aliases: [],
        mentions: [],
      });
      ancestors.add(parent.key);
    }
  }
  if (!hasChinese(text)) warnings.push('The text has no Chinese in it: nothing could be extracted.');
  else if (observations.size === 0 && rankings.size === 0)
    warnings.push('No figures or rankings were found in the text.');

  return {
    meta: { ...meta, period, script: n.traditional ? 'TRADITIONAL' : 'SIMPLIFIED' },
    inferred: {
      period: doc.period,
      subject: { ...doc.subject, value: doc.subject.value?.name ?? null },
    },
    text,
    entities: [...entities.values()].filter((e) => e.mentions.length > 0 || ancestors.has(e.key)),
    observations: [...observations.values()],
    rankings: [...rankings.values()],
    relations: [...relations.values()],
    warnings,
  };
}
