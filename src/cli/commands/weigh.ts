import type { Command } from 'commander';
import { Option } from 'commander';
import { formatError } from '../../domain/errors.js';
import { findJsonSyntaxError } from '../../domain/family/json-syntax.js';
import { renderMessage } from '../../messages/index.js';
import { DEFAULT_RULE_ID, type WeighingValues, explain, prepareWeigher, ruleIds } from '../../domain/weighing/index.js';
import { findFamily } from '../../store/family-files.js';
import { CliError } from '../cli-error.js';
import { BufferedWriter, forEachLine } from '../line-stream.js';
import { familyIdOption, familyVersionOption } from '../options.js';
import { io } from '../io.js';

const EXAMPLE = '{"values":{"complexiteit":2,"opvolging":3}}';

interface WeighOptions {
  family: string;
  version?: number;
  rule: string;
  explain?: boolean;
}

/**
 * `weegschaal weigh`: JSON Lines in (one weighing a line), JSON Lines out (one result or
 * error a line, in the same order). A bad line does not stop the batch; it makes the exit
 * code 1.
 */
export function registerWeighCommand(program: Command): void {
  program
    .command('weigh')
    .summary('weeg wegingen: JSON Lines op stdin, één resultaat per regel op stdout')
    .description(
      `weeg een reeks wegingen: leest JSON Lines op stdin, één weging per regel, bv. ${EXAMPLE} ` +
        '(criterium-id → nummer van de waarde, vanaf 1); schrijft per regel het resultaat met niveau (level) ' +
        'en functieklasse (class), of {"line":N,"error":"…"} voor een foute regel. Lege regels worden overgeslagen.',
    )
    .addOption(familyIdOption())
    .addOption(familyVersionOption())
    .addOption(new Option('--rule <regel>', 'wegingsregel').choices(ruleIds()).default(DEFAULT_RULE_ID))
    .option('--explain', 'voeg per resultaat een uitleg in het Nederlands toe ("explanation")')
    .action(async (options: WeighOptions) => {
      const found = await findFamily(options.family, options.version !== undefined ? { version: options.version } : {});
      if (!found.ok) throw CliError.fromDomain(found.errors);
      const family = found.value.family;
      const weigher = prepareWeigher(family, options.rule);

      // Someone typing at a terminal sees what the command waits for, and each answer at once.
      const interactive = io().stdin.isTTY === true;
      if (interactive) io().stderr.write('Geef wegingen, één JSON-object per regel; sluit af met Ctrl-D.\n');
      const out = new BufferedWriter(io().stdout, interactive ? 1 : 64 * 1024);
      let weighed = 0;
      let failed = 0;
      const fault = (line: number, error: string) => {
        failed++;
        out.write(`${JSON.stringify({ line, error })}\n`);
      };

      await forEachLine(
        io().stdin,
        (text, line) => {
          if (text.trim() === '') return;
          let input: unknown;
          try {
            input = JSON.parse(text);
          } catch (error) {
            // JSON.parse is fast; the domain's checker, run only on failure, says where and why (in Dutch, as the CLI speaks).
            const syntax = findJsonSyntaxError(text);
            fault(
              line,
              syntax !== undefined
                ? `ongeldige JSON op kolom ${syntax.offset + 1}: ${renderMessage('nl', syntax.reason) ?? syntax.reason.key}`
                : `ongeldige JSON: ${(error as Error).message}`,
            );
            return;
          }
          if (input === null || typeof input !== 'object' || Array.isArray(input)) {
            fault(line, `een regel moet een JSON-object zijn, bv. ${EXAMPLE}`);
            return;
          }
          if (!('values' in input)) {
            fault(line, `values: ontbreekt; verwacht bv. ${EXAMPLE}`);
            return;
          }
          // The weigher checks the values themselves (missing, unknown, out of range) by criterion.
          const result = weigher.weigh(input.values as WeighingValues);
          if (!result.ok) {
            fault(line, result.errors.map(formatError).join('; '));
            return;
          }
          weighed++;
          const output = options.explain ? { ...result.value, explanation: explain(result.value, family, 'nl') } : result.value;
          out.write(`${JSON.stringify(output)}\n`);
        },
        () => out.flushIfFull(),
      );
      await out.flush();
      if (failed > 0) throw new CliError([`${failed} van ${weighed + failed} wegingen mislukt (zie de regels met "error" in de uitvoer)`]);
    });
}
