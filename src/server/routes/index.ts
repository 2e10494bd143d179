import { calendarRoutes } from './calendar.js';
import { catalogueRoutes } from './catalogue.js';
import { compareRoutes } from './compare.js';
import { documentRoutes } from './documents.js';
import { entityRoutes } from './entities.js';
import { familyProfileRoutes, familyRoutes } from './families.js';
import { fubeRoutes } from './fubes.js';
import { healthRoutes } from './health.js';
import { historyRoutes } from './history.js';
import { matrixRoutes } from './matrix.js';
import { meRoutes } from './me.js';
import { myWorkRoutes } from './my-work.js';
import { notificationRoutes } from './notifications.js';
import { overviewRoutes } from './overview.js';
import { payReportRoutes } from './pay-report.js';
import { payFollowUpRoutes } from './pay-follow-up.js';
import { legacyRoutes } from './legacy.js';
import { letterRoutes } from './letters.js';
import { payRoutes } from './pay.js';
import { peopleRoutes } from './people.js';
import type { ApiInstance, RouteDeps } from './types.js';
import { weighRoutes } from './weigh.js';

/** One line per resource: adding a resource is adding its route file here. */
export async function registerRoutes(api: ApiInstance, deps: RouteDeps): Promise<void> {
  healthRoutes(api, deps);
  meRoutes(api, deps);
  await familyRoutes(api, deps);
  familyProfileRoutes(api, deps);
  entityRoutes(api, deps);
  peopleRoutes(api, deps);
  fubeRoutes(api, deps);
  weighRoutes(api, deps);
  matrixRoutes(api, deps);
  compareRoutes(api, deps);
  myWorkRoutes(api, deps);
  overviewRoutes(api, deps);
  payReportRoutes(api, deps);
  payFollowUpRoutes(api, deps);
  notificationRoutes(api, deps);
  letterRoutes(api, deps);
  historyRoutes(api, deps);
  calendarRoutes(api, deps);
  documentRoutes(api, deps);
  await catalogueRoutes(api, deps);
  await payRoutes(api, deps);
  await legacyRoutes(api, deps);
}
