import { type Command, Help } from 'commander';

/**
 * Commander writes its help headings and usage errors in English; users read Dutch. Set on
 * the root program before commands are added: subcommands inherit help and output settings.
 */

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.*?)'/, "fout: onbekende optie '$1'"],
  [/^error: unknown command '(.*?)'/, "fout: onbekende opdracht '$1'"],
  [/^error: missing required argument '(.*?)'/, "fout: argument '$1' ontbreekt"],
  [/^error: option '(.*?)' argument missing/, "fout: optie '$1' heeft een waarde nodig"],
  [/^error: required option '(.*?)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
  [/^error: too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./, 'fout: te veel argumenten: $2 verwacht, $3 gekregen.'],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\./, "fout: optie '$1': waarde '$2' is ongeldig."],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.*?)'\./, "fout: argument '$2': waarde '$1' is ongeldig."],
  [/Allowed choices are (.*)\./, 'Toegestaan: $1.'],
  [/\(Did you mean one of (.*)\?\)/, '(Bedoelde u een van $1?)'],
  [/\(Did you mean (.*)\?\)/, '(Bedoelde u $1?)'],
  [/^error: /, 'fout: '],
];

export function translateCommanderMessage(message: string): string {
  return ERRORS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

export function useDutchHelp(program: Command): Command {
  return program
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon de hulp bij een opdracht')
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      commandUsage(this: Help, cmd) {
        return Help.prototype.commandUsage.call(this, cmd).replace('[options]', '[opties]').replace('[command]', '[opdracht]');
      },
      subcommandTerm(this: Help, cmd) {
        return Help.prototype.subcommandTerm.call(this, cmd).replace('[options]', '[opties]');
      },
      optionDescription(this: Help, option) {
        return Help.prototype.optionDescription
          .call(this, option)
          .replace(/\bchoices: /, 'keuzes: ')
          .replace(/\bdefault: /, 'standaard: ')
          .replace(/\benv: /, 'omgevingsvariabele: ');
      },
    })
    .configureOutput({ outputError: (message, write) => write(translateCommanderMessage(message)) })
    .showSuggestionAfterError(true);
}
