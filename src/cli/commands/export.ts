import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import type { Store, StoreOptions } from '../../store/index.js';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { addDatabaseOptions, databaseTarget, familyVersionOption, positiveInteger } from '../options.js';
import { checkOutputFile, forceOption } from '../output-file.js';
import { io } from '../io.js';

/** Opens the store of the command's --db/--database-url, runs `fn`, closes it. */
export async function withCommandStore<T>(command: Command, fn: (store: Store) => Promise<T>, options: Pick<StoreOptions, 'migrateTo'> = {}): Promise<T> {
  const target = databaseTarget(command);
  // Loaded here: the database drivers would slow the start of every other command.
  const { openStore } = await import('../../store/index.js');
  const store = await openStore({ ...(target.kind === 'postgres' ? { databaseUrl: target.url } : { file: target.file }), ...options });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Writes to the file, or to stdout without one. Binary documents need a file (or a pipe). */
async function output(data: string | Buffer, file: string | undefined, what: string): Promise<void> {
  if (file === undefined || file === '-') {
    io().stdout.write(data);
    return;
  }
  await writeFile(file, data);
  io().stderr.write(`${what} geschreven naar ${file}\n`);
}

const documentFormat = () => new Option('--format <formaat>', 'documentformaat').choices(['docx', 'pdf']).default('pdf');
const outputOption = () => new Option('-o, --output <bestand>', 'het bestand om te schrijven (standaard stdout)');

function fileName(title: string, suffix: string): string {
  return `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'document'}${suffix}`;
}

/**
 * `weegschaal export fube|family|fubes`: a FUBE or a family as Word or PDF, and the
 * catalogue of FUBEs (filters as in the search) as JSON (importable) or CSV.
 */
export function registerExportCommands(program: Command): void {
  const exportGroup = program.command('export').description('documenten en de catalogus uitvoeren: een FUBE of familie als Word/PDF, de FUBEs als JSON of CSV');

  const fube = exportGroup
    .command('fube')
    .description('een functiebeschrijving (FUBE) als Word-document (.docx) of PDF')
    .argument('<id>', 'id van de FUBE')
    .addOption(documentFormat())
    .addOption(outputOption())
    .addOption(forceOption());
  addDatabaseOptions(fube).action(async (id: string, options: { format: 'docx' | 'pdf'; output?: string; force?: boolean }) => {
    await checkOutputFile(fube, options.output, options.force);
    const { fubeDocument } = await import('../../use-cases/fubes/fube-document.js');
    const { consoleUseCase, cliProblem } = await import('../console.js');
    await withCommandStore(fube, async (store) => {
      const { deps, ctx } = consoleUseCase(store);
      const document = await fubeDocument(deps, ctx, id, options.format).catch((error: unknown) => {
        throw cliProblem(error);
      });
      if (options.output === undefined && io().stdout.isTTY)
        throw new CliError([`geef -o ${document.filename}: een ${options.format}-document hoort niet op het scherm`], EXIT_USAGE);
      await output(Buffer.from(document.bytes), options.output, 'document');
    });
  });

  const family = exportGroup
    .command('family')
    .description('een functiefamilie als Word-document (.docx) of PDF')
    .argument('<id>', 'id van de functiefamilie')
    .addOption(familyVersionOption())
    .addOption(documentFormat())
    .addOption(outputOption())
    .addOption(forceOption());
  addDatabaseOptions(family).action(async (id: string, options: { format: 'docx' | 'pdf'; output?: string; version?: number; force?: boolean }) => {
    await checkOutputFile(family, options.output, options.force);
    const { buildFamilyDocx, buildFamilyPdf } = await import('../../documents/index.js');
    await withCommandStore(family, async (store) => {
      const stored = await store.families.get(id, options.version);
      if (stored === undefined) throw new CliError([`functiefamilie '${id}'${options.version !== undefined ? ` versie ${options.version}` : ''} staat niet in de databank`]);
      const document = options.format === 'docx' ? await buildFamilyDocx(stored.family) : await buildFamilyPdf(stored.family);
      if (options.output === undefined && io().stdout.isTTY)
        throw new CliError([`geef -o ${fileName(stored.family.name, `.${options.format}`)}: een ${options.format}-document hoort niet op het scherm`], EXIT_USAGE);
      await output(document, options.output, 'document');
    });
  });

  const fubes = exportGroup
    .command('fubes')
    .description('de catalogus van FUBEs als JSON (volledig, opnieuw in te voeren; docs/catalogue-format.md) of CSV (één rij per FUBE)')
    .addOption(new Option('--format <formaat>', 'uitvoerformaat').choices(['json', 'csv']).default('json'))
    .addOption(outputOption())
    .addOption(forceOption())
    .option('--q <woorden>', 'zoekwoorden, zoals in het zoeken')
    .option('--family <id>', 'alleen FUBEs van deze functiefamilie')
    .addOption(new Option('--class <klasse>', 'alleen FUBEs met deze beslist functieklasse').argParser(positiveInteger))
    .option('--entity <id>', 'alleen FUBEs van deze entiteit')
    .option('--state <status>', 'alleen FUBEs in deze status (draft, proposed, ..., final)')
    .option('--exported-at <tijdstip>', 'tijdstip van de export (ISO 8601), standaard nu; vast te zetten om exports te vergelijken')
    .option('--delimiter <teken>', "scheidingsteken voor CSV: ';' (standaard) of ','", ';');
  addDatabaseOptions(fubes).action(
    async (options: { format: 'json' | 'csv'; output?: string; force?: boolean; q?: string; family?: string; class?: number; entity?: string; state?: string; exportedAt?: string; delimiter: string }) => {
      await checkOutputFile(fubes, options.output, options.force);
      const { catalogueFiltersSchema, serializeCatalogue, toCsv } = await import('../../documents/catalogue/index.js');
      const { exportCatalogueFromStore } = await import('../../use-cases/catalogue/export-catalogue.js');
      const filters = catalogueFiltersSchema.safeParse({ q: options.q, family: options.family, class: options.class, entity: options.entity, state: options.state });
      if (!filters.success) throw new CliError(filters.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`), EXIT_USAGE);
      const exportedAt = options.exportedAt ?? new Date().toISOString();
      if (Number.isNaN(Date.parse(exportedAt))) throw new CliError([`--exported-at '${exportedAt}': verwacht een ISO 8601-tijdstip`], EXIT_USAGE);
      if (options.delimiter !== ';' && options.delimiter !== ',') throw new CliError([`--delimiter '${options.delimiter}': verwacht ';' of ','`], EXIT_USAGE);
      const delimiter = options.delimiter;
      const clean = Object.fromEntries(Object.entries(filters.data).filter(([, v]) => v !== undefined));
      await withCommandStore(fubes, async (store) => {
        const catalogue = await exportCatalogueFromStore(store, { exportedAt: new Date(exportedAt).toISOString(), filters: clean });
        const text = options.format === 'json' ? serializeCatalogue(catalogue) : toCsv(catalogue.fubes, { delimiter });
        await output(text, options.output, `${catalogue.fubes.length} FUBEs`);
      });
    },
  );
}
