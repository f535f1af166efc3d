import type { NormalisedText } from './normalise';

// Stage 2: sentences of the normalised text, with their positions, deduplicated (web pages repeat articles,
// print pages repeat headline figures in boxes: a repeated sentence is read once).

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The paragraph (run of text between line breaks) the sentence stands in, counted from 0. */
  paragraph?: number;
}

const BOUNDARY = /[。！？!?；;\n]/;

export function segment(n: NormalisedText): Sentence[] {
  const sentences: Sentence[] = [];
  const seen = new Set<string>();
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /[\s▶■□·\-*#]/.test(n.text[s] as string)) s += 1;
    const text = n.text.slice(s, end);
    if (text.replace(/\s/g, '').length >= 4 && !seen.has(text)) {
      seen.add(text);
      sentences.push({ text, start: s, end, paragraph });
    }
  };
  for (let i = 0; i < n.text.length; i += 1) {
    if (BOUNDARY.test(n.text[i] as string)) {
      push(n.text[i] === '\n' ? i : i + 1);
      if (n.text[i] === '\n') paragraph += 1;
      start = i + 1;
    }
  }
  push(n.text.length);
  return sentences;
}
