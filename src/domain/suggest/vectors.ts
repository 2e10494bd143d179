import { terms } from './text.js';

/**
 * TF-IDF vectors over one family's own texts (decision 0064): the documents are the family's
 * value texts, result areas, purpose and expertise; a legacy sentence is compared with each
 * by cosine similarity (0..1). Weights: (1 + ln tf) × idf, idf = ln(1 + N / df), so a word
 * every value of the family uses ("opdracht") weighs little and a word one value uses
 * ("topmanagement") much.
 */
export type Vector = ReadonlyMap<string, number>;

export interface VectorSpace {
  /** Every term of the family's texts. */
  readonly vocabulary: ReadonlySet<string>;
  vector(text: string): Vector;
  /** The idf of a term; the highest idf for a term the family never uses. */
  idf(term: string): number;
}

export function vectorSpace(documents: readonly string[]): VectorSpace {
  const plain = documents.map((d) => terms(d));
  const vocabulary = new Set(plain.flat());
  // Second pass with the vocabulary, so the family's own compounds split the same way as the legacy text's.
  const docTerms = documents.map((d) => new Set(terms(d, vocabulary)));
  const df = new Map<string, number>();
  for (const set of docTerms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  for (const t of df.keys()) vocabulary.add(t);
  const n = Math.max(1, documents.length);
  const maxIdf = Math.log(1 + n);
  const idf = (t: string) => {
    const count = df.get(t);
    return count === undefined ? maxIdf : Math.log(1 + n / count);
  };
  const vector = (text: string): Vector => {
    const counts = new Map<string, number>();
    for (const t of terms(text, vocabulary)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const out = new Map<string, number>();
    for (const [t, tf] of counts) out.set(t, (1 + Math.log(tf)) * idf(t));
    return out;
  };
  return { vocabulary, vector, idf };
}

export function norm(v: Vector): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** Cosine similarity, 0 when either vector is empty. */
export function cosine(a: Vector, b: Vector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) dot += w * other;
  }
  return dot / (normA * normB);
}

/** The terms two vectors share: what a reader sees as the reason of a match. */
export function sharedTerms(a: Vector, b: Vector): string[] {
  return [...a.keys()].filter((t) => b.has(t));
}
