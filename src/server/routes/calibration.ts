import { calibrationViewSchema, findingParamsSchema, justifiedSchema, justifyFindingBodySchema, openRevisionBodySchema } from '../../api/calibration.js';
import { fubeViewSchema } from '../../api/fubes.js';
import { fastifyPath } from '../../api/routes.js';
import { justifyFinding } from '../../use-cases/calibration/justify-finding.js';
import { listCalibration } from '../../use-cases/calibration/list-calibration.js';
import { openCalibrationRevision } from '../../use-cases/calibration/open-revision.js';
import type { ApiInstance, RouteDeps } from './types.js';

const TAGS = ['kalibratie'];

/** Calibration across entities (issue 17 item 4, decision 0062; docs/calibration.md). */
export function calibrationRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('calibration'),
    {
      schema: {
        tags: TAGS,
        summary:
          'Kalibratie over de FUBEs die u mag openen: dezelfde waarden met een andere klasse, sterk gelijkende teksten met andere waarden of klasse, afwijkende beslissingen per entiteit en HR-adviseur, uitschieters (HR, beheerder)',
        response: { 200: calibrationViewSchema },
      },
    },
    async (request) => listCalibration(deps, request.ctx),
  );
  api.post(
    fastifyPath('calibrationJustify'),
    {
      schema: {
        tags: TAGS,
        summary: 'Een bevinding als verantwoord markeren, met motivering (HR, beheerder); 404 voor een bevinding buiten uw bereik',
        params: findingParamsSchema,
        body: justifyFindingBodySchema,
        response: { 200: justifiedSchema },
      },
    },
    async (request) => justifyFinding(deps, request.ctx, request.params.key, request.body),
  );
  api.post(
    fastifyPath('calibrationRevision'),
    {
      schema: {
        tags: TAGS,
        summary: 'Een herziening openen van een FUBE van een bevinding (de stap "nieuwe revisie starten" van de FUBE)',
        params: findingParamsSchema,
        body: openRevisionBodySchema,
        response: { 200: fubeViewSchema },
      },
    },
    async (request) => openCalibrationRevision(deps, request.ctx, request.params.key, request.body),
  );
}
