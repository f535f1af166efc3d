import { normalise, originalSpan } from '../../src/ingest/normalise';

describe('normalise', () => {
  it('repairs PDF line breaks inside words and numbers and keeps a map to the original', () => {
    const original = '上半年，全市地区生产总值同比增\n长 6.3%、居全省第 6位，规上工业增加值增长较快的态势持续。';
    const n = normalise(original);
    expect(n.text).toContain('同比增长6.3%、居全省第6位');
    const at = n.text.indexOf('增长6.3%');
    const span = originalSpan(n, at, at + '增长6.3%'.length);
    expect(span.quote).toBe('增\n长 6.3%');
    expect(original.slice(span.offset, span.offset + span.quote.length)).toBe(span.quote);
  });

  it('restores the lost "+" of quoted names and converts traditional script with offsets intact', () => {
    expect(normalise('全市“3 13 N”产业链群和“部门 智库”模式。').text).toContain('“3+13+N”产业链群和“部门+智库”模式');
    const trad = '全市進出口實現114.8億元，同比增長6.8%。這是上半年經濟運行向上向好的真實寫照，各項指標穩中有進。';
    const n = normalise(trad);
    expect(n.traditional).toBe(true);
    const at = n.text.indexOf('进出口');
    expect(originalSpan(n, at, at + 3).quote).toBe('進出口');
  });

  it('reads a report of megabytes: grouped digits and readings far apart keep their offsets (no call-stack overflow)', () => {
    // Copying the offset map with push(...slice) overflowed the stack on stretches of a few hundred thousand
    // characters, so a 2 MB ingest failed with "Maximum call stack size exceeded".
    const filler = '全市经济运行总体平稳。'.repeat(40_000);
    const original = `${filler}全年實現(xiàn)收入12,345.6億元。${filler}年末人口1,234,567人。`;
    const n = normalise(original);
    const income = n.text.indexOf('实现收入12345.6亿元');
    const people = n.text.indexOf('年末人口1234567人');
    expect(income).toBe(filler.length + '全年'.length);
    expect(people).toBeGreaterThan(income + filler.length);
    expect(n.origin).toHaveLength(n.text.length);
    const span = originalSpan(n, people, people + '年末人口1234567人'.length);
    expect(span.quote).toBe('年末人口1,234,567人');
    expect(original.slice(span.offset, span.offset + span.quote.length)).toBe(span.quote);
  });

  it('drops pinyin readings glued after characters, keeps (GDP), and quotes the original with its readings', () => {
    const original = '全年全市地區(qū)生產(chǎn)總值(GDP)2106億元,比上年增長(zhǎng)4.8%。';
    const n = normalise(original);
    expect(n.text).toBe('全年全市地区生产总值(GDP)2106亿元,比上年增长4.8%。');
    const at = n.text.indexOf('生产总值');
    const span = originalSpan(n, at, at + 4);
    expect(span.quote).toBe('生產(chǎn)總值');
    expect(original.slice(span.offset, span.offset + span.quote.length)).toBe(span.quote);
    expect(normalise('人工智能(ai)产业增长(5.1%)。').text).toBe('人工智能(ai)产业增长(5.1%)。');
  });
});

describe('PDF line breaks', () => {
  it('joins a line ending in a bracket opened inside the sentence, keeps one after a sentence end', () => {
    expect(normalise('截至目前,全市累计培育产值超五十亿元企业(集团)\n4家、上市企业9家。').text).toBe(
      '截至目前,全市累计培育产值超五十亿元企业(集团)4家、上市企业9家。',
    );
    expect(normalise('全年进出口总额增长6.5%,其中出口增长8.8%。(来源:某某日报)\n下一段从这里开始。').text).toBe(
      '全年进出口总额增长6.5%,其中出口增长8.8%。(来源:某某日报)\n下一段从这里开始。',
    );
  });

  it('drops a pinyin reading a line break cut in two', () => {
    expect(normalise('一季度全市經濟運行穩中有進,新開工重大項(xi\nàng)目42個,總投資達到156億元。').text).toBe(
      '一季度全市经济运行稳中有进,新开工重大项目42个,总投资达到156亿元。',
    );
  });
});

describe('thousands separators', () => {
  it('reads grouped digits whole and quotes them as printed; clause commas, years and short groups stay', () => {
    const original = '全年财政收入1,234.5亿元,增长6%,居民存款12,345,678万元。2022,2023年,分别为1,23和5,5000。';
    const n = normalise(original);
    expect(n.text).toBe('全年财政收入1234.5亿元,增长6%,居民存款12345678万元。2022,2023年,分别为1,23和5,5000。');
    expect(normalise('财政收入２，８７０．５亿元，排名第3，100亿元以上项目12个，存款1，234，567万元。').text).toBe(
      '财政收入2870.5亿元，排名第3，100亿元以上项目12个，存款1234567万元。',
    );
    const at = n.text.indexOf('1234.5');
    expect(originalSpan(n, at, at + '1234.5亿元'.length).quote).toBe('1,234.5亿元');
  });
});

describe('pinyin readings', () => {
  it('drops readings in full-width brackets and letters, as a page set in full width prints them', () => {
    const original = '全市財（ｃáｉ）政收入增長（ｚhǎｎｇ）３．２％。';
    const n = normalise(original);
    expect(n.text).toBe('全市财政收入增长3.2%。');
    const at = n.text.indexOf('增长');
    expect(originalSpan(n, at, at + 2).quote).toBe('增長');
  });

  it('drops readings glued after characters and keeps offsets into the original', () => {
    const original = '全市進(jìn)出口總額增長9.3%(GDP)';
    const n = normalise(original);
    expect(n.text).toBe('全市进出口总额增长9.3%(GDP)');
    const at = n.text.indexOf('出口');
    expect(originalSpan(n, at, at + 2).quote).toBe('出口');
  });
});
