// npm run eval:robustness [-- --dir ../shared/corpus/real/dev] [--only breaks,spaces] [--verbose] — the eval:heldout
// scorer over perturbed copies of a development set: each perturbation alone, deterministic (seeded by the report's
// file name), as real pages differ from clean text (script, PDF line breaks, spaces inside words, full-width
// digits, thousands separators, page furniture). The gold files are used unchanged: facts are matched by names
// (normalised: simplified, half-width, without whitespace) and values, never by offsets. Prints P and R per kind
// against the unperturbed run. Never point it at real/check for tuning.
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { knownFromSeed, type Score } from '../ingest/evaluate';
import { evaluateHeldout } from '../ingest/heldout';
import { readSeed } from '../seed/read';

/** A small deterministic generator (mulberry32) seeded from a string. */
function random(seed: string): () => number {
  let h = 1779033703;
  for (const ch of seed) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CJK = /[\u4e00-\u9fff]/;
const TABLE_ROW = /\||\t| {3}/;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Hard line breaks every 30–40 characters inside each long line, as PDF text extraction leaves them. */
function hardBreaks(text: string, rnd: () => number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 40 || TABLE_ROW.test(line)) return line;
      const parts: string[] = [];
      let at = 0;
      while (line.length - at > 40) {
        const width = 30 + Math.floor(rnd() * 11);
        parts.push(line.slice(at, at + width));
        at += width;
      }
      parts.push(line.slice(at));
      return parts.join('\n');
    })
    .join('\n');
}

// A verb and the object or figure that follows it, where page converters often leave a space.
const VERBS = /(达到|实现|完成|提升至|提升|增长|突破|位居|排名|达|为|总投资|投资|签约|开工)(?=[\u4e00-\u9fff\d])/g;

/** A space after some verbs and inside some two-character words (between two Chinese characters). */
function innerSpaces(text: string, rnd: () => number): string {
  const marked = text.replace(VERBS, (verb) => (rnd() < 0.5 ? `${verb} ` : verb));
  let out = '';
  for (let i = 0; i < marked.length; i += 1) {
    const ch = marked[i] as string;
    out += ch;
    if (CJK.test(ch) && CJK.test(marked[i + 1] ?? '') && rnd() < 0.04) out += ' ';
  }
  return out;
}

/** Digits, Latin letters and ASCII punctuation to their full-width forms. */
function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z.%+\-,:;()/]/g, (ch) => String.fromCharCode((ch.codePointAt(0) ?? 0) + 0xfee0));
}

/** 1234.5 → 1,234.5 for numbers of 1000 or more, years (2024年), dates and codes left alone. */
function thousands(text: string): string {
  return text.replace(/(?<![\d.,/:\-A-Za-z])(\d{4,})(?=(\.\d+)?(?![\d年/\-:A-Za-z]))/g, (digits) =>
    digits.replace(/\B(?=(\d{3})+$)/g, ','),
  );
}

const FURNITURE = [
  '第3版',
  '责任编辑：王小明',
  '2024年5月6日 星期一',
  'http://www.example.gov.cn/art/2024/5/6/art_1234_5678.html',
  '— 4 —',
  '【打印本页】【关闭窗口】',
  '来源：市统计局 发布时间：2023-04-28 浏览次数：1024',
];

/** Page furniture lines injected between paragraphs (after a line ending a sentence), one every few paragraphs. */
function furniture(text: string, rnd: () => number): string {
  let k = 0;
  return text
    .split('\n')
    .map((line) => {
      if (!/[。；！？]$/.test(line.trim()) || rnd() > 0.35) return line;
      const extra = FURNITURE[k % FURNITURE.length] as string;
      k += 1;
      return `${line}\n${extra}`;
    })
    .join('\n');
}

type Perturb = (text: string, stem: string, part: 'title' | 'text') => string;
const seeded =
  (f: (text: string, rnd: () => number) => string): Perturb =>
  (text, stem, part) =>
    part === 'title' ? text : f(text, random(stem));

export const PERTURBATIONS: Record<string, Perturb> = {
  traditional: (text) => toTraditional(text),
  breaks: seeded(hardBreaks),
  spaces: seeded(innerSpaces),
  fullwidth: (text, _stem, part) => (part === 'title' ? text : fullWidth(text)),
  thousands: (text, _stem, part) => (part === 'title' ? text : thousands(text)),
  furniture: seeded(furniture),
};
// All of them at once, as a real page combines them (furniture before the breaks, so the breaks wrap it too).
PERTURBATIONS.combined = (text, stem, part) =>
  ['traditional', 'furniture', 'thousands', 'spaces', 'fullwidth', 'breaks'].reduce(
    (t, name) => (PERTURBATIONS[name] as Perturb)(t, stem, part),
    text,
  );

if (process.argv[1]?.endsWith('eval-robustness.ts')) {
  const dirAt = process.argv.indexOf('--dir');
  const dir = resolve(dirAt >= 0 ? (process.argv[dirAt + 1] as string) : '../shared/corpus/real/dev');
  if (/real\/check/.test(dir)) throw new Error('eval:robustness is for tuning sets; real/check is never tuned on');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : Object.keys(PERTURBATIONS);
  const verbose = process.argv.includes('--verbose');
  const known = knownFromSeed(readSeed());
  const pct = (x: number) => (x * 100).toFixed(1);
  const base = evaluateHeldout(known, dir).scores;
  const kinds = base.map((s) => s.kind);
  const cell = (s: Score | undefined, b: Score | undefined, k: 'precision' | 'recall') => {
    if (!s || !b) return '-';
    const d = (s[k] - b[k]) * 100;
    return `${pct(s[k])}${Math.abs(d) < 0.05 ? '' : ` (${d > 0 ? '+' : ''}${d.toFixed(1)})`}`;
  };
  console.log(`| perturbation | ${kinds.map((k) => `${k} P | ${k} R`).join(' | ')} |`);
  console.log(`|---|${kinds.map(() => '---:|---:').join('|')}|`);
  console.log(`| none | ${base.map((s) => `${pct(s.precision)} | ${pct(s.recall)}`).join(' | ')} |`);
  for (const name of only) {
    const perturb = PERTURBATIONS[name];
    if (!perturb) throw new Error(`unknown perturbation ${name}; known: ${Object.keys(PERTURBATIONS).join(', ')}`);
    const run = evaluateHeldout(known, dir, { perturb });
    const row = kinds.map((k) => {
      const s = run.scores.find((x) => x.kind === k);
      const b = base.find((x) => x.kind === k);
      return `${cell(s, b, 'precision')} | ${cell(s, b, 'recall')}`;
    });
    console.log(`| ${name} | ${row.join(' | ')} |`);
    if (verbose) for (const m of run.misses) console.log(`  ${name}: ${m}`);
  }
}
