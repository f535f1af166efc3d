import fc from 'fast-check';
import { extract } from '../../../src/ingest/extract';
import type { GazetteerEntry } from '../../../src/ingest/gazetteer';
import { placeEntries } from '../../../src/ingest/gazetteer';
import { normalise } from '../../../src/ingest/normalise';
import { segment } from '../../../src/ingest/segment';

// Extraction time grows linearly with the text, whatever the text: text built from the characters the rules turn on
// (和 and 、 of lists, 等, place suffixes, digits, units, 分别, ranks…), with few full stops so sentences run long, is
// read at 16 KB in no more time per KB than at 1 KB (within a margin for a busy machine), and 1 KB takes well under
// a second. Before the fixes of scan.ts, 60 characters of 和区 took minutes and a 30,000-character 、 list 9 s.

const TOKENS =
  '和 区 、 等 市 县 镇 0 1 9 . % 亿元 个 家 分别 增长 同比 项目 产业园 居全省 第 位 数 数量 及 均 （ ） ( “ ” 预计 有限公司 集团 ， ： 年 月 的 由 增至 位于 建设 新区 三大 产业 增加值 比重 占 。'.split(
    ' ',
  );
const INDICATORS: GazetteerEntry[] = [
  { key: 'indicator/gdp', kind: 'INDICATOR', form: '地区生产总值', canonical: '地区生产总值' },
  { key: 'indicator/iva', kind: 'INDICATOR', form: '工业增加值', canonical: '工业增加值' },
  { key: 'indicator/projects', kind: 'INDICATOR', form: '项目数', canonical: '项目数' },
];
const GAZETTEER = [...placeEntries('郑州市、开封市、焦作市、洛阳市和河南省'), ...INDICATORS].sort(
  (a, b) => b.form.length - a.form.length,
);

/** The text `unit` repeated to `kb` KB. */
const sized = (unit: string, kb: number) => unit.repeat(Math.ceil((kb * 1024) / unit.length)).slice(0, kb * 1024);

/** The least time of `runs` extractions of `text`, in ms. */
function time(text: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    extract(segment(normalise(text)), { gazetteer: GAZETTEER, period: '2024', subject: null });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('extraction time', () => {
  it('is linear in the length of any text made of the characters the rules turn on', () => {
    time(sized('全市地区生产总值增长5.1%。', 1), 2);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 8, maxLength: 120 }), (tokens) => {
        const unit = tokens.join('');
        const small = time(sized(unit, 1), 3);
        const large = time(sized(unit, 16), 1);
        expect(small).toBeLessThan(1000);
        // 16 times the text in at most 16 times the time, with a factor 3 and 150 ms for noise on a busy machine.
        expect(large).toBeLessThan(16 * small * 3 + 150);
      }),
      { numRuns: 12 },
    );
  });

  it('reads the crafted inputs of issue 11 in linear time (60 characters of 和区, a 30,000-character list)', () => {
    const hequ = time('和区'.repeat(30), 1);
    const list = Array.from({ length: 6000 }, (_, i) => `项目${String.fromCharCode(0x4e00 + (i % 500))}甲`).join('、');
    const long = time(`${list.slice(0, 30000)}等一批重点项目。`, 1);
    const short = time(`${list.slice(0, 3000)}等一批重点项目。`, 1);
    expect(hequ).toBeLessThan(500);
    expect(long).toBeLessThan(10 * short * 3 + 300);
  });
});
