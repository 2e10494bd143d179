import { z } from 'zod';
import {
  appealLodgedSchema,
  appealDecisionRequestSchema,
  appealFilesSchema,
  registerAppealRequestSchema,
  appealParamsSchema,
  appealRequestSchema,
  compareQuerySchema,
  compareSchema,
  copyFubeSchema,
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
  fubeAlternativesSchema,
  decideTieRequestSchema,
  fubeWeighedSchema,
  remarkListSchema,
  remarkRequestSchema,
  remarkSchema,
  searchQuerySchema,
  searchResultSchema,
  threadsViewSchema,
  transitionRequestSchema,
  updateFubeSchema,
} from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import { copyFube } from '../../use-cases/fubes/copy-fube.js';
import { createFube } from '../../use-cases/fubes/create-fube.js';
import { editFube } from '../../use-cases/fubes/edit-fube.js';
import { DOCUMENT_TYPES, fubeDocument } from '../../use-cases/fubes/fube-document.js';
import { compareRevisions, fubeHistory, getRevision, listRevisions } from '../../use-cases/fubes/fube-revisions.js';
import { fubeThreads } from '../../use-cases/fubes/fube-threads.js';
import { getFube } from '../../use-cases/fubes/get-fube.js';
import { searchFubes } from '../../use-cases/fubes/search-fubes.js';
import { decideAppeal } from '../../use-cases/fubes/steps/decide-appeal.js';
import { appealFiles } from '../../use-cases/fubes/appeal-files.js';
import { registerAppeal } from '../../use-cases/fubes/steps/register-appeal.js';
import { lodgeAppeal } from '../../use-cases/fubes/steps/lodge-appeal.js';
import { listRemarks, remarkOnFube } from '../../use-cases/fubes/steps/remark-on-fube.js';
import { takeStepRequest } from '../../use-cases/fubes/steps/index.js';
import { weighFube } from '../../use-cases/fubes/weigh-fube.js';
import { chooseAlternatives } from '../../use-cases/fubes/choose-alternatives.js';
import { decideFubeTie } from '../../use-cases/fubes/decide-tie.js';
import { attachment } from './documents.js';
import type { ApiInstance, RouteDeps } from './types.js';

/**
 * The FUBE routes: each one reads its request, hands it to one use case (src/use-cases) with
 * the request's caller and clock, and sends the answer. No rule is decided here.
 */
export function fubeRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  const tags = ['functiebeschrijvingen'];

  api.get(
    fastifyPath('fubes'),
    { schema: { tags, summary: 'Zoeken in de catalogus (volledige tekst en filters)', querystring: searchQuerySchema, response: { 200: searchResultSchema } } },
    async (request) => searchFubes(deps, request.ctx, request.query),
  );

  api.post(
    fastifyPath('fubes'),
    { schema: { tags, summary: 'Een FUBE starten vanuit een functiefamilie', body: createFubeSchema, response: { 201: fubeViewSchema } } },
    async (request, reply) => reply.status(201).send(await createFube(deps, request.ctx, request.body)),
  );

  api.post(
    fastifyPath('fubeCopy'),
    {
      schema: {
        tags,
        summary: 'Kopiëren als nieuwe functiebeschrijving: een nieuw ontwerp met de inhoud (titel, doel, resultaatgebieden, kennis, weging, familie), zonder personen en zonder proces',
        params: fubeParamsSchema,
        body: copyFubeSchema,
        response: { 201: fubeViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await copyFube(deps, request.ctx, request.params.id, request.body)),
  );

  api.get(
    fastifyPath('fube'),
    {
      schema: {
        tags,
        summary: 'Eén FUBE met weging, profiel, termijnen en wat de aanvrager ermee mag doen',
        params: fubeParamsSchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request, reply) => {
      const { json, abilities } = await getFube(deps, request.ctx, request.params.id);
      // The view every reader sees goes out as it was encoded once; this caller's abilities are added to it.
      const body = Buffer.concat([json.subarray(0, json.length - 1), Buffer.from(`,"abilities":${JSON.stringify(abilities)}}`)]);
      return reply.type('application/json; charset=utf-8').send(body as unknown as FubeView);
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
    async (request) => editFube(deps, request.ctx, { id: request.params.id, ...request.body }),
  );

  api.get(
    fastifyPath('fubeRevisions'),
    { schema: { tags, summary: 'Alle revisies', params: fubeParamsSchema, response: { 200: fubeRevisionListSchema } } },
    async (request) => listRevisions(deps, request.ctx, request.params.id),
  );

  api.get(
    fastifyPath('fubeRevision'),
    { schema: { tags, summary: 'Eén revisie', params: fubeRevisionParamsSchema, response: { 200: fubeRevisionSchema } } },
    async (request) => getRevision(deps, request.ctx, request.params.id, request.params.n),
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
    async (request) => compareRevisions(deps, request.ctx, request.params.id, request.query.from, request.query.to),
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
    async (request) => weighFube(deps, request.ctx, { id: request.params.id, ...request.body }),
  );

  api.put(
    fastifyPath('fubeAlternatives'),
    {
      schema: {
        tags,
        summary: 'Kiezen welk alternatief (OF) van een gekozen waarde voor de functie geldt',
        params: fubeParamsSchema,
        body: fubeAlternativesSchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request) => chooseAlternatives(deps, request.ctx, { id: request.params.id, ...request.body }),
  );

  api.post(
    fastifyPath('fubeTie'),
    {
      schema: {
        tags,
        summary: 'Een gelijke stand beslissen: HR kiest een van de even dicht liggende niveaus, met motivering (nieuwe revisie)',
        params: fubeParamsSchema,
        body: decideTieRequestSchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request) => decideFubeTie(deps, request.ctx, { id: request.params.id, ...request.body }),
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
    async (request) => takeStepRequest(deps, request.ctx, request.params.id, request.body.baseRevision, request.body.action, { pathPrefix: 'action' }),
  );

  api.get(
    fastifyPath('fubeRemarks'),
    { schema: { tags, summary: 'Opmerkingen van de functiehouders', params: fubeParamsSchema, response: { 200: remarkListSchema } } },
    async (request) => listRemarks(deps, request.ctx, request.params.id),
  );

  api.post(
    fastifyPath('fubeRemarks'),
    { schema: { tags, summary: 'Een opmerking geven op het voorstel (als functiehouder)', params: fubeParamsSchema, body: remarkRequestSchema, response: { 201: remarkSchema } } },
    async (request, reply) => reply.status(201).send(await remarkOnFube(deps, request.ctx, { id: request.params.id, text: request.body.text })),
  );

  api.get(
    fastifyPath('fubeThreads'),
    {
      schema: {
        tags,
        summary: 'Opmerkingen en gespreksvragen van de functiehouders met de antwoorden (HR en leidinggevende: alle; functiehouder: de eigen)',
        params: fubeParamsSchema,
        response: { 200: threadsViewSchema },
      },
    },
    async (request) => fubeThreads(deps, request.ctx, request.params.id),
  );

  api.post(
    fastifyPath('fubeAppeals'),
    {
      schema: {
        tags,
        summary: 'Beroep instellen als functiehouder (binnen 15 kalenderdagen, tegen familie of klasse)',
        params: fubeParamsSchema,
        body: appealRequestSchema,
        response: { 201: appealLodgedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await lodgeAppeal(deps, request.ctx, { id: request.params.id, ...request.body })),
  );

  api.get(
    fastifyPath('fubeAppeals'),
    {
      schema: {
        tags,
        summary: 'Het beroepsdossier: elk beroep met tekst, bijlagen, ontvangstdatum, kanaal en uitspraak (beroepscommissie en HR: alle; functiehouder: de eigen)',
        params: fubeParamsSchema,
        response: { 200: appealFilesSchema },
      },
    },
    async (request) => appealFiles(deps, request.ctx, request.params.id),
  );

  api.post(
    fastifyPath('fubeAppealRegistrations'),
    {
      schema: {
        tags,
        summary: 'Een beroep registreren dat op papier, per e-mail of via een vakbondsafgevaardigde binnenkwam (HR), met de ontvangstdatum',
        params: fubeParamsSchema,
        body: registerAppealRequestSchema,
        response: { 201: appealLodgedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await registerAppeal(deps, request.ctx, { id: request.params.id, ...request.body })),
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
    async (request) => decideAppeal(deps, request.ctx, { id: request.params.id, appealId: request.params.appealId, decision: request.body }),
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
      const document = await fubeDocument(deps, request.ctx, request.params.id, request.query.format, request.query.audience);
      return reply.type(document.contentType).header('content-disposition', attachment(document.filename)).send(document.bytes as unknown as string);
    },
  );

  api.get(
    fastifyPath('fubeHistory'),
    { schema: { tags, summary: 'De geschiedenis van het proces: wie, wanneer, wat, waarom', params: fubeParamsSchema, response: { 200: fubeHistorySchema } } },
    async (request) => fubeHistory(deps, request.ctx, request.params.id),
  );
}
