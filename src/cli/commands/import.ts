import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { formatError } from '../../domain/errors.js';
import { CliError } from '../cli-error.js';
import { addDatabaseOptions } from '../options.js';
import { withCommandStore } from './export.js';

/**
 * A line on stderr after this many written records, for tests that must act while an import
 * is running (the kill test); with WEEGSCHAAL_IMPORT_HOLD_MS the import then waits, so the
 * test's signal lands inside the transaction for certain.
 */
const SIGNAL_AFTER = 'WEEGSCHAAL_IMPORT_SIGNAL_AFTER';
const HOLD_MS = 'WEEGSCHAAL_IMPORT_HOLD_MS';

/** `weegschaal import fubes <file>`: a JSON catalogue in bulk, all or nothing unless --partial. */
export function registerImportCommands(program: Command): void {
  const importGroup = program.command('import').description('gegevens invoeren: FUBEs uit een JSON-catalogus (zie "weegschaal export fubes")');
  const fubes = importGroup
    .command('fubes')
    .description(
      'voer de FUBEs van een JSON-catalogus in, in één transactie: één foute FUBE en er wordt niets ingevoerd, ' +
        'tenzij --partial. De families die de catalogus noemt moeten in de databank gepubliceerd zijn.',
    )
    .argument('<bestand>', 'de catalogus (JSON, docs/catalogue-format.md)')
    .option('--partial', 'de goede FUBEs invoeren en de afgewezen FUBEs in een verslag schrijven', false)
    .option('--report <bestand>', 'het verslag van de afgewezen FUBEs (standaard <bestand>.afgewezen.txt)');
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
    const bar = process.stderr.isTTY ? await progressBar() : undefined;

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
            process.stderr.write(`import: ${written} FUBEs geschreven\n`);
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
      process.stderr.write(`verslag van de afgewezen FUBEs: ${report}\n`);
    }
    process.stderr.write(`${summary}\n`);
  });
}

async function progressBar() {
  const { SingleBar, Presets } = await import('cli-progress');
  return new SingleBar({ format: 'invoeren [{bar}] {value}/{total} FUBEs ({percentage}%)', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
}
