import type { Command } from 'commander';
import { classLabel } from '../../domain/family/index.js';
import { familiesDir, findFamily, readFamilyFile, readFamilyFolder } from '../../store/family-files.js';
import { CliError } from '../cli-error.js';
import { type OutputFormat, familyVersionOption, formatOption } from '../options.js';
import { familySummary, renderFamilyText } from '../render/family-text.js';
import { outputWidth, table } from '../render/text.js';

/** `weegschaal family validate|show|list`: the family files (src/store/family-files.ts). */
export function registerFamilyCommands(program: Command): void {
  const family = program
    .command('family')
    .description('functiefamilies: een bestand nakijken, een familie tonen, de families oplijsten');

  family
    .command('validate')
    .description('kijk een familiebestand (YAML of JSON) na en meld elke fout met regel en kolom')
    .argument('<bestand>', 'het familiebestand')
    .action(async (file: string) => {
      const result = await readFamilyFile(file);
      if (!result.ok) throw CliError.fromDomain(result.errors);
      process.stdout.write(`${file}: geldig — ${familySummary(result.value)}\n`);
    });

  family
    .command('show')
    .description('toon een functiefamilie: doel, niveaus, resultaatgebieden, criteria, competenties')
    .argument('<id>', 'id van de functiefamilie (uit het bestand, niet de bestandsnaam)')
    .addOption(formatOption())
    .addOption(familyVersionOption())
    .action(async (id: string, options: { format: OutputFormat; version?: number }) => {
      const found = await findFamily(id, options.version !== undefined ? { version: options.version } : {});
      if (!found.ok) throw CliError.fromDomain(found.errors);
      process.stdout.write(
        options.format === 'json' ? `${JSON.stringify(found.value.family, null, 2)}\n` : renderFamilyText(found.value.family, outputWidth()),
      );
    });

  family
    .command('list')
    .description(`lijst de functiefamilies op (map: WEEGSCHAAL_FAMILIES_DIR of families/ van het pakket)`)
    .addOption(formatOption())
    .action(async (options: { format: OutputFormat }) => {
      const folder = await readFamilyFolder();
      // Files that fail do not hide the good ones; they are reported and make the exit code 1.
      if (options.format === 'json') {
        const rows = folder.families.map(({ file, family: f }) => ({ id: f.id, version: f.version, name: f.name, file, levels: f.levels }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else if (folder.families.length === 0) {
        process.stdout.write(`geen functiefamilies gevonden in ${familiesDir()}\n`);
      } else {
        const rows = folder.families.map(({ file, family: f }) => [
          f.id,
          String(f.version),
          f.name,
          f.levels.map((l) => classLabel(l.classes)).join(', '),
          file,
        ]);
        process.stdout.write(`${table(['id', 'versie', 'naam', 'functieklassen', 'bestand'], rows, ['left', 'right']).join('\n')}\n`);
      }
      if (folder.errors.length > 0) throw CliError.fromDomain(folder.errors);
    });
}
