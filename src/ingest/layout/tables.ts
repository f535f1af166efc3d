import { toSimplified } from '../../text/chinese';
import type { NormalisedText } from '../normalise';
import type { Sentence } from '../segment';
import { clean } from './text';
import type { LayoutObservation, LayoutOptions } from './types';

// Simple tables as statistical bulletins print them: pipe rows ("| 地区生产总值 | 2313.0 | 5.2 |"), tab-separated or
// space-aligned rows, under a header ("| 指标 | 绝对数(亿元) | 比上年增长% |") and a caption line. One observation
// per row: the indicator from the row head, the unit from the header, growth from a "%"/增长 column. Read on the
// original text, where the alignment still is (the line repair takes spaces between figures out).

interface Row {
  cells: string[];
  start: number;
  end: number;
}

const NUMERIC = /^[-+]?\d+(?:\.\d+)?$/;

/** A cell as its figure reads: half-width ("１３１１．９"), without thousands separators ("1,311.9"). */
const cellText = (cell: string) =>
  cell
    .normalize('NFKC')
    .trim()
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');

function cellsOf(line: string): string[] | undefined {
  const cells = rawCellsOf(line);
  return cells?.map(cellText);
}

function rawCellsOf(line: string): string[] | undefined {
  const t = line.trim();
  if ((t.match(/\|/g) ?? []).length >= 2)
    return t
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  if (t.includes('\t')) return t.split(/\t+/).map((c) => c.trim());
  const aligned = t.split(/ {2,}|\u3000+/).map((c) => c.trim());
  return aligned.length >= 2 ? aligned : undefined;
}

/** Runs of two or more consecutive table rows with the same number of cells, with the caption line before each. */
function tablesIn(original: string): { caption: string; rows: Row[] }[] {
  const tables: { caption: string; rows: Row[] }[] = [];
  let current: Row[] = [];
  let caption = '';
  let lastText = '';
  let at = 0;
  const close = () => {
    if (current.length >= 2) tables.push({ caption, rows: current });
    current = [];
  };
  for (const line of original.split('\n')) {
    const cells = cellsOf(line);
    const row =
      cells && cells.length >= 2 && cells.length <= 12 ? { cells, start: at, end: at + line.length } : undefined;
    if (row && (current.length === 0 || (current[0] as Row).cells.length === row.cells.length)) {
      if (current.length === 0) caption = lastText;
      current.push(row);
    } else {
      close();
      if (row) {
        caption = lastText;
        current.push(row);
      } else if (clean(line).replace(/\?/g, '') !== '') lastText = line;
    }
    at += line.length + 1;
  }
  close();
  return tables;
}

interface Column {
  unit?: string;
  growth: boolean;
}

function columnOf(header: string): Column {
  const h = toSimplified(clean(header));
  const unit = /[（(]([^()（）]{1,6})[)）]/.exec(h)?.[1];
  const growth = /增长|增速|增幅|±|%/.test(h) && !/比重|占比|构成/.test(h);
  return { ...(unit && !growth ? { unit } : {}), growth };
}

/** The first and last index of the normalised text that come from original[from, to). */
function normalisedSpan(n: NormalisedText, from: number, to: number): [number, number] | undefined {
  let lo = 0;
  let hi = n.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((n.origin[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < n.origin.length && (n.origin[end] as number) < to) end += 1;
  return end > lo ? [lo, end] : undefined;
}

export function readTables(n: NormalisedText, options: LayoutOptions): LayoutObservation[] {
  const out: LayoutObservation[] = [];
  for (const { caption, rows } of tablesIn(n.original)) {
    const headerAt = rows.findIndex((r) => r.cells.slice(1).some((c) => c !== '' && !NUMERIC.test(c)));
    if (headerAt !== 0) continue;
    const columns = (rows[0] as Row).cells.map(columnOf);
    const captionText = toSimplified(clean(caption));
    const valueAdded = /生产总值|增加值/.test(captionText);
    const captionYear = /(20\d{2})年/.exec(captionText)?.[1];
    const period = captionYear && !options.period.startsWith(captionYear) ? captionYear : options.period;
    for (const row of rows.slice(1)) {
      let head = toSimplified(clean(row.cells[0] ?? ''))
        .replace(/\?/g, '')
        .replace(/^(?:其中|内)[:：]?|^[#＃]|^\d{1,2}[.．、]/g, '');
      if (head.length < 2 || /\d/.test(head.slice(0, 1))) continue;
      if (valueAdded && /(?:产业|业)$/.test(head) && !/总值|增加值/.test(head)) head = `${head}增加值`;
      const span = normalisedSpan(n, row.start, row.end);
      if (!span) continue;
      const sentence: Sentence = { text: n.original.slice(row.start, row.end), start: span[0], end: span[1] };
      let value: LayoutObservation['value'];
      let growthPct: number | undefined;
      row.cells.forEach((cell, k) => {
        if (k === 0 || !NUMERIC.test(cell)) return;
        const col = columns[k] as Column;
        if (col.growth) growthPct ??= Number(cell);
        else if (col.unit && !value) value = { value: Number(cell), unit: col.unit, text: `${cell}${col.unit}` };
      });
      if (!value && growthPct === undefined) continue;
      out.push({
        indicator: { kind: 'INDICATOR', name: head, start: 0, end: 0 },
        subject: options.subject,
        period,
        kind: 'ACTUAL',
        ...(value ? { value } : {}),
        ...(growthPct !== undefined ? { growthPct } : {}),
        sentence,
        rule: 'table.row',
        confidence: 0.85,
      });
    }
  }
  return out;
}
