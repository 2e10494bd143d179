/**
 * Catalogue search with 100,000 FUBEs on SQLite and on PostgreSQL (goal: p95 < 50 ms).
 * A seeded generator composes Dutch FUBEs from the seed family's texts and a vocabulary of
 * function titles, fields and knowledge; they are bulk-loaded with the rows the repository
 * writes (fubes, revisions, history, search index) and cached: `data/bench/` for SQLite,
 * the database `weegschaal_bench` on PostgreSQL, both keyed by the generator version.
 * Every query goes through `store.search.find`, the repository the API calls.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Family } from '../src/domain/family/index.js';
import { loadFamilySource } from '../src/domain/family/index.js';
import type { FubeContent, FubeResultArea } from '../src/domain/fube/schema.js';
import type { Status, WorkflowState } from '../src/domain/workflow/schema.js';
import { classColumns, contentColumns, workflowColumns } from '../src/store/fubes-repository.js';
import { type SearchQuery, type Store, openStore } from '../src/store/index.js';
import { type BenchModule, type Row, seededRandom } from './types.js';

/** Bump when the generated FUBEs change: cached databases of another version are rebuilt. */
const GENERATOR_VERSION = 3;
const FUBE_COUNT = Number(process.env.BENCH_SEARCH_FUBES ?? 100_000);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 25);
const GOAL_P95_MS = 50;
const CACHE_KEY = `search-v${GENERATOR_VERSION}-${FUBE_COUNT}`;
const SQLITE_FILE = fileURLToPath(new URL(`../data/bench/${CACHE_KEY}.db`, import.meta.url));
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// Another name (BENCH_SEARCH_DATABASE) keeps a branch with other migrations off a shared server's copy.
const BENCH_DATABASE = process.env.BENCH_SEARCH_DATABASE ?? 'weegschaal_bench';
const SEED_FILE = fileURLToPath(new URL('../families/organisatieondersteunende-functies.yaml', import.meta.url));
const CREATED_AT = '2026-01-01T00:00:00.000Z';

// ---------------------------------------------------------------------------------------
// The generator

const ROLES = [
  'Beleidsadviseur', 'Beleidsmedewerker', 'Jurist', 'HR-deskundige', 'ICT-projectleider', 'Communicatiedeskundige',
  'Financieel analist', 'Kwaliteitscoördinator', 'Preventieadviseur', 'Data-analist', 'Logistiek coördinator', 'Documentalist',
  'Diversiteitsambtenaar', 'Informatie-architect', 'Boekhouder', 'Opleidingsverantwoordelijke', 'Organisatieadviseur',
  'Interne auditor', 'Dossierbeheerder', 'Procesanalist', 'Subsidiebeheerder', 'Aankoper', 'Webredacteur', 'Controller',
];
const FIELDS = [
  'financiën en begroting', 'personeelsbeleid', 'informatica', 'communicatie', 'logistiek', 'kwaliteitszorg',
  'organisatiebeheersing', 'veiligheid en preventie', 'documentatie', 'diversiteit', 'juridische zaken',
  'overheidsopdrachten', 'subsidies', 'vastgoed', 'mobiliteit', 'onderwijs', 'welzijn', 'cultuur', 'omgeving', 'landbouw',
];
/** Knowledge, most common first: the generator picks the first ones far more often. */
const KNOWLEDGE = [
  'de regelgeving', 'de werking van de Vlaamse overheid', 'projectmatig werken', 'Office-toepassingen', 'het personeelsstatuut',
  'de begrotingsprocedures', 'de wetgeving op de overheidsopdrachten', 'het Bestuursdecreet', 'de privacywetgeving (AVG)',
  'procesmanagement', 'het Decreet lokaal bestuur', 'datamodellering', 'communicatieplanning', 'risicobeheer', 'interne controle',
  'de Vlaamse Codex Overheidsfinanciën', 'de meerjarenraming', 'de Archiefwet', 'het Omgevingsvergunningsdecreet',
  'de webtoegankelijkheidsrichtlijnen', 'het welzijnsbeleid', 'de ESR-normen', 'het subsidiereglement', 'de energieprestatieregelgeving',
];
const CUSTOM_AREAS = [
  ['Dossierbehandeling', 'Dossiers behandelen en opvolgen', ['Dossiers voorbereiden', 'Beslissingen motiveren']],
  ['Rapportering', 'Rapporten en beleidsnota’s opstellen', ['Cijfers verzamelen', 'Indicatoren opvolgen']],
  ['Netwerking', 'Contacten onderhouden met partners en stakeholders', ['Overleg organiseren met lokale besturen']],
  ['Coaching', 'Collega’s begeleiden en opleiden', ['Opleidingen geven aan nieuwe medewerkers']],
] as const;
const ENTITIES = [
  ['dep-fb', 8], ['dep-omg', 5], ['ag-ivh', 3], ['dep-wvg', 3], ['ag-dv', 1],
] as const;
const STATES: [Status, number][] = [
  ['draft', 30], ['proposed', 15], ['validated', 10], ['notified', 10], ['appealed', 3], ['appeal-decided', 2], ['final', 28], ['unassignable-decided', 2],
];
const CLASS_LEVEL: Record<number, number> = { 14: 1, 15: 2, 16: 2, 17: 3, 18: 3, 19: 4 };

function weighted<T>(random: () => number, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = random() * total;
  for (const [value, weight] of options) if ((pick -= weight) < 0) return value;
  return options[options.length - 1]![0];
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Skewed to the front of the list: common words first, rare ones at the end. */
const skewed = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() ** 2.5 * list.length)]!;

export interface GeneratedFube {
  content: FubeContent;
  workflow: WorkflowState;
}

/** FUBE number `i` of the benchmark catalogue; the same for every run of one generator version. */
export function* generateFubes(family: Family, count: number, seed = 20_261_129): Generator<GeneratedFube> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const role = pick(random, ROLES);
    const field = pick(random, FIELDS);
    const areas: FubeResultArea[] = family.resultAreas
      .filter(() => random() < 0.55)
      .map((area) => ({
        origin: 'family' as const,
        resultAreaId: area.id,
        title: area.title,
        what: area.what,
        goal: area.goal,
        activities: area.activities.filter(() => random() < 0.6),
      }));
    if (random() < 0.3) {
      const [title, what, activities] = pick(random, CUSTOM_AREAS);
      areas.push({ origin: 'custom', title, what: `${what} rond ${field}`, goal: 'de dienstverlening te verbeteren', activities: [...activities] });
    }
    const knowledge = [...new Set([skewed(random, KNOWLEDGE), skewed(random, KNOWLEDGE)])];
    const status = weighted(random, STATES);
    const decided = !(status === 'draft' || status === 'proposed') || random() < 0.5;
    const klass = 14 + Math.floor(random() * 6);
    const content: FubeContent = {
      familyId: family.id,
      familyVersion: family.version,
      title: `${role} ${field}`,
      entityId: weighted(random, ENTITIES),
      holderIds: [`p-${i}`],
      purpose: { what: `${family.purpose.what} op het vlak van ${field}`, goal: family.purpose.goal },
      resultAreas: areas,
      specificKnowledge: `Kennis van ${knowledge.join(' en ')}`,
      ...(decided ? { decision: { level: CLASS_LEVEL[klass]!, class: klass } } : {}),
    };
    yield { content, workflow: { status, revision: 1 } };
  }
}

function loadSeed(): { family: Family; source: string } {
  const source = readFileSync(SEED_FILE, 'utf8');
  const loaded = loadFamilySource(source, { file: SEED_FILE });
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return { family: loaded.value, source };
}

/** The rows `FubesRepository.create` writes for one FUBE, except the search index (reindex). */
export function rowsOf(id: string, { content, workflow }: GeneratedFube) {
  const fube = { id, ...contentColumns(content), ...workflowColumns(workflow), ...classColumns(content, workflow), revision: 1, created_at: CREATED_AT, updated_at: CREATED_AT };
  const revision = { fube_id: id, revision: 1, content: fube.content, author_id: 'bench', reason: null, created_at: CREATED_AT };
  const history = {
    at: CREATED_AT,
    actor_id: 'bench',
    action: 'fube.create',
    subject_type: 'fube',
    subject_id: id,
    data: JSON.stringify({ revision: 1, title: content.title, familyId: content.familyId, familyVersion: content.familyVersion }),
    reason: null,
  };
  return { fube, revision, history };
}

export const fubeId = (i: number) => `bench-${String(i).padStart(6, '0')}`;

// ---------------------------------------------------------------------------------------
// Loading

export async function publishSeed(store: Store): Promise<Family> {
  const { family, source } = loadSeed();
  if ((await store.families.get(family.id, family.version)) === undefined) {
    await store.families.saveDraft(family, source, 'bench');
    await store.families.publish(family.id, family.version, 'bench');
  }
  return family;
}

/** Builds the SQLite file once per generator version (in a temp name, renamed when complete). */
async function sqliteStore(): Promise<{ store: Store; loadMs: number | undefined }> {
  if (existsSync(SQLITE_FILE)) return { store: await openStore({ file: SQLITE_FILE }), loadMs: undefined };
  mkdirSync(join(SQLITE_FILE, '..'), { recursive: true });
  const building = `${SQLITE_FILE}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const start = performance.now();
  const store = await openStore({ file: building });
  const family = await publishSeed(store);
  await store.close();

  const db = new SqliteDatabase(building);
  db.pragma('journal_mode = WAL');
  const insert = (table: string, columns: string[]) =>
    db.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  let fubes: SqliteDatabase.Statement | undefined;
  const revisions = insert('fube_revisions', ['fube_id', 'revision', 'content', 'author_id', 'reason', 'created_at']);
  const history = insert('history', ['at', 'actor_id', 'action', 'subject_type', 'subject_id', 'data', 'reason']);
  db.transaction(() => {
    let i = 0;
    for (const generated of generateFubes(family, FUBE_COUNT)) {
      const rows = rowsOf(fubeId(i++), generated);
      fubes ??= insert('fubes', Object.keys(rows.fube));
      fubes.run(rows.fube);
      revisions.run(rows.revision);
      history.run(rows.history);
    }
  })();
  db.close();
  // The search rows are written by the product's own index code, in creation order.
  const indexing = await openStore({ file: building });
  await reindex(indexing);
  await indexing.close();
  const checkpoint = new SqliteDatabase(building);
  checkpoint.pragma('wal_checkpoint(TRUNCATE)');
  checkpoint.close();
  renameSync(building, SQLITE_FILE);
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  const loadMs = performance.now() - start;
  return { store: await openStore({ file: SQLITE_FILE }), loadMs };
}

function benchUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/** Connects to the admin database; undefined when PostgreSQL is not reachable. */
async function postgresAdmin(): Promise<pg.Client | undefined> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return undefined;
  }
}

/**
 * `weegschaal_bench`, loaded once per generator version: the version is written as the
 * database's comment after a complete load, so an interrupted load is redone.
 */
async function postgresStore(admin: pg.Client): Promise<{ store: Store; loadMs: number | undefined }> {
  const marker = CACHE_KEY;
  const { rows } = await admin.query<{ comment: string | null }>(
    `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
    [BENCH_DATABASE],
  );
  if (rows[0]?.comment === marker) return { store: await openStore({ databaseUrl: benchUrl() }), loadMs: undefined };

  const start = performance.now();
  await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
  await admin.query(`create database ${BENCH_DATABASE}`);
  const store = await openStore({ databaseUrl: benchUrl() });
  const family = await publishSeed(store);
  await store.close();

  const client = new pg.Client({ connectionString: benchUrl() });
  await client.connect();
  try {
    await client.query('begin');
    const BATCH = 500;
    let batch: ReturnType<typeof rowsOf>[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await insertMany(client, 'fubes', batch.map((r) => r.fube));
      await insertMany(client, 'fube_revisions', batch.map((r) => r.revision));
      await insertMany(client, 'history', batch.map((r) => r.history));
      batch = [];
    };
    let i = 0;
    for (const generated of generateFubes(family, FUBE_COUNT)) {
      batch.push(rowsOf(fubeId(i++), generated));
      if (batch.length === BATCH) await flush();
    }
    await flush();
    await client.query('commit');
    const indexing = await openStore({ databaseUrl: benchUrl() });
    await reindex(indexing);
    await indexing.close();
    // Autovacuum vacuums and analyses a table soon after a bulk insert (PostgreSQL 13+);
    // measure the catalogue in that steady state, not in the minute after the load.
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
  await admin.query(`comment on database ${BENCH_DATABASE} is '${marker}'`);
  return { store: await openStore({ databaseUrl: benchUrl() }), loadMs: performance.now() - start };
}

/** Indexes every FUBE with the product's search index code, in creation order. */
/**
 * Fills a store with `count` generated FUBEs through Kysely (either database): the rows the
 * repository writes, in batches in one transaction, then the search index.
 */
export async function fillStore(store: Store, count: number, place: (content: FubeContent, index: number) => FubeContent = (content) => content): Promise<string[]> {
  const family = await publishSeed(store);
  const ids: string[] = [];
  let batch: ReturnType<typeof rowsOf>[] = [];
  await store.transaction(async (trx) => {
    const flush = async () => {
      if (batch.length === 0) return;
      await trx.insertInto('fubes').values(batch.map((r) => r.fube)).execute();
      await trx.insertInto('fube_revisions').values(batch.map((r) => r.revision)).execute();
      await trx.insertInto('history').values(batch.map((r) => r.history)).execute();
      batch = [];
    };
    let i = 0;
    for (const generated of generateFubes(family, count)) {
      const id = fubeId(i);
      ids.push(id);
      batch.push(rowsOf(id, { ...generated, content: place(generated.content, i++) }));
      if (batch.length === 100) await flush();
    }
    await flush();
  });
  await reindex(store);
  return ids;
}

export async function reindex(store: Store): Promise<void> {
  const ids = (await store.db.selectFrom('fubes').select('id').orderBy('id').execute()).map((row) => row.id);
  await store.transaction(async (trx) => {
    for (let i = 0; i < ids.length; i += 500) await store.searchIndex.index(trx, ids.slice(i, i + 500));
  });
}

async function insertMany(client: pg.Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const columns = Object.keys(rows[0]!);
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((c) => `$${params.push(row[c])}`).join(', ')})`);
  await client.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, params);
}

// ---------------------------------------------------------------------------------------
// Measuring

/** Single and double words, common and rare, with and without accents, with filters. */
export const BENCH_QUERIES: { label: string; query: SearchQuery }[] = [
  { label: 'kennis (in every FUBE)', query: { q: 'kennis' } },
  { label: 'klanten (every purpose)', query: { q: 'klanten' } },
  { label: 'beleidsadviseur', query: { q: 'beleidsadviseur' } },
  { label: 'jurist', query: { q: 'jurist' } },
  { label: 'financien (unaccented)', query: { q: 'financien' } },
  { label: 'financiën (accented)', query: { q: 'financiën' } },
  { label: 'overheidsopdrachten', query: { q: 'overheidsopdrachten' } },
  { label: 'meerjarenraming (4 % of FUBEs)', query: { q: 'meerjarenraming' } },
  { label: 'energieprestatieregelgeving (3 %)', query: { q: 'energieprestatieregelgeving' } },
  { label: 'codex overheidsfinanciën', query: { q: 'codex overheidsfinanciën' } },
  { label: 'opleidingen geven', query: { q: 'opleidingen geven' } },
  { label: 'kwaliteit verbeteren', query: { q: 'kwaliteit verbeteren' } },
  { label: 'analyseren behoeften', query: { q: 'analyseren behoeften' } },
  { label: 'onbestaandwoord (no hit)', query: { q: 'onbestaandwoord' } },
  { label: 'kennis, entity ag-dv', query: { q: 'kennis', entity: 'ag-dv' } },
  { label: 'beleidsadviseur, class 17', query: { q: 'beleidsadviseur', classes: [17] } },
  { label: 'beleid, state proposed', query: { q: 'beleid', state: 'proposed' } },
  { label: 'informatica, family + final', query: { q: 'informatica', family: 'organisatieondersteunende-functies', state: 'final' } },
  { label: 'personeelsbeleid, entity+class+state', query: { q: 'personeelsbeleid', entity: 'dep-fb', classes: [15], state: 'draft' } },
  { label: 'kennis, page 40', query: { q: 'kennis', page: 40 } },
  // As people type (decision 0048): prefixes and compound parts, widened from the vocabulary.
  { label: 'begr (prefix)', query: { q: 'begr' } },
  { label: 'coördinator (compound part)', query: { q: 'coördinator' } },
  { label: 'preventie (prefix of a title)', query: { q: 'preventie' } },
  { label: 'energie (prefix, 3 %)', query: { q: 'energie' } },
  { label: 'beleid (prefix and part, common)', query: { q: 'beleid' } },
  { label: 'kwal coör (two prefixes)', query: { q: 'kwal coör' } },
  { label: 'xq (short nonsense)', query: { q: 'xq' } },
  { label: 'adviseur, level 15/16', query: { q: 'adviseur', classes: [15, 16] } },
  { label: '(no words) entity dep-omg', query: { entity: 'dep-omg' } },
];

interface Measured {
  /** Per query: sorted durations (ms) and hit count. */
  perQuery: { times: number[]; total: string }[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(store: Store): Promise<Measured> {
  const perQuery: Measured['perQuery'] = [];
  for (const { query } of BENCH_QUERIES) {
    const first = await store.search.find(query);
    const total = first.exact ? String(first.total) : `${first.total}+ (${first.order})`;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await store.search.find(query);
      times.push(performance.now() - start);
    }
    perQuery.push({ times: times.sort((a, b) => a - b), total });
  }
  return { perQuery };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;

function summary(database: string, measured: Measured, loadMs: number | undefined): Row[] {
  const all = measured.perQuery.flatMap((q) => q.times).sort((a, b) => a - b);
  const worst = Math.max(...measured.perQuery.map((q) => percentile(q.times, 95)));
  const p95 = percentile(all, 95);
  return [
    {
      name: `${database}: p95 over all queries`,
      value: Number(p95.toFixed(1)),
      unit: 'ms',
      note: `p50 ${ms(percentile(all, 50))}, max ${ms(all[all.length - 1]!)}, worst query's p95 ${ms(worst)}; goal p95 < ${GOAL_P95_MS} ms ${p95 < GOAL_P95_MS ? 'met' : 'NOT met'}; ${load()}`,
    },
    {
      name: `${database}: load ${FUBE_COUNT.toLocaleString('en')} FUBEs`,
      value: loadMs === undefined ? 0 : Math.round(loadMs),
      unit: 'ms',
      note: loadMs === undefined ? 'cached from an earlier run (same generator version)' : 'generated and bulk-loaded in one transaction',
    },
  ];
}

export const searchBench: BenchModule = {
  name: `search (${FUBE_COUNT.toLocaleString('en')} FUBEs)`,
  async run(): Promise<Row[]> {
    const sqlite = await sqliteStore();
    let sqliteMeasured: Measured;
    try {
      sqliteMeasured = await measure(sqlite.store);
    } finally {
      await sqlite.store.close();
    }

    const admin = await postgresAdmin();
    let postgres: { measured: Measured; loadMs: number | undefined } | undefined;
    if (admin !== undefined) {
      try {
        const opened = await postgresStore(admin);
        try {
          postgres = { measured: await measure(opened.store), loadMs: opened.loadMs };
        } finally {
          await opened.store.close();
        }
      } finally {
        await admin.end();
      }
    }

    const rows: Row[] = BENCH_QUERIES.map(({ label }, i) => {
      const s = sqliteMeasured.perQuery[i]!;
      const p = postgres?.measured.perQuery[i];
      const hits = p === undefined ? `${s.total}` : `${s.total} | ${p.total}${s.total === p.total ? '' : ' DIFFER'}`;
      const pgPart = p === undefined ? '' : `; PostgreSQL p50 ${ms(percentile(p.times, 50))}, p95 ${ms(percentile(p.times, 95))}, max ${ms(p.times[p.times.length - 1]!)}`;
      return {
        name: `"${label}" SQLite p95`,
        value: Number(percentile(s.times, 95).toFixed(1)),
        unit: 'ms',
        note: `hits ${hits}; SQLite p50 ${ms(percentile(s.times, 50))}, max ${ms(s.times[s.times.length - 1]!)}${pgPart}`,
      };
    });
    rows.push(...summary('SQLite', sqliteMeasured, sqlite.loadMs));
    if (postgres !== undefined) rows.push(...summary('PostgreSQL', postgres.measured, postgres.loadMs));
    else rows.push({ name: 'PostgreSQL: skipped', value: 0, unit: '-', note: `not reachable at ${ADMIN_URL} (set BENCH_DATABASE_URL or TEST_DATABASE_URL)` });
    return rows;
  },
};
