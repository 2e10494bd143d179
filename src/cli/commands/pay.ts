import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { systemClock } from '../../domain/clock.js';
import type { Store } from '../../store/index.js';
import type { Caller, UseCaseContext, UseCaseDeps } from '../../use-cases/context.js';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error.js';
import { cliProblem } from '../console.js';
import { type OutputFormat, addDatabaseOptions, formatOption } from '../options.js';
import { withCommandStore } from './export.js';

/**
 * `weegschaal pay import|periods|delete` (issue 16 items 1 and 2): pay data per reference
 * period at the server's console. Whoever can open the database reads it anyway, so the
 * console operator acts as pay analyst for the whole organisation (and administrator),
 * named `cli:<os-user>` in the history like every console action.
 */

const out = (line: string) => process.stdout.write(`${line}\n`);
const printable = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);

/** The console operator as pay analyst (organisation-wide) and administrator. */
export function payConsoleCaller(osUser: string): Caller {
  const userId = `cli:${osUser}`;
  return { userId, username: userId, name: userId, personId: null, entityId: null, roles: [{ role: 'admin', entityId: null, unitId: null }, { role: 'pay-analyst', entityId: null, unitId: null }] };
}

async function withPay<T>(command: Command, fn: (deps: UseCaseDeps, ctx: UseCaseContext, store: Store) => Promise<T>): Promise<T> {
  const { useCaseDeps } = await import('../../use-cases/context.js');
  return withCommandStore(command, async (store) => {
    try {
      return await fn(useCaseDeps(store), { actor: payConsoleCaller(userInfo().username), clock: systemClock }, store);
    } catch (error) {
      throw cliProblem(error, (path) => (path === 'period' ? '--period' : path === 'referenceDate' ? '--reference-date' : path === 'entity' ? '--entity' : path === 'threshold' ? '--threshold' : path));
    }
  });
}

function integerOption(name: string) {
  return (value: string): number => {
    if (!/^\d{1,3}$/.test(value.trim())) throw new CliError([`${name} '${printable(value)}': verwacht een geheel getal`], EXIT_USAGE);
    return Number(value);
  };
}

export function registerPayCommands(program: Command): void {
  const pay = program.command('pay').description('loongegevens per referentieperiode (loontransparantie, richtlijn 2023/970)');

  const importCommand = pay
    .command('import')
    .description(
      'een loonbestand (onze loon-CSV of het Logib-gegevensblad M1, .xlsx) invoeren als periode, in één transactie: één afgewezen rij en er wordt niets ingevoerd, ' +
        'tenzij --partial. Een bestaande periode met die naam wordt vervangen.',
    )
    .argument('<bestand>', 'het loonbestand (docs/pay-transparency.md)')
    .requiredOption('--period <periode>', 'de naam van de periode, bv. 2026 of 2026-dfb')
    .option('--reference-date <datum>', 'de referentiedatum JJJJ-MM-DD (standaard 31 december als de periode een jaartal is)')
    .option('--entity <entiteit>', 'de entiteit waarvoor de gegevens gelden (standaard de hele organisatie)')
    .option('--threshold <n>', 'de drempel van de rapporten: groepen met minder vrouwen of mannen worden afgeschermd (standaard 5, enkel hoger)', integerOption('--threshold'))
    .option('--partial', 'de goede rijen invoeren en de afgewezen rijen melden', false)
    .addOption(formatOption());
  addDatabaseOptions(importCommand).action(
    async (file: string, options: { period: string; referenceDate?: string; entity?: string; threshold?: number; partial: boolean; format: OutputFormat }) => {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new CliError([`${file}: kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
      }
      const { importPayFile } = await import('../../use-cases/pay/import-pay-file.js');
      const { importResultView } = await import('../../use-cases/pay/import-pay.js');
      const result = importResultView(
        await withPay(importCommand, (deps, ctx) =>
          importPayFile(deps, ctx, { period: options.period, referenceDate: options.referenceDate, entityId: options.entity, threshold: options.threshold, partial: options.partial }, bytes),
        ),
        'nl',
      );
      if (options.format === 'json') out(JSON.stringify(result, null, 2));
      else {
        const where = (e: (typeof result.errors)[number]) => (e.line === 0 ? 'bestand' : `regel ${e.line}${e.column === null ? '' : `, kolom ${e.column}`}`);
        for (const e of result.errors) process.stderr.write(`${file}: ${where(e)}: ${e.message}\n`);
        if (result.committed)
          out(
            `periode ${result.period} (referentiedatum ${result.referenceDate}, ${result.entityId ?? 'hele organisatie'}) ${result.replaced ? 'vervangen' : 'ingevoerd'}: ` +
              `${result.imported} personen uit ${result.rows} rijen (${result.format}); ${result.rejectedRows} rijen afgewezen, ${result.unclassified} niet ingedeeld` +
              (result.notInPopulation > 0 ? `, ${result.notInPopulation} buiten de statistische populatie` : ''),
          );
      }
      if (!result.committed)
        throw new CliError(
          [result.imported === 0 && result.rejectedRows === 0 && result.errors.length === 0 ? `${file}: geen rijen om in te voeren` : `${file}: niets ingevoerd: ${result.rejectedRows} rijen afgewezen${options.partial ? ' en geen goede rij over' : ' (gebruik --partial om de goede rijen in te voeren)'}`],
          EXIT_FAILURE,
        );
    },
  );

  const periods = pay.command('periods').description('de loonperiodes met hun aantallen (geen bedragen)').addOption(formatOption());
  addDatabaseOptions(periods).action(async (options: { format: OutputFormat }) => {
    const { listPayPeriods } = await import('../../use-cases/pay/list-pay-periods.js');
    const list = await withPay(periods, (deps, ctx) => listPayPeriods(deps, ctx));
    if (options.format === 'json') {
      out(JSON.stringify(list.periods.map(({ abilities: _a, ...p }) => p), null, 2));
      return;
    }
    if (list.periods.length === 0) out('geen loonperiodes');
    for (const p of list.periods)
      out(
        `${p.id.padEnd(12)} ${p.referenceDate}  ${(p.entityId ?? 'organisatie').padEnd(12)} ${String(p.counts.records).padStart(7)} personen ` +
          `(${p.counts.women} V, ${p.counts.men} M, ${p.counts.other} X; ${p.counts.unclassified} niet ingedeeld), drempel ${p.threshold}, ${p.sourceFormat}, ingevoerd ${p.importedAt.slice(0, 16).replace('T', ' ')} door ${p.importedByName ?? p.importedBy}`,
      );
  });

  const remove = pay
    .command('delete')
    .description('de loongegevens van een periode verwijderen, als geheel (met een regel in de historiek)')
    .requiredOption('--period <periode>', 'de naam van de periode');
  addDatabaseOptions(remove).action(async (options: { period: string }) => {
    const { deletePayPeriod } = await import('../../use-cases/pay/delete-pay-period.js');
    const deleted = await withPay(remove, (deps, ctx) => deletePayPeriod(deps, ctx, options.period));
    out(`periode ${deleted.id} verwijderd: ${deleted.counts.records} personen`);
  });
}
