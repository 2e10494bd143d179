import type { Command } from 'commander';
import { renderMessage, renderMessageArg } from '../../messages/index.js';
import { CALENDAR_YEARS, type ClosingDay, holidayList, holidayRef, isCalendarDate, movedRef, term } from '../../domain/workflow/index.js';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { cliProblem, consoleUseCase } from '../console.js';
import { type OutputFormat, addDatabaseOptions, formatOption } from '../options.js';
import { withCommandStore } from './export.js';
import { io } from '../io.js';

/**
 * `weegschaal calendar deadline|holidays|closing-days`: the working-days calendar of the
 * terms (DOMAIN.md §5) for scripts and checks, and the organisation's closing days for the
 * administrator at the server's console.
 */

/** The longest term asked for: ten years, far beyond any legal term, small enough to answer at once. */
const MAX_DAYS = 3_660;

const out = (line: string) => io().stdout.write(`${line}\n`);
const dutchDate = (date: string) => String(renderMessageArg('nl', { date }));
const weekdayName = (date: string) => new Intl.DateTimeFormat('nl-BE', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

function dateArgument(value: string, name: string): string {
  if (!isCalendarDate(value))
    throw new CliError([`${name} '${value.replace(/[^\x20-\x7e]/g, '?').slice(0, 40)}': geen bestaande datum; verwacht JJJJ-MM-DD, jaar ${CALENDAR_YEARS.min} tot ${CALENDAR_YEARS.max}`], EXIT_USAGE);
  return value;
}

function daysArgument(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > MAX_DAYS)
    throw new CliError([`dagen '${value.replace(/[^\x20-\x7e]/g, '?').slice(0, 40)}': verwacht een geheel aantal kalenderdagen van 0 tot ${MAX_DAYS}`], EXIT_USAGE);
  return Number(value);
}

/** Runs one closing-days use case as the console operator on the command's database. */
async function withCalendar<T>(command: Command, fn: (deps: ReturnType<typeof consoleUseCase>['deps'], ctx: ReturnType<typeof consoleUseCase>['ctx']) => Promise<T>): Promise<T> {
  return withCommandStore(command, async (store) => {
    const { deps, ctx } = consoleUseCase(store);
    try {
      return await fn(deps, ctx);
    } catch (error) {
      throw cliProblem(error, (path) => (path === 'reason' ? '--reason' : path));
    }
  });
}

export function registerCalendarCommands(program: Command): void {
  const calendar = program.command('calendar').description('werkdagen, feestdagen en sluitingsdagen van de termijnen');

  const deadline = calendar
    .command('deadline')
    .description('de laatste dag van een termijn van <dagen> kalenderdagen na <startdatum>; valt die op een zaterdag, zondag, feestdag of sluitingsdag, dan de eerstvolgende werkdag')
    .argument('<startdatum>', 'de dag van de gebeurtenis (voorstel, ontvangst, beroep), JJJJ-MM-DD')
    .argument('<dagen>', 'aantal kalenderdagen, bv. 15')
    .addOption(formatOption())
    .option('--with-closing-days', 'ook de sluitingsdagen van de organisatie meetellen (uit de databank: --db of --database-url)', false);
  addDatabaseOptions(deadline).action(async (start: string, daysText: string, options: { format: OutputFormat; withClosingDays: boolean }) => {
    const from = dateArgument(start, 'startdatum');
    const days = daysArgument(daysText);
    let closing: ClosingDay[] = [];
    if (options.withClosingDays) {
      const { closingDaysOf } = await import('../../use-cases/calendar/list-closing-days.js');
      closing = await withCalendar(deadline, (deps) => closingDaysOf(deps));
    }
    const t = term(from, days, closing);
    const moved = t.moved.map((m) => ({ ...m, reason: String(renderMessage('nl', movedRef(m))) }));
    if (options.format === 'json') {
      out(JSON.stringify({ start: t.start, days: t.days, end: t.end, moved: moved.map(({ date, reason, ...why }) => ({ date, reason, ...why })) }, null, 2));
      return;
    }
    out(`${t.end} (${weekdayName(t.end)} ${dutchDate(t.end)})`);
    out(`${dutchDate(t.start)} + ${days} kalenderdagen = ${dutchDate(t.lastDay)}${moved.length === 0 ? ', een werkdag' : ', geen werkdag; de termijn loopt tot de eerstvolgende werkdag:'}`);
    for (const m of moved) out(`  ${m.date}  ${weekdayName(m.date).padEnd(9)}  ${m.reason}`);
  });

  calendar
    .command('holidays')
    .description('de feestdagen van een jaar: de Belgische wettelijke feestdagen en 11 juli')
    .argument('<jaar>', `een jaar van ${CALENDAR_YEARS.min} tot ${CALENDAR_YEARS.max}`)
    .addOption(formatOption())
    .action((yearText: string, options: { format: OutputFormat }) => {
      const year = Number(yearText);
      if (!/^\d{4}$/.test(yearText) || year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max)
        throw new CliError([`jaar '${yearText.replace(/[^\x20-\x7e]/g, '?').slice(0, 40)}': verwacht een jaar van ${CALENDAR_YEARS.min} tot ${CALENDAR_YEARS.max}`], EXIT_USAGE);
      const list = holidayList(year).map((h) => ({ date: h.date, code: h.code, name: String(renderMessage('nl', holidayRef(h))) }));
      if (options.format === 'json') out(JSON.stringify(list, null, 2));
      else for (const h of list) out(`${h.date}  ${weekdayName(h.date).padEnd(9)}  ${h.name}`);
    });

  const closing = calendar.command('closing-days').description('de sluitingsdagen van de organisatie (naast de feestdagen) beheren');
  const list = closing.command('list').description('alle sluitingsdagen').addOption(formatOption());
  addDatabaseOptions(list).action(async (options: { format: OutputFormat }) => {
    const { listClosingDays } = await import('../../use-cases/calendar/list-closing-days.js');
    const days = await withCalendar(list, listClosingDays);
    if (options.format === 'json') out(JSON.stringify(days, null, 2));
    else if (days.length === 0) out('geen sluitingsdagen');
    else for (const d of days) out(`${d.date}  ${weekdayName(d.date).padEnd(9)}  ${d.reason}`);
  });
  const add = closing
    .command('add')
    .description('een sluitingsdag toevoegen; een termijn die erop eindigt, loopt tot de volgende werkdag')
    .argument('<datum>', 'JJJJ-MM-DD')
    .requiredOption('--reason <reden>', 'waarom de organisatie gesloten is, bv. "brugdag"');
  addDatabaseOptions(add).action(async (date: string, options: { reason: string }) => {
    dateArgument(date, 'datum');
    const { addClosingDay } = await import('../../use-cases/calendar/add-closing-day.js');
    const added = await withCalendar(add, (deps, ctx) => addClosingDay(deps, ctx, { date, reason: options.reason }));
    out(`sluitingsdag ${added.date} (${weekdayName(added.date)} ${dutchDate(added.date)}) toegevoegd: ${added.reason}`);
  });
  const remove = closing.command('remove').description('een sluitingsdag verwijderen').argument('<datum>', 'JJJJ-MM-DD');
  addDatabaseOptions(remove).action(async (date: string) => {
    dateArgument(date, 'datum');
    const { removeClosingDay } = await import('../../use-cases/calendar/remove-closing-day.js');
    await withCalendar(remove, (deps, ctx) => removeClosingDay(deps, ctx, { date }));
    out(`sluitingsdag ${date} verwijderd`);
  });
}
