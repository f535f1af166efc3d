import type { Inference } from './period';

// The region a report speaks as (the one 我市/全市/全县/我省 stand for), from the places it is given: a region
// the title names wins (the narrowest, when it names a place and its parent); else the region of the level the
// report speaks at (全县 → a county) named most often in the body, a mention right before a period or an
// indicator ("宜宾一季度地区生产总值…") counting extra; a report that speaks as a province (我省, 全省 heading its
// clauses more often than 全市/全县) is about the province it names, or the one its places belong to.

export interface RegionEntry {
  key: string;
  /** The official name (成都市). */
  name: string;
  /** Every form the text may use, simplified (成都市, 成都). */
  forms: string[];
  level?: string;
  /** The key of the region it belongs to. */
  parent?: string;
}

type Speaks = 'PROVINCE' | 'CITY' | 'COUNTY' | 'DISTRICT';

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Which level the report speaks at: the self-reference (全市, 我县, 本区, 我省) used most. */
function speaksAs(body: string): { level: Speaks | undefined; counts: Record<Speaks, number> } {
  // 全省 counts as self-reference only at the head of a clause ("全省地区生产总值…"), not as a ranking's scope
  // ("居全省第3位", "高于全省1.2个百分点").
  const counts: Record<Speaks, number> = {
    PROVINCE: count(body, /[我本]省|(?<=^|[。，,；;：:\n])全省(?![第前平排同各])/g),
    CITY: count(body, /[全我本]市/g),
    COUNTY: count(body, /[全我本]县/g),
    DISTRICT: count(body, /[我本]区|(?<=^|[。，,；;：:\n])全区/g),
  };
  const ranked = (Object.entries(counts) as [Speaks, number][]).sort((a, b) => b[1] - a[1]);
  const [top, next] = [ranked[0] as [Speaks, number], ranked[1] as [Speaks, number]];
  return { level: top[1] > 0 && top[1] > next[1] ? top[0] : undefined, counts };
}

const LEVEL_OF: Record<string, Speaks> = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  PREFECTURE: 'CITY',
  COUNTY: 'COUNTY',
  DISTRICT: 'DISTRICT',
};

/** The level a region is at: its entry's, else its name's suffix. */
function levelOf(r: RegionEntry): Speaks | undefined {
  if (r.level && LEVEL_OF[r.level]) return LEVEL_OF[r.level];
  if (/(?:省|自治区)$/.test(r.name)) return 'PROVINCE';
  if (/(?:县|旗)$/.test(r.name)) return 'COUNTY';
  if (/区$/.test(r.name)) return 'DISTRICT';
  if (/(?:市|州|盟)$/.test(r.name)) return 'CITY';
  return undefined;
}

/** Whether a region fits the level a report speaks at; a county-level city (海宁市) says 全市 of itself. */
function fits(r: RegionEntry, speaks: Speaks): boolean {
  const level = levelOf(r);
  if (speaks === 'CITY') return level === 'CITY' || (level === 'COUNTY' && /市$/.test(r.name));
  return level === speaks;
}

/** Mentions of a region under any of its forms, longest first, so 郑州 inside 郑州市 counts once. */
function mentions(text: string, forms: string[]): { count: number; lead: number } {
  let rest = text;
  let n = 0;
  let lead = 0;
  // 全省, 我国: self-references are not names of a place.
  for (const f of [...forms].filter((x) => x.length >= 2 && !/^[全我本]/.test(x)).sort((a, b) => b.length - a.length)) {
    const parts = rest.split(f);
    n += parts.length - 1;
    // "宜宾一季度地区生产总值", "房县地区生产总值": a place heading a period or an indicator is what the figures are of.
    for (const after of parts.slice(1))
      if (
        /^(?:20\d{2}年)?(?:上半年|一季度|前三季度|全年|今年)?(?:地区生产总值|生产总值|GDP|经济|规上|规模以上|工业|固定资产)/.test(
          after,
        )
      )
        lead += 1;
    rest = parts.join('\u0000');
  }
  return { count: n, lead };
}

export interface SubjectEvidence {
  /** The title as given and the text's own title lines, cleaned (simplified, no pinyin). */
  titles: string[];
  /** The body, cleaned. */
  body: string;
  regions: RegionEntry[];
}

/** Infers the report's subject region; undefined value when no region it is given fits. */
export function inferSubject(ev: SubjectEvidence): Inference<RegionEntry | undefined> {
  const title = ev.titles.join('　');
  const { level, counts } = speaksAs(ev.body);
  const byKey = new Map(ev.regions.map((r) => [r.key, r]));
  const scored = ev.regions
    .filter((r) => r.key !== 'region/china')
    .map((r) => {
      const m = mentions(ev.body, r.forms);
      return { r, inTitle: mentions(title, r.forms).count > 0, body: m.count, score: m.count + 2 * m.lead };
    })
    .filter((s) => s.inTitle || s.body > 0);
  const ancestors = (r: RegionEntry) => {
    const out = new Set<string>();
    for (let p = r.parent; p && !out.has(p); p = byKey.get(p)?.parent) out.add(p);
    return out;
  };
  const best = (list: typeof scored) => [...list].sort((a, b) => b.score - a.score)[0];

  if (level === 'PROVINCE') {
    const named = best(scored.filter((s) => levelOf(s.r) === 'PROVINCE' && (s.inTitle || s.body > 0)));
    // No province named: the one the places it names belong to.
    const parent = named
      ? undefined
      : [...new Set(scored.flatMap((s) => [...ancestors(s.r)]))]
          .map((k) => byKey.get(k))
          .find((p) => p && levelOf(p) === 'PROVINCE');
    const province = named?.r ?? parent;
    if (province)
      return {
        value: province,
        confidence: named?.inTitle ? 0.85 : 0.6,
        reason: `the report speaks as a province (我省/全省 ${counts.PROVINCE}×) ${named ? `and names ${province.name}` : `and its places lie in ${province.name}`}`,
        warning: `The subject ${province.name} was inferred: the report speaks as a province. Pass the subject if it is wrong.`,
      };
  }

  // The title names what a report is about; of a place and its parent, the narrower one.
  const titled = scored.filter((s) => s.inTitle && levelOf(s.r) !== 'PROVINCE');
  const narrow = titled.filter((s) => !titled.some((o) => o !== s && ancestors(o.r).has(s.r.key)));
  const fromTitle = (level ? best(narrow.filter((s) => fits(s.r, level))) : undefined) ?? best(narrow);
  if (fromTitle)
    return {
      value: fromTitle.r,
      confidence: 0.9,
      reason: `the title names ${fromTitle.r.name}`,
      warning: `The subject ${fromTitle.r.name} was inferred from the title. Pass the subject if it is wrong.`,
    };

  const candidates = scored.filter((s) => levelOf(s.r) !== 'PROVINCE');
  const atLevel = level && level !== 'PROVINCE' ? candidates.filter((s) => fits(s.r, level)) : [];
  const fromBody = best(atLevel) ?? best(candidates);
  if (fromBody) {
    const leveled = atLevel.includes(fromBody);
    return {
      value: fromBody.r,
      confidence: leveled ? 0.7 : 0.5,
      reason: `the body names ${fromBody.r.name} ${fromBody.body}×${leveled ? ` and speaks at its level (${level})` : ''}`,
      warning: `The subject ${fromBody.r.name} was inferred from the body${leveled ? '' : ' alone'}. Pass the subject if it is wrong.`,
    };
  }
  return {
    value: undefined,
    confidence: 0,
    reason: 'no region the gazetteer knows is named in the title or the body',
    warning: 'No subject region found: 我市/全市 figures were left without a subject. Pass the subject.',
  };
}
