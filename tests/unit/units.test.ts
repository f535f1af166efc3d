import { isIsoDate, periodEndDate } from '../../src/domain/period';
import { convertUnit, readUnit, scaleByPowerOfTen } from '../../src/domain/units';

// The unit table (src/domain/units.ts): amounts land in 亿元, people in 万人, an unknown unit is kept and flagged.

describe('units', () => {
  it('reads a magnitude prefix and a known stem, in either script', () => {
    expect(readUnit('万元')).toMatchObject({ family: { name: 'CNY' }, exponent: 4 });
    expect(readUnit('億元')).toMatchObject({ family: { name: 'CNY' }, exponent: 8 });
    expect(readUnit('万亿元')).toMatchObject({ family: { name: 'CNY' }, exponent: 12 });
    expect(readUnit('千万元')).toMatchObject({ family: { name: 'CNY' }, exponent: 7 });
    expect(readUnit(' 万 人 ')).toMatchObject({ family: { name: 'PEOPLE' }, exponent: 4 });
    expect(readUnit('亿公斤')).toMatchObject({ family: { name: 'MASS' }, exponent: 5 });
    expect(readUnit('万人次')).toMatchObject({ family: { name: 'PERSON_TIMES' }, exponent: 4 });
  });

  it('knows no unit it has no row for, and no prefix on a percentage', () => {
    for (const unit of ['个', '家', '万台', '万户', '亩', '', '万%', '斤']) expect(readUnit(unit)).toBeUndefined();
  });

  it('puts amounts in 亿元 and people in 万人', () => {
    expect(convertUnit(2000, '万元')).toEqual({ value: 0.2, unit: '亿元', known: true });
    expect(convertUnit(23.1, '億元')).toEqual({ value: 23.1, unit: '亿元', known: true });
    expect(convertUnit(1.2, '万亿元')).toEqual({ value: 12000, unit: '亿元', known: true });
    expect(convertUnit(35000, '人')).toEqual({ value: 3.5, unit: '万人', known: true });
    expect(convertUnit(1.2, '万名')).toEqual({ value: 1.2, unit: '万人', known: true });
    expect(convertUnit(3.5, '亿公斤')).toEqual({ value: 35, unit: '万吨', known: true });
    expect(convertUnit(12000, '美元')).toEqual({ value: 0.00012, unit: '亿美元', known: true });
  });

  it('converts to another unit of the family when asked, and never across families', () => {
    expect(convertUnit(23.1, '亿元', '万元')).toEqual({ value: 231000, unit: '万元', known: true });
    expect(convertUnit(0.5, '亿元', '元')).toEqual({ value: 50000000, unit: '元', known: true });
    expect(convertUnit(5, '万美元', '亿元')).toEqual({ value: 5, unit: '万美元', known: false });
  });

  it('keeps an unknown unit as stated and flags it', () => {
    expect(convertUnit(15, '万台')).toEqual({ value: 15, unit: '万台', known: false });
    expect(convertUnit(8, '个')).toEqual({ value: 8, unit: '个', known: false });
  });

  it('scales by powers of ten without binary noise', () => {
    expect(scaleByPowerOfTen(23.1, 4)).toBe(231000);
    expect(scaleByPowerOfTen(0.3, -1)).toBe(0.03);
    expect(scaleByPowerOfTen(2234.8, -4)).toBe(0.22348);
  });
});

describe('dates of periods', () => {
  it('gives the last day of a period and checks ISO dates', () => {
    expect(periodEndDate('2025-H1')).toBe('2025-06-30');
    expect(periodEndDate('2024')).toBe('2024-12-31');
    expect(periodEndDate('2024-02')).toBe('2024-02-29');
    expect(periodEndDate('2025-Q3')).toBe('2025-09-30');
    expect(periodEndDate('2025-13')).toBeUndefined();
    expect(isIsoDate('2025-07-30')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-7-30')).toBe(false);
  });
});
