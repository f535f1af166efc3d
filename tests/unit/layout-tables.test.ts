import { readTables } from '../../src/ingest/layout/tables';
import { normalise, originalSpan } from '../../src/ingest/normalise';

// Tables as statistical bulletins print them: the pipe table of the 蚌埠 bulletin (traditional script, pinyin
// readings and lost-space marks kept), tab-separated and space-aligned rows.

const SUBJECT = { kind: 'REGION' as const, name: '蚌埠市', key: 'region/bengbu', start: 0, end: 0 };
const read = (text: string, period = '2024') => {
  const n = normalise(text);
  return {
    n,
    rows: readTables(n, { gazetteer: [], period, subject: SUBJECT }),
  };
};

describe('tables', () => {
  it('reads a pipe table: indicator from the row head, unit from the header, growth from the % column', () => {
    const text = `?
2024年全市地區(qū)生產(chǎn)總值和增長(zhǎng)速度
| 指????標(biāo) | 絕對(duì)數(shù)(億元) | 比上年增長(zhǎng)% |
| 地區(qū)生產(chǎn)總值 | 2313.0 | 5.2 |
| 其中:第一產(chǎn)業(yè) | 287.0 | 2.2 |
| 工業(yè) | 526.3 | 6.8 |`;
    const { n, rows } = read(text);
    expect(rows.map((o) => `${o.indicator.name} ${o.value?.value}${o.value?.unit} ${o.growthPct} ${o.period}`)).toEqual(
      ['地区生产总值 2313亿元 5.2 2024', '第一产业增加值 287亿元 2.2 2024', '工业增加值 526.3亿元 6.8 2024'],
    );
    // Evidence is the row as printed.
    const row = rows[2];
    expect(originalSpan(n, row?.sentence.start ?? 0, row?.sentence.end ?? 0).quote).toBe('| 工業(yè) | 526.3 | 6.8 |');
    expect(rows.every((o) => o.rule === 'table.row' && o.subject?.key === 'region/bengbu')).toBe(true);
  });

  it('reads full-width figures, thousands separators and a caption with readings in full-width brackets', () => {
    const text = `２０２３年全市地區（ｑū）生產總值
| 指標 | 絕對數（億元） | 比上年增長％ |
| 地區生產總值 | 1,２０４．６ | ４．８ |
| 其中：第三產業 | 6,512.3 | 5.1 |`;
    expect(
      read(text, '2023').rows.map((o) => `${o.indicator.name} ${o.value?.value}${o.value?.unit} ${o.growthPct}`),
    ).toEqual(['地区生产总值 1204.6亿元 4.8', '第三产业增加值 6512.3亿元 5.1']);
  });

  it('reads tab-separated and space-aligned rows, and the caption year', () => {
    const tabbed = '2023年主要农产品产量\n指标\t产量(万吨)\t增长%\n粮食\t34.3\t1.2\n油料\t2.66\t-6.5';
    expect(
      read(tabbed, '2024').rows.map((o) => `${o.indicator.name} ${o.value?.text} ${o.growthPct} ${o.period}`),
    ).toEqual(['粮食 34.3万吨 1.2 2023', '油料 2.66万吨 -6.5 2023']);
    const aligned = '指标      绝对数(亿元)    增长%\n税收收入    23.3    -10.5\n财政总支出    42.9    1.5';
    expect(read(aligned).rows.map((o) => `${o.indicator.name} ${o.value?.value} ${o.growthPct}`)).toEqual([
      '税收收入 23.3 -10.5',
      '财政总支出 42.9 1.5',
    ]);
  });

  it('reads nothing from prose or a page-metadata table without figures', () => {
    expect(read('| 发布时间 | 2023-07-31 |\n| 来源 | 统计局 |\n全市生产总值215.3亿元。').rows).toEqual([]);
  });
});
