import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { classLabel } from '../../domain/family/index.js';
import type { Family } from '../../domain/family/schema.js';
import { type ImportNote, describeWhere, familyYaml, readFamilyDocx } from '../../documents/family-docx/index.js';
import { familiesDir, findFamily, readFamilyFile, readFamilyFolder } from '../../store/family-files.js';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { checkOutputFile, forceOption } from '../output-file.js';
import { type OutputFormat, familyVersionOption, formatOption } from '../options.js';
import { familySummary, renderFamilyText } from '../render/family-text.js';
import { outputWidth, table } from '../render/text.js';
import { io } from '../io.js';

/** `weegschaal family validate|show|list|import-docx`: the family files (src/store/family-files.ts). */
export function registerFamilyCommands(program: Command): void {
  const family = program
    .command('family')
    .description('functiefamilies: een bestand nakijken, een familie tonen, de families oplijsten, een Word-document inlezen');

  family
    .command('validate')
    .description('kijk een familiebestand (YAML of JSON) na en meld elke fout met regel en kolom')
    .argument('<bestand>', 'het familiebestand')
    .action(async (file: string) => {
      const result = await readFamilyFile(file);
      if (!result.ok) throw CliError.fromDomain(result.errors);
      io().stdout.write(`${file}: geldig — ${familySummary(result.value)}\n`);
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
      io().stdout.write(
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
        io().stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else if (folder.families.length === 0) {
        io().stdout.write(`geen functiefamilies gevonden in ${familiesDir()}\n`);
      } else {
        const rows = folder.families.map(({ file, family: f }) => [
          f.id,
          String(f.version),
          f.name,
          f.levels.map((l) => classLabel(l.classes)).join(', '),
          file,
        ]);
        io().stdout.write(`${table(['id', 'versie', 'naam', 'functieklassen', 'bestand'], rows, ['left', 'right']).join('\n')}\n`);
      }
      if (folder.errors.length > 0) throw CliError.fromDomain(folder.errors);
    });

  family
    .command('import-docx')
    .description('lees een functiefamilie uit een Word-document (.docx): de Vlaamse opmaak of een familiedocument van Weegschaal; schrijft een familiebestand dat family validate doorstaat en een rapport van wat na te kijken is')
    .argument('<bestand.docx>', 'het Word-document')
    .requiredOption('-o, --output <familie.yaml>', 'het familiebestand dat geschreven wordt (- voor de standaarduitvoer)')
    .option('--report <rapport.json>', 'schrijf het rapport (wat zeker ingelezen is, wat na te kijken is, met alinea en cel) als JSON')
    .option('--base <id>', 'een nieuwe versie van deze familie uit de familiemap: haar id en de ids van resultaatgebieden, criteria en competenties waar de namen overeenkomen')
    .addOption(forceOption())
    .action(async (file: string, options: { output: string; report?: string; base?: string; force?: boolean }, command: Command) => {
      await checkOutputFile(command, options.output, options.force);
      if (options.report !== undefined) await checkOutputFile(command, options.report, options.force);
      let base: Family | undefined;
      if (options.base !== undefined) {
        const found = await findFamily(options.base);
        if (!found.ok) throw CliError.fromDomain(found.errors);
        base = found.value.family;
      }
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new CliError([`${file}: ${error.code === 'ENOENT' ? 'bestand niet gevonden' : error.code === 'EISDIR' ? 'dit is een map, geen Word-document' : 'kan het bestand niet lezen'}`], EXIT_USAGE);
      });
      const fileName = file.split(/[\\/]/).pop() ?? file;
      // Read in this process, not in the server's document pool: a console command has no other users to freeze.
      const read = readFamilyDocx(bytes, { fileName, ...(base !== undefined ? { base } : {}) });
      // Nothing is written when the document cannot give a valid family.
      if (!read.ok) throw CliError.fromDomain(read.errors.map((e) => ({ ...e, file })));
      const { family, report } = read.value;
      const yaml = familyYaml(family, fileName);
      if (options.output === '-') io().stdout.write(yaml);
      else await writeAtomically(options.output, yaml);
      if (options.report !== undefined) {
        const json = JSON.stringify({ file: fileName, layout: report.layout, family: { id: family.id, version: family.version, name: family.name }, certain: report.certain, check: report.check }, null, 2);
        await writeAtomically(options.report, `${json}\n`);
      }
      const out = options.output === '-' ? io().stderr : io().stdout;
      out.write(
        `${options.output === '-' ? file : options.output}: ${family.name}, versie ${family.version} — ${report.certain.length} onderdelen zeker ingelezen, ${report.check.length} na te kijken\n`,
      );
      for (const note of report.check) out.write(`  na te kijken: ${noteLine(note)}\n`);
    });
}

const noteLine = (note: ImportNote): string => {
  const where = describeWhere(note);
  return where === '' ? note.message : `${where}: ${note.message}`;
};

/** Written next to the target and renamed, so a failure never leaves half a file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
