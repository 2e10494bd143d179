import { type SimilarityOptions, DEFAULT_SIMILARITY_OPTIONS } from './similarity.js';

/**
 * The similar pairs of a set of texts, kept up to date as texts come, change and go, with
 * work proportional to the change (decision 0062, "Speed"). Same model as similarity.ts:
 * TF-IDF with sublinear tf and smoothed idf over every text in the set, L2-normalised;
 * candidates are texts of the same group sharing `minShared` of their `signatureTerms`
 * weightiest terms (terms in more than `maxPostings` signatures left out), or the same
 * non-empty title; each candidate pair of one group gets its cosine.
 *
 * What a change touches, and only that is redone:
 *  - a text that comes, changes or goes moves the document frequency of its own terms: the
 *    texts holding such a term are weighed again, and the cosines of their pairs recomputed;
 *  - a change in the number of texts moves every idf: every text is weighed again and every
 *    pair's cosine recomputed (candidates are only looked for anew where a signature changed);
 *  - a text whose signature changes, or that shares a term whose signature list crosses
 *    `maxPostings`, looks for its candidates again.
 * Results do not depend on the order texts arrive in: terms are ordered by a hash of the term
 * (then the term) rather than by first appearance, so sums run in the same order and ties
 * among equally weighty terms break the same way in a fresh index and in one kept for days.
 */

export interface PairDoc {
  /** The group a text is compared within (the family); pairs across groups are not made. */
  group: string;
  /** The normalised title ('' for none): the same title in a group makes a pair whatever the words. */
  title: string;
  words: readonly string[];
}

export interface IndexedDoc {
  readonly id: string;
  readonly group: string;
  readonly title: string;
  /** Partners in the same group (candidates and title mates) with their cosine. */
  readonly partners: ReadonlyMap<IndexedDoc, number>;
}

interface Doc extends IndexedDoc {
  partners: Map<Doc, number>;
  group: string;
  title: string;
  /** Distinct term numbers in canonical order, their hashes, and the sublinear tf of each. */
  terms: Int32Array;
  hashes: Uint32Array;
  tf: Float64Array;
  weights: Float64Array;
  /** The signature: term numbers ascending. */
  signature: Int32Array;
  /** Position in `docs` (for the counting arrays). */
  slot: number;
}

const EMPTY_SIGNATURE = new Int32Array(0);

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class PairIndex {
  private readonly byId = new Map<string, Doc>();
  private readonly docs: (Doc | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly termText: string[] = [];
  private readonly termHash: number[] = [];
  private df = new Int32Array(1024);
  private readonly postings = new Map<number, Set<Doc>>();
  private readonly titleMates = new Map<string, Set<Doc>>();
  private shared = new Int32Array(1024);

  constructor(private readonly options: SimilarityOptions = DEFAULT_SIMILARITY_OPTIONS) {}

  get size(): number {
    return this.byId.size;
  }

  get(id: string): IndexedDoc | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<IndexedDoc> {
    return this.byId.values();
  }

  /**
   * Sets the texts that came or changed and removes those that went; returns the ids whose
   * partners or cosines may have changed (each changed text among them).
   */
  apply(set: ReadonlyMap<string, PairDoc>, remove: Iterable<string>): Set<string> {
    const touched = new Set<Doc>();
    // Document frequencies before this change, per term that moved (a net zero move changes no weight).
    const dfBefore = new Map<number, number>();
    const move = (t: number, by: number) => {
      if (!dfBefore.has(t)) dfBefore.set(t, this.df[t]!);
      this.df[t]! += by;
    };
    // Signature list sizes before this change, per list that changed (crossing maxPostings matters).
    const postingSizes = new Map<number, number>();
    const unpost = (doc: Doc) => {
      for (const t of doc.signature) {
        const list = this.postings.get(t)!;
        if (!postingSizes.has(t)) postingSizes.set(t, list.size);
        list.delete(doc);
      }
    };
    const before = this.byId.size;
    const retire = (doc: Doc) => {
      for (const t of doc.terms) move(t, -1);
      this.dropPairs(doc, touched);
      unpost(doc);
      if (doc.title !== '') {
        const key = `${doc.group}\u0000${doc.title}`;
        const mates = this.titleMates.get(key)!;
        mates.delete(doc);
        if (mates.size === 0) this.titleMates.delete(key);
      }
    };
    for (const id of remove) {
      const doc = this.byId.get(id);
      if (doc === undefined || set.has(id)) continue;
      retire(doc);
      this.byId.delete(id);
      this.docs[doc.slot] = undefined;
      this.freeSlots.push(doc.slot);
    }
    const fresh = new Set<Doc>();
    for (const [id, input] of set) {
      const old = this.byId.get(id);
      if (old !== undefined) retire(old);
      const doc = this.docOf(id, input, old?.slot);
      for (const t of doc.terms) move(t, 1);
      this.byId.set(id, doc);
      this.docs[doc.slot] = doc;
      fresh.add(doc);
      if (doc.title !== '') {
        const key = `${doc.group}\u0000${doc.title}`;
        let mates = this.titleMates.get(key);
        if (mates === undefined) this.titleMates.set(key, (mates = new Set()));
        mates.add(doc);
      }
    }

    // Whom the new document frequencies concern: every text when their number changed (every
    // idf moves), else the texts holding a term whose frequency moved, and the new texts.
    let reweigh: Doc[];
    if (this.byId.size !== before) reweigh = [...this.byId.values()];
    else {
      const moved = new Uint8Array(this.termText.length);
      let any = false;
      for (const [t, was] of dfBefore)
        if (this.df[t] !== was) {
          moved[t] = 1;
          any = true;
        }
      reweigh = [...fresh];
      if (any) for (const doc of this.byId.values()) if (!fresh.has(doc) && doc.terms.some((t) => moved[t] === 1)) reweigh.push(doc);
    }

    // New weights and signatures; a changed signature updates the postings and sends its text
    // (and, when a list crosses maxPostings, every text on that list) looking for candidates.
    const search = new Set<Doc>(fresh);
    const n = this.byId.size;
    for (const doc of reweigh) {
      this.weigh(doc, n);
      const signature = this.signatureOf(doc);
      if (!fresh.has(doc) && sameSignature(doc.signature, signature)) continue;
      unpost(doc);
      for (const t of signature) {
        let list = this.postings.get(t);
        if (list === undefined) this.postings.set(t, (list = new Set()));
        if (!postingSizes.has(t)) postingSizes.set(t, list.size);
        list.add(doc);
      }
      doc.signature = signature;
      search.add(doc);
    }
    const max = this.options.maxPostings;
    for (const [t, was] of postingSizes) {
      const list = this.postings.get(t)!;
      if (was > max !== list.size > max) for (const doc of list) search.add(doc);
      if (list.size === 0) this.postings.delete(t);
    }

    // Pairs: the texts that look again drop theirs and find them anew (both sides at once);
    // the other reweighed texts keep their partners with a new cosine.
    for (const doc of search) this.dropPairs(doc, touched);
    for (const doc of search) {
      touched.add(doc);
      for (const other of this.candidatesOf(doc)) {
        if (doc.partners.has(other)) continue;
        const s = cosine(doc, other, this.termText);
        doc.partners.set(other, s);
        other.partners.set(doc, s);
        touched.add(other);
      }
    }
    for (const doc of reweigh) {
      if (search.has(doc)) continue;
      for (const [other, was] of doc.partners) {
        const s = cosine(doc, other, this.termText);
        if (s === was) continue;
        doc.partners.set(other, s);
        other.partners.set(doc, s);
        touched.add(doc);
        touched.add(other);
      }
    }
    const ids = new Set<string>();
    for (const doc of touched) if (this.byId.get(doc.id) === doc) ids.add(doc.id);
    return ids;
  }

  /** Removes a text's pairs, on both sides. */
  private dropPairs(doc: Doc, touched: Set<Doc>): void {
    for (const other of doc.partners.keys()) {
      other.partners.delete(doc);
      touched.add(other);
    }
    doc.partners.clear();
  }

  private docOf(id: string, input: PairDoc, slot: number | undefined): Doc {
    const ids: number[] = [];
    for (const word of input.words) {
      let t = this.termIds.get(word);
      if (t === undefined) {
        t = this.termText.length;
        this.termIds.set(word, t);
        this.termText.push(word);
        this.termHash.push(hash32(word));
        if (t >= this.df.length) {
          const grown = new Int32Array(this.df.length * 2);
          grown.set(this.df);
          this.df = grown;
        }
      }
      ids.push(t);
    }
    const counts = new Map<number, number>();
    for (const t of ids) counts.set(t, (counts.get(t) ?? 0) + 1);
    const hash = this.termHash;
    const text = this.termText;
    const terms = [...counts.keys()].sort((a, b) => hash[a]! - hash[b]! || (text[a]! < text[b]! ? -1 : text[a]! > text[b]! ? 1 : 0));
    const position = slot ?? this.freeSlots.pop() ?? this.docs.length;
    if (position >= this.shared.length) {
      const grown = new Int32Array(this.shared.length * 2);
      grown.set(this.shared);
      this.shared = grown;
    }
    return {
      id,
      group: input.group,
      title: input.title,
      partners: new Map(),
      terms: Int32Array.from(terms),
      hashes: Uint32Array.from(terms, (t) => hash[t]!),
      tf: Float64Array.from(terms, (t) => 1 + Math.log(counts.get(t)!)),
      weights: new Float64Array(terms.length),
      signature: EMPTY_SIGNATURE,
      slot: position,
    };
  }

  /** TF-IDF weights, L2-normalised (similarity.ts's formula), summed in the canonical term order. */
  private weigh(doc: Doc, n: number): void {
    let norm = 0;
    const { terms, tf, weights } = doc;
    for (let k = 0; k < terms.length; k++) {
      const w = tf[k]! * (Math.log((1 + n) / (1 + this.df[terms[k]!]!)) + 1);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  }

  /** The weightiest terms; equal weights in the canonical order (the terms' order in the doc). */
  private signatureOf(doc: Doc): Int32Array {
    const { weights, terms } = doc;
    const order = Array.from(weights.keys()).sort((x, y) => weights[y]! - weights[x]! || x - y);
    return Int32Array.from(order.slice(0, this.options.signatureTerms), (k) => terms[k]!).sort();
  }

  private candidatesOf(doc: Doc): Doc[] {
    const touched: Doc[] = [];
    const shared = this.shared;
    for (const t of doc.signature) {
      const list = this.postings.get(t);
      if (list === undefined || list.size > this.options.maxPostings) continue;
      for (const other of list) {
        if (other === doc) continue;
        if (shared[other.slot] === 0) touched.push(other);
        shared[other.slot]! += 1;
      }
    }
    const found: Doc[] = [];
    for (const other of touched) {
      if (shared[other.slot]! >= this.options.minShared && other.group === doc.group) found.push(other);
      shared[other.slot] = 0;
    }
    if (doc.title !== '') for (const mate of this.titleMates.get(`${doc.group}\u0000${doc.title}`) ?? []) if (mate !== doc) found.push(mate);
    return found;
  }
}

function sameSignature(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The cosine of two weighed texts: a merge of their terms in the canonical order. */
function cosine(a: Doc, b: Doc, text: readonly string[]): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const at = a.terms;
  const bt = b.terms;
  const ah = a.hashes;
  const bh = b.hashes;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ah[i]! < bh[j]! || (ah[i] === bh[j] && text[x]! < text[y]!)) i++;
    else j++;
  }
  return sum;
}
