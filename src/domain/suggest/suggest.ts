import { type DomainError, type Result, fail, ok } from '../errors.js';
import type { Criterion, Family } from '../family/schema.js';
import { valueText } from '../family/query.js';
import { educationFit, seniorityHits } from './cues.js';
import { type LegacyDescription, type Sentence, sentencesOf } from './legacy.js';
import { type Vector, type VectorSpace, cosine, norm, vectorSpace } from './vectors.js';

/**
 * A suggestion for a legacy function description (issue 17 item 3, decision 0064): the
 * family, the result areas that fit and a value per criterion with the sentences that
 * support it. Lexical and offline: Dutch stems, TF-IDF cosine against the family's own texts,
 * and level cues (diploma, years of experience, seniority words). Never a decision: HR reads
 * the evidence and accepts, changes or drops each value in a draft.
 */

export const SUGGEST_METHOD = 'lexical-v1';

export interface Evidence {
  /** A sentence of the legacy text, as written. */
  text: string;
  /** How strongly it supports the value: 0..1. */
  score: number;
}

export interface FubeSuggestion {
  method: typeof SUGGEST_METHOD;
  /** The family suggested (or given), and its version. */
  family: string;
  familyVersion: number;
  /** Every family considered, best first, with its fit 0..1 (mean best match of the sentences). */
  familyScores: { family: string; score: number }[];
  /** Family result areas that fit, in the family's order. */
  resultAreas: string[];
  /** Criterion id → suggested value (1-based). */
  values: Record<string, number>;
  /** Criterion id → supporting sentences, strongest first. */
  evidence: Record<string, Evidence[]>;
  /** Criterion id → 0..1. */
  confidence: Record<string, number>;
  /** The family level the text as a whole points at (1..n, fractional) and what said so. */
  level: { estimate: number; from: { lexical?: number; education?: number; seniority?: number } };
}

/**
 * Weights of the method, found on the tuning half of the labelled set
 * (test/fixtures/legacy, docs/performance.md); kept together so the decision record and the
 * bench name them.
 */
export type SuggestTuning = { readonly [K in keyof typeof SUGGEST_TUNING_VALUES]: number };

const SUGGEST_TUNING_VALUES = {
  /** How much a value's own words count against its distance from the estimated level. */
  lexical: 4,
  /** Per level of distance between a value's span and the estimated level. */
  distance: 1,
  /** The estimate's pull towards the family's middle level (weight of a virtual vote). */
  prior: 0.5,
  education: 2,
  seniority: 1.5,
  lexicalVote: 1.5,
  /** A result area fits when its match is at least this, and this share of the best one. */
  areaMinimum: 0.1,
  areaShare: 0.45,
  /** Family choice: less this per step the diploma and experience lie outside the family's levels. */
  familyEducation: 0.02,
  evidenceMinimum: 0.05,
  evidenceCount: 3,
  /** A sentence matching a text less than this says nothing about it (noise of shared words). */
  noise: 0.15,
} as const;

export const SUGGEST_TUNING: SuggestTuning = SUGGEST_TUNING_VALUES;

interface PreparedCriterion {
  criterion: Criterion;
  values: { vector: Vector; norm: number; from: number; to: number }[];
}

interface PreparedFamily {
  family: Family;
  space: VectorSpace;
  criteria: PreparedCriterion[];
  areas: { id: string; vector: Vector; norm: number }[];
}

const prepared = new WeakMap<Family, PreparedFamily>();

/** The score of a sentence shown for its level cue (diploma, experience, seniority words). */
export const CUE_SCORE = 0.05;

function areaText(area: Family['resultAreas'][number]): string {
  return [area.title, area.what, area.goal, ...area.activities].join('\n');
}

/** Every text of a family, one document each: what its space weighs words by. */
function familyDocuments(family: Family): string[] {
  return [
    `${family.purpose.what} ${family.purpose.goal}`,
    ...family.scopeNotes,
    ...family.resultAreas.map(areaText),
    ...family.criteria.flatMap((c) => c.values.map(valueText)),
    ...family.expertise.levels.map((l) => `${l.knowledge}\n${l.educationAndExperience}`),
  ];
}

function prepare(family: Family): PreparedFamily {
  const found = prepared.get(family);
  if (found !== undefined) return found;
  const space = vectorSpace(familyDocuments(family));
  const withNorm = (text: string) => {
    const vector = space.vector(text);
    return { vector, norm: norm(vector) };
  };
  const result: PreparedFamily = {
    family,
    space,
    criteria: family.criteria.map((criterion) => ({
      criterion,
      values: criterion.values.map((v) => ({ ...withNorm(valueText(v)), from: v.from, to: v.to })),
    })),
    areas: family.resultAreas.map((a) => ({ id: a.id, ...withNorm(areaText(a)) })),
  };
  prepared.set(family, result);
  return result;
}

/** Best, plus half the second and a quarter of the third: one strong sentence counts most, repetition a little. */
function strength(scores: readonly number[], noise = 0): number {
  const top = scores.filter((x) => x >= noise).sort((a, b) => b - a);
  return (top[0] ?? 0) + 0.5 * (top[1] ?? 0) + 0.25 * (top[2] ?? 0);
}

const distanceToSpan = (level: number, from: number, to: number) => (level < from ? from - level : level > to ? level - to : 0);
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Which family fits the text best, 0..1 each: half the mean of each sentence's best match
 * among the family's texts, half the cosine of the whole text with all of them (one space over
 * all families, so the scores compare), less `familyEducation` per step that the diploma and
 * experience asked lie outside every level of the family.
 */
export function rankFamilies(families: readonly Family[], sentences: readonly Sentence[], t: SuggestTuning = SUGGEST_TUNING): { family: string; score: number }[] {
  if (families.length === 1) return [{ family: families[0]!.id, score: 1 }];
  const perFamily = families.map((f) => familyDocuments(f));
  const space = vectorSpace(perFamily.flat());
  const docs = perFamily.map((texts) => texts.map((t) => {
    const vector = space.vector(t);
    return { vector, norm: norm(vector) };
  }));
  const wholeFamilies = perFamily.map((texts) => space.vector(texts.join('\n')));
  const vectors = sentences.map((s) => space.vector(s.text));
  const norms = vectors.map((v) => norm(v));
  const wholeText = space.vector(sentences.map((s) => s.text).join('\n'));
  const requirements = requirementText(sentences);
  return families
    .map((f, i) => {
      let sum = 0;
      vectors.forEach((v, j) => {
        let best = 0;
        for (const doc of docs[i]!) best = Math.max(best, cosine(v, doc.vector, norms[j], doc.norm));
        sum += best;
      });
      const perSentence = vectors.length === 0 ? 0 : sum / vectors.length;
      const fit = educationFit(f, requirements);
      const outside = fit === undefined ? 0 : Math.min(...fit.distances);
      const score = 0.5 * perSentence + 0.5 * cosine(wholeText, wholeFamilies[i]!) - t.familyEducation * (Number.isFinite(outside) ? outside : 0);
      return { family: f.id, score: round(Math.max(0, score)) };
    })
    .sort((a, b) => b.score - a.score || a.family.localeCompare(b.family));
}

/** The sentences where diploma and experience are asked: the profile, else the whole text. */
function requirementText(sentences: readonly Sentence[]): string {
  const own = sentences.filter((s) => s.section === 'requirements' || s.section === 'context').map((s) => s.text);
  return (own.length > 0 ? own : sentences.map((s) => s.text)).join('\n');
}

/**
 * Suggests family, result areas and criterion values for a legacy description. With one
 * family, that family; with several, the best-fitting one (`familyScores` has all).
 */
export function suggestFube(families: readonly Family[], description: LegacyDescription, tuning: Partial<SuggestTuning> = {}): Result<FubeSuggestion> {
  if (families.length === 0) return fail([noFamily()]);
  const t = { ...SUGGEST_TUNING, ...tuning };
  const sentences = sentencesOf(description);
  const ranking = rankFamilies(families, sentences, t);
  const family = families.find((f) => f.id === ranking[0]!.family)!;
  return ok(suggestForFamily(family, sentences, ranking, t));
}

function noFamily(): DomainError {
  return { code: 'suggest.no-family', message: 'geen gepubliceerde functiefamilie om mee te vergelijken', path: 'family' };
}

function suggestForFamily(family: Family, sentences: readonly Sentence[], ranking: { family: string; score: number }[], t: SuggestTuning): FubeSuggestion {
  const model = prepare(family);
  const n = family.levels.length;
  const vectors = sentences.map((s) => model.space.vector(s.text));
  const norms = vectors.map((v) => norm(v));

  // 1. Each sentence against each value of each criterion.
  const perCriterion = model.criteria.map((pc) => {
    const sims = pc.values.map((value) => vectors.map((v, i) => cosine(v, value.vector, norms[i], value.norm)));
    const strengths = sims.map((x) => strength(x, t.noise));
    const mean = strengths.reduce((a, b) => a + b, 0) / Math.max(1, strengths.length);
    // What sets a value apart from its siblings: words all values share say only "this criterion".
    const contrast = strengths.map((s) => s - mean);
    return { pc, sims, strengths, contrast };
  });

  // 2. The level the text as a whole points at.
  const votes: { level: number; weight: number }[] = [{ level: (n + 1) / 2, weight: t.prior }];
  const from: FubeSuggestion['level']['from'] = {};
  let lexicalSum = 0;
  let lexicalWeight = 0;
  for (const { pc, strengths, contrast } of perCriterion) {
    const best = argmax(contrast);
    const weight = strengths[best]! > 0 ? contrast[best]! : 0;
    if (weight <= 0) continue;
    const value = pc.values[best]!;
    lexicalSum += ((value.from + value.to) / 2) * weight;
    lexicalWeight += weight;
  }
  if (lexicalWeight > 0) {
    from.lexical = lexicalSum / lexicalWeight;
    votes.push({ level: from.lexical, weight: t.lexicalVote * Math.min(1, lexicalWeight * 2) });
  }
  const education = educationFit(family, requirementText(sentences));
  const educationSentences: number[] = [];
  if (education !== undefined) {
    const min = Math.min(...education.distances);
    const closest = education.distances.flatMap((d, i) => (d === min ? [i + 1] : []));
    from.education = closest.reduce((a, b) => a + b, 0) / closest.length;
    votes.push({ level: from.education, weight: t.education / closest.length });
    sentences.forEach((s, i) => {
      if (/\b(jaar|jaren)\b.*ervaring|ervaring.*\bjaar|diploma|master|bachelor|doctoraat|licentia|graduaat|secundair|startfunctie/i.test(s.text)) educationSentences.push(i);
    });
  }
  const hits = seniorityHits(sentences.map((s) => s.text));
  if (hits.length > 0) {
    const weight = hits.reduce((a, h) => a + h.weight, 0);
    const position = hits.reduce((a, h) => a + h.position * h.weight, 0) / weight;
    from.seniority = 1 + position * (n - 1);
    votes.push({ level: from.seniority, weight: t.seniority * Math.min(1, weight / 2) });
  }
  const estimate = votes.reduce((a, v) => a + v.level * v.weight, 0) / votes.reduce((a, v) => a + v.weight, 0);

  // 3. Per criterion: the value whose own words and span fit best.
  const values: Record<string, number> = {};
  const evidence: Record<string, Evidence[]> = {};
  const confidence: Record<string, number> = {};
  for (const { pc, sims, strengths, contrast } of perCriterion) {
    const totals = pc.values.map((v, k) => t.lexical * contrast[k]! - t.distance * distanceToSpan(estimate, v.from, v.to));
    const best = argmax(totals);
    const id = pc.criterion.id;
    values[id] = best + 1;
    // Softmax share of the best value, damped when no sentence speaks of the criterion at all.
    const exps = totals.map((x) => Math.exp(2 * (x - totals[best]!)));
    const share = 1 / exps.reduce((a, b) => a + b, 0);
    const speaks = Math.min(1, Math.max(...strengths) / 0.3);
    confidence[id] = round(Math.min(0.95, share * (0.55 + 0.45 * speaks)), 2);
    const lexical = sims[best]!
      .map((score, i) => ({ i, score }))
      .filter((e) => e.score >= t.evidenceMinimum)
      .sort((a, b) => b.score - a.score)
      .slice(0, t.evidenceCount)
      .map((e) => ({ text: sentences[e.i]!.text, score: round(e.score) }));
    // Without enough sentences in the value's own words, the level cues that agree with the
    // chosen value are the reason: shown after them, with a low score (they speak of the level, not the criterion).
    const chosen = pc.values[best]!;
    const agrees = (level: number) => distanceToSpan(level, chosen.from, chosen.to) <= 0.5;
    const cueSentences = [
      ...hits.filter((h) => agrees(1 + h.position * (n - 1))).map((h) => h.sentence),
      ...(from.education !== undefined && agrees(from.education) ? educationSentences : []),
    ];
    const cues =
      lexical.length >= t.evidenceCount
        ? []
        : [...new Set(cueSentences)]
            .filter((i) => !lexical.some((e) => e.text === sentences[i]!.text))
            .slice(0, t.evidenceCount - lexical.length)
            .map((i) => ({ text: sentences[i]!.text, score: CUE_SCORE }));
    evidence[id] = [...lexical, ...cues].sort((a, b) => b.score - a.score);
  }

  // 4. Result areas: the tasks against each area's texts.
  const taskIndexes = sentences.flatMap((s, i) => (s.section === 'tasks' || s.section === 'purpose' ? [i] : []));
  const use = taskIndexes.length > 0 ? taskIndexes : sentences.map((_, i) => i);
  const areaScores = model.areas.map((area) => strength(use.map((i) => cosine(vectors[i]!, area.vector, norms[i], area.norm))));
  const bestArea = Math.max(0, ...areaScores);
  const resultAreas = model.areas.filter((_, i) => areaScores[i]! >= t.areaMinimum && areaScores[i]! >= t.areaShare * bestArea).map((a) => a.id);

  return {
    method: SUGGEST_METHOD,
    family: family.id,
    familyVersion: family.version,
    familyScores: ranking,
    resultAreas,
    values,
    evidence,
    confidence,
    level: { estimate: round(estimate, 2), from: Object.fromEntries(Object.entries(from).map(([k, v]) => [k, round(v, 2)])) },
  };
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i]! > xs[best]!) best = i;
  return best;
}
