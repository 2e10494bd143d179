import { addClosingDayBodySchema, closingDayListSchema, closingDayParamsSchema, closingDaySchema } from '../../api/calendar.js';
import { fastifyPath } from '../../api/routes.js';
import { addClosingDay } from '../../use-cases/calendar/add-closing-day.js';
import { listClosingDays } from '../../use-cases/calendar/list-closing-days.js';
import { removeClosingDay } from '../../use-cases/calendar/remove-closing-day.js';
import type { ApiInstance, RouteDeps } from './types.js';

/** The organisation's closing days: everyone signed in reads them, the administrator adds and removes them. */
export function calendarRoutes(api: ApiInstance, { deps }: RouteDeps): void {
  api.get(
    fastifyPath('closingDays'),
    { schema: { tags: ['kalender'], summary: 'Sluitingsdagen van de organisatie (naast de feestdagen)', response: { 200: closingDayListSchema } } },
    async (request) => listClosingDays(deps, request.ctx),
  );
  api.post(
    fastifyPath('closingDays'),
    {
      schema: {
        tags: ['kalender'],
        summary: 'Een sluitingsdag toevoegen (alleen de beheerder); een termijn die erop eindigt, loopt tot de volgende werkdag',
        body: addClosingDayBodySchema,
        response: { 201: closingDaySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addClosingDay(deps, request.ctx, request.body)),
  );
  api.delete(
    fastifyPath('closingDay'),
    {
      schema: {
        tags: ['kalender'],
        summary: 'Een sluitingsdag verwijderen (alleen de beheerder); antwoordt met de sluitingsdagen die blijven',
        params: closingDayParamsSchema,
        response: { 200: closingDayListSchema },
      },
    },
    async (request) => {
      await removeClosingDay(deps, request.ctx, { date: request.params.date });
      return listClosingDays(deps, request.ctx);
    },
  );
}
