import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT_USAGE } from '../../src/cli/cli-error.js';
import { translateCommanderMessage } from '../../src/cli/dutch-help.js';
import { DEFAULT_DATABASE_FILE, addDatabaseOptions, databaseTarget, positiveInteger } from '../../src/cli/options.js';

/** Parses `args` for a command with the shared database options; returns where it would connect. */
function targetOf(args: string[], env: Record<string, string> = {}) {
  const saved = { WEEGSCHAAL_DB: process.env.WEEGSCHAAL_DB, DATABASE_URL: process.env.DATABASE_URL };
  delete process.env.WEEGSCHAAL_DB;
  delete process.env.DATABASE_URL;
  Object.assign(process.env, env);
  try {
    const command = addDatabaseOptions(new Command('db').exitOverride());
    command.parse(args, { from: 'user' });
    return databaseTarget(command);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('shared database options', () => {
  it('uses the default SQLite file without options', () => {
    expect(targetOf([])).toEqual({ kind: 'sqlite', file: DEFAULT_DATABASE_FILE });
  });

  it('takes --db or --database-url, and the environment when no option is given', () => {
    expect(targetOf(['--db', 'x.sqlite'])).toEqual({ kind: 'sqlite', file: 'x.sqlite' });
    expect(targetOf(['--database-url', 'postgres://u@h/db'])).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(targetOf([], { DATABASE_URL: 'postgresql://u@h/db' })).toEqual({ kind: 'postgres', url: 'postgresql://u@h/db' });
    expect(targetOf([], { WEEGSCHAAL_DB: 'env.sqlite' })).toEqual({ kind: 'sqlite', file: 'env.sqlite' });
  });

  it('lets --db on the command line win over DATABASE_URL in the environment', () => {
    expect(targetOf(['--db', 'x.sqlite'], { DATABASE_URL: 'postgres://u@h/db' })).toEqual({ kind: 'sqlite', file: 'x.sqlite' });
  });

  it('refuses both options at once and a URL that is not PostgreSQL, as usage errors', () => {
    const both = () => targetOf(['--db', 'x.sqlite', '--database-url', 'postgres://u@h/db']);
    expect(both).toThrow(CliError);
    expect(both).toThrow('geef --db of --database-url, niet allebei');
    try {
      targetOf(['--database-url', 'mysql://u@h/db']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(EXIT_USAGE);
      expect((error as CliError).lines[0]).toContain("moet beginnen met postgres:// of postgresql:// (gekregen: 'mysql://u@h/db')");
    }
  });
});

describe('option values', () => {
  it('reads whole numbers from 1 and refuses anything else', () => {
    expect(positiveInteger('15')).toBe(15);
    for (const bad of ['0', '-1', '1.5', 'vijf', '']) expect(() => positiveInteger(bad)).toThrow('verwacht een geheel getal vanaf 1.');
  });

  it("puts commander's usage errors in Dutch", () => {
    expect(translateCommanderMessage("error: unknown option '--x'\n(Did you mean --y?)")).toBe("fout: onbekende optie '--x'\n(Bedoelde u --y?)");
    expect(translateCommanderMessage("error: required option '--family <id>' not specified")).toBe("fout: verplichte optie '--family <id>' ontbreekt");
  });
});
