import { createHash } from 'node:crypto';
import { keyOf } from '../domain/keys';
import type { EntityKind } from '../domain/kinds';
import { normalizeName } from '../text/chinese';
import { companyHead } from '../text/company-name';
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

export function newKey(kind: EntityKind, name: string): string {
  return keyOf(kind, `ingested-${createHash('sha1').update(normalizeName(name)).digest('hex').slice(0, 10)}`);
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
  // text gives it before or after, is that company; so is "某某集团" when the full name holds its head ("湖北某某再生
  // 资源集团有限公司").
  const companies = [...new Set(links.values())].filter((e) => e.kind === 'COMPANY' && e.isNew);
  for (const short of companies) {
    if (/公司$/.test(short.name) || companyHead(short.name).length < 2) continue;
    const inside = (f: LinkedEntity) =>
      f.name.includes(short.name) || (/集团$/.test(short.name) && f.name.includes(companyHead(short.name)));
    const full = companies.find(
      (f) => f !== short && /(?:公司|集团)$/.test(f.name) && inside(f) && f.name !== short.name,
    );
    if (!full) continue;
    for (const [m, l] of links) if (l === short) links.set(m, full);
    for (const form of short.forms) full.forms.add(form);
    linker.entities.delete(short.key);
  }
  // "G346国道军店至窑淮一级路开工" … "分现场分别是…、军店至窑淮一级路": a new project named again by a part of its name
  // (six characters or more, a first phase "(一期)" aside) is that project.
  const projects = [...new Set(links.values())].filter((e) => e.kind === 'PROJECT' && e.isNew);
  for (const part of projects) {
    const core = part.name.replace(/[（(]一期[）)]$/, '');
    if (core.length < 6) continue;
    const whole = projects.find((f) => f !== part && f.name.length > core.length && f.name.includes(core));
    if (!whole || !linker.entities.has(whole.key)) continue;
    for (const [m, l] of links) if (l === part) links.set(m, whole);
    for (const form of part.forms) whole.forms.add(form);
    linker.entities.delete(part.key);
  }
  return links;
}
