import { locateQuote, quoteAt } from '../../src/seed/quotes';

describe('locateQuote', () => {
  const text = '前言。\n焦作市夏粮平均亩产524.3\n公斤，居全省第1位。又：夏粮平均亩产524.3公斤';

  it('finds a quote across a PDF line break and returns the exact span', () => {
    const span = locateQuote(text, '夏粮平均亩产524.3公斤，居全省第1位');
    expect(span).toEqual({ offset: 7, quote: '夏粮平均亩产524.3\n公斤，居全省第1位' });
    expect(span && quoteAt(text, span.quote, span.offset)).toBe(true);
  });

  it('takes the first occurrence at or after `from`', () => {
    const first = locateQuote(text, '夏粮平均亩产524.3公斤');
    const second = locateQuote(text, '夏粮平均亩产524.3公斤', (first?.offset ?? 0) + 1);
    expect(first?.offset).toBe(7);
    expect(second?.offset).toBe(text.lastIndexOf('夏粮'));
  });

  it('returns undefined for text that is not there', () => {
    expect(locateQuote(text, '居全省第2位')).toBeUndefined();
    expect(locateQuote(text, '   ')).toBeUndefined();
  });

  it('quoteAt is exact', () => {
    expect(quoteAt(text, '前言', 0)).toBe(true);
    expect(quoteAt(text, '前言', 1)).toBe(false);
  });
});
