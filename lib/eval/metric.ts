/** The corpus metric (see the corpus README): NFC text, tokens of letters with their marks,
 * 4-token shingles, precision and recall against the gold body, leaks of boilerplate. */

const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokens(text: string): string[] {
  return text.normalize('NFC').match(TOKEN) ?? [];
}

function shingles(text: string): Map<string, number> {
  const list = tokens(text);
  const counts = new Map<string, number>();
  if (list.length === 0) return counts;
  const size = Math.min(SHINGLE, list.length);
  for (let i = 0; i + size <= list.length; i++) {
    const key = list.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

export interface Score {
  precision: number;
  recall: number;
}

/** Precision and recall of `extracted` against `goldBody`, with `optional` text taken out of
 * the extraction first (it is neither rewarded nor punished). */
export function scoreText(extracted: string, goldBody: string[], optional: string[] = []): Score {
  let text = extracted.normalize('NFC');
  for (const part of optional) text = text.split(part.normalize('NFC')).join(' ');
  const got = shingles(text);
  const want = shingles(goldBody.join('\n'));
  let common = 0;
  for (const [key, n] of got) common += Math.min(n, want.get(key) ?? 0);
  const gotTotal = total(got);
  const wantTotal = total(want);
  return {
    precision: gotTotal === 0 ? (wantTotal === 0 ? 1 : 0) : common / gotTotal,
    recall: wantTotal === 0 ? 1 : common / wantTotal,
  };
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** The mustNotContain strings found in `text`. */
export function leaks(text: string, mustNotContain: string[]): string[] {
  const normalized = text.normalize('NFC');
  return mustNotContain.filter((junk) => normalized.includes(junk.normalize('NFC')));
}

export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b) && norm(a) !== '';
}
