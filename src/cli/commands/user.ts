import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { ROLES, type Role, roleSchema } from '../../domain/access/index.js';
import type { UserRole } from '../../store/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../use-cases/context.js';
import { cliProblem, consoleUseCase } from '../console.js';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { addDatabaseOptions } from '../options.js';
import { withCommandStore } from './export.js';
import { io } from '../io.js';

/**
 * `weegschaal user add|role|reset|set|list`: accounts on the database, for the administrator at
 * the server's console (the first admin is made here). Every change goes into the history
 * with the operating-system user as actor.
 */

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `rol`, `rol@entiteit` or `rol@entiteit/afdeling`. */
export function parseGrant(spec: string): UserRole {
  const match = /^([a-z-]+)(?:@([^/\s]+)(?:\/(\S+))?)?$/.exec(spec.trim());
  const role = roleSchema.safeParse(match?.[1]);
  if (match === null || !role.success)
    throw new CliError([`--role '${spec}': verwacht rol[@entiteit[/afdeling]] met rol een van ${ROLES.join(', ')}`], EXIT_USAGE);
  return { role: role.data, entityId: match[2] ?? null, unitId: match[3] ?? null };
}

/** Grants without entity reach every entity: said once, for the roles where that is unusual. */
function warnUnscoped(grants: readonly UserRole[]): void {
  for (const grant of grants)
    if (grant.entityId === null && grant.role !== 'admin' && grant.role !== 'appeal-committee' && grant.role !== 'holder' && grant.role !== 'pay-analyst')
      io().stderr.write(`let op: ${grant.role} zonder entiteit geldt voor alle entiteiten\n`);
}

/** The option a use case's field path came from (`roles[1]` → `--role`). */
const optionOf = (path: string): string => {
  const field = path.replace(/\[\d+\]$/, '');
  return field === 'roles' ? '--role' : `--${field}`;
};

/** A readable random password, shown once. */
const generatedPassword = (): string => randomBytes(15).toString('base64url');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io().stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Runs one account use case as the console operator on the command's database. */
async function withAccounts<T>(command: Command, fn: (deps: UseCaseDeps, ctx: UseCaseContext) => Promise<T>): Promise<T> {
  return withCommandStore(command, async (store) => {
    const { deps, ctx } = consoleUseCase(store);
    try {
      return await fn(deps, ctx);
    } catch (error) {
      throw cliProblem(error, optionOf);
    }
  });
}

async function newPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  const { passwordProblem } = await import('../../server/auth/passwords.js');
  if (!fromStdin) return { password: generatedPassword(), generated: true };
  const password = await readStdin();
  const problem = passwordProblem(password);
  if (problem !== null) throw new CliError([`wachtwoord (stdin): ${problem.message}`]);
  return { password, generated: false };
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('gebruikers en hun rollen beheren');
  const out = (line: string) => io().stdout.write(`${line}\n`);

  const add = user
    .command('add')
    .description('een gebruiker aanmaken; zonder --password-stdin krijgt hij een willekeurig wachtwoord dat één keer getoond wordt')
    .argument('<gebruikersnaam>', 'aanmeldnaam, bv. een e-mailadres')
    .requiredOption('--name <naam>', 'volledige naam')
    .option('--admin', 'beheerder (rol admin over alle entiteiten)', false)
    .option('--role <rol[@entiteit[/afdeling]]>', `rol met bereik, herhaalbaar; rollen: ${ROLES.join(', ')}`, collect, [])
    .option('--person <id>', 'de persoon (functiehouder, leidinggevende) achter het account')
    .option('--trained', 'opgeleid in de wegingsmethode (vereist voor het HR-lid van buiten in een validatiecomité)', false)
    .option('--password-stdin', 'het wachtwoord van stdin lezen', false);
  addDatabaseOptions(add).action(async (username: string, options: { name: string; admin: boolean; role: string[]; person?: string; trained: boolean; passwordStdin: boolean }) => {
    const grants = [...(options.admin ? [{ role: 'admin' as Role, entityId: null, unitId: null }] : []), ...options.role.map(parseGrant)];
    const { password, generated } = await newPassword(options.passwordStdin);
    const { hashPassword } = await import('../../server/auth/passwords.js');
    warnUnscoped(grants);
    const passwordHash = await hashPassword(password);
    const { createAccount, describeGrant } = await import('../../use-cases/accounts/manage-accounts.js');
    const created = await withAccounts(add, (deps, ctx) =>
      createAccount(deps, ctx, { username, name: options.name, passwordHash, grants, personId: options.person, trained: options.trained }),
    );
    out(`gebruiker ${created.user.email} aangemaakt${grants.length > 0 ? ` met ${grants.map(describeGrant).join(', ')}` : ' (nog zonder rol)'}`);
    if (generated) out(`wachtwoord (wordt niet meer getoond): ${password}`);
  });

  const role = user
    .command('role')
    .description('rollen toekennen of intrekken')
    .argument('<gebruikersnaam>')
    .option('--add <rol[@entiteit[/afdeling]]>', 'rol toekennen, herhaalbaar', collect, [])
    .option('--remove <rol[@entiteit[/afdeling]]>', 'rol intrekken, herhaalbaar', collect, []);
  addDatabaseOptions(role).action(async (username: string, options: { add: string[]; remove: string[] }) => {
    if (options.add.length === 0 && options.remove.length === 0) throw new CliError(['geef --add of --remove'], EXIT_USAGE);
    const adds = options.add.map(parseGrant);
    const removes = options.remove.map(parseGrant);
    warnUnscoped(adds);
    const { changeRoles, describeGrant } = await import('../../use-cases/accounts/manage-accounts.js');
    const changed = await withAccounts(role, (deps, ctx) => changeRoles(deps, ctx, { username, add: adds, remove: removes }));
    const now = changed.grants.map(describeGrant);
    out(`${changed.user.email}: ${now.length > 0 ? now.join(', ') : 'geen rollen'}`);
  });

  const reset = user
    .command('reset')
    .description('een nieuw wachtwoord instellen; alle sessies van de gebruiker eindigen')
    .argument('<gebruikersnaam>')
    .option('--password-stdin', 'het wachtwoord van stdin lezen', false);
  addDatabaseOptions(reset).action(async (username: string, options: { passwordStdin: boolean }) => {
    const { password, generated } = await newPassword(options.passwordStdin);
    const { hashPassword } = await import('../../server/auth/passwords.js');
    const passwordHash = await hashPassword(password);
    const { resetPassword } = await import('../../use-cases/accounts/manage-accounts.js');
    const account = await withAccounts(reset, (deps, ctx) => resetPassword(deps, ctx, { username, passwordHash }));
    out(`wachtwoord van ${account.email} opnieuw ingesteld; alle sessies zijn beëindigd`);
    if (generated) out(`wachtwoord (wordt niet meer getoond): ${password}`);
  });

  const status = user
    .command('set')
    .description('een account uitschakelen of weer inschakelen, of de opleiding in de wegingsmethode vastleggen')
    .argument('<gebruikersnaam>')
    .option('--disabled', 'uitschakelen: aanmelden kan niet meer, alle sessies eindigen')
    .option('--enabled', 'weer inschakelen')
    .option('--trained', 'opgeleid in de wegingsmethode')
    .option('--untrained', 'niet opgeleid in de wegingsmethode');
  addDatabaseOptions(status).action(async (username: string, options: { disabled?: boolean; enabled?: boolean; trained?: boolean; untrained?: boolean }) => {
    if (options.disabled === true && options.enabled === true) throw new CliError(['geef --disabled of --enabled, niet allebei'], EXIT_USAGE);
    if (options.trained === true && options.untrained === true) throw new CliError(['geef --trained of --untrained, niet allebei'], EXIT_USAGE);
    if (options.disabled === undefined && options.enabled === undefined && options.trained === undefined && options.untrained === undefined)
      throw new CliError(['geef --disabled, --enabled, --trained of --untrained'], EXIT_USAGE);
    const { setAccount } = await import('../../use-cases/accounts/manage-accounts.js');
    const now = await withAccounts(status, (deps, ctx) =>
      setAccount(deps, ctx, {
        username,
        disabled: options.disabled === true ? true : options.enabled === true ? false : undefined,
        trained: options.trained === true ? true : options.untrained === true ? false : undefined,
      }),
    );
    out(`${now.email}: ${now.disabledAt !== null ? 'uitgeschakeld' : 'actief'}, ${now.trainedInMethod ? 'opgeleid' : 'niet opgeleid'} in de wegingsmethode`);
  });

  const list = user.command('list').description('alle gebruikers met hun rollen');
  addDatabaseOptions(list).action(async () => {
    const { listAccounts, describeGrant } = await import('../../use-cases/accounts/manage-accounts.js');
    for (const { user: account, grants } of await withAccounts(list, listAccounts))
      out(`${account.email.padEnd(40)} ${account.name.padEnd(32)} ${grants.map(describeGrant).join(', ') || '-'}${account.disabledAt !== null ? ' (uitgeschakeld)' : ''}`);
  });
}
