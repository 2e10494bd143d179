import type { Family } from '../family/schema.js';
import { classLabel, valueText } from '../family/query.js';
import { type Locale, format } from '../messages/index.js';
import type { WeighingResult } from './types.js';

/**
 * Who reads the explanation. Holders get the suggestion and every criterion; the points of
 * attention (spread, ties, reconstruction caveats) are working notes for HR and the
 * committees (DOMAIN.md §3.7).
 */
export type ExplanationAudience = 'holder' | 'hr';

/**
 * The weighing in plain words: the suggestion, every criterion with its chosen value (whole
 * sentences, never cut) and where it lies, then, for HR, the points of attention (flags).
 * The result carries the numbers; the family gives the value texts and the classes of each level.
 */
export function explain(
  result: WeighingResult,
  family: Family,
  locale: Locale = 'nl',
  audience: ExplanationAudience = 'hr',
  /** The FUBE's chosen OF alternatives per criterion: only their text is explained. */
  alternatives: Readonly<Record<string, readonly number[]>> = {},
): string {
  const lines: string[] = [];
  const suggested = result.levels.find((l) => l.level === result.level);
  const classes = suggested?.classes ?? [result.class];
  lines.push(
    classes.length === 2
      ? format(locale, 'explain.suggestion.two-classes', {
          level: result.level,
          family: family.name,
          classes: classLabel(classes),
          class: result.class,
        })
      : format(locale, 'explain.suggestion.one-class', { level: result.level, family: family.name, class: result.class }),
  );
  lines.push(format(locale, 'explain.how'));
  if (classes.length === 2) {
    const params = { level: result.level, above: result.above, below: result.below, class: result.class };
    lines.push(
      result.class === classes[1]
        ? format(locale, 'explain.class.higher', params)
        : format(locale, 'explain.class.lower', params),
    );
  }

  lines.push('', format(locale, 'explain.criteria.title'));
  const classesOf = (level: number) => classLabel(family.levels[level - 1]?.classes ?? []);
  for (const c of result.criteria) {
    const covers =
      c.from === c.to
        ? format(locale, 'explain.covers.one', { level: c.from, classes: classesOf(c.from), classCount: family.levels[c.from - 1]?.classes.length ?? 1 })
        : format(locale, 'explain.covers.range', {
            from: c.from,
            to: c.to,
            classes: range(c.from, c.to).map(classesOf).join(', '),
          });
    const text = valueSentence(family, c.criterionId, c.value, locale, alternatives[c.criterionId]);
    const position = format(locale, `explain.position.${c.position}`);
    // A result from another family version may name a value this family does not describe.
    lines.push(
      text === ''
        ? format(locale, 'explain.criterion.without-text', { criterion: c.name, value: c.value, covers, position })
        : format(locale, 'explain.criterion', { criterion: c.name, value: c.value, text, covers, position }),
    );
  }

  if (audience === 'holder') return lines.join('\n');
  lines.push('', format(locale, 'explain.flags.title'));
  if (result.flags.length === 0) lines.push(format(locale, 'explain.flags.none'));
  const nameOf = (id: string) => result.criteria.find((c) => c.criterionId === id)?.name ?? id;
  const names = (ids: string[]) => joinList(locale, ids.map(nameOf));
  for (const flag of result.flags) {
    const count = flag.criteria.length;
    switch (flag.code) {
      case 'spread': {
        // An RG value far from the level is what the RG result area is for (a team leader's
        // hierarchical leadership): it is named apart, not put in doubt.
        const isRg = (id: string) => family.criteria.find((c) => c.id === id)?.values[(result.values[id] ?? 0) - 1]?.rg === true;
        const plain = flag.criteria.filter((id) => !isRg(id));
        const rg = flag.criteria.filter(isRg);
        if (plain.length > 0) lines.push(format(locale, 'explain.flag.spread', { criteria: names(plain), count: plain.length }));
        if (rg.length > 0) lines.push(format(locale, 'explain.flag.spread-rg', { criteria: names(rg), count: rg.length }));
        break;
      }
      case 'tie': {
        const best = Math.min(...result.levels.map((l) => l.distance));
        const tied = result.levels.filter((l) => l.distance === best).map((l) => String(l.level));
        lines.push(
          format(locale, 'explain.flag.tie', {
            levels: joinList(locale, tied),
            level: result.level,
            criteria: names(flag.criteria),
            count,
          }),
        );
        break;
      }
      case 'borderline':
        lines.push(
          format(locale, 'explain.flag.borderline', { level: result.level, count: result.above, criteria: names(flag.criteria) }),
        );
        break;
      case 'reconstructed-span':
        lines.push(format(locale, 'explain.flag.reconstructed-span', { criteria: names(flag.criteria) }));
        break;
      case 'rg-required':
        for (const id of flag.criteria) {
          const value = result.values[id] ?? 0;
          lines.push(
            format(locale, 'explain.flag.rg-required', {
              criterion: nameOf(id),
              value,
              text: valueSentence(family, id, value, locale, alternatives[id]),
            }),
          );
        }
        break;
    }
  }
  return lines.join('\n');
}

/**
 * After an appeal upheld into another family: the explanation says first where the function
 * stands now, so the weighing in the written family is not read as its classification.
 */
export function explainStanding(explanation: string, written: Family, standing: { name: string; class: number }, locale: Locale = 'nl'): string {
  return `${format(locale, 'explain.upheld-family', { family: standing.name, class: standing.class, written: written.name })}\n\n${explanation}`;
}

/** "A", "A en B", "A, B en C". */
export function joinList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return format(locale, 'explain.list.and', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/**
 * A value's whole text on one line: its alternatives (OF) or parts (EN) joined with the word
 * that joins them. Never cut: a sentence cut mid-phrase is read as another sentence.
 */
export function valueSentence(family: Family, criterionId: string, value: number, locale: Locale = 'nl', chosen?: readonly number[]): string {
  const criterionValue = family.criteria.find((c) => c.id === criterionId)?.values[value - 1];
  if (criterionValue === undefined) return '';
  const parts = criterionValue.parts;
  // Chosen OF alternatives all apply: they read as parts joined by EN.
  const picked = parts?.join === 'or' && chosen !== undefined && chosen.length > 0 && chosen.every((n) => parts.items[n - 1] !== undefined) ? chosen.map((n) => parts.items[n - 1]!) : undefined;
  const items = picked ?? parts?.items;
  const joiner = picked !== undefined || parts?.join === 'and' ? 'explain.join.and' : 'explain.join.or';
  const text = items === undefined ? valueText(criterionValue) : items.map((item) => item.replace(/[\s.;,]+$/, '')).join(` ${format(locale, joiner)} `);
  return text.replace(/\s+/g, ' ').trim();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let l = from; l <= to; l++) out.push(l);
  return out;
}
