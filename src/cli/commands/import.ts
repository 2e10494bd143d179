import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { formatError } from '../../domain/errors.js';
import { CliError } from '../cli-error.js';
import { addDatabaseOptions } from '../options.js';
import { withCommandStore } from './export.js';
import { io } from '../io.js';

/**
 * A line on stderr after this many written records, for tests that must act while an import
 * is running (the kill test); with WEEGSCHAAL_IMPORT_HOLD_MS the import then waits, so the
 * test's signal lands inside the transaction for certain.
 */
const SIGNAL_AFTER = 'WEEGSCHAAL_IMPORT_SIGNAL_AFTER';
const HOLD_MS = 'WEEGSCHAAL_IMPORT_HOLD_MS';

/** `weegschaal import fubes <file>`: a JSON catalogue in bulk, all or nothing unless --partial. */
export function registerImportCommands(program: Command): void {
  const importGroup = program
    .command('import')
    .description('gegevens invoeren: FUBEs uit een JSON-catalogus (zie "weegschaal export fubes"), ontwerpen uit oude functiebeschrijvingen');
  const fubes = importGroup
    .command('fubes')
    .description(
      'voer de FUBEs van een JSON-catalogus in, in één transactie: één foute FUBE en er wordt niets ingevoerd, ' +
        'tenzij --partial. De families die de catalogus noemt moeten in de databank gepubliceerd zijn.',
    )
    .argument('<bestand>', 'de catalogus (JSON, docs/catalogue-format.md)')
    .option('--partial', 'de goede FUBEs invoeren en de afgewezen FUBEs in een verslag schrijven', false)
    .option('--report <bestand>', 'het verslag van de afgewezen FUBEs (standaard <bestand>.afgewezen.txt)');
  registerLegacyImport(importGroup);
  addDatabaseOptions(fubes).action(async (file: string, options: { partial: boolean; report?: string }) => {
    const started = performance.now();
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliError([`${file}: kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
    }
    const { importCatalogue } = await import('../../use-cases/catalogue/import-catalogue.js');
    const signalAfter = Number(process.env[SIGNAL_AFTER] ?? 0);
    const holdMs = Number(process.env[HOLD_MS] ?? 0);
    const bar = io().stderr.isTTY ? await progressBar() : undefined;

    const result = await withCommandStore(fubes, (store) =>
      importCatalogue(store, text, {
        actorId: `cli:${userInfo().username}`,
        partial: options.partial,
        file,
        onProgress: async (written, total) => {
          if (bar !== undefined) {
            if (written === 1) bar.start(total, 0);
            bar.update(written);
          }
          if (written === signalAfter) {
            io().stderr.write(`import: ${written} FUBEs geschreven\n`);
            if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
          }
        },
      }),
    );
    bar?.stop();
    if (!result.ok) throw CliError.fromDomain(result.errors);

    const { imported, rejected, committed, total } = result.value;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const lines = rejected.flatMap((r) => r.errors.map((e) => `fubes[${r.index}]${r.id !== undefined ? ` (${r.id})` : ''}: ${formatError(e)}`));
    const summary = `${total} FUBEs in ${file}: ${imported} ingevoerd, ${rejected.length} afgewezen, in ${seconds} s`;
    if (!committed)
      throw new CliError([...lines, summary, `niets ingevoerd: ${rejected.length} FUBE(s) afgewezen; verbeter ze of voer de goede in met --partial`]);
    if (rejected.length > 0) {
      const report = options.report ?? `${file}.afgewezen.txt`;
      await writeFile(report, `${lines.join('\n')}\n`);
      io().stderr.write(`verslag van de afgewezen FUBEs: ${report}\n`);
    }
    io().stderr.write(`${summary}\n`);
  });
}

interface LegacyReportLine {
  file: string;
  status: 'created' | 'failed' | 'skipped';
  fubeId?: string;
  title?: string;
  family?: string;
  errors?: string[];
  warnings?: string[];
}

/**
 * `weegschaal import legacy <map> --entity <id>`: a draft FUBE per old function description
 * in the folder (decision 0064), through the create-FUBE use case as the console operator.
 * A file that cannot be read or drafted is reported and gets no draft; the others go on.
 */
function registerLegacyImport(importGroup: Command): void {
  const legacy = importGroup
    .command('legacy')
    .description(
      'maak een ontwerp-FUBE per oude functiebeschrijving (.docx, .txt, .pdf) in een map: familie en resultaatgebieden ' +
        'volgens de suggestie, die met haar bewijszinnen en het bronbestand in de geschiedenis van het ontwerp staat. ' +
        'Een bestand dat niet gelezen kan worden krijgt geen ontwerp en staat in het verslag; de andere gaan door.',
    )
    .argument('<map>', 'de map met oude functiebeschrijvingen (niet recursief)')
    .requiredOption('--entity <id>', 'de entiteit waar de ontwerpen komen')
    .option('--unit <id>', 'de eenheid binnen de entiteit')
    .option('--family <id>', 'vergelijk alleen met deze gepubliceerde familie (standaard: alle gepubliceerde families)')
    .option('--report <bestand>', 'schrijf het verslag ook als JSON naar dit bestand');
  addDatabaseOptions(legacy).action(async (folder: string, options: { entity: string; unit?: string; family?: string; report?: string }) => {
    let names: string[];
    try {
      names = (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
    } catch (error) {
      throw new CliError([`${folder}: map kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
    }
    const { readLegacyFile, LEGACY_EXTENSIONS } = await import('../../documents/legacy/index.js');
    const { draftFromLegacy, suggestionFamilies } = await import('../../use-cases/fubes/draft-from-legacy.js');
    const { consoleUseCase, cliProblem } = await import('../console.js');
    const lines: LegacyReportLine[] = [];
    await withCommandStore(legacy, async (store) => {
      const { deps, ctx } = consoleUseCase(store);
      // What holds for every file is checked once: an unknown entity or family stops the import before any draft.
      if (!(await store.entities.ids()).has(options.entity)) throw new CliError([`--entity: onbekende entiteit '${options.entity}'`]);
      const families = await suggestionFamilies(deps, options.family).catch((error: unknown) => {
        throw cliProblem(error);
      });
      if (families.length === 0) throw new CliError(['geen gepubliceerde functiefamilies in de databank']);
      for (const name of names) {
        const file = join(folder, name);
        const extension = extname(name).toLowerCase();
        if (!(LEGACY_EXTENSIONS as readonly string[]).includes(extension) && extension !== '.doc') {
          lines.push({ file, status: 'skipped' });
          continue;
        }
        // In this process, not in the server's document pool: a console command has no other users to freeze.
        const read = await readLegacyFile(file);
        if (!read.ok) {
          lines.push({ file, status: 'failed', errors: read.errors.map((e) => e.message) });
          continue;
        }
        try {
          const draft = await draftFromLegacy(deps, ctx, { entityId: options.entity, unitId: options.unit, file: name, description: read.value.description }, families);
          lines.push({ file, status: 'created', fubeId: draft.fube.id, title: draft.fube.content.title, family: draft.suggestion.family, warnings: read.value.warnings });
        } catch (error) {
          const problem = cliProblem(error);
          if (!(problem instanceof CliError)) throw problem;
          lines.push({ file, status: 'failed', errors: problem.lines });
        }
      }
    });
    for (const line of lines) {
      if (line.status === 'created') io().stdout.write(`${line.file}: ontwerp ${line.fubeId} '${line.title}' (${line.family})${line.warnings?.length ? `; let op: ${line.warnings.join('; ')}` : ''}\n`);
      else if (line.status === 'failed') io().stdout.write(`${line.file}: niet ingevoerd: ${(line.errors ?? []).join('; ')}\n`);
    }
    const count = (status: LegacyReportLine['status']) => lines.filter((l) => l.status === status).length;
    const read = lines.length - count('skipped');
    const summary = `${read} bestanden gelezen in ${folder}: ${count('created')} ontwerpen gemaakt, ${count('failed')} mislukt${count('skipped') > 0 ? `, ${count('skipped')} andere bestanden overgeslagen` : ''}`;
    if (options.report !== undefined) {
      await writeFile(options.report, `${JSON.stringify({ folder, read, created: count('created'), failed: count('failed'), files: lines }, null, 2)}\n`);
      io().stderr.write(`verslag geschreven naar ${options.report}\n`);
    }
    if (count('failed') > 0) throw new CliError([summary]);
    io().stderr.write(`${summary}\n`);
  });
}

async function progressBar() {
  const { SingleBar, Presets } = await import('cli-progress');
  return new SingleBar({ format: 'invoeren [{bar}] {value}/{total} FUBEs ({percentage}%)', stream: io().stderr, hideCursor: true }, Presets.shades_classic);
}
