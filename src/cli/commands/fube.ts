import type { Command } from 'commander';
import { Option } from 'commander';
import type { Family } from '../../domain/family/schema.js';
import { findCriterion } from '../../domain/family/query.js';
import type { FubeSuggestion } from '../../domain/suggest/index.js';
import { familiesDir, findFamily, readFamilyFolder } from '../../store/family-files.js';
import { CliError } from '../cli-error.js';
import { type OutputFormat, familyVersionOption, formatOption } from '../options.js';
import { io } from '../io.js';

interface SuggestOptions {
  family?: string;
  version?: number;
  format: OutputFormat;
}

/** The JSON of `fube suggest --format json`: exactly these keys (issue 17 item 3). */
export function suggestionJson(suggestion: FubeSuggestion): Pick<FubeSuggestion, 'family' | 'resultAreas' | 'values' | 'evidence' | 'confidence'> {
  const { family, resultAreas, values, evidence, confidence } = suggestion;
  return { family, resultAreas, values, evidence, confidence };
}

const decimal = (x: number) => x.toFixed(2).replace('.', ',');

/** The suggestion in Dutch for a person at a terminal: never presented as a decision. */
export function suggestionText(file: string, title: string, suggestion: FubeSuggestion, family: Family, warnings: readonly string[]): string {
  const lines = [`Suggestie voor ${file} — geen beslissing: HR kijkt elke waarde na aan de hand van de zinnen eronder.`, `Titel: ${title || '(geen titel gevonden)'}`];
  lines.push(`Familie: ${family.name} (${family.id} versie ${family.version})`);
  if (suggestion.familyScores.length > 1) lines.push(`  overeenkomst per familie: ${suggestion.familyScores.map((s) => `${s.family} ${decimal(s.score)}`).join(', ')}`);
  const areas = suggestion.resultAreas.map((id) => family.resultAreas.find((a) => a.id === id)?.title ?? id);
  lines.push(`Resultaatgebieden: ${areas.length > 0 ? areas.join('; ') : '(geen duidelijke overeenkomst)'}`);
  lines.push(`Niveau waar de tekst als geheel op wijst: ${decimal(suggestion.level.estimate)} van ${family.levels.length}`);
  lines.push('Criteria:');
  for (const [id, value] of Object.entries(suggestion.values)) {
    const criterion = findCriterion(family, id);
    lines.push(`  ${criterion?.name ?? id}: waarde ${value} (zekerheid ${decimal(suggestion.confidence[id] ?? 0)})`);
    const evidence = suggestion.evidence[id] ?? [];
    if (evidence.length === 0) lines.push('    (geen zin in de tekst over dit criterium)');
    for (const e of evidence) lines.push(`    - "${e.text}" (${decimal(e.score)})`);
  }
  for (const warning of warnings) lines.push(`Let op: ${warning}`);
  return `${lines.join('\n')}\n`;
}

/** The families a suggestion compares with, from the families folder: the one asked, else the latest version of each. */
async function folderFamilies(options: SuggestOptions): Promise<Family[]> {
  if (options.family !== undefined) {
    const found = await findFamily(options.family, options.version !== undefined ? { version: options.version } : {});
    if (!found.ok) throw CliError.fromDomain(found.errors);
    return [found.value.family];
  }
  const folder = await readFamilyFolder();
  const latest = new Map<string, Family>();
  for (const { family } of folder.families) if ((latest.get(family.id)?.version ?? 0) < family.version) latest.set(family.id, family);
  if (latest.size === 0) throw new CliError([`geen functiefamilies in ${familiesDir()}`]);
  return [...latest.values()];
}

/** `weegschaal fube suggest <file>`: a suggestion for an old function description. */
export function registerFubeCommands(program: Command): void {
  const fube = program.command('fube').description('functiebeschrijvingen (FUBEs): een suggestie uit een oude functiebeschrijving');
  fube
    .command('suggest')
    .summary('stel familie, resultaatgebieden en criteriumwaarden voor bij een oude functiebeschrijving')
    .description(
      'lees een oude functiebeschrijving (.docx, .txt of .pdf) en stel voor: de functiefamilie, de resultaatgebieden ' +
        'die passen en per criterium een waarde met de zinnen die ze steunen en een zekerheid (0..1). Werkt offline, ' +
        'zonder model (docs/decisions/0064). Een suggestie is nooit een beslissing.',
    )
    .argument('<bestand>', 'de oude functiebeschrijving (.docx, .txt of .pdf)')
    .addOption(new Option('--family <id>', 'vergelijk alleen met deze functiefamilie (standaard: elke familie in de map met families)'))
    .addOption(familyVersionOption())
    .addOption(formatOption())
    .action(async (file: string, options: SuggestOptions) => {
      const { readLegacyFile } = await import('../../documents/legacy/index.js');
      const { suggestFube } = await import('../../domain/suggest/index.js');
      // Read in this process, not in the document pool: a console command has no other users to freeze.
      const read = await readLegacyFile(file);
      if (!read.ok) throw CliError.fromDomain(read.errors);
      const families = await folderFamilies(options);
      const suggested = suggestFube(families, read.value.description);
      if (!suggested.ok) throw CliError.fromDomain(suggested.errors.map((e) => ({ ...e, file })));
      const suggestion = suggested.value;
      if (options.format === 'json') {
        io().stdout.write(`${JSON.stringify(suggestionJson(suggestion), null, 2)}\n`);
        for (const warning of read.value.warnings) io().stderr.write(`${file}: let op: ${warning}\n`);
        return;
      }
      const family = families.find((f) => f.id === suggestion.family)!;
      io().stdout.write(suggestionText(file, read.value.description.title, suggestion, family, read.value.warnings));
    });
}
