import type { Family } from '../family/schema.js';
import { fold } from './text.js';

/**
 * Level cues (decision 0064): what a legacy text says about the weight of a function apart
 * from the family's criterion texts. Two kinds:
 * - diploma and years of experience, compared with the family's own "opleidingsniveau en
 *   ervaring" per level (so a family of other levels reads them its own way);
 * - seniority words ("hiërarchisch leidinggevende", "coördineert", "onder begeleiding"), as a
 *   position between the family's lowest (0) and highest (1) level.
 */

/** Diploma ranks: 0 secondary, 1 bachelor, 2 master, 3 doctorate. */
const DIPLOMAS: readonly [RegExp, number][] = [
  [/\b(doctoraat|doctorsdiploma|phd|gepromoveerd)\b/, 3],
  [/\b(master\w*|licentia\w*|universita\w*|ingenieur|hoger onderwijs van het lange type|niveau a\b)/, 2],
  [/\b(bachelor\w*|graduaat|gegradueerde|hbo5|hoger onderwijs van het korte type|niveau b\b)/, 1],
  [/\b(secundair\w*|middelbaar|aso|tso|bso|kso|hoger secundair|niveau c\b|niveau d\b)/, 0],
];

const NUMBER_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, vijftien: 15, twintig: 20,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const toNumber = (s: string) => NUMBER_WORDS[s] ?? Number(s);

/** The ranks of the diplomas a text names. */
export function diplomaRanks(text: string): number[] {
  const folded = fold(text);
  return DIPLOMAS.filter(([pattern]) => pattern.test(folded)).map(([, rank]) => rank);
}

export interface YearsRange {
  from: number;
  to: number;
}

/**
 * Years of experience a text asks: "3 tot 6 jaar" → 3–6, "minstens 10 jaar" → 10–∞,
 * "5 jaar ervaring" → 5–5 (read as at least 5 where the text says so), "startfunctie"/"geen
 * ervaring vereist" → 0–0. Undefined when the text names none.
 */
export function yearsAsked(text: string): YearsRange | undefined {
  const folded = fold(text);
  if (/\b(startfunctie\w*|(pas|net|vers) afgestudeerd\w*|geen (relevante |beroeps)?ervaring (vereist|nodig)|ervaring is niet (vereist|nodig)|schoolverlater\w*)\b/.test(folded)) return { from: 0, to: 0 };
  const range = new RegExp(`\\b${NUM}\\s*(?:a|à|tot|-|–)\\s*${NUM}\\s*jaar`).exec(folded);
  if (range !== null) return { from: toNumber(range[1]!), to: toNumber(range[2]!) };
  const atLeast = new RegExp(`\\b(?:minstens|minimum|minimaal|ten minste|meer dan|ruim|min\\.?)\\s*${NUM}\\s*jaar`).exec(folded);
  if (atLeast !== null) return { from: toNumber(atLeast[1]!), to: Infinity };
  const plain = new RegExp(`\\b${NUM}\\s*(?:\\+\\s*)?jaar\\b(?=[^.]*ervaring)|ervaring[^.]*?\\b${NUM}\\s*jaar`).exec(folded);
  if (plain !== null) {
    const n = toNumber((plain[1] ?? plain[2])!);
    return { from: n, to: /\+/.test(plain[0]) ? Infinity : n };
  }
  if (/\benkele jaren\b/.test(folded)) return { from: 3, to: 6 };
  return undefined;
}

/** One way a level is reached: a diploma (any of `ranks`) with years in a range. */
export interface EducationClause {
  ranks: number[];
  years: YearsRange;
}

/**
 * The clauses of one level's "opleidingsniveau en ervaring": split where the text starts
 * another diploma ("… master met minstens 10 jaar ervaring of doctoraat met minstens 6 jaar"),
 * after leaving out "(of gelijkwaardig door …)".
 */
export function educationClauses(text: string): EducationClause[] {
  const cleaned = fold(text).replace(/\(of gelijkwaardig[^)]*\)/g, ' ');
  const pieces = cleaned.split(/\s(?:of|tot)\s(?=(?:\S+\s){0,3}?(?:startfunct|doctora|master|bachelor|licentia|gradua|secundair))/);
  const out: EducationClause[] = [];
  for (const piece of pieces) {
    const ranks = diplomaRanks(piece);
    if (ranks.length === 0) continue;
    out.push({ ranks, years: yearsAsked(piece) ?? { from: 0, to: Infinity } });
  }
  return out;
}

const yearsDistance = (years: YearsRange, asked: YearsRange) => {
  // The legacy text's lower bound is what it asks; it lies in the level's range or not.
  const y = asked.from;
  return y < years.from ? years.from - y : y > years.to ? y - years.to : 0;
};

export interface EducationFit {
  /** Per family level (index 0 = level 1): how far the text's diploma and years lie from it. */
  distances: number[];
  rank?: number;
  years?: YearsRange;
}

/**
 * How the diploma (the lowest the text asks) and years of experience fit each level of the
 * family. Undefined when the text names neither, or the family's texts name no diploma.
 */
export function educationFit(family: Family, text: string): EducationFit | undefined {
  const ranks = diplomaRanks(text);
  const rank = ranks.length > 0 ? Math.min(...ranks) : undefined;
  const years = yearsAsked(text);
  if (rank === undefined && years === undefined) return undefined;
  const levels = family.levels.map((l) => educationClauses(family.expertise.levels.find((e) => e.level === l.level)?.educationAndExperience ?? ''));
  if (levels.every((clauses) => clauses.length === 0)) return undefined;
  const distances = levels.map((clauses) =>
    clauses.length === 0
      ? Infinity
      : Math.min(
          ...clauses.map(
            (c) => (rank !== undefined ? Math.min(...c.ranks.map((r) => Math.abs(r - rank))) : 0) + (years !== undefined ? yearsDistance(c.years, years) / 3 : 0),
          ),
        ),
  );
  return { distances, ...(rank !== undefined ? { rank } : {}), ...(years !== undefined ? { years } : {}) };
}

/** A seniority cue: a pattern over folded text and the position it points at (0 lowest .. 1 highest level). */
interface SeniorityCue {
  pattern: RegExp;
  position: number;
  /** How much one sentence with it counts. */
  weight: number;
}

const SENIORITY_CUES: readonly SeniorityCue[] = [
  { pattern: /\b(hierarchisch\w* leiding\w*|geeft leiding aan|leiding geven aan|diensthoofd|afdelingshoofd|teamleider|teamverantwoordelijke|teamcoach|leidinggevende (van|over)|functioneringsgesprek\w*|evalueert (de|zijn|haar) medewerkers|stuurt (een|het|zijn|haar) team)/, position: 1, weight: 2 },
  { pattern: /\b(strategisch\w*|topmanagement|directiecomite|managementcomite|leidend ambtenaar|programma'?s?\b|beleidsdomein|lobby\w*|cultuurverandering|gedragsverandering|autoriteit|verdedig\w* (het|de) budget\w*)/, position: 1, weight: 1.5 },
  { pattern: /\b(coordineer\w*|coordinat\w*|leidt (een |het |de )?(project|werkgroep)\w*|projectleid\w*|trekt (het|de|een)|trekker|eindverantwoordelijk\w*|senior|expert\w*|mee bepalen|bepaalt mee|beheert (het|een|de) budget|budgetbeheer\w*|integreren van|integratie van)/, position: 0.75, weight: 1 },
  { pattern: /\b(zelfstandig\w*|autonoom|eigen initiatief|uitwerken van (het )?beleid|werkt (het )?beleid uit|verbetervoorstel\w*|analyseert|adviseert)/, position: 0.5, weight: 0.5 },
  { pattern: /\b(onder begeleiding|onder toezicht|volgens (duidelijke |vaste )?(instructies|richtlijnen|procedures)|neemt deel aan|werkt mee aan|helpt bij|administratieve ondersteuning|eenvoudige|routine\w*|regelmatig opgevolgd)/, position: 0.15, weight: 1 },
  { pattern: /\b(junior|starter\w*|startfunctie|pas afgestudeerd\w*|geen ervaring)/, position: 0, weight: 1.5 },
];

export interface SeniorityHit {
  sentence: number;
  position: number;
  weight: number;
}

/**
 * Someone else's role named in a sentence ("je leidinggevende volgt je op", "rapporteert aan
 * het afdelingshoofd"): says who follows the function up, not that the function leads.
 */
export const SUPERVISOR = /\b(je|jouw|uw|zijn|haar|de|het|door de|door het|aan de|aan het|met de|met het)\s+(directe\s+)?(leidinggevende|teamverantwoordelijke|teamleider|diensthoofd|afdelingshoofd|coordinator|hoofdredacteur|directeur|algemeen directeur|secretaris-generaal|administrateur-generaal|leidend ambtenaar|chef)\b/g;

/** Seniority cues per sentence (index into `texts`); one hit per sentence and cue. */
export function seniorityHits(texts: readonly string[]): SeniorityHit[] {
  const out: SeniorityHit[] = [];
  texts.forEach((text, sentence) => {
    const folded = fold(text).replace(SUPERVISOR, ' ');
    for (const cue of SENIORITY_CUES) if (cue.pattern.test(folded)) out.push({ sentence, position: cue.position, weight: cue.weight });
  });
  return out;
}
