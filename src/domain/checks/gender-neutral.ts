/**
 * Gender-neutral wording check (EU pay transparency directive 2023/970: classification
 * criteria must be free of gender bias). Flags masculine or feminine generic wording in
 * Dutch texts, with a suggestion. The seed family itself says "zijn werk": exactly what
 * this check is for.
 *
 * "zijn" is both a possessive pronoun and the verb "to be" (possessive.ts tells them apart:
 * "zodat zijn afdeling" is flagged, "die zijn verantwoordelijk" and "de taken zijn" are not);
 * "haar" is flagged wherever it stands alone. "zijn/haar", "zijn of haar" and "hij/zij" are
 * neutral and skipped. Measured on a held-out list of sentences (gender-neutral.test.ts).
 */

import type { Family } from '../family/schema.js';
import type { FubeContent } from '../fube/schema.js';
import { possessives } from './possessive.js';

export interface WordingFinding {
  /** The word or phrase found, as it stands in the text. */
  match: string;
  /** Character offset in the text. */
  index: number;
  code: 'gendered-pronoun' | 'gendered-title';
  /** Which rule matched, so an adapter can word the suggestion in its own language. */
  rule: WordingRule;
  suggestion: string;
  /**
   * For a possessive: the words rewritten without it, from the text itself ("zijn afdeling"
   * → "de eigen afdeling"), so the reader sees what to write. Dutch, like the text.
   */
  replacement?: string;
  /** The end of the words the replacement stands for (from `index`). */
  replacementEnd?: number;
}

export type WordingRule = 'possessive' | 'pronoun' | 'title';
export const WORDING_RULES: readonly WordingRule[] = ['possessive', 'pronoun', 'title'];

interface Pattern {
  re: RegExp;
  code: WordingFinding['code'];
  rule: WordingRule;
  suggestion: string;
}

const PATTERNS: Pattern[] = [
  // Subject and object pronouns, unless paired ("hij/zij", "hem of haar").
  {
    re: /(?<![/])\b(hij|zij|hem)\b(?!\s*(?:\/|of\s+(?:zij|hij|haar|hem)\b))/giu,
    code: 'gendered-pronoun',
    rule: 'pronoun',
    suggestion: 'de functiehouder / de medewerker, of herschrijf zonder voornaamwoord',
  },
  // Gendered job titles.
  {
    re: /\b(\p{L}+(?:man|vrouw|ster|trice))\b/giu,
    code: 'gendered-title',
    rule: 'title',
    suggestion: 'een neutrale functienaam (bv. "vakkracht", "medewerker", "deskundige")',
  },
];

// Words ending like a gendered title that are not titles ("een master" is the degree).
const NOT_TITLES = new Set(['master', 'masters', 'meester', 'zuster', 'venster', 'monster', 'register', 'orkester', 'minister', 'semester', 'klooster', 'mister', 'elektricien', 'kwartier', 'kantoorruimte', 'aansturing', 'inleidster']);
// "zij" is also the plural "they"; it is only flagged when it plainly stands for one person.
const SINGULAR_CONTEXT = /\b(zij|hij)\s+(?:is|heeft|wordt|kan|moet|zal|neemt|doet|geeft|leidt|volgt)\b/iu;

const POSSESSIVE_SUGGESTION = 'de eigen / het eigen (bv. "voor het eigen werk")';

export function checkWording(text: string): WordingFinding[] {
  const findings: WordingFinding[] = possessives(text).map((p) => ({
    match: p.match,
    index: p.index,
    code: 'gendered-pronoun',
    rule: 'possessive',
    suggestion: POSSESSIVE_SUGGESTION,
    ...(p.replacement !== undefined && p.end !== undefined ? { replacement: p.replacement, replacementEnd: p.end } : {}),
  }));
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const word = m[1] ?? m[0];
      const index = (m.index ?? 0) + m[0].lastIndexOf(word);
      if (pattern.code === 'gendered-title' && NOT_TITLES.has(word.toLowerCase())) continue;
      if (pattern.code === 'gendered-pronoun' && /^zij$/iu.test(word)) {
        if (!SINGULAR_CONTEXT.test(text.slice(index, index + 20))) continue;
      }
      findings.push({ match: word, index, code: pattern.code, rule: pattern.rule, suggestion: pattern.suggestion });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

export interface LocatedWordingFinding extends WordingFinding {
  /** Field path of the text, e.g. `competencies[0].levels[0].text`. */
  path: string;
  /** The words around the match, so a reader sees it in context without the whole text. */
  excerpt: { before: string; after: string };
}

const EXCERPT_CHARS = 40;

/** Up to EXCERPT_CHARS characters either side, cut at a word boundary, "…" where cut. */
function excerptOf(text: string, index: number, length: number): { before: string; after: string } {
  const start = Math.max(0, index - EXCERPT_CHARS);
  const end = Math.min(text.length, index + length + EXCERPT_CHARS);
  let before = text.slice(start, index);
  let after = text.slice(index + length, end);
  if (start > 0) before = `…${before.replace(/^\S*\s/u, '')}`;
  if (end < text.length) after = `${after.replace(/\s\S*$/u, '')}…`;
  return { before, after };
}

/**
 * Runs the wording check over every text of a family or FUBE (any JSON-like object),
 * skipping ids and other keys that are not prose.
 */
export function checkWordingIn(value: unknown, skipKeys: ReadonlySet<string> = DEFAULT_SKIP): LocatedWordingFinding[] {
  const out: LocatedWordingFinding[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      for (const finding of checkWording(node)) out.push({ ...finding, path, excerpt: excerptOf(node, finding.index, finding.match.length) });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (!skipKeys.has(key)) walk(child, path === '' ? key : `${path}.${key}`);
      }
    }
  };
  walk(value, '');
  return out;
}

const DEFAULT_SKIP: ReadonlySet<string> = new Set(['id', 'competencyId', 'source', 'confidence', 'join', 'origin', 'resultAreaId', 'criterionId', 'entityId', 'unitId', 'familyId', 'holderIds', 'managerId', 'rule']);

/** The prose of a family: every text except its source note (ids are skipped anyway). */
export const checkFamilyWording = (family: Family): LocatedWordingFinding[] => checkWordingIn(family);

/**
 * The prose a FUBE's writers own: title, purpose, result areas, specific knowledge and the
 * decision's motivation. The weighing is left out: its explanation is generated text.
 */
export function checkFubeWording(content: FubeContent): LocatedWordingFinding[] {
  const { title, purpose, resultAreas, specificKnowledge, decision, unassignable, competencyWording } = content;
  return checkWordingIn({ title, purpose, resultAreas, specificKnowledge, decision, unassignable, competencyWording });
}

/**
 * The text with every possessive rewritten as its finding suggests ("binnen zijn entiteit"
 * → "binnen de eigen entiteit"): a first neutral wording to start editing from, never
 * applied without a person's choice. Other findings (pronouns, titles) stay for the person.
 */
export function suggestNeutralText(text: string): string {
  const rewrites = checkWording(text).filter((f) => f.replacement !== undefined && f.replacementEnd !== undefined);
  let out = text;
  for (const f of [...rewrites].reverse()) {
    const capital = /^\p{Lu}/u.test(f.match);
    const replacement = capital ? f.replacement!.charAt(0).toUpperCase() + f.replacement!.slice(1) : f.replacement!;
    out = out.slice(0, f.index) + replacement + out.slice(f.replacementEnd);
  }
  return out;
}
