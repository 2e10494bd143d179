import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Family, loadFamilySource } from '../../src/domain/family/index.js';
import { classAtLevel, tiedLevels } from '../../src/domain/fube/decide-tie.js';
import type { FubeContent, FubeResultArea, TieDecision } from '../../src/domain/fube/schema.js';
import { searchText } from '../../src/domain/fube/search-text.js';
import { seededRandom } from '../../src/domain/pay/test-random.js';
import { prepareWeigher } from '../../src/domain/weighing/index.js';
import type { WeighingResult, WeighingValues } from '../../src/domain/weighing/types.js';
import type { Status } from '../../src/domain/workflow/schema.js';
import { classColumns, contentColumns, workflowColumns } from '../../src/store/fubes-repository.js';
import type { Store } from '../../src/store/index.js';
import type { CalibrationRow } from '../../src/store/index.js';

/**
 * A generated catalogue for calibration (issue 17 item 4): function types written in many
 * entities with the same values and class, clean one-off functions whose class was overridden
 * with reason, and planted inconsistencies of every kind the calibration must find:
 *  - `same-values`: a copy of a type with its values but another class;
 *  - `similar-texts`: a near-copy of a type whose values lie two steps away in one criterion;
 *  - `outlier`: a near-copy under another title whose class lies two classes from the type's;
 *  - `override-entity`: one entity overrides a third of its decided FUBEs (one class off);
 *  - `tie-adviser`: one HR adviser settles every tie upwards (planted where the organisation
 *    settles that tie downwards).
 * Everything else is clean: the same work gets the same class, a tie is settled the same way
 * wherever its values occur, and one-off overrides have values and texts of their own.
 */

export type PlantedKind = 'same-values' | 'similar-texts' | 'outlier' | 'override-entity' | 'tie-adviser';

export interface GeneratedCalibrationFube {
  id: string;
  content: FubeContent;
  status: Status;
  /** The user who weighed it (and decided its class or tie). */
  adviserId: string;
  planted: PlantedKind | null;
}

export interface PlantedCatalogue {
  family: Family;
  fubes: GeneratedCalibrationFube[];
  entities: string[];
  advisers: { id: string; entityId: string }[];
  /** The groups planted to deviate (c), and the groups that deviate through them. */
  plantedGroups: { group: 'entity' | 'adviser'; id: string; metric: 'override' | 'tie-up' }[];
  impliedGroups: { group: 'entity' | 'adviser'; id: string; metric: 'override' | 'tie-up' }[];
}

const SEED_FILE = fileURLToPath(new URL('../../families/organisatieondersteunende-functies.yaml', import.meta.url));

export function seedFamily(): Family {
  const loaded = loadFamilySource(readFileSync(SEED_FILE, 'utf8'), { file: SEED_FILE });
  if (!loaded.ok) throw new Error('seed family does not load');
  return loaded.value;
}

const COMMON = (
  'organisatie dienst klanten medewerkers beleid werking kwaliteit opvolgen ondersteunen advies adviseren analyseren ' +
  'rapporteren plannen overleg afspraken procedures regelgeving dossiers projecten processen informatie gegevens ' +
  'verbeteren ontwikkelen uitwerken voorbereiden coördineren afstemmen communiceren partners collega leidinggevende ' +
  'entiteit afdeling team doelstellingen resultaten opvolging begeleiden behandelen controleren documenteren ' +
  'toepassen instrumenten methoden richtlijnen vragen antwoorden nota verslagen planning budget middelen termijnen ' +
  'werkprocessen dienstverlening interne externe deskundigheid kennis ervaring evaluatie verbetering noden behoeften'
).split(' ');

const ROLES = ['Medewerker', 'Adviseur', 'Coördinator', 'Deskundige', 'Consulent', 'Beheerder', 'Specialist', 'Analist', 'Projectleider', 'Verantwoordelijke', 'Assistent', 'Expert', 'Teamcoach', 'Regisseur', 'Begeleider', 'Controleur', 'Planner', 'Ondersteuner', 'Referent', 'Trajectbegeleider'];
const FIELD_A = ['personeels', 'loon', 'aankoop', 'contract', 'archief', 'kwaliteits', 'informatie', 'netwerk', 'opleidings', 'facility', 'veiligheids', 'subsidie', 'begrotings', 'boekhoud', 'communicatie', 'web', 'data', 'privacy', 'risico', 'audit', 'juridisch', 'gebouwen', 'vloot', 'klachten', 'onthaal'];
const FIELD_B = ['beheer', 'administratie', 'planning', 'dossiers', 'analyse', 'toezicht', 'ondersteuning', 'projecten', 'rapportering', 'verwerking', 'opvolging', 'coördinatie', 'controle', 'advies', 'registratie', 'inventaris'];
const TOPIC_A = ['verlof', 'dienstreis', 'overuren', 'tijdsregistratie', 'loonbeslag', 'factuur', 'bestelbon', 'raamcontract', 'mededinging', 'sleutel', 'badge', 'server', 'firewall', 'licentie', 'helpdesk', 'incident', 'vergunning', 'subsidiedossier', 'kasboek', 'journaalpost', 'btw', 'persbericht', 'nieuwsbrief', 'website', 'intranet', 'dataset', 'dashboard', 'register', 'verwerkingsregister', 'risicoanalyse', 'auditplan', 'bezwaarschrift', 'advocaat', 'huurcontract', 'onderhoudsplan', 'voertuig', 'brandstof', 'klachtenregister', 'bezoeker', 'telefooncentrale'];
const TOPIC_B = ['aanvraag', 'register', 'procedure', 'sjabloon', 'overzicht', 'planning', 'rapport', 'audit', 'controle', 'verwerking', 'archief', 'budget', 'tool', 'module', 'checklist', 'afspraak', 'termijn', 'melding', 'opvolging', 'analyse'];
const UNIQUE_A = ['zonne', 'wind', 'water', 'berg', 'zee', 'bos', 'heide', 'rivier', 'polder', 'duin', 'veen', 'klei', 'zand', 'steen', 'ijzer', 'koper', 'zilver', 'goud', 'glas', 'hout', 'riet', 'vlas', 'wol', 'zijde', 'leder', 'graan', 'tarwe', 'gerst', 'haver', 'rogge'];
const UNIQUE_B = ['paneel', 'molen', 'sluis', 'dijk', 'haven', 'brug', 'toren', 'kanaal', 'gemaal', 'schuur', 'oven', 'smidse', 'werf', 'loods', 'kade', 'stuw', 'put', 'vijver', 'boomgaard', 'akker', 'weide', 'stal', 'kapel', 'poort', 'wal', 'gracht', 'vest', 'plein', 'markt', 'hal'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function shuffle<T>(random: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const vectorKey = (values: WeighingValues) =>
  Object.keys(values)
    .sort()
    .map((k) => `${k}=${values[k]}`)
    .join(',');

/** The direction the organisation settles a tie of these values: the same wherever they occur. */
function cleanDirection(values: WeighingValues): 'up' | 'down' {
  let h = 2166136261;
  for (const c of vectorKey(values)) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 100 < 35 ? 'up' : 'down';
}

interface TextTemplate {
  title: string;
  what: string[];
  goal: string[];
  areas: { title: string[]; what: string[]; goal: string[]; activities: string[][] }[];
  knowledge: string[];
}

function sentence(random: () => number, topic: readonly string[], length: number, topicShare: number): string[] {
  return Array.from({ length }, () => (random() < topicShare ? pick(random, topic) : pick(random, COMMON)));
}

function template(random: () => number, title: string, topic: readonly string[]): TextTemplate {
  return {
    title,
    what: sentence(random, topic, 10, 0.5),
    goal: sentence(random, topic, 8, 0.4),
    areas: Array.from({ length: 4 }, () => ({
      title: sentence(random, topic, 3, 0.6),
      what: sentence(random, topic, 10, 0.5),
      goal: sentence(random, topic, 8, 0.4),
      activities: Array.from({ length: 3 }, () => sentence(random, topic, 7, 0.5)),
    })),
    knowledge: sentence(random, topic, 12, 0.5),
  };
}

/** The template's words with `change` of them replaced by common words: one entity's wording of the same work. */
function variant(random: () => number, words: readonly string[], change: number): string {
  return words.map((w) => (random() < change ? pick(random, COMMON) : w)).join(' ');
}

function textsOf(random: () => number, t: TextTemplate, change: number, title: string): Pick<FubeContent, 'title' | 'purpose' | 'resultAreas' | 'specificKnowledge'> {
  const resultAreas: FubeResultArea[] = t.areas.map((a) => ({
    origin: 'custom',
    title: variant(random, a.title, 0),
    what: variant(random, a.what, change),
    goal: variant(random, a.goal, change),
    activities: a.activities.map((act) => variant(random, act, change)),
  }));
  return { title, purpose: { what: variant(random, t.what, change), goal: variant(random, t.goal, change) }, resultAreas, specificKnowledge: `Kennis van ${variant(random, t.knowledge, change)}` };
}

export interface CatalogueOptions {
  count?: number;
  seed?: number;
  entities?: number;
  advisersPerEntity?: number;
}

/** The generated catalogue; `count` FUBEs in all (10,000 by default), ids `cal-000000`… */
export function plantedCatalogue(options: CatalogueOptions = {}): PlantedCatalogue {
  const count = options.count ?? 10_000;
  const random = seededRandom(options.seed ?? 20_270_117);
  const family = seedFamily();
  const weigher = prepareWeigher(family);
  const criteria = family.criteria;
  const entities = Array.from({ length: options.entities ?? 10 }, (_, i) => `ent-${String(i).padStart(2, '0')}`);
  const advisers = entities.flatMap((entityId) => Array.from({ length: options.advisersPerEntity ?? 5 }, (_, k) => ({ id: `hr-${entityId}-${k}`, entityId })));
  const overrideEntity = entities[entities.length - 1]!;
  const tieAdviser = advisers.find((a) => a.entityId === entities[3 % entities.length])!;
  const fubes: GeneratedCalibrationFube[] = [];
  const usedVectors = new Set<string>();
  const weigh = (values: WeighingValues): WeighingResult => {
    const r = weigher.weigh(values);
    if (!r.ok) throw new Error('generated values do not weigh');
    return r.value;
  };
  const randomValues = (): WeighingValues => Object.fromEntries(criteria.map((c) => [c.id, 1 + Math.floor(random() * c.values.length)]));
  const nextId = () => `cal-${String(fubes.length).padStart(6, '0')}`;

  /** A FUBE with these values; `cls` overrides the class the rule (and the tie's clean direction) gives. */
  const add = (texts: ReturnType<typeof textsOf>, values: WeighingValues, opts: { entityId?: string; adviser?: { id: string; entityId: string }; cls?: number; planted?: PlantedKind | null; draft?: boolean; tie?: 'up' | 'down' }) => {
    const adviser = opts.adviser ?? (opts.entityId !== undefined ? pick(random, advisers.filter((a) => a.entityId === opts.entityId)) : pick(random, advisers));
    const result = weigh(values);
    const tied = tiedLevels(result);
    let tieDecision: TieDecision | undefined;
    let suggestion = { level: result.level, class: result.class };
    if (tied.length > 0) {
      const direction = opts.tie ?? (adviser.id === tieAdviser.id ? 'up' : cleanDirection(values));
      const level = direction === 'up' ? tied[tied.length - 1]! : tied[0]!;
      suggestion = { level, class: classAtLevel(result, level)! };
      tieDecision = { level, class: suggestion.class, levels: tied, direction, motivation: 'Gelijke afstand beslist.', decidedBy: adviser.id, at: '2026-06-01T10:00:00.000Z', values: { ...values } };
    }
    const cls = opts.cls ?? suggestion.class;
    const levelOfClass = family.levels.find((l) => l.classes.includes(cls))!.level;
    const draft = opts.draft === true;
    let planted = opts.planted ?? null;
    if (planted === null && tieDecision !== undefined && adviser.id === tieAdviser.id && cleanDirection(values) === 'down') planted = 'tie-adviser';
    const content: FubeContent = {
      familyId: family.id,
      familyVersion: family.version,
      entityId: adviser.entityId,
      holderIds: [],
      ...texts,
      weighing: { rule: result.rule, values: { ...values }, result },
      ...(draft ? {} : { decision: { level: levelOfClass, class: cls, ...(cls !== suggestion.class ? { motivation: 'Afwijking gemotiveerd.' } : {}) } }),
      ...(tieDecision !== undefined ? { tieDecision } : {}),
    };
    usedVectors.add(vectorKey(values));
    fubes.push({ id: nextId(), content, status: draft ? 'draft' : 'final', adviserId: adviser.id, planted });
  };
  const shifted = (cls: number, by: number) => {
    const classes = family.levels.flatMap((l) => l.classes);
    const up = cls + by;
    return classes.includes(up) ? up : cls - by;
  };

  // Function types: a title, a wording and values that entities share.
  const titles = shuffle(
    random,
    ROLES.flatMap((r) => FIELD_A.flatMap((a) => FIELD_B.map((b) => `${r} ${a}${b}`))),
  );
  const topics = TOPIC_A.flatMap((a) => TOPIC_B.map((b) => `${a}${b}`));
  const singles = Math.round(count * 0.025);
  const plantedCounts = { 'same-values': Math.round(count * 0.006), 'similar-texts': Math.round(count * 0.006), outlier: Math.round(count * 0.004) };
  const typeCount = Math.round(count / 25);
  const types = Array.from({ length: typeCount }, (_, i) => {
    let base: WeighingValues;
    do base = randomValues();
    while (usedVectors.has(vectorKey(base)) && tiedLevels(weigh(base)).length === 0);
    const topic = Array.from({ length: 14 }, () => pick(random, topics));
    return { title: titles[i]!, base, text: template(random, titles[i]!, topic), planted: false };
  });

  const perType = Math.floor((count - singles - plantedCounts['same-values'] - plantedCounts['similar-texts'] - plantedCounts.outlier) / typeCount);
  for (const type of types) {
    const baseResult = weigh(type.base);
    const tie = tiedLevels(baseResult).length > 0;
    for (let k = 0; k < perType; k++) {
      let values = type.base;
      // One step more in one criterion where that leaves level, class and ties as they are: still the same work.
      if (!tie && random() < 0.3) {
        const c = pick(random, criteria);
        const next = { ...values, [c.id]: values[c.id]! + 1 };
        if (next[c.id]! <= c.values.length) {
          const r = weigh(next);
          if (r.level === baseResult.level && r.class === baseResult.class && tiedLevels(r).length === 0) values = next;
        }
      }
      const entityId = pick(random, entities);
      const draft = random() < 0.15;
      // The planted entity overrides a third of what it decides, one class off.
      if (entityId === overrideEntity && !draft && !tie && random() < 0.35) {
        add(textsOf(random, type.text, 0.1, type.title), values, { entityId, cls: shifted(baseResult.class, 1), planted: 'override-entity' });
        continue;
      }
      add(textsOf(random, type.text, 0.1, type.title), values, { entityId, draft });
    }
  }

  // Planted: one per type at most, in types without a tie.
  const plantable = shuffle(
    random,
    types.filter((t) => tiedLevels(weigh(t.base)).length === 0),
  );
  let next = 0;
  const takeType = () => {
    const type = plantable[next++];
    if (type === undefined) throw new Error('not enough types to plant in');
    return type;
  };
  const quietEntities = entities.filter((e) => e !== overrideEntity);
  for (let i = 0; i < plantedCounts['same-values']; i++) {
    const type = takeType();
    add(textsOf(random, type.text, 0.1, type.title), type.base, { entityId: pick(random, quietEntities), cls: shifted(weigh(type.base).class, 1), planted: 'same-values' });
  }
  for (let i = 0; i < plantedCounts['similar-texts']; i++) {
    const type = takeType();
    const movable = criteria.filter((c) => c.values.length >= 3);
    let values: WeighingValues | undefined;
    for (const c of shuffle(random, movable.slice())) {
      const v = type.base[c.id]!;
      const moved = v + 2 <= c.values.length ? v + 2 : v - 2 >= 1 ? v - 2 : undefined;
      if (moved === undefined) continue;
      const candidate = { ...type.base, [c.id]: moved };
      if (tiedLevels(weigh(candidate)).length === 0) {
        values = candidate;
        break;
      }
    }
    if (values === undefined) {
      i--;
      continue;
    }
    add(textsOf(random, type.text, 0.05, type.title), values, { entityId: pick(random, quietEntities), planted: 'similar-texts' });
  }
  for (let i = 0; i < plantedCounts.outlier; i++) {
    const type = takeType();
    const base = weigh(type.base).class;
    add(textsOf(random, type.text, 0.05, `Senior ${type.title.toLowerCase()}`), type.base, { entityId: pick(random, quietEntities), cls: shifted(base, 2), planted: 'outlier' });
  }

  // Clean one-off functions: own values, own words, and a class overridden with reason.
  while (fubes.length < count) {
    let values: WeighingValues;
    do values = randomValues();
    while (usedVectors.has(vectorKey(values)) || tiedLevels(weigh(values)).length > 0);
    const words = Array.from({ length: 40 }, () => `${pick(random, UNIQUE_A)}${pick(random, UNIQUE_B)}`);
    const one: TextTemplate = template(random, '', words);
    const title = `${pick(random, UNIQUE_A)}${pick(random, UNIQUE_B)} ${pick(random, UNIQUE_A)}${pick(random, UNIQUE_B)} ${fubes.length}`;
    add(textsOf(random, one, 0, title), values, { entityId: pick(random, quietEntities), cls: shifted(weigh(values).class, 1) });
  }

  const overrideAdvisers = advisers.filter((a) => a.entityId === overrideEntity).map((a) => ({ group: 'adviser' as const, id: a.id, metric: 'override' as const }));
  return {
    family,
    fubes,
    entities,
    advisers,
    plantedGroups: [
      { group: 'entity', id: overrideEntity, metric: 'override' },
      { group: 'adviser', id: tieAdviser.id, metric: 'tie-up' },
    ],
    impliedGroups: [...overrideAdvisers, { group: 'entity', id: tieAdviser.entityId, metric: 'tie-up' }],
  };
}

/** The row the store would give calibration for a generated FUBE (for domain-level tests). */
export function calibrationRowOf(fube: GeneratedCalibrationFube): CalibrationRow {
  const workflow = { status: fube.status, revision: 1 } as const;
  const columns = classColumns(fube.content, workflow as never);
  return {
    id: fube.id,
    updatedAt: '2026-06-01T10:00:00.000Z',
    entityId: fube.content.entityId,
    familyId: columns.family_id,
    title: fube.content.title,
    state: fube.status,
    revision: 1,
    class: columns.class,
    content: fube.content,
    searchText: searchText(fube.content),
    weigherId: fube.adviserId,
  };
}

/**
 * Writes the catalogue straight into a store as a bulk load (one transaction; FUBE, revision
 * by the adviser, weighing and history rows), then indexes it for search.
 */
export async function loadCatalogue(store: Store, catalogue: PlantedCatalogue, at = '2026-06-01T10:00:00.000Z'): Promise<void> {
  const { family } = catalogue;
  if ((await store.families.get(family.id, family.version)) === undefined) {
    await store.families.saveDraft(family, readFileSync(SEED_FILE, 'utf8'), 'generator');
    await store.families.publish(family.id, family.version, 'generator');
  }
  for (const entityId of catalogue.entities) await store.entities.save({ id: entityId, name: `Entiteit ${entityId.slice(4)}`, units: [] });
  await store.transaction(async (trx) => {
    for (let i = 0; i < catalogue.fubes.length; i += 100) {
      const batch = catalogue.fubes.slice(i, i + 100);
      const rows = batch.map((f) => {
        const workflow = { status: f.status, revision: 1 } as const;
        return { id: f.id, ...contentColumns(f.content), ...workflowColumns(workflow as never), ...classColumns(f.content, workflow as never), revision: 1, created_at: at, updated_at: at };
      });
      await trx.insertInto('fubes').values(rows).execute();
      await trx
        .insertInto('fube_revisions')
        .values(batch.map((f, k) => ({ fube_id: f.id, revision: 1, content: rows[k]!.content, author_id: f.adviserId, reason: null, created_at: at })))
        .execute();
      await trx
        .insertInto('weighings')
        .values(
          batch.map((f) => ({
            fube_id: f.id,
            revision: 1,
            rule_id: f.content.weighing!.rule,
            family_id: f.content.familyId,
            family_version: f.content.familyVersion,
            values: JSON.stringify(f.content.weighing!.values),
            result: JSON.stringify(f.content.weighing!.result),
            created_at: at,
          })),
        )
        .execute();
    }
  });
  const ids = catalogue.fubes.map((f) => f.id);
  await store.transaction(async (trx) => {
    for (let i = 0; i < ids.length; i += 500) await store.searchIndex.index(trx, ids.slice(i, i + 500));
  });
}
