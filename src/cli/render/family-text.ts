import { type Family, classLabel, valueText } from '../../domain/family/index.js';
import { heading, subheading, table, wrap } from './text.js';

/** The mark the UI shows for a span read back from a damaged source (DOMAIN.md §2). */
export const CHECK_ORIGINAL = 'te controleren tegen het origineel';

/** One line for `family validate`: what the family holds and how much is reconstructed. */
export function familySummary(family: Family): string {
  const classes = family.levels.map((l) => classLabel(l.classes)).join(', ');
  const values = family.criteria.reduce((n, c) => n + c.values.length, 0);
  const reconstructedValues = family.criteria.reduce((n, c) => n + c.values.filter((v) => v.confidence === 'reconstructed').length, 0);
  const reconstructedCompetencies = family.competencies.filter((c) => c.confidence === 'reconstructed').length;
  const reconstructed = reconstructedValues + reconstructedCompetencies;
  const spans =
    reconstructed === 0
      ? 'geen gereconstrueerde spans'
      : `${reconstructed} gereconstrueerde spans (${reconstructedValues} criteriumwaarden, ${reconstructedCompetencies} competenties) ${CHECK_ORIGINAL}`;
  return (
    `${family.id} versie ${family.version}: ` +
    `${family.levels.length} niveaus, ${family.levels.reduce((n, l) => n + l.classes.length, 0)} functieklassen (${classes}), ` +
    `${family.criteria.length} criteria (${values} waarden), ${family.resultAreas.length} resultaatgebieden, ` +
    `${family.competencies.length} competenties; ${spans}`
  );
}

function levelsLabel(family: Family, from: number, to: number): string {
  const levels = family.levels.filter((l) => l.level >= from && l.level <= to);
  const classes = levels.map((l) => classLabel(l.classes)).join(', ');
  const word = levels.length === 1 && levels[0]?.classes.length === 1 ? 'klasse' : 'klassen';
  return from === to ? `niveau ${from} (${word} ${classes})` : `niveaus ${from}–${to} (${word} ${classes})`;
}

/** The family as readable text for a terminal, in the order of the family document. */
export function renderFamilyText(family: Family, width: number): string {
  const out: string[] = [];
  const para = (text: string, indent = '') => out.push(...wrap(text, width, indent));

  out.push(family.name, '#'.repeat(family.name.length));
  out.push(`id: ${family.id} · versie ${family.version}`);
  para(`Bron: ${family.source}`);

  out.push(...heading('Doel van de functiefamilie'));
  para(family.purpose.what);
  out.push('met als doel');
  para(family.purpose.goal);
  if (family.scopeNotes.length > 0) {
    out.push(...subheading('Toepassingsgebied'));
    for (const note of family.scopeNotes) out.push(...wrap(note, width, '  ', '- '));
  }

  out.push(...heading('Niveaus en functieklassen'));
  out.push(...table(['niveau', 'functieklassen'], family.levels.map((l) => [String(l.level), classLabel(l.classes)]), ['right', 'left']));

  out.push(...heading('Resultaatgebieden'));
  if (family.resultAreaContext !== undefined) para(family.resultAreaContext);
  family.resultAreas.forEach((area, i) => {
    out.push('', `${i + 1}. ${area.title} [${area.id}]`);
    out.push(...wrap(area.what, width, '     ', '   Wat: '));
    out.push(...wrap(area.goal, width, '     ', '   Met als doel: '));
    if (area.activities.length > 0) {
      out.push('   Voorbeelden van activiteiten:');
      for (const activity of area.activities) out.push(...wrap(activity, width, '     ', '   - '));
    }
  });

  out.push(...heading('Indelingscriteria'));
  for (const criterion of family.criteria) {
    out.push('', `${criterion.name} [${criterion.id}]`);
    if (criterion.note !== undefined) para(`(${criterion.note})`, '  ');
    criterion.values.forEach((value, v) => {
      const marks = [levelsLabel(family, value.from, value.to)];
      if (value.rg) marks.push('RG');
      if (value.confidence === 'reconstructed') marks.push(CHECK_ORIGINAL);
      out.push(`  Waarde ${v + 1} · ${marks.join(' · ')}`);
      para(valueText(value), '    ');
    });
  }

  out.push(...heading('Vaktechnische competenties'));
  para(family.expertise.instruction);
  for (const entry of family.expertise.levels) {
    out.push(...subheading(levelsLabel(family, entry.level, entry.level).replace(/^niveau/, 'Niveau')));
    out.push('Vakkennis:');
    para(entry.knowledge, '  ');
    out.push('Opleidingsniveau en ervaring:');
    para(entry.educationAndExperience, '  ');
  }

  out.push(...heading('Gedragscompetenties'));
  if (family.competencies.length === 0) {
    out.push('Deze familie beschrijft geen gedragscompetenties.');
  } else {
    const classes = family.levels.flatMap((l) => l.classes);
    out.push('Vereist competentieniveau per functieklasse (– = niet vereist):', '');
    out.push(
      ...table(
        ['competentie', ...classes.map(String), ''],
        family.competencies.map((c) => [
          c.name,
          ...classes.map((cls) => String(c.required[String(cls)] ?? '–')),
          c.confidence === 'reconstructed' ? '*' : '',
        ]),
        ['left', ...classes.map(() => 'right' as const)],
      ),
    );
    if (family.competencies.some((c) => c.confidence === 'reconstructed')) out.push('', `* gereconstrueerde span: ${CHECK_ORIGINAL}`);
    for (const competency of family.competencies) {
      out.push(...subheading(`${competency.name} [${competency.id}]`));
      para(competency.definition);
      for (const level of competency.levels) out.push(...wrap(level.text, width, '    ', `  ${level.level}. `));
    }
  }
  return `${out.join('\n')}\n`;
}
