import { readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { systemClock } from '../../domain/clock.js';
import type { Store } from '../../store/index.js';
import type { Caller, UseCaseContext, UseCaseDeps } from '../../use-cases/context.js';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from '../cli-error.js';
import { cliProblem } from '../console.js';
import { type OutputFormat, addDatabaseOptions, formatOption, positiveInteger } from '../options.js';
import { withCommandStore } from './export.js';
import { io } from '../io.js';

/**
 * `weegschaal pay analyse|import|periods|delete|open-assessments` (issue 16): `analyse` reads a
 * pay file and stores nothing (item 7); the others keep pay data per reference period at the
 * server's console (items 1 and 2); `open-assessments` opens the Art. 10 files that are due
 * (item 5). Whoever can open the database reads it anyway, so the console operator acts as pay
 * analyst for the whole organisation (and administrator), named `cli:<os-user>` in the history
 * like every console action.
 */

const out = (line: string) => io().stdout.write(`${line}\n`);
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
  const pay = program
    .command('pay')
    .summary('loontransparantie: loonbestanden analyseren, loongegevens per periode')
    .description('loontransparantie (EU-richtlijn 2023/970): loonbestanden analyseren (loonkloof per categorie, gecorrigeerde loonkloof volgens het Logib-standaardmodel) en loongegevens per referentieperiode invoeren, oplijsten en verwijderen');
  registerPayAnalyse(pay);
  registerPayOpenAssessments(pay);

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
        for (const e of result.errors) io().stderr.write(`${file}: ${where(e)}: ${e.message}\n`);
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

/**
 * `weegschaal pay open-assessments`: opens the joint pay assessment files that are due (Art. 10:
 * six months after the recorded report, for each flagged category neither justified nor
 * remedied) and says which it opened; idempotent, for a nightly cron. Pages and "Mijn werk"
 * open them on read too (decision 0059); this makes sure they open on the day without a read.
 */
function registerPayOpenAssessments(pay: Command): void {
  const command = pay
    .command('open-assessments')
    .summary('de beoordelingsdossiers openen waarvan de zes maanden voorbij zijn (voor een nachtelijke cron)')
    .description(
      'opent de dossiers gezamenlijke beoordeling (art. 10) van de gemarkeerde categorieën die zes maanden na het vastgelegde rapport ' +
        'noch verantwoord noch verholpen zijn, en zegt welke het opende (geen bedragen). Opnieuw uitvoeren opent niets dubbel. Exitcode 0.',
    )
    .addOption(formatOption());
  addDatabaseOptions(command).action(async (options: { format: OutputFormat }) => {
    const { openDueAssessments } = await import('../../use-cases/pay/open-due-assessments.js');
    const { format } = await import('../../messages/index.js');
    const result = await withPay(command, (deps, ctx) => openDueAssessments(deps, ctx, format('nl', 'ui.pay-report.organisation')));
    if (options.format === 'json') {
      out(JSON.stringify(result, null, 2));
      return;
    }
    for (const f of result.files) {
      const category = format('nl', f.grain === 'class' ? 'ui.pay-follow-up.class' : 'ui.pay-follow-up.family-class', { category: f.category });
      out(`dossier ${f.id} geopend op ${f.openedOn}: periode ${f.period} (rapport van ${f.reportDate}), ${f.scopeName}, ${category}`);
    }
    out(result.opened === 1 ? '1 beoordelingsdossier geopend' : `${result.opened} beoordelingsdossiers geopend`);
  });
}

/** A year from 1900 to 9999. */
function referenceYear(value: string): number {
  if (!/^\d{4}$/u.test(value.trim()) || Number(value) < 1900) throw new InvalidArgumentError('verwacht een jaartal, bv. 2025.');
  return Number(value);
}

/** Weekly hours: more than 0, at most 168. */
function weeklyHours(value: string): number {
  const n = Number(value.trim().replace(',', '.'));
  if (!/^\d+(?:[.,]\d+)?$/u.test(value.trim()) || !(n > 0 && n <= 168)) throw new InvalidArgumentError('verwacht een aantal uren groter dan 0 en ten hoogste 168, bv. 38.');
  return n;
}

interface AnalyseOptions {
  referenceYear?: number;
  usualWeeklyHours?: number;
  format: OutputFormat;
  threshold?: number;
}

/** `weegschaal pay analyse <file>`: the indicators and the adjusted gap of a pay file, nothing stored. */
function registerPayAnalyse(pay: Command): void {
  pay
    .command('analyse')
    .argument('<bestand>', 'loonbestand: onze loon-CSV (UTF-8, ; of ,) of het Logib-gegevensblad (.xlsx, werkblad data_sheet_template)')
    .summary('analyseer een loonbestand zonder het op te slaan')
    .description(
      'analyseer een loonbestand zonder het op te slaan: de indicatoren van artikel 9 (loonkloof gemiddeld en mediaan, variabel loon, ' +
        'kwartielen, per categorie met de 5 %-vlag) en de gecorrigeerde loonkloof volgens het Logib-standaardmodel. Afgewezen regels ' +
        'worden opgesomd en niet geanalyseerd; de analyse loopt op de geldige regels. Het formaat volgt uit de inhoud, niet uit de naam.',
    )
    .addOption(new Option('--reference-year <jaar>', 'referentiejaar: leeftijd en dienstjaren op 31 december ervan (standaard vorig jaar)').argParser(referenceYear))
    .addOption(new Option('--usual-weekly-hours <uren>', 'Logib: wekelijkse uren van een rij met lege kolom O (standaard 40)').argParser(weeklyHours))
    .addOption(new Option('--threshold <n>', 'afscherming: een groep met minder vrouwen of mannen dan n wordt niet getoond (standaard 5)').argParser(positiveInteger))
    .addOption(formatOption())
    .action(async (file: string, options: AnalyseOptions) => {
      const { MAX_PAY_FILE_BYTES, readPayFile } = await import('../../documents/pay/read-pay-file.js');
      const { payErrorMessage } = await import('../../documents/pay/pay-error-text.js');
      const { analysePayFile } = await import('../../use-cases/pay/analyse-pay-file.js');
      const { renderPayAnalysisText } = await import('../render/pay-analysis-text.js');
      const year = options.referenceYear ?? new Date().getFullYear() - 1;
      const referenceDate = `${year}-12-31`;
      let bytes: Uint8Array;
      try {
        const info = await stat(file);
        if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
        if (info.size > MAX_PAY_FILE_BYTES) throw new CliError([`${file}: het bestand is te groot (meer dan ${MAX_PAY_FILE_BYTES} bytes)`]);
        bytes = await readFile(file);
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError([`${file}: kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
      }
      const read = await readPayFile(bytes, { referenceDate, ...(options.usualWeeklyHours !== undefined ? { usualWeeklyHours: options.usualWeeklyHours } : {}) });
      const where = (e: (typeof read.errors)[number]) => (e.line === 0 ? `${file}: ` : `${file}:${e.line}: ${e.column === null ? '' : `kolom ${e.column}: `}`);
      const lines = read.errors.map((e) => `${where(e)}${payErrorMessage('nl', e)}`);
      // Unreadable (the file as a whole, its header) or nothing valid left: no analysis.
      const unreadable = read.errors.some((e) => e.line === 0 || !read.rejectedLines.includes(e.line));
      if (unreadable || read.records.length === 0) {
        const reason = unreadable ? `${file}: kan niet gelezen worden als loonbestand` : `${file}: geen enkele geldige regel (${read.rows} gelezen, alle afgewezen)`;
        throw new CliError([reason, ...lines]);
      }
      const analysis = analysePayFile(read, options.threshold === undefined ? {} : { threshold: options.threshold });
      if (options.format === 'json') io().stdout.write(`${JSON.stringify({ file, referenceDate, ...analysis }, null, 2)}\n`);
      else io().stdout.write(renderPayAnalysisText(analysis, { file, referenceDate }));
    });
}
