import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ROLES, type Role, roleSchema } from '../../domain/access/index.js';
import type { Store, UserRole } from '../../store/index.js';
import { CliError, EXIT_USAGE } from '../cli-error.js';
import { addDatabaseOptions, databaseTarget } from '../options.js';

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

const describeGrant = (g: UserRole) => `${g.role}${g.entityId !== null ? `@${g.entityId}` : ''}${g.unitId !== null ? `/${g.unitId}` : ''}`;

async function checkScope(store: Store, grant: UserRole): Promise<void> {
  if (grant.entityId === null) {
    if (grant.role !== 'admin' && grant.role !== 'appeal-committee' && grant.role !== 'holder')
      process.stderr.write(`let op: ${grant.role} zonder entiteit geldt voor alle entiteiten\n`);
    return;
  }
  const entity = (await store.entities.list()).find((e) => e.id === grant.entityId);
  if (entity === undefined) throw new CliError([`--role ${describeGrant(grant)}: entiteit '${grant.entityId}' bestaat niet`]);
  if (grant.unitId !== null && !entity.units.some((u) => u.id === grant.unitId))
    throw new CliError([`--role ${describeGrant(grant)}: afdeling '${grant.unitId}' hoort niet bij entiteit '${grant.entityId}'`]);
}

/** A readable random password, shown once. */
const generatedPassword = (): string => randomBytes(15).toString('base64url');

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function withStore<T>(command: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const target = databaseTarget(command);
  const { openStore } = await import('../../store/index.js');
  const store = await openStore(target.kind === 'postgres' ? { databaseUrl: target.url } : { file: target.file });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const operator = (): string => `cli:${userInfo().username}`;

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
  const out = (line: string) => process.stdout.write(`${line}\n`);

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
    await withStore(add, async (store) => {
      if ((await store.users.byEmail(username)) !== undefined) throw new CliError([`gebruiker '${username.trim().toLowerCase()}' bestaat al`]);
      for (const grant of grants) await checkScope(store, grant);
      if (options.person !== undefined && (await store.people.get(options.person)) === undefined) throw new CliError([`--person: persoon '${options.person}' bestaat niet`]);
      const created = await store.users.create({ email: username, name: options.name, passwordHash: await hashPassword(password), personId: options.person ?? null, roles: grants, trainedInMethod: options.trained });
      await store.history.add({ actorId: operator(), action: 'user-created', subjectType: 'user', subjectId: created.id, data: { username: created.email, roles: grants.map(describeGrant) } });
      out(`gebruiker ${created.email} aangemaakt${grants.length > 0 ? ` met ${grants.map(describeGrant).join(', ')}` : ' (nog zonder rol)'}`);
      if (generated) out(`wachtwoord (wordt niet meer getoond): ${password}`);
    });
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
    await withStore(role, async (store) => {
      const account = await store.users.byEmail(username);
      if (account === undefined) throw new CliError([`gebruiker '${username}' bestaat niet`]);
      for (const grant of adds) await checkScope(store, grant);
      const current = (await store.users.roles(account.id)).map(describeGrant);
      for (const grant of adds) {
        if (current.includes(describeGrant(grant))) continue;
        await store.users.addRole(account.id, grant);
        await store.history.add({ actorId: operator(), action: 'role-granted', subjectType: 'user', subjectId: account.id, data: { role: describeGrant(grant) } });
      }
      for (const grant of removes) {
        if (!(await store.users.removeRole(account.id, grant))) throw new CliError([`${account.email} heeft de rol ${describeGrant(grant)} niet`]);
        await store.history.add({ actorId: operator(), action: 'role-revoked', subjectType: 'user', subjectId: account.id, data: { role: describeGrant(grant) } });
      }
      const now = (await store.users.roles(account.id)).map(describeGrant);
      out(`${account.email}: ${now.length > 0 ? now.join(', ') : 'geen rollen'}`);
    });
  });

  const reset = user
    .command('reset')
    .description('een nieuw wachtwoord instellen; alle sessies van de gebruiker eindigen')
    .argument('<gebruikersnaam>')
    .option('--password-stdin', 'het wachtwoord van stdin lezen', false);
  addDatabaseOptions(reset).action(async (username: string, options: { passwordStdin: boolean }) => {
    const { password, generated } = await newPassword(options.passwordStdin);
    const { hashPassword } = await import('../../server/auth/passwords.js');
    await withStore(reset, async (store) => {
      const account = await store.users.byEmail(username);
      if (account === undefined) throw new CliError([`gebruiker '${username}' bestaat niet`]);
      await store.users.setPassword(account.id, await hashPassword(password));
      await store.sessions.deleteForUser(account.id);
      await store.history.add({ actorId: operator(), action: 'password-reset', subjectType: 'user', subjectId: account.id, data: {} });
      out(`wachtwoord van ${account.email} opnieuw ingesteld; alle sessies zijn beëindigd`);
      if (generated) out(`wachtwoord (wordt niet meer getoond): ${password}`);
    });
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
    await withStore(status, async (store) => {
      const account = await store.users.byEmail(username);
      if (account === undefined) throw new CliError([`gebruiker '${username}' bestaat niet`]);
      const record = (action: string) => store.history.add({ actorId: operator(), action, subjectType: 'user', subjectId: account.id, data: {} });
      if (options.disabled === true || options.enabled === true) {
        const disabled = options.disabled === true;
        await store.users.setDisabled(account.id, disabled);
        if (disabled) await store.sessions.deleteForUser(account.id);
        await record(disabled ? 'user-disabled' : 'user-enabled');
      }
      if (options.trained === true || options.untrained === true) {
        await store.users.setTrainedInMethod(account.id, options.trained === true);
        await record(options.trained === true ? 'user-trained' : 'user-untrained');
      }
      const now = await store.users.get(account.id);
      out(`${account.email}: ${now?.disabledAt != null ? 'uitgeschakeld' : 'actief'}, ${now?.trainedInMethod === true ? 'opgeleid' : 'niet opgeleid'} in de wegingsmethode`);
    });
  });

  const list = user.command('list').description('alle gebruikers met hun rollen');
  addDatabaseOptions(list).action(async () => {
    await withStore(list, async (store) => {
      for (const account of await store.users.list()) {
        const grants = (await store.users.roles(account.id)).map(describeGrant);
        out(`${account.email.padEnd(40)} ${account.name.padEnd(32)} ${grants.join(', ') || '-'}${account.disabledAt !== null ? ' (uitgeschakeld)' : ''}`);
      }
    });
  });
}
