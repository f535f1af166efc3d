// Units of the reports and the one unit each family is compared in: amounts in 亿元, people in 万人. A unit is a
// magnitude prefix (万, 亿, 千万…) and a stem of a known family; conversion is a power of ten, never a rate, so
// 美元 stays in its own family. A unit not in this table is kept as stated and flagged, never guessed.

export interface UnitFamily {
  /** The family's name, as the API reports it. */
  name: 'CNY' | 'USD' | 'PEOPLE' | 'PERSON_TIMES' | 'MASS' | 'STANDARD_COAL' | 'PERCENT';
  /** The unit figures of the family are compared in. */
  base: string;
  /** Stems (simplified and traditional) and their power of ten relative to the base stem. */
  stems: Record<string, number>;
  /** The base's power of ten over its stem: 亿元 is 10^8 元. */
  baseExponent: number;
}

export const UNIT_FAMILIES: readonly UnitFamily[] = [
  { name: 'CNY', base: '亿元', stems: { 元: 0, 元人民币: 0 }, baseExponent: 8 },
  { name: 'USD', base: '亿美元', stems: { 美元: 0 }, baseExponent: 8 },
  // 名 counts people (新增就业1.2万名).
  { name: 'PEOPLE', base: '万人', stems: { 人: 0, 名: 0 }, baseExponent: 4 },
  { name: 'PERSON_TIMES', base: '万人次', stems: { 人次: 0 }, baseExponent: 4 },
  { name: 'MASS', base: '万吨', stems: { 吨: 0, 公斤: -3, 千克: -3 }, baseExponent: 4 },
  { name: 'STANDARD_COAL', base: '万吨标准煤', stems: { 吨标准煤: 0, 吨标煤: 0 }, baseExponent: 4 },
  { name: 'PERCENT', base: '%', stems: { '%': 0, '％': 0 }, baseExponent: 0 },
];

/** Magnitude prefixes (simplified and traditional), longest first so 千万 is read before 千. */
const PREFIXES: readonly [string, number][] = [
  ['万亿', 12],
  ['萬億', 12],
  ['千万', 7],
  ['千萬', 7],
  ['百万', 6],
  ['百萬', 6],
  ['十万', 5],
  ['十萬', 5],
  ['亿', 8],
  ['億', 8],
  ['万', 4],
  ['萬', 4],
  ['千', 3],
  ['百', 2],
];

export interface ReadUnit {
  family: UnitFamily;
  /** Power of ten of the unit relative to the family's stem (万元 → 4, 公斤 → -3). */
  exponent: number;
}

/** The family and magnitude of a unit as a report writes it; undefined for a unit not in the table. */
export function readUnit(unit: string): ReadUnit | undefined {
  const text = unit.replace(/\s+/g, '');
  if (text === '') return undefined;
  const candidates: [string, number][] = [['', 0], ...PREFIXES.filter(([p]) => text.startsWith(p))];
  for (const [prefix, power] of candidates) {
    const stem = text.slice(prefix.length);
    for (const family of UNIT_FAMILIES) {
      const exponent = family.stems[stem];
      if (exponent !== undefined) {
        if (family.name === 'PERCENT' && prefix !== '') continue;
        return { family, exponent: power + exponent };
      }
    }
  }
  return undefined;
}

/** value × 10^power, rounded to 12 significant digits so that 23.1 × 10^4 is 231000, not 231000.00000000003. */
export function scaleByPowerOfTen(value: number, power: number): number {
  const scaled = power >= 0 ? value * 10 ** power : value / 10 ** -power;
  return scaled === 0 || !Number.isFinite(scaled) ? scaled : Number(scaled.toPrecision(12));
}

export interface Converted {
  value: number;
  unit: string;
  /** False when the stated unit is not in the table (or not of the target's family): value and unit as stated. */
  known: boolean;
}

/**
 * A stated figure in the target unit (the family's base unless `target` names another unit of the family).
 * A unit not in the table, or of another family than the target, is returned as stated with known: false.
 */
export function convertUnit(value: number, unit: string, target?: string): Converted {
  const from = readUnit(unit);
  if (!from) return { value, unit, known: false };
  const to = target === undefined ? undefined : readUnit(target);
  if (target !== undefined && (!to || to.family !== from.family)) return { value, unit, known: false };
  const toExponent = to ? to.exponent : from.family.baseExponent;
  return {
    value: scaleByPowerOfTen(value, from.exponent - toExponent),
    unit: target === undefined ? from.family.base : target.replace(/\s+/g, ''),
    known: true,
  };
}
