import { readFile, stat } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { type OutputFormat, formatOption, positiveInteger } from '../options.js';

/**
 * `weegschaal pay …`: pay transparency (issue 16, docs/pay-transparency.md). One group, one
 * function per subcommand below; add a subcommand with its own `register…(pay)` call in
 * registerPayCommands.
 */
export function registerPayCommands(program: Command): void {
  const pay = program
    .command('pay')
    .summary('loontransparantie: loonbestanden analyseren')
    .description('loontransparantie (EU-richtlijn 2023/970): loonkloof per categorie en gecorrigeerde loonkloof (Logib-standaardmodel)');
  registerPayAnalyse(pay);
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
      if (options.format === 'json') process.stdout.write(`${JSON.stringify({ file, referenceDate, ...analysis }, null, 2)}\n`);
      else process.stdout.write(renderPayAnalysisText(analysis, { file, referenceDate }));
    });
}
