import type { Family } from '../../domain/family/index.js';
import { classLabel } from '../../domain/family/index.js';
import type { CompetencyProfile } from '../../domain/profile/index.js';
import { CHECK_ORIGINAL } from './family-text.js';
import { heading, subheading, table, wrap } from './text.js';

/** The competency profile of one class as readable text for a terminal. */
export function renderProfileText(profile: CompetencyProfile, family: Family, width: number): string {
  const out: string[] = [];
  const para = (text: string, indent = '') => out.push(...wrap(text, width, indent));
  const title = `Competentieprofiel functieklasse ${profile.class}`;
  out.push(title, '#'.repeat(title.length));
  out.push(`${family.name} [${profile.familyId}] versie ${profile.familyVersion} · niveau ${profile.level} (functieklassen ${classLabel(profile.levelClasses)})`);

  out.push(...heading('Vaktechnische competenties'));
  out.push('Vakkennis:');
  para(profile.expertise.knowledge, '  ');
  para(`(${profile.expertise.instruction})`, '  ');
  out.push('Opleidingsniveau en ervaring:');
  para(profile.expertise.educationAndExperience, '  ');

  out.push(...heading('Gedragscompetenties'));
  if (profile.competencies.length === 0) {
    out.push(`Functieklasse ${profile.class} vereist geen gedragscompetenties van deze familie.`);
    return `${out.join('\n')}\n`;
  }
  out.push(
    ...table(
      ['competentie', 'vereist niveau', ''],
      profile.competencies.map((c) => [c.name, String(c.requiredLevel), c.confidence === 'reconstructed' ? '*' : '']),
      ['left', 'right'],
    ),
  );
  if (profile.competencies.some((c) => c.confidence === 'reconstructed')) out.push('', `* gereconstrueerde span: ${CHECK_ORIGINAL}`);
  for (const competency of profile.competencies) {
    out.push(...subheading(`${competency.name} — niveau ${competency.requiredLevel}`));
    para(competency.levelText);
    para(`Definitie: ${competency.definition}`, '  ');
  }
  return `${out.join('\n')}\n`;
}
