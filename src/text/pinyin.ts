import { pinyin } from 'pinyin-pro';
import { hasChinese } from './chinese';

// Pinyin of names (pinyin-pro), the form in which a Latin query or a homophone is matched: toneless, lower case,
// syllables run together ("焦作市" → "jiaozuoshi"). Stored on every entity as `pinyin` (one per Chinese name) and
// indexed (cypher/005), so resolve(name:) can find 焦作市 from "jiaozuo" or from a homophone such as 蕉作.

/** The toneless pinyin of a text, syllables and any Latin letters or digits run together, lower case. */
export function pinyinKey(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return latinKey(syllables.join(''));
}

/** A Latin text as pinyin keys are written: tone marks dropped, ü as v, only letters and digits, lower case. */
export function latinKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/u\u0308/gi, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The pinyin keys of the Chinese names among these, without repeats. */
export function pinyinForms(names: readonly string[]): string[] {
  return [...new Set(names.filter(hasChinese).map(pinyinKey))].filter((k) => k.length > 0);
}

/** Whether a query is meant as pinyin: Latin letters (with tone marks, spaces or apostrophes) and no Chinese. */
export function isLatinQuery(text: string): boolean {
  return !hasChinese(text) && /[a-z]/i.test(text) && latinKey(text).length >= 2;
}
