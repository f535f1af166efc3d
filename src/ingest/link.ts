import { createHash } from 'node:crypto';
import type { EntityKind } from '../seed/schema';
import { normalizeName } from '../text/chinese';
import type { Extraction, NameMention } from './extract/types';
import type { GazetteerEntry } from './gazetteer';

// Stage 4: names found in the text → entities the graph already knows (by name, alias, traditional form,
// or a longer/shorter form of one), or new entities with the name the text used.

export interface KnownEntity {
  key: string;
  kind: EntityKind;
  name: string;
  /** Normalised forms of every name (see normalizeName). */
  names: string[];
}

export interface LinkedEntity {
  key: string;
  kind: EntityKind;
  name: string;
  isNew: boolean;
  /** The forms the text used, for aliases of a new entity. */
  forms: Set<string>;
}

const PREFIX: Record<EntityKind, string> = {
  REGION: 'region',
  COMPANY: 'company',
  INSTITUTION: 'institution',
  PROJECT: 'project',
  INDUSTRIAL_CHAIN: 'chain',
  POLICY: 'policy',
  INDICATOR: 'indicator',
};

export function newKey(kind: EntityKind, name: string): string {
  return `${PREFIX[kind]}/ingested-${createHash('sha1').update(normalizeName(name)).digest('hex').slice(0, 10)}`;
}

/** Words any company name may end in: its trade, its legal form. What comes before them tells companies apart. */
const COMPANY_GENERIC = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '股份',
  '控股',
  '科技',
  '新材料',
  '材料',
  '新能源',
  '能源',
  '电气',
  '电子',
  '实业',
  '发展',
  '工业',
  '制造',
  '技术',
  '生物',
  '化工',
  '医药',
  '食品',
  '机械',
  '装备',
  '智能',
  '数字',
  '信息',
  '网络',
  '汽车',
  '环保',
  '建设',
  '投资',
  '贸易',
  '物流',
  '产业',
  '商贸',
  '开发',
];
/**
 * The distinctive head of a company name: "新乡星途新材料有限公司" → "新乡星途", "多氟多新材料股份有限公司" → "多氟多".
 * As name.replace(/(?:股份有限公司|…|开发)+$/, ''), in linear time (the regex backtracks exponentially: its words
 * overlap): the name before the first position from which the rest is made of those words only.
 */
export function companyHead(name: string): string {
  const generic: boolean[] = new Array(name.length + 1).fill(false);
  generic[name.length] = true;
  for (let i = name.length - 1; i >= 0; i -= 1)
    generic[i] = COMPANY_GENERIC.some((w) => name.startsWith(w, i) && generic[i + w.length]);
  for (let s = 0; s < name.length; s += 1) if (generic[s]) return name.slice(0, s);
  return name;
}

/**
 * Whether two company names (one containing the other) share their distinctive head: "多氟多" and
 * "多氟多新材料股份有限公司" do, "新乡星途新材料有限公司" and "焦作安彩新材料有限公司" share only a generic tail.
 */
function sameCompanyHead(a: string, b: string): boolean {
  const [x, y] = [companyHead(a), companyHead(b)];
  if (x.length < 2 || y.length < 2) return false;
  return x.includes(y) || y.includes(x);
}

export function gazetteerFrom(known: KnownEntity[], kinds: EntityKind[]): GazetteerEntry[] {
  return known
    .filter((e) => kinds.includes(e.kind))
    .flatMap((e) =>
      e.names.filter((n) => n.length >= 2).map((form) => ({ key: e.key, kind: e.kind, form, canonical: e.name })),
    )
    .sort((a, b) => b.form.length - a.form.length);
}

export class Linker {
  private readonly byName = new Map<string, KnownEntity[]>();
  readonly entities = new Map<string, LinkedEntity>();

  constructor(private readonly known: KnownEntity[]) {
    for (const e of known)
      for (const n of e.names) this.byName.set(`${e.kind}:${n}`, [...(this.byName.get(`${e.kind}:${n}`) ?? []), e]);
  }

  /** The entity a mention stands for; creates a new one when nothing known matches. */
  link(mention: NameMention): LinkedEntity {
    const form = normalizeName(mention.name);
    let match: KnownEntity | undefined;
    if (mention.key) match = this.known.find((e) => e.key === mention.key);
    match ??= this.byName.get(`${mention.kind}:${form}`)?.[0];
    // A longer or shorter form of a known name: "中福钛锆产业园（一期）" / "中福钛锆产业园". Not for an indicator
    // the text named on its own (no gazetteer key): "重大项目" is not "谋划重大项目", "营业收入占…比重" not
    // "营业收入"; such a name links only when it is a known name exactly.
    if (mention.kind !== 'INDICATOR')
      match ??= this.known.find(
        (e) =>
          e.kind === mention.kind &&
          e.names.some(
            (n) =>
              n.length >= 4 &&
              (form.includes(n) || (form.length >= 4 && n.includes(form))) &&
              (mention.kind !== 'COMPANY' || sameCompanyHead(form, n)),
          ),
      );
    // "多氟多新材料有限公司" / "多氟多新材料股份有限公司": a company whose distinctive head is a known one's.
    if (mention.kind === 'COMPANY' && companyHead(form).length >= 3)
      match ??= this.known.find(
        (e) =>
          e.kind === 'COMPANY' && e.names.some((n) => n !== companyHead(n) && companyHead(n) === companyHead(form)),
      );
    // A gazetteer place the graph does not hold yet keeps its well-known key (region/zhengzhou).
    const key = match?.key ?? mention.key ?? newKey(mention.kind, mention.name);
    let linked = this.entities.get(key);
    if (!linked) {
      linked = { key, kind: mention.kind, name: match?.name ?? mention.name, isNew: !match, forms: new Set() };
      this.entities.set(key, linked);
    }
    linked.forms.add(mention.name);
    return linked;
  }
}

/** Links every name of an extraction; returns the key of each mention by object identity. */
export function linkAll(extraction: Extraction, linker: Linker): Map<NameMention, LinkedEntity> {
  const links = new Map<NameMention, LinkedEntity>();
  const visit = (m: NameMention | null) => {
    if (m && !links.has(m)) links.set(m, linker.link(m));
  };
  for (const n of extraction.names) visit(n);
  for (const o of extraction.observations) {
    visit(o.indicator);
    visit(o.subject);
  }
  for (const r of extraction.rankings) {
    visit(r.indicator);
    visit(r.subject);
  }
  for (const r of extraction.relations) {
    visit(r.from);
    visit(r.to);
  }
  // "豫丰食品年产…项目" … "河南固始豫丰食品集团有限公司": a short name of a new company, inside the full name the
  // text gives it before or after, is that company.
  const companies = [...new Set(links.values())].filter((e) => e.kind === 'COMPANY' && e.isNew);
  for (const short of companies) {
    if (/公司$/.test(short.name) || companyHead(short.name).length < 2) continue;
    const full = companies.find(
      (f) => f !== short && /(?:公司|集团)$/.test(f.name) && f.name.includes(short.name) && f.name !== short.name,
    );
    if (!full) continue;
    for (const [m, l] of links) if (l === short) links.set(m, full);
    for (const form of short.forms) full.forms.add(form);
    linker.entities.delete(short.key);
  }
  return links;
}
