/**
 * Cheap lexical text similarity for calibration (decision 0062): TF-IDF vectors over the
 * stemmed words of each FUBE (stemming is the caller's: the domain gets the words), cosine
 * between them, and candidate pairs from each text's rarest weighty terms, so 10,000 texts
 * are never compared all with all.
 */

/** A sparse, L2-normalised vector: term numbers ascending, with their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface SimilarityIndex {
  vectors: SparseVector[];
  /** For each text, its candidate partners (indices), each once, never itself. */
  candidates(index: number): number[];
}

export interface SimilarityOptions {
  /** Terms per text used to find candidates (the weightiest ones). */
  signatureTerms: number;
  /** A term in more texts than this finds no candidates (it is common, its weight small). */
  maxPostings: number;
  /** Two texts are candidates when they share this many signature terms. */
  minShared: number;
}

export const DEFAULT_SIMILARITY_OPTIONS: SimilarityOptions = { signatureTerms: 12, maxPostings: 1000, minShared: 4 };

/**
 * TF-IDF with sublinear term frequency (1 + ln tf) and smoothed idf ln((1 + N) / (1 + df)) + 1
 * (a word in every text still counts a little, so small sets compare sensibly). Vectors are
 * normalised so the dot product is the cosine.
 */
export function tfIdfVectors(texts: readonly (readonly string[])[]): SparseVector[] {
  const termIds = new Map<string, number>();
  const docs = texts.map((words) => {
    const ids = new Int32Array(words.length);
    words.forEach((word, k) => {
      let id = termIds.get(word);
      if (id === undefined) termIds.set(word, (id = termIds.size));
      ids[k] = id;
    });
    return ids.sort();
  });
  const df = new Int32Array(termIds.size);
  for (const ids of docs) for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) df[ids[k]!]! += 1;
  const n = texts.length;
  return docs.map((ids) => {
    // The ids are sorted: each run of one id is its term frequency.
    const terms: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (let k = 0; k < ids.length; ) {
      const id = ids[k]!;
      let end = k + 1;
      while (end < ids.length && ids[end] === id) end++;
      const w = (1 + Math.log(end - k)) * (Math.log((1 + n) / (1 + df[id]!)) + 1);
      if (w > 0) {
        terms.push(id);
        weights.push(w);
        norm += w * w;
      }
      k = end;
    }
    norm = Math.sqrt(norm);
    const normalised = Float64Array.from(weights, (w) => w / norm);
    return { terms: Int32Array.from(terms), weights: normalised };
  });
}

/** The cosine of two normalised sparse vectors (a merge of their sorted terms). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) {
      sum += a.weights[i++]! * b.weights[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/**
 * Candidate generation: each text's `signatureTerms` weightiest terms go into an inverted
 * index; texts sharing `minShared` of those terms are candidates. Two near-copies share
 * most of their weightiest terms, so they meet; texts that share a word or two do not. A
 * term in more than `maxPostings` texts is left out (it would pair everything with
 * everything and says little).
 */
export function similarityIndex(texts: readonly (readonly string[])[], options: SimilarityOptions = DEFAULT_SIMILARITY_OPTIONS): SimilarityIndex {
  const vectors = tfIdfVectors(texts);
  const signatures = vectors.map((v) => {
    const order = Array.from(v.terms.keys()).sort((x, y) => v.weights[y]! - v.weights[x]! || v.terms[x]! - v.terms[y]!);
    return order.slice(0, options.signatureTerms).map((k) => v.terms[k]!);
  });
  const postings = new Map<number, number[]>();
  signatures.forEach((terms, index) => {
    for (const term of terms) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push(index);
    }
  });
  const shared = new Int32Array(texts.length);
  return {
    vectors,
    candidates(index: number): number[] {
      const touched: number[] = [];
      for (const term of signatures[index]!) {
        const list = postings.get(term)!;
        if (list.length > options.maxPostings) continue;
        for (const other of list) {
          if (other === index) continue;
          if (shared[other] === 0) touched.push(other);
          shared[other]! += 1;
        }
      }
      const found = touched.filter((other) => shared[other]! >= options.minShared);
      for (const other of touched) shared[other] = 0;
      return found.sort((a, b) => a - b);
    },
  };
}

/** A title as calibration compares it: case and accents folded, only letters and digits, single spaces. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A stable short key of a text (two 32-bit FNV-1a variants, 16 hex digits): finding keys
 * that survive restarts and say nothing of what they name.
 */
export function digest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
