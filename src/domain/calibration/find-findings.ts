import { type IndexedDoc, type PairDoc, PairIndex } from './pair-index.js';
import { type SimilarityOptions, DEFAULT_SIMILARITY_OPTIONS, digest, normaliseTitle } from './similarity.js';

/**
 * Calibration across entities (DOMAIN.md §3, consistency; issue 17 item 4; decision 0062):
 * the same work must get the same class wherever it is done. Given the FUBEs in the caller's
 * reach, finds
 *  (a) `same-values`: the same family and criterion values, yet different classes;
 *  (b) `similar-texts`: very similar texts (the same normalised title, or a high TF-IDF
 *      cosine) whose values differ two or more steps in a criterion, or whose classes differ;
 *  (c) `deviation`: an entity or HR adviser that overrides the suggestion, or settles ties
 *      upwards, clearly more or less often than the rest of the FUBEs looked at;
 *  (d) `outlier`: a class two or more classes from the median class of its most similar FUBEs.
 * Nothing is compared all with all: (a) buckets by values, (b) and (d) meet their partners
 * through title buckets and the rare terms of each text (similarity.ts).
 */

export interface CalibrationFube {
  id: string;
  title: string;
  entityId: string;
  familyId: string;
  /** Criterion id → chosen value number; null when not (fully) weighed. */
  values: Readonly<Record<string, number>> | null;
  /** The class the FUBE stands at: the decided one, else the weighing's suggestion; null when neither. */
  class: number | null;
  /** The class the rule suggests (after a decided tie, at the chosen level); null without a weighing. */
  suggestedClass: number | null;
  /** A person decided the class (a class decision, the validation or an appeal). */
  decided: boolean;
  /** The tie decision that settles the weighing, when there is one. */
  tie: { direction: 'up' | 'down'; decidedBy: string } | null;
  /** The user who weighed it last: whose decision an override is. */
  adviserId: string | null;
  /** The stemmed words of its texts (title, purpose, result areas, knowledge). */
  words: readonly string[];
}

export interface CalibrationThresholds {
  /** (b): a cosine from this on is "very similar". */
  similarText: number;
  /** (b): values this many steps apart in one criterion are inconsistent. */
  valueSteps: number;
  /** (d): how many of the most similar FUBEs make the neighbourhood. */
  neighbours: number;
  /** (d): neighbours need at least this cosine, and there must be `minNeighbours` of them. */
  neighbourSimilarity: number;
  minNeighbours: number;
  /** (d): a class this many classes from the neighbours' median is an outlier. */
  outlierClassGap: number;
  /** (c): groups and the rest need this many decisions to be compared. */
  minDecisions: number;
  /** (c): the two-proportion z from which a share differs (3.29: p < 0.001, two-sided). */
  deviationZ: number;
  /** (c): and the shares must differ at least this much (0.10 = ten percentage points). */
  deviationShare: number;
}

export const DEFAULT_THRESHOLDS: CalibrationThresholds = {
  similarText: 0.8,
  valueSteps: 2,
  neighbours: 5,
  neighbourSimilarity: 0.5,
  minNeighbours: 3,
  outlierClassGap: 2,
  minDecisions: 20,
  deviationZ: 3.29,
  deviationShare: 0.1,
};

export type FindingKind = 'same-values' | 'similar-texts' | 'deviation' | 'outlier';

/** A similar FUBE a finding compares with, and why it is inconsistent (b) or a neighbour (d). */
export interface SimilarRef {
  id: string;
  similarity: number;
  sameTitle: boolean;
  /** (b): criteria whose values lie `valueSteps` or more apart. */
  criteria: string[];
  classDiffers: boolean;
}

export type FindingDetail =
  | { kind: 'same-values'; familyId: string; values: Record<string, number>; classes: { class: number; ids: string[] }[]; majorityClass: number | null }
  | { kind: 'similar-texts'; subjectClass: number | null; similar: SimilarRef[] }
  | {
      kind: 'deviation';
      group: 'entity' | 'adviser';
      groupId: string;
      metric: 'override' | 'tie-up';
      direction: 'more' | 'less';
      count: number;
      total: number;
      share: number;
      /** The share over the other FUBEs looked at (the rest of the organisation in reach). */
      restShare: number;
      organisationShare: number;
      z: number;
    }
  | { kind: 'outlier'; class: number; medianClass: number; neighbours: (SimilarRef & { class: number })[] };

export interface Finding {
  /** Stable while what it says stays the same: kind letter, dash, 16 hex digits. */
  key: string;
  kind: FindingKind;
  /** The FUBEs that deviate. */
  subjects: string[];
  /** The FUBEs they are compared with. */
  references: string[];
  detail: FindingDetail;
}

/** Share of overrides and of ties settled upwards, per entity and per adviser. */
export interface DecisionStats {
  group: 'entity' | 'adviser' | 'organisation';
  groupId: string;
  decisions: number;
  overrides: number;
  ties: number;
  tiesUp: number;
}

export interface CalibrationResult {
  findings: Finding[];
  stats: DecisionStats[];
}

export const FINDING_KEY = /^[abcd]-[0-9a-f]{16}$/;
const LETTER: Record<FindingKind, string> = { 'same-values': 'a', 'similar-texts': 'b', deviation: 'c', outlier: 'd' };
const keyOf = (kind: FindingKind, parts: readonly (string | number | null)[]) => `${LETTER[kind]}-${digest(parts.join('\u0001'))}`;

const valuesKey = (familyId: string, values: Readonly<Record<string, number>>) =>
  familyId +
  '\u0000' +
  Object.keys(values)
    .sort()
    .map((k) => `${k}=${values[k]}`)
    .join(',');

/** The calibration of a set of FUBEs, computed afresh (a new index, once). */
export function findFindings(
  fubes: readonly CalibrationFube[],
  thresholds: CalibrationThresholds = DEFAULT_THRESHOLDS,
  similarity: SimilarityOptions = DEFAULT_SIMILARITY_OPTIONS,
): CalibrationResult {
  return new CalibrationIndex(thresholds, similarity).update(fubes);
}

const isWeighed = (f: CalibrationFube) => f.values !== null && f.class !== null;

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Calibration kept between calls (decision 0062, "Speed"): `update` takes the FUBEs as they
 * are now and redoes only what their changes touch. A FUBE object that is the same as last
 * time is taken as unchanged (the caller keeps one object per FUBE version); a FUBE whose
 * texts, title and family stay only changes its own values and class, no similarity. The
 * result equals `findFindings` over the same FUBEs (tested after random edits).
 */
export class CalibrationIndex {
  private readonly pairs: PairIndex;
  private fubes = new Map<string, CalibrationFube>();
  /** (b) and (d) per FUBE, kept until the FUBE, its pairs or a partner change. */
  private readonly similarFindings = new Map<string, Finding[]>();
  /** (a) per bucket of family and values: its FUBE ids and its finding, kept until one of them changes. */
  private readonly buckets = new Map<string, { ids: Set<string>; finding: Finding | null | undefined }>();
  private readonly bucketOf = new Map<string, string>();

  constructor(
    private readonly thresholds: CalibrationThresholds = DEFAULT_THRESHOLDS,
    similarity: SimilarityOptions = DEFAULT_SIMILARITY_OPTIONS,
  ) {
    this.pairs = new PairIndex(similarity);
  }

  update(list: readonly CalibrationFube[]): CalibrationResult {
    const next = new Map<string, CalibrationFube>();
    for (const fube of list) next.set(fube.id, fube);
    const set = new Map<string, PairDoc>();
    const remove: string[] = [];
    const changed: string[] = [];
    for (const id of this.fubes.keys())
      if (!next.has(id)) {
        remove.push(id);
        changed.push(id);
      }
    for (const fube of next.values()) {
      const old = this.fubes.get(fube.id);
      if (old === fube) continue;
      changed.push(fube.id);
      if (!isWeighed(fube)) {
        if (old !== undefined) remove.push(fube.id);
        continue;
      }
      if (old !== undefined && isWeighed(old) && old.familyId === fube.familyId && old.title === fube.title && sameWords(old.words, fube.words)) continue;
      set.set(fube.id, { group: fube.familyId, title: normaliseTitle(fube.title), words: fube.words });
    }
    const touched = this.pairs.apply(set, remove);
    this.fubes = next;

    // (b) and (d) of a FUBE read its own data, its pairs and its partners' data (and, for a
    // pair that only has each other, the partner's pairs): redone for what changed and its partners.
    const affected = new Set([...touched, ...changed]);
    for (const id of [...affected]) {
      const doc = this.pairs.get(id);
      if (doc !== undefined) for (const other of doc.partners.keys()) affected.add(other.id);
    }
    for (const id of affected) {
      const doc = this.pairs.get(id);
      if (doc === undefined) this.similarFindings.delete(id);
      else this.similarFindings.set(id, similarFindingsOf(doc, next, this.thresholds));
    }

    // (a): the buckets a changed FUBE left or joined.
    const dirty = new Set<string>();
    for (const id of changed) {
      const was = this.bucketOf.get(id);
      if (was !== undefined) {
        this.buckets.get(was)!.ids.delete(id);
        this.bucketOf.delete(id);
        dirty.add(was);
      }
      const fube = next.get(id);
      if (fube === undefined || !isWeighed(fube)) continue;
      const key = valuesKey(fube.familyId, fube.values!);
      let bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, (bucket = { ids: new Set(), finding: undefined }));
      bucket.ids.add(id);
      this.bucketOf.set(id, key);
      dirty.add(key);
    }
    for (const key of dirty) {
      const bucket = this.buckets.get(key)!;
      if (bucket.ids.size === 0) this.buckets.delete(key);
      else bucket.finding = sameValuesFinding([...bucket.ids].map((id) => next.get(id)!));
    }

    const findings: Finding[] = [];
    for (const bucket of this.buckets.values()) if (bucket.finding) findings.push(bucket.finding);
    for (const list of this.similarFindings.values()) findings.push(...list);
    const { stats, deviations } = decisionStats(next.values(), this.thresholds);
    findings.push(...deviations);
    const order: Record<FindingKind, number> = { 'same-values': 0, 'similar-texts': 1, outlier: 2, deviation: 3 };
    findings.sort((a, b) => order[a.kind] - order[b.kind] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { findings, stats };
  }
}

/** (a) A bucket of one family and values with two classes is a finding, its minority the subjects. */
function sameValuesFinding(bucket: readonly CalibrationFube[]): Finding | null {
  const byClass = new Map<number, string[]>();
  for (const fube of bucket) {
    const list = byClass.get(fube.class!) ?? [];
    list.push(fube.id);
    byClass.set(fube.class!, list);
  }
  if (byClass.size < 2) return null;
  const classes = [...byClass.entries()].map(([cls, ids]) => ({ class: cls, ids: ids.sort() })).sort((a, b) => a.class - b.class);
  // The class more than half of the bucket has; without one, the class the rule suggests for
  // these values when some have it (who departs from the rule deviates); else every FUBE is a subject.
  const suggested = mostCommon(bucket.map((f) => f.suggestedClass).filter((c): c is number => c !== null));
  const majority = classes.find((c) => c.ids.length * 2 > bucket.length)?.class ?? (suggested !== null && byClass.has(suggested) ? suggested : null);
  const subjects = classes.filter((c) => c.class !== majority).flatMap((c) => c.ids);
  const references = majority === null ? [] : byClass.get(majority)!.slice().sort();
  const first = bucket[0]!;
  return {
    // The key names the deviating FUBEs and the class they deviate from, not the whole bucket:
    // one more FUBE that agrees does not undo a justification, and every reach that sees the
    // same deviation sees the same key.
    key: keyOf('same-values', [valuesKey(first.familyId, first.values!), majority, ...subjects.map((id) => `${id}:${bucket.find((f) => f.id === id)!.class}`)]),
    kind: 'same-values',
    subjects,
    references,
    detail: { kind: 'same-values', familyId: first.familyId, values: { ...first.values! }, classes, majorityClass: majority },
  };
}

function mostCommon(list: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: number | null = null;
  for (const [x, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && x < best)) best = x;
  return best;
}

function steppedApart(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, steps: number): string[] {
  const out: string[] = [];
  for (const k of Object.keys(a)) if (b[k] !== undefined && Math.abs(a[k]! - b[k]!) >= steps) out.push(k);
  return out.sort();
}

/** Whether two FUBEs' values lie `steps` or more apart in some criterion (the fast form of steppedApart). */
function anyStepped(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>, steps: number): boolean {
  for (const k in a) {
    const y = b[k];
    if (y !== undefined && Math.abs(a[k]! - y) >= steps) return true;
  }
  return false;
}

interface Pair {
  doc: IndexedDoc;
  fube: CalibrationFube;
  similarity: number;
  sameTitle: boolean;
}

/** A FUBE's very similar FUBEs (b) and its neighbours above the neighbour similarity (d). */
function neighbourhood(doc: IndexedDoc, fubeOf: ReadonlyMap<string, CalibrationFube>, t: CalibrationThresholds): { near: Pair[]; scored: Pair[] } {
  const near: Pair[] = [];
  const scored: Pair[] = [];
  for (const [other, s] of doc.partners) {
    const sameTitle = doc.title !== '' && doc.title === other.title;
    if (s < t.neighbourSimilarity && s < t.similarText && !sameTitle) continue;
    const pair = { doc: other, fube: fubeOf.get(other.id)!, similarity: s, sameTitle };
    if (s >= t.neighbourSimilarity) scored.push(pair);
    if (s >= t.similarText || sameTitle) near.push(pair);
  }
  return { near, scored };
}

const inconsistentWith = (fube: CalibrationFube, near: readonly Pair[], t: CalibrationThresholds) =>
  near.filter((p) => p.fube.class !== fube.class || anyStepped(fube.values!, p.fube.values!, t.valueSteps));

/**
 * (b) and (d) of one FUBE from its neighbourhood: the FUBEs of the same family that share its
 * normalised title or enough of its weightiest terms (pair-index.ts), with their cosine.
 */
function similarFindingsOf(doc: IndexedDoc, fubeOf: ReadonlyMap<string, CalibrationFube>, t: CalibrationThresholds): Finding[] {
  const fube = fubeOf.get(doc.id)!;
  const { near, scored } = neighbourhood(doc, fubeOf, t);
  const refOf = (p: Pair): SimilarRef => ({
    id: p.fube.id,
    similarity: round(p.similarity),
    sameTitle: p.sameTitle,
    criteria: steppedApart(fube.values!, p.fube.values!, t.valueSteps),
    classDiffers: p.fube.class !== fube.class,
  });
  const findings: Finding[] = [];
  const inconsistent = inconsistentWith(fube, near, t);
  // A subject departs from at least half of its look-alikes.
  if (inconsistent.length > 0 && inconsistent.length * 2 >= near.length) {
    const against = inconsistent.map((p) => ({ pair: p, ref: refOf(p) })).sort((a, b) => b.ref.similarity - a.ref.similarity || a.ref.id.localeCompare(b.ref.id));
    // Two FUBEs that only have each other: one finding for the pair, not two.
    const only = against.length === 1 && near.length === 1 ? against[0]!.pair : undefined;
    const onlyNear = only === undefined ? undefined : neighbourhood(only.doc, fubeOf, t).near;
    if (only !== undefined && onlyNear!.length === 1 && inconsistentWith(only.fube, onlyNear!, t).length > 0) {
      const other = only.fube;
      if (other.id > fube.id)
        findings.push({
          key: keyOf('similar-texts', [fube.id, fube.class, JSON.stringify(fube.values), other.id, other.class, JSON.stringify(other.values)]),
          kind: 'similar-texts',
          subjects: [fube.id, other.id],
          references: [],
          detail: { kind: 'similar-texts', subjectClass: fube.class, similar: [against[0]!.ref] },
        });
    } else
      findings.push({
        key: keyOf('similar-texts', [fube.id, fube.class, JSON.stringify(fube.values), ...against.map((a) => `${a.ref.id}:${a.ref.criteria.join('+')}:${a.ref.classDiffers}`)]),
        kind: 'similar-texts',
        subjects: [fube.id],
        references: against.map((a) => a.ref.id),
        detail: { kind: 'similar-texts', subjectClass: fube.class, similar: against.map((a) => a.ref) },
      });
  }

  // (d): the median class of the most similar FUBEs.
  if (scored.length >= t.minNeighbours) {
    const top = scored.sort((a, b) => b.similarity - a.similarity || a.fube.id.localeCompare(b.fube.id)).slice(0, t.neighbours);
    const classes = top.map((n) => n.fube.class!).sort((a, b) => a - b);
    // The lower median: no half classes.
    const median = classes[Math.floor((classes.length - 1) / 2)]!;
    if (Math.abs(fube.class! - median) >= t.outlierClassGap)
      findings.push({
        key: keyOf('outlier', [fube.id, fube.class, median]),
        kind: 'outlier',
        subjects: [fube.id],
        references: top.map((n) => n.fube.id),
        detail: { kind: 'outlier', class: fube.class!, medianClass: median, neighbours: top.map((n) => ({ ...refOf(n), class: n.fube.class! })) },
      });
  }
  return findings;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * (c) Per entity and per adviser: how often a decided class differs from the suggestion, and
 * how often a tie is settled upwards; compared with the rest of the FUBEs looked at by a
 * two-proportion z-test, so a small group's chance share is not a finding.
 */
function decisionStats(fubes: Iterable<CalibrationFube>, t: CalibrationThresholds): { stats: DecisionStats[]; deviations: Finding[] } {
  const groups = new Map<string, DecisionStats & { overridden: string[]; upIds: string[] }>();
  const groupOf = (group: DecisionStats['group'], groupId: string) => {
    const key = `${group}\u0000${groupId}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { group, groupId, decisions: 0, overrides: 0, ties: 0, tiesUp: 0, overridden: [], upIds: [] }));
    return g;
  };
  const organisation = groupOf('organisation', '');
  for (const fube of fubes) {
    if (fube.decided && fube.class !== null && fube.suggestedClass !== null) {
      const override = fube.class !== fube.suggestedClass;
      for (const g of [organisation, groupOf('entity', fube.entityId), ...(fube.adviserId === null ? [] : [groupOf('adviser', fube.adviserId)])]) {
        g.decisions++;
        if (override) {
          g.overrides++;
          g.overridden.push(fube.id);
        }
      }
    }
    if (fube.tie !== null) {
      const up = fube.tie.direction === 'up';
      for (const g of [organisation, groupOf('entity', fube.entityId), groupOf('adviser', fube.tie.decidedBy)]) {
        g.ties++;
        if (up) {
          g.tiesUp++;
          g.upIds.push(fube.id);
        }
      }
    }
  }
  const deviations: Finding[] = [];
  for (const g of groups.values()) {
    if (g.group === 'organisation') continue;
    for (const metric of ['override', 'tie-up'] as const) {
      const [count, total, orgCount, orgTotal, ids] =
        metric === 'override'
          ? [g.overrides, g.decisions, organisation.overrides, organisation.decisions, g.overridden]
          : [g.tiesUp, g.ties, organisation.tiesUp, organisation.ties, g.upIds];
      const restCount = orgCount - count;
      const restTotal = orgTotal - total;
      if (total < t.minDecisions || restTotal < t.minDecisions) continue;
      const share = count / total;
      const restShare = restCount / restTotal;
      const pooled = orgCount / orgTotal;
      const se = Math.sqrt(pooled * (1 - pooled) * (1 / total + 1 / restTotal));
      const z = se === 0 ? 0 : (share - restShare) / se;
      if (Math.abs(z) < t.deviationZ || Math.abs(share - restShare) < t.deviationShare) continue;
      const direction = share > restShare ? 'more' : 'less';
      deviations.push({
        key: keyOf('deviation', [g.group, g.groupId, metric, direction]),
        kind: 'deviation',
        subjects: ids.slice().sort(),
        references: [],
        detail: { kind: 'deviation', group: g.group, groupId: g.groupId, metric, direction, count, total, share: round(share), restShare: round(restShare), organisationShare: round(pooled), z: Math.round(z * 100) / 100 },
      });
    }
  }
  const stats = [...groups.values()]
    .map(({ overridden: _o, upIds: _u, ...s }) => s)
    .sort((a, b) => a.group.localeCompare(b.group) || a.groupId.localeCompare(b.groupId));
  return { stats, deviations };
}

/** The FUBEs a finding's side-by-side comparison shows: subjects first, at most `max`. */
export function comparisonIds(finding: Finding, max = 6): string[] {
  return [...new Set([...finding.subjects, ...finding.references])].slice(0, max);
}

/** Every FUBE a finding names (what a caller must be able to open to see it). */
export function findingFubeIds(finding: Finding): string[] {
  return [...new Set([...finding.subjects, ...finding.references])];
}
