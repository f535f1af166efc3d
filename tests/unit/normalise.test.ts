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
});
