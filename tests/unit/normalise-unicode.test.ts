import fc from 'fast-check';
import type { KnownEntity } from '../../src/ingest/link';
import { normalise, originalSpan } from '../../src/ingest/normalise';
import { type Evidence, runPipeline } from '../../src/ingest/pipeline';

// Evidence is exact in UTF-16 whatever the text holds: astral characters (😀 🎉 𠀀), combining marks, mixed
// scripts, full-width forms and PDF line breaks. Every quote the pipeline produces is the original text at its
// offset, and never half of a surrogate pair (issue 11, item 6).

const KNOWN: KnownEntity[] = [
  { key: 'indicator/gdp', kind: 'INDICATOR', name: '地区生产总值', names: ['地区生产总值', 'gdp'] },
  { key: 'indicator/retail-sales', kind: 'INDICATOR', name: '社会消费品零售总额', names: ['社会消费品零售总额'] },
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `at` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

function allEvidence(r: ReturnType<typeof runPipeline>): { evidence: Evidence; figure?: number }[] {
  return [
    ...r.observations.flatMap((o) =>
      o.evidence.map((evidence) => ({ evidence, ...(o.growthPct !== undefined ? { figure: o.growthPct } : {}) })),
    ),
    ...r.rankings.flatMap((x) => x.evidence.map((evidence) => ({ evidence, figure: x.rank }))),
    ...r.relations.flatMap((x) => x.evidence.map((evidence) => ({ evidence }))),
    ...r.entities.flatMap((e) => e.mentions.map((evidence) => ({ evidence }))),
  ];
}

function checkEvidence(text: string, r: ReturnType<typeof runPipeline>): number {
  const all = allEvidence(r);
  for (const { evidence, figure } of all) {
    const { quote, offset } = evidence;
    expect(quote.length).toBeGreaterThan(0);
    expect(text.slice(offset, offset + quote.length)).toBe(quote);
    expect(LONE_SURROGATE.test(quote)).toBe(false);
    expect(splitsPair(text, offset)).toBe(false);
    expect(splitsPair(text, offset + quote.length)).toBe(false);
    // The quote holds the figure it is evidence of (read in half-width digits).
    if (figure !== undefined) expect(quote.normalize('NFKC').replace(/\s/g, '')).toContain(String(figure));
  }
  return all.length;
}

const run = (text: string) =>
  runPipeline(text, { key: 'report/test', title: 't', period: '2024-H1', subject: '郑州市' }, KNOWN);

describe('unicode-exact evidence', () => {
  it('keeps quotes whole after astral characters in simplified text (a lone surrogate before)', () => {
    const text = '😀🎉𠀀上半年，全市地区生产总值同比增长5.1%、居全省第3位。';
    const r = run(text);
    expect(r.observations.map((o) => o.growthPct)).toEqual([5.1]);
    expect(r.observations[0]?.evidence[0]?.quote).toBe(text);
    expect(checkEvidence(text, r)).toBeGreaterThan(2);
  });

  it('maps traditional script, full-width digits and a broken line after astral characters', () => {
    const text = '𠀀𪚥 🎉 簡報\n上半年，全市地區生產總值同比增\n長５.１%，居全省第３位。社會消費品零售總額增長7.2%。😀';
    const r = run(text);
    expect(r.meta.script).toBe('TRADITIONAL');
    expect(r.observations.map((o) => o.growthPct).sort()).toEqual([5.1, 7.2]);
    const gdp = r.observations.find((o) => o.indicator === 'indicator/gdp');
    expect(gdp?.evidence[0]?.quote).toContain('增\n長５.１%');
    checkEvidence(text, r);
  });

  it('gives a span that ends on an astral character both of its halves', () => {
    const original = '全市𠀀发展';
    const n = normalise(original);
    const at = n.text.indexOf('𠀀');
    expect(originalSpan(n, 0, at + 2)).toEqual({ quote: '全市𠀀', offset: 0 });
    expect(originalSpan(n, at, n.text.length)).toEqual({ quote: '𠀀发展', offset: 2 });
  });

  it('maps every normalised character to the start of a whole character of the original', () => {
    const original = '經濟😀發展\u0301𠀀臺灣ＡＢＣ１２３ 增\n長';
    const n = normalise(original);
    expect(n.origin).toHaveLength(n.text.length);
    for (const o of n.origin) expect(splitsPair(original, o)).toBe(false);
  });

  const noise = fc.constantFrom(
    '😀',
    '🎉',
    '𠀀',
    '𪚥',
    '🇨🇳',
    '👨‍👩‍👧',
    'e\u0301',
    'a\u0308\u0323',
    '\u0301',
    'Ж',
    'économie',
    'GDP',
    '經濟發展',
    '台灣',
    '发展',
    'ＡＢＣ',
    '１２.５',
    '　',
    ' ',
    '\n',
    '\n\n',
    '，',
    '。',
    '“',
    '”',
    '*',
    '·',
  );
  const fact = fc.constantFrom(
    '上半年，全市地区生产总值同比增长5.1%、居全省第3位。',
    '上半年，全市地區生產總值同比增長5.1%，居全省第3位。',
    '全市社会消费品零售总额增长７.２%。',
    '社會消費品零售總額增\n長7.2%。',
    '恒达科技年产5万吨新型材料项目建成投产。',
    '郑州市地区生产总值增长4.8%，居全省第5位。',
  );
  const report = fc.array(fc.oneof(noise, fact, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 30 });

  it('holds for generated texts: every quote is the original at its offset, whole characters only', () => {
    fc.assert(
      fc.property(report, (parts) => {
        const text = parts.join('');
        if (text.trim() === '') return;
        checkEvidence(text, run(text));
      }),
      { numRuns: 300 },
    );
  });
});
