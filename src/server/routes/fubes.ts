import { ref } from '../../domain/messages/index.js';
import { z } from 'zod';
import {
  appealDecisionRequestSchema,
  appealParamsSchema,
  appealRequestSchema,
  compareQuerySchema,
  compareSchema,
  createFubeSchema,
  documentQuerySchema,
  fubeHistorySchema,
  fubeParamsSchema,
  fubeRevisionListSchema,
  fubeRevisionParamsSchema,
  fubeRevisionSchema,
  type FubeView,
  fubeViewSchema,
  fubeWeighSchema,
  fubeWeighedSchema,
  remarkListSchema,
  remarkRequestSchema,
  remarkSchema,
  searchQuerySchema,
  searchResultSchema,
  transitionRequestSchema,
  updateFubeSchema,
} from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import { createFube } from '../../domain/fube/create-fube.js';
import { updateFube } from '../../domain/fube/update-fube.js';
import { setWeighing } from '../../domain/fube/set-weighing.js';
import { explain } from '../../domain/weighing/index.js';
import { type WorkflowAction, type WorkflowEvent, initialState, localDate, transition } from '../../domain/workflow/index.js';
import type { FubeAction, FubeResource } from '../../domain/access/index.js';
import { diffRevisions } from '../../domain/fube/diff-revisions.js';
import { committeeFromFacts } from '../../domain/workflow/committee-facts.js';
import { buildFubeDocx, buildFubePdf, fubeDocumentView } from '../../documents/index.js';
import type { RequestContext } from '../context.js';
import { actorId, authorizeCreate, authorizeFube, requireCaller, visibility } from '../access.js';
import { ApiProblem, domainRefused, notFound, staleRevision } from '../errors.js';
import { FamilyVersions } from '../families-cache.js';
import { FubeViewCache } from '../view-cache.js';
import { fubeView, personIdsOf } from '../fube-view.js';
import type { ApiStore, FubeRecord, FubeWrite } from '../ports.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { requireFamily } from './families.js';
import type { ApiInstance, RouteDeps } from './types.js';

/** Brussels date of an instant, memoised per minute: Intl formatting is costly per request. */
let lastMinute = Number.NaN;
let lastDay = '';
function today(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = localDate(now);
  }
  return lastDay;
}

/** The id of the appeal of a round: one appeal per round (revision) of the process. */
const appealId = (revision: number) => `beroep-${revision}`;

const DOCUMENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const remarksOf = (fubeId: string, events: readonly WorkflowEvent[]) =>
  events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.type === 'remark')
    .map(({ event, index }) => ({
      id: `${fubeId}.${index + 1}`,
      fubeId,
      revision: event.revision,
      holderId: String(event.data.holderId ?? ''),
      text: String(event.data.text ?? ''),
      at: event.at,
    }));

export function fubeRoutes(api: ApiInstance, { store }: RouteDeps): void {
  const tags = ['functiebeschrijvingen'];
  const families = new FamilyVersions(store);
  const fubes = new FubeActions(store, families);
  const views = new FubeViewCache();

  api.get(
    fastifyPath('fubes'),
    { schema: { tags, summary: 'Zoeken in de catalogus (volledige tekst en filters)', querystring: searchQuerySchema, response: { 200: searchResultSchema } } },
    async (request) => {
      return store.fubes.search(request.query, visibility(request.ctx));
    },
  );

  api.post(
    fastifyPath('fubes'),
    { schema: { tags, summary: 'Een FUBE starten vanuit een functiefamilie', body: createFubeSchema, response: { 201: fubeViewSchema } } },
    async (request, reply) => {
      const { familyId, familyVersion, ...input } = request.body;
      authorizeCreate(request.ctx, {
        type: 'fube',
        entityId: input.entityId,
        unitId: input.unitId ?? null,
        holderIds: input.holderIds,
        managerId: input.managerId ?? null,
      });
      const { family } = await requireFamily(store, familyId, familyVersion);
      const content = createFube(family, input);
      if (!content.ok) throw domainRefused(content.errors);
      const record = await store.fubes.create(content.value, initialState(1), actorId(request.ctx));
      return reply.status(201).send(await fubes.view(record, request.ctx));
    },
  );

  api.get(
    fastifyPath('fube'),
    { schema: { tags, summary: 'Eén FUBE met weging, profiel, termijnen en mogelijke acties', params: fubeParamsSchema, response: { 200: fubeViewSchema } } },
    async (request, reply) => {
      const { id } = request.params;
      requireCaller(request.ctx);
      const stamp = await store.fubes.stamp(id);
      if (stamp === undefined) throw notFound(ref('not-found.fube', { id }));
      const day = today(request.ctx.clock.now());
      let entry = views.get(id, stamp, day);
      if (entry === undefined) {
        const record = await store.fubes.get(id);
        if (record === undefined) throw notFound(ref('not-found.fube', { id }));
        const view = await fubes.view(record, request.ctx);
        entry = { stamp, day, resource: fubes.resourceOf(record), body: Buffer.from(JSON.stringify(z.encode(fubeViewSchema, view))) };
        views.set(id, entry);
      }
      authorizeFube(request.ctx, 'read', entry.resource, id);
      // A buffer goes out as is: checked and serialised once, when cached.
      return reply.type('application/json; charset=utf-8').send(entry.body as unknown as FubeView);
    },
  );

  api.put(
    fastifyPath('fube'),
    {
      schema: {
        tags,
        summary: 'De inhoud wijzigen: een nieuwe revisie, of 409 als de basisrevisie verouderd is',
        params: fubeParamsSchema,
        body: updateFubeSchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request) => {
      const record = await fubes.require(request.params.id, request.ctx, 'update');
      const { baseRevision, content, reason } = request.body;
      fubes.checkBase(record, baseRevision);
      fubes.checkEditable(record);
      const family = await families.get(content.familyId, content.familyVersion);
      // The domain checks the whole-content save (a required RG area cannot be dropped while
      // its value is chosen) and recomputes the weighing: a client's result is never trusted.
      const updated = updateFube(record.content, content, family);
      if (!updated.ok) throw domainRefused(updated.errors, ref('problem.change-invalid'), 'content');
      const checked = updated.value;
      const written = await fubes.write(record, request.ctx, { baseRevision, content: checked, ...(reason !== undefined ? { reason } : {}) });
      return fubes.view(written, request.ctx);
    },
  );

  api.get(
    fastifyPath('fubeRevisions'),
    { schema: { tags, summary: 'Alle revisies', params: fubeParamsSchema, response: { 200: fubeRevisionListSchema } } },
    async (request) => {
      await fubes.require(request.params.id, request.ctx);
      const revisions = await store.fubes.revisions(request.params.id);
      return revisions.map(({ content, ...info }) => ({ ...info, title: content.title }));
    },
  );

  api.get(
    fastifyPath('fubeRevision'),
    { schema: { tags, summary: 'Eén revisie', params: fubeRevisionParamsSchema, response: { 200: fubeRevisionSchema } } },
    async (request) => {
      await fubes.require(request.params.id, request.ctx);
      const revision = await store.fubes.revision(request.params.id, request.params.n);
      if (revision === undefined) throw notFound(ref('not-found.fube-revision', { id: request.params.id, revision: request.params.n }));
      return revision;
    },
  );

  api.get(
    fastifyPath('fubeCompare'),
    {
      schema: {
        tags,
        summary: 'Twee revisies vergelijken: elk verschil met veldpad, voor en na',
        params: fubeParamsSchema,
        querystring: compareQuerySchema,
        response: { 200: compareSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      await fubes.require(id, request.ctx);
      const { from, to } = request.query;
      const [a, b] = await Promise.all([store.fubes.revision(id, from), store.fubes.revision(id, to)]);
      if (a === undefined) throw notFound(ref('not-found.fube-revision', { id, revision: from }));
      if (b === undefined) throw notFound(ref('not-found.fube-revision', { id, revision: to }));
      return { fubeId: id, from, to, changes: diffRevisions(a.content, b.content) };
    },
  );

  api.post(
    fastifyPath('fubeWeigh'),
    {
      schema: {
        tags,
        summary: 'De weging bewaren (nieuwe revisie) en het resultaat teruggeven',
        params: fubeParamsSchema,
        body: fubeWeighSchema,
        response: { 200: fubeWeighedSchema },
      },
    },
    async (request) => {
      const record = await fubes.require(request.params.id, request.ctx, 'weigh');
      const { baseRevision, values } = request.body;
      fubes.checkBase(record, baseRevision);
      fubes.checkEditable(record);
      const family = await families.get(record.content.familyId, record.content.familyVersion);
      const weighed = setWeighing(record.content, family, values);
      if (!weighed.ok) throw domainRefused(weighed.errors);
      const result = weighed.value.weighing?.result;
      if (result === undefined) {
        const missing = family.criteria.filter((c) => values[c.id] === undefined);
        throw domainRefused(
          missing.map((c) => ({ code: 'weighing.missing-value', path: `values.${c.id}`, message: `het criterium '${c.name}' heeft geen waarde` })),
          'De weging is onvolledig',
        );
      }
      const written = await fubes.write(record, request.ctx, { baseRevision, content: weighed.value, reason: 'weging' });
      return { revision: written.revision, result, explanation: explain(result, family) };
    },
  );

  api.post(
    fastifyPath('fubeTransitions'),
    {
      schema: {
        tags,
        summary: 'Een stap in het proces (voorstellen, valideren, in kennis stellen, definitief maken, ...)',
        params: fubeParamsSchema,
        body: transitionRequestSchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request) => {
      const { baseRevision, action } = request.body;
      const record = await fubes.require(request.params.id, request.ctx, action.type);
      fubes.checkBase(record, baseRevision);
      const written = await fubes.transition(record, request.ctx, action, 'action');
      return fubes.view(written, request.ctx);
    },
  );

  api.get(
    fastifyPath('fubeRemarks'),
    { schema: { tags, summary: 'Opmerkingen van de functiehouders', params: fubeParamsSchema, response: { 200: remarkListSchema } } },
    async (request) => {
      await fubes.require(request.params.id, request.ctx);
      return remarksOf(request.params.id, await store.fubes.events(request.params.id));
    },
  );

  api.post(
    fastifyPath('fubeRemarks'),
    { schema: { tags, summary: 'Een opmerking geven op het voorstel', params: fubeParamsSchema, body: remarkRequestSchema, response: { 201: remarkSchema } } },
    async (request, reply) => {
      const record = await fubes.require(request.params.id, request.ctx, 'remark');
      const holderId = request.body.holderId ?? request.ctx.actor?.personId ?? '';
      await fubes.transition(record, request.ctx, { type: 'remark', holderId, text: request.body.text });
      const remark = remarksOf(record.id, await store.fubes.events(record.id)).at(-1);
      if (remark === undefined) throw new Error(`remark of FUBE ${record.id} was not stored`);
      return reply.status(201).send(remark);
    },
  );

  api.post(
    fastifyPath('fubeAppeals'),
    {
      schema: {
        tags,
        summary: 'Beroep instellen (binnen 15 kalenderdagen, tegen familie of klasse)',
        params: fubeParamsSchema,
        body: appealRequestSchema,
        response: { 201: z.object({ appealId: z.string(), fube: fubeViewSchema }) },
      },
    },
    async (request, reply) => {
      const record = await fubes.require(request.params.id, request.ctx, 'appeal');
      const written = await fubes.transition(record, request.ctx, { type: 'appeal', ...request.body });
      return reply.status(201).send({ appealId: appealId(written.workflow.revision), fube: await fubes.view(written, request.ctx) });
    },
  );

  api.post(
    fastifyPath('fubeAppealDecision'),
    {
      schema: {
        tags,
        summary: 'De uitspraak van de beroepscommissie vastleggen',
        params: appealParamsSchema,
        body: appealDecisionRequestSchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request) => {
      const record = await fubes.require(request.params.id, request.ctx, 'decide-appeal');
      if (record.workflow.appeal === undefined || request.params.appealId !== appealId(record.workflow.revision))
        throw notFound(ref('not-found.appeal', { id: record.id, appeal: request.params.appealId }));
      const written = await fubes.transition(record, request.ctx, { type: 'decide-appeal', ...request.body });
      return fubes.view(written, request.ctx);
    },
  );

  api.get(
    fastifyPath('fubeDocument'),
    {
      schema: {
        tags,
        summary: 'De FUBE als Word-document (.docx) of PDF',
        params: fubeParamsSchema,
        querystring: documentQuerySchema,
        response: {
          200: {
            description: 'Het document',
            content: { [DOCUMENT_TYPES.docx]: { schema: z.string() }, [DOCUMENT_TYPES.pdf]: { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const record = await fubes.require(request.params.id, request.ctx);
      const family = await families.get(record.content.familyId, record.content.familyVersion);
      const view = fubeDocumentView({
        content: record.content,
        family,
        workflow: record.workflow,
        revision: record.revision,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        names: await store.names(),
        generatedAt: request.ctx.clock.now().toISOString(),
      });
      if (!view.ok) throw domainRefused(view.errors, ref('problem.document-refused'));
      const { format } = request.query;
      const document = format === 'docx' ? await buildFubeDocx(view.value) : await buildFubePdf(view.value);
      const name = `${record.content.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'fube'}-r${record.revision}.${format}`;
      return reply
        .type(DOCUMENT_TYPES[format])
        .header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(document as unknown as string);
    },
  );

  api.get(
    fastifyPath('fubeHistory'),
    { schema: { tags, summary: 'De geschiedenis van het proces: wie, wanneer, wat, waarom', params: fubeParamsSchema, response: { 200: fubeHistorySchema } } },
    async (request) => {
      await fubes.require(request.params.id, request.ctx, 'read-history');
      return store.fubes.events(request.params.id);
    },
  );
}

/** The steps every FUBE handler shares: load, authorise, guard the revision, write. */
class FubeActions {
  constructor(
    private readonly store: ApiStore,
    private readonly families: FamilyVersions,
  ) {}

  /** Loads a FUBE the caller may see and act on: 401, 404 (also when hidden) or 403 otherwise. */
  async require(id: string, ctx: RequestContext, action: FubeAction = 'read'): Promise<FubeRecord> {
    // Anonymous callers learn nothing, not even whether the id exists.
    requireCaller(ctx);
    const record = await this.store.fubes.get(id);
    if (record === undefined) throw notFound(ref('not-found.fube', { id }));
    authorizeFube(ctx, action, await this.resource(record, action === 'validate'), id);
    return record;
  }

  /** The FUBE as the access rules see it; who wrote and weighed it only matters for validation (four eyes). */
  resourceOf(record: FubeRecord): FubeResource {
    return {
      type: 'fube',
      entityId: record.content.entityId,
      unitId: record.content.unitId ?? null,
      holderIds: record.content.holderIds,
      managerId: record.content.managerId ?? null,
      status: record.workflow.status,
    };
  }

  private async resource(record: FubeRecord, withAuthors: boolean): Promise<FubeResource> {
    const resource = this.resourceOf(record);
    if (!withAuthors) return resource;
    const revisions = await this.store.fubes.revisions(record.id);
    const writerIds = new Set<string>();
    const weigherIds = new Set<string>();
    revisions.forEach((revision, i) => {
      if (revision.authorId === null) return;
      writerIds.add(revision.authorId);
      const before = JSON.stringify(revisions[i - 1]?.content.weighing?.values ?? null);
      if (JSON.stringify(revision.content.weighing?.values ?? null) !== before) weigherIds.add(revision.authorId);
    });
    return { ...resource, writerIds: [...writerIds], weigherIds: [...weigherIds] };
  }

  async view(record: FubeRecord, ctx: RequestContext) {
    const [family, events] = await Promise.all([
      this.families.get(record.content.familyId, record.content.familyVersion),
      this.store.fubes.events(record.id),
    ]);
    const people = await this.store.people.byIds(personIdsOf(record, events));
    return fubeView(record, family, events, ctx.clock.now(), people);
  }

  checkBase(record: FubeRecord, baseRevision: number): void {
    if (record.revision !== baseRevision) throw staleRevision(record.revision, baseRevision);
  }

  /** Content changes only in a draft; a proposal is withdrawn or a new revision started first. */
  checkEditable(record: FubeRecord): void {
    if (record.workflow.status !== 'draft')
      throw new ApiProblem({
        type: PROBLEM_TYPES.domain,
        title: ref('problem.not-editable'),
        status: 422,
        detail: ref('problem.detail.not-editable', { status: record.workflow.status }),
        errors: [{ path: 'content', code: 'fube.not-editable', message: 'enkel een ontwerp kan gewijzigd worden' }],
      });
  }

  async write(record: FubeRecord, ctx: RequestContext, write: Omit<FubeWrite, 'actorId'>): Promise<FubeRecord> {
    // A content revision is the revision the (draft) round works on.
    const workflow = write.content !== undefined ? { ...(write.workflow ?? record.workflow), revision: record.revision + 1 } : write.workflow;
    const outcome = await this.store.fubes.write(record.id, { ...write, ...(workflow !== undefined ? { workflow } : {}), actorId: actorId(ctx) });
    if (outcome === undefined) throw notFound(ref('not-found.fube', { id: record.id }));
    if (!outcome.ok) throw staleRevision(outcome.currentRevision, write.baseRevision);
    return outcome.record;
  }

  /** Runs a workflow action through the domain's state machine and stores the outcome. */
  async transition(record: FubeRecord, ctx: RequestContext, requested: WorkflowAction, pathPrefix = ''): Promise<FubeRecord> {
    let action = requested;
    if (action.type === 'validate') {
      // The committee's names, entities and training are recorded as the organisation knows them.
      const people = await this.store.people.hits(action.committee.members.map((member) => member.personId));
      const committee = committeeFromFacts(action.committee.members, people);
      if (!committee.ok) throw domainRefused(committee.errors, ref('problem.step-refused'), pathPrefix);
      action = { ...action, committee: { members: committee.value } };
    }
    const family = await this.families.get(record.content.familyId, record.content.familyVersion);
    const outcome = transition(record.workflow, action, { clock: ctx.clock, actorId: actorId(ctx), fube: record.content, family });
    if (!outcome.ok) throw domainRefused(outcome.errors, ref('problem.step-refused'), pathPrefix);
    const { state, events } = outcome.value;
    // A new revision starts from the content in force: stored as revision n+1 at once.
    if (action.type === 'revise')
      return this.write(record, ctx, { baseRevision: record.revision, content: record.content, workflow: state, events, reason: action.reason });
    return this.write(record, ctx, { baseRevision: record.revision, workflow: state, events });
  }
}
