import type { Command } from 'commander';
import { Option } from 'commander';
import { competencyProfile } from '../../domain/profile/index.js';
import { findFamily } from '../../store/family-files.js';
import { CliError } from '../cli-error.js';
import { type OutputFormat, familyIdOption, familyVersionOption, formatOption, positiveInteger } from '../options.js';
import { renderProfileText } from '../render/profile-text.js';
import { outputWidth } from '../render/text.js';
import { io } from '../io.js';

interface ProfileOptions {
  family: string;
  class: number;
  version?: number;
  format: OutputFormat;
}

/** `weegschaal profile`: the competency profile of a function class (src/domain/profile). */
export function registerProfileCommand(program: Command): void {
  program
    .command('profile')
    .summary('toon het competentieprofiel van een functieklasse')
    .description('toon het competentieprofiel van een functieklasse: vaktechnische competenties en vereiste gedragscompetenties')
    .addOption(familyIdOption())
    .addOption(new Option('--class <n>', 'functieklasse, bv. 15').argParser(positiveInteger).makeOptionMandatory())
    .addOption(familyVersionOption())
    .addOption(formatOption())
    .action(async (options: ProfileOptions) => {
      const found = await findFamily(options.family, options.version !== undefined ? { version: options.version } : {});
      if (!found.ok) throw CliError.fromDomain(found.errors);
      const family = found.value.family;
      const profile = competencyProfile(family, options.class);
      // The domain names the field `class`; here the user gave it as the option --class.
      if (!profile.ok) throw CliError.fromDomain(profile.errors.map((e) => (e.path === 'class' ? { ...e, path: '--class' } : e)));
      io().stdout.write(
        options.format === 'json' ? `${JSON.stringify(profile.value, null, 2)}\n` : renderProfileText(profile.value, family, outputWidth()),
      );
    });
}
