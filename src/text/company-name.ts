// Company names: what tells one apart from another. Used by extraction (short names) and linking (same company),
// so it lives apart from both and neither imports the other for it.

/** Words any company name may end in: its trade, its legal form. What comes before them tells companies apart. */
const COMPANY_GENERIC = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '股份',
  '控股',
  '科技',
  '新材料',
  '材料',
  '新能源',
  '能源',
  '电气',
  '电子',
  '实业',
  '发展',
  '工业',
  '制造',
  '技术',
  '生物',
  '化工',
  '医药',
  '食品',
  '机械',
  '装备',
  '智能',
  '数字',
  '信息',
  '网络',
  '汽车',
  '环保',
  '建设',
  '投资',
  '贸易',
  '物流',
  '产业',
  '商贸',
  '开发',
];
/**
 * The distinctive head of a company name: "新乡星途新材料有限公司" → "新乡星途", "多氟多新材料股份有限公司" → "多氟多".
 * As name.replace(/(?:股份有限公司|…|开发)+$/, ''), in linear time (the regex backtracks exponentially: its words
 * overlap): the name before the first position from which the rest is made of those words only.
 */
export function companyHead(name: string): string {
  const generic: boolean[] = new Array(name.length + 1).fill(false);
  generic[name.length] = true;
  for (let i = name.length - 1; i >= 0; i -= 1)
    generic[i] = COMPANY_GENERIC.some((w) => name.startsWith(w, i) && generic[i + w.length]);
  for (let s = 0; s < name.length; s += 1) if (generic[s]) return name.slice(0, s);
  return name;
}
