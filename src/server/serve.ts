import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError } from '../domain/errors.js';
import { type DemoResult, loadDemo, presentDemoLogins } from '../store/demo.js';
import { familiesDir, readFamilyFolder } from '../store/family-files.js';
import { type Store, openStore } from '../store/index.js';
import { type App, buildApp } from './app.js';
import { hasAdministrator, storeAccounts } from './auth/accounts.js';
import { readCookieSecret, readOidcSettings } from './auth/oidc.js';
import { type MailWorker, readMailSettings, smtpMailWorker } from './mail/mail-worker.js';
import { DocumentPool } from '../documents/render-pool.js';
import { CalibrationWorker } from '../use-cases/calibration/calibration-engine.js';
import { useCaseDeps } from '../use-cases/context.js';
import { startDeadlineJob } from './jobs/deadline-job.js';
import { systemClock } from '../domain/clock.js';

/** The package root, from this file, so `serve` works from any working directory. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_ROOT = join(PACKAGE_ROOT, 'dist', 'web');
const VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface DatabaseChoice {
  databaseUrl?: string | undefined;
  file?: string | undefined;
}

export interface PrepareResult {
  store: Store;
  /** Families loaded from the families folder into a new database. */
  familiesLoaded: string[];
  demo: DemoResult | undefined;
  messages: string[];
}

/**
 * Opens the database (migrations run on open); a new database gets the families of the
 * families folder, published; with `demo`, an empty one also gets the demo data.
 */
export async function prepareDatabase(choice: DatabaseChoice, options: { demo: boolean; familiesFolder?: string }): Promise<PrepareResult> {
  const store = await openStore(choice);
  const messages: string[] = [];
  try {
    const familiesLoaded: string[] = [];
    if ((await store.families.list()).length === 0) {
      const folder = await readFamilyFolder(options.familiesFolder ?? familiesDir());
      for (const error of folder.errors) messages.push(`familie niet geladen: ${formatError(error)}`);
      for (const { file, family } of folder.families) {
        await store.families.saveDraft(family, await readFile(file, 'utf8'), 'system');
        await store.families.publish(family.id, family.version, 'system');
        familiesLoaded.push(`${family.id} v${family.version}`);
      }
    }
    let demo: DemoResult | undefined;
    if (options.demo) {
      const families = await store.families.list();
      const first = families.find((f) => f.status === 'published');
      const stored = first === undefined ? undefined : await store.families.get(first.id);
      if (stored === undefined) messages.push('geen demogegevens: er is geen gepubliceerde functiefamilie');
      else {
        demo = await loadDemo(store, stored.family);
        if (!demo.loaded && demo.reason !== undefined) messages.push(`geen demogegevens: ${demo.reason}`);
      }
    }
    return { store, familiesLoaded, demo, messages };
  } catch (error) {
    await store.close();
    throw error;
  }
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

/**
 * Builds the web app with Vite when `dist/web` is missing or older than its sources.
 * Returns a line for the user; without a web app in the package there is nothing to build.
 */
export function buildWebIfNeeded(): string {
  const config = join(PACKAGE_ROOT, 'vite.config.ts');
  const sources = join(PACKAGE_ROOT, 'src', 'web');
  if (!existsSync(config) || !existsSync(sources)) return 'webapp: nog geen bronnen (vite.config.ts, src/web): enkel de API wordt bediend';
  const built = join(WEB_ROOT, 'index.html');
  const sourcesChanged = Math.max(newestChange(sources), newestChange(config), newestChange(join(PACKAGE_ROOT, 'src', 'domain')), newestChange(join(PACKAGE_ROOT, 'src', 'api')));
  if (existsSync(built) && statSync(built).mtimeMs >= sourcesChanged) return 'webapp: dist/web is bij, niet opnieuw gebouwd';
  const vite = join(PACKAGE_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // Warnings and errors only: the list of some hundred files of both builds (the browser's app
  // and the server-render bundle) would push the URL and the demo logins off the screen.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
  // A broken web build must not keep the API down: serve what there is and say so.
  if (result.status !== 0)
    return `webapp: 'vite build' mislukte (exitcode ${result.status ?? 'onbekend'}); ${existsSync(built) ? 'de vorige build in dist/web wordt bediend' : 'enkel de API wordt bediend'}`;
  return 'webapp: gebouwd in dist/web';
}

/**
 * WEEGSCHAAL_TRUST_PROXY: the reverse proxies whose X-Forwarded-For names the client
 * (comma-separated addresses or CIDRs, e.g. `127.0.0.1,10.0.0.0/8`). `true` and hop counts
 * are refused: then any client could name any address and escape the login limit.
 */
export function trustProxyFromEnv(value: string | undefined): { trustProxy?: string } {
  const text = (value ?? '').trim();
  if (text === '') return {};
  if (/^(true|false|\d+)$/i.test(text)) throw new Error(`WEEGSCHAAL_TRUST_PROXY=${text}: geef de adressen van de proxy's (bv. 127.0.0.1,10.0.0.0/8), niet true/false of een aantal`);
  return { trustProxy: text.split(',').map((p) => p.trim()).filter((p) => p !== '').join(',') };
}

export interface ServeOptions extends DatabaseChoice {
  port: number;
  host: string;
  demo: boolean;
  build: boolean;
  /** Where the lines for the user go (stdout by default). */
  print?: (line: string) => void;
}

export interface RunningServer {
  app: App;
  store: Store;
  url: string;
  close(): Promise<void>;
}

/** `weegschaal serve`: prepares the database, builds the web app when asked, listens. */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  if (options.build) print(buildWebIfNeeded());
  const origins = (process.env.WEEGSCHAAL_PUBLIC_ORIGIN ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  // Read before the database opens: a single sign-on setting that cannot work stops the start.
  const oidc = readOidcSettings(process.env, origins);
  const cookieSecret = readCookieSecret(process.env, oidc);
  const proxy = trustProxyFromEnv(process.env.WEEGSCHAAL_TRUST_PROXY);
  // E-mail (decision 0027): both settings or neither; a half setting stops the start.
  const mail = readMailSettings(process.env);
  const prepared = await prepareDatabase(options, { demo: options.demo });
  const { store } = prepared;
  for (const line of prepared.messages) print(line);
  if (prepared.familiesLoaded.length > 0) print(`families geladen en gepubliceerd: ${prepared.familiesLoaded.join(', ')}`);
  // Documents are made in worker threads, each job with a time and memory limit (decision 0008).
  const documents = new DocumentPool();
  // Calibration indexes are kept and updated in a worker thread (decision 0062, "Speed").
  const calibration = new CalibrationWorker();
  const deps = useCaseDeps(store, { documents, calibration, mailEnabled: mail !== undefined });
  // The demo logins are shown (printed here, listed on the start page) only on a demo start
  // whose database holds the demo accounts; never on any other database (decision 0045).
  const demoLogins = options.demo ? await presentDemoLogins(store) : undefined;
  const app = await buildApp({
    store,
    deps,
    webRoot: WEB_ROOT,
    version: VERSION,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    accounts: storeAccounts(store),
    // Behind a TLS proxy: WEEGSCHAAL_PUBLIC_ORIGIN=https://... turns on HSTS and Secure cookies.
    security: {
      origins,
      https: (process.env.WEEGSCHAAL_PUBLIC_ORIGIN ?? '').startsWith('https://'),
    },
    ...(oidc !== undefined ? { oidc } : {}),
    ...(cookieSecret !== undefined ? { cookieSecret } : {}),
    ...(demoLogins !== undefined ? { demoLogins } : {}),
    ...proxy,
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app.close();
    await documents.close();
    await calibration.close();
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/`;
  print(`Weegschaal draait op ${url} (databank: ${store.dialect === 'postgres' ? 'PostgreSQL' : (options.file ?? 'SQLite')})`);
  print(`API-referentie: ${url}api/docs`);
  if (oidc !== undefined) print(`single sign-on: ${oidc.issuer} (claim '${oidc.claim}', terugkeer-URL ${oidc.redirectUri})`);
  if (oidc !== undefined && cookieSecret === undefined)
    print('single sign-on: WEEGSCHAAL_COOKIE_SECRET is niet gezet; de aanmeldcookie wordt getekend met een sleutel van dit proces (zet de variabele als meer dan één proces de site bedient)');
  if (prepared.demo?.loaded === true) print(`demogegevens geladen: ${prepared.demo.fubes} functiebeschrijvingen`);
  // The logins are shown on every demo start while the demo accounts exist.
  if (demoLogins !== undefined) {
    print(`demo-aanmeldingen (wachtwoord '${demoLogins.password}'):`);
    for (const login of demoLogins.logins) print(`  ${login.username.padEnd(40)} ${login.role} (${login.scope})`);
  }
  if (!(await hasAdministrator(store))) print('nog geen beheerder: maak er een met weegschaal user add <gebruikersnaam> --name "<naam>" --admin');
  let worker: MailWorker | undefined;
  if (mail !== undefined) {
    const intervalMs = Number(process.env.WEEGSCHAAL_MAIL_INTERVAL_MS ?? '') || 10_000;
    worker = smtpMailWorker(store, { ...mail, origin: mail.origin ?? url }, { intervalMs, onError: (error) => app.log.warn({ err: error }, 'e-mail niet verstuurd; blijft in de wachtrij') });
    worker.start();
    print(`e-mail: meldingen worden verstuurd van ${mail.from} (elke ${intervalMs / 1000} s)`);
  }
  const deadlineJob = startDeadlineJob(deps, systemClock, {
    intervalMs: Number(process.env.WEEGSCHAAL_DEADLINE_INTERVAL_MS ?? '') || 3_600_000,
    onError: (error) => app.log.warn({ err: error }, 'termijnmeldingen niet geschreven'),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await deadlineJob.stop();
    await worker?.stop();
    await app.close();
    await documents.close();
    await calibration.close();
    await store.close();
  };
  return { app, store, url, close };
}
