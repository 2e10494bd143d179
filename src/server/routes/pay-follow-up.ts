import { z } from 'zod';
import {
  answerPayRequestBodySchema,
  assessmentParamsSchema,
  assessmentViewSchema,
  createPayRequestBodySchema,
  fillAssessmentBodySchema,
  followUpEntryBodySchema,
  followUpViewSchema,
  openDueResultSchema,
  payAnswerPreviewSchema,
  myPayRequestListSchema,
  payRequestListSchema,
  payRequestParamsSchema,
  payRequestViewSchema,
  payWorkSchema,
} from '../../api/pay-follow-up.js';
import { payPeriodParamsSchema } from '../../api/pay.js';
import { fastifyPath } from '../../api/routes.js';
import { format } from '../../messages/index.js';
import { answerPayRequest } from '../../use-cases/pay/answer-pay-request.js';
import { closePayAssessment } from '../../use-cases/pay/close-pay-assessment.js';
import { createPayRequest } from '../../use-cases/pay/create-pay-request.js';
import { fillPayAssessment } from '../../use-cases/pay/fill-pay-assessment.js';
import { listMyPayRequests } from '../../use-cases/pay/list-my-pay-requests.js';
import { listPayRequests } from '../../use-cases/pay/list-pay-requests.js';
import { openDueAssessments } from '../../use-cases/pay/open-due-assessments.js';
import { payWork } from '../../use-cases/pay/pay-work.js';
import { previewPayAnswer } from '../../use-cases/pay/preview-pay-answer.js';
import { readPayAssessment } from '../../use-cases/pay/read-pay-assessment.js';
import { readPayFollowUp } from '../../use-cases/pay/read-pay-follow-up.js';
import { readPayRequest } from '../../use-cases/pay/read-pay-request.js';
import { recordPayFollowUp } from '../../use-cases/pay/record-pay-follow-up.js';
import { recordPayReport } from '../../use-cases/pay/record-pay-report.js';
import { requestLocale } from '../locale.js';
import type { ApiInstance, RouteDeps } from './types.js';

const TAGS = ['loontransparantie'];

/** The Art. 10 follow-up and the Art. 7 requests (issue 16 items 5, 6; docs/pay-transparency.md). */
export function payFollowUpRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  const organisation = (request: Parameters<typeof requestLocale>[0]) => format(requestLocale(request), 'ui.pay-report.organisation');

  api.get(
    fastifyPath('payFollowUp'),
    { schema: { tags: TAGS, summary: 'De opvolging (art. 10) van het rapport van een periode: gemarkeerde categorieën, stand en termijnen (loonanalist)', params: payPeriodParamsSchema, response: { 200: followUpViewSchema } } },
    async (request) => readPayFollowUp(deps, request.ctx, request.params.period, organisation(request)),
  );
  api.post(
    fastifyPath('payFollowUp'),
    { schema: { tags: TAGS, summary: 'Het rapport vastleggen op vandaag: de zes maanden van art. 10 beginnen (loonanalist van de hele periode)', params: payPeriodParamsSchema, response: { 201: followUpViewSchema } } },
    async (request, reply) => reply.code(201).send(await recordPayReport(deps, request.ctx, request.params.period, organisation(request))),
  );
  api.post(
    fastifyPath('payFollowUpEntries'),
    {
      schema: {
        tags: TAGS,
        summary: 'Een gemarkeerde categorie verantwoorden of maatregelen met een termijn vastleggen (loonanalist van de categorie)',
        params: payPeriodParamsSchema,
        body: followUpEntryBodySchema,
        response: { 200: followUpViewSchema },
      },
    },
    async (request) => recordPayFollowUp(deps, request.ctx, request.params.period, request.body, organisation(request)),
  );
  api.post(
    fastifyPath('payAssessmentsOpenDue'),
    { schema: { tags: TAGS, summary: 'De beoordelingsdossiers openen waarvan de zes maanden voorbij zijn (gebeurt ook bij elk lezen)', response: { 200: openDueResultSchema } } },
    async (request) => openDueAssessments(deps, request.ctx, organisation(request)),
  );
  api.get(
    fastifyPath('payAssessment'),
    { schema: { tags: TAGS, summary: 'Een dossier gezamenlijke beoordeling (art. 10, (a)–(g))', params: assessmentParamsSchema, response: { 200: assessmentViewSchema } } },
    async (request) => readPayAssessment(deps, request.ctx, request.params.id, organisation(request)),
  );
  api.patch(
    fastifyPath('payAssessment'),
    {
      schema: { tags: TAGS, summary: 'De onderdelen (d)–(g) van een open dossier invullen', params: assessmentParamsSchema, body: fillAssessmentBodySchema, response: { 200: assessmentViewSchema } },
    },
    async (request) => fillPayAssessment(deps, request.ctx, request.params.id, request.body, organisation(request)),
  );
  api.post(
    fastifyPath('payAssessmentClose'),
    { schema: { tags: TAGS, summary: 'Een dossier afsluiten (als (d)–(g) ingevuld zijn)', params: assessmentParamsSchema, response: { 200: assessmentViewSchema } } },
    async (request) => closePayAssessment(deps, request.ctx, request.params.id, organisation(request)),
  );
  api.get(
    fastifyPath('payRequests'),
    {
      schema: {
        tags: TAGS,
        summary: 'De verzoeken (art. 7) die de loonanalist beantwoordt, eerst te beantwoorden',
        querystring: z.object({ answered: z.enum(['true', 'false']).default('false') }),
        response: { 200: payRequestListSchema },
      },
    },
    async (request) => listPayRequests(deps, request.ctx, { answered: request.query.answered === 'true' }),
  );
  api.post(
    fastifyPath('payRequests'),
    { schema: { tags: TAGS, summary: 'De eigen loongegevens opvragen (art. 7): antwoord binnen twee maanden', body: createPayRequestBodySchema.optional(), response: { 201: payRequestViewSchema } } },
    async (request, reply) => reply.code(201).send(await createPayRequest(deps, request.ctx)),
  );
  api.get(
    fastifyPath('payRequest'),
    { schema: { tags: TAGS, summary: 'Een verzoek met zijn antwoord (de vrager zelf of de loonanalist; het lezen wordt opgetekend)', params: payRequestParamsSchema, response: { 200: payRequestViewSchema } } },
    async (request) => readPayRequest(deps, request.ctx, request.params.id),
  );
  api.get(
    fastifyPath('payRequestPreview'),
    { schema: { tags: TAGS, summary: 'Het antwoord zoals het nu zou luiden, om na te kijken vóór het versturen (wordt opgetekend)', params: payRequestParamsSchema, response: { 200: payAnswerPreviewSchema } } },
    async (request) => previewPayAnswer(deps, request.ctx, request.params.id),
  );
  api.post(
    fastifyPath('payRequestAnswer'),
    {
      schema: { tags: TAGS, summary: 'Een verzoek beantwoorden: het antwoord wordt bewaard zoals het gegeven is', params: payRequestParamsSchema, body: answerPayRequestBodySchema.optional(), response: { 200: payRequestViewSchema } },
    },
    async (request) => answerPayRequest(deps, request.ctx, request.params.id),
  );
  api.get(
    fastifyPath('myPayRequests'),
    { schema: { tags: TAGS, summary: 'De eigen verzoeken om loongegevens (zonder de antwoorden: die leest men één voor één) en de drempel van afscherming', response: { 200: myPayRequestListSchema } } },
    async (request) => listMyPayRequests(deps, request.ctx),
  );
  api.get(
    fastifyPath('myPayWork'),
    { schema: { tags: ['mijn werk'], summary: 'Termijnen van loontransparantie van de aangemelde gebruiker (opvolging, dossiers, verzoeken)', response: { 200: payWorkSchema } } },
    async (request) => payWork(deps, request.ctx, organisation(request)),
  );
}
