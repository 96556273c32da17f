import type { FastifyInstance } from 'fastify';
import type client from 'prom-client';
import type { Services } from '../context';
import { auditRoutes } from './audit';
import { authRoutes } from './auth';
import { calendarRoutes } from './calendar';
import { citizenPublicRoutes } from './citizen-public';
// dashboard and legal publicity (issue 7)
import { dashboardRoutes } from './dashboard';
import { evaluationRoutes } from './evaluations';
import { hardshipStandardRoutes } from './hardship-standards';
import { healthRoutes } from './health';
import { lawRoutes } from './laws';
import { lawyerRoutes } from './lawyers';
import { legalAidRoutes } from './legal-aid';
// matters of the nine windows (issue #5)
import { matterRoutes } from './matters';
import { organisationRoutes } from './organisations';
import { personRoutes } from './persons';
import { publicityRoutes } from './publicity';
import { queueRoutes } from './queue';
import { staffRoutes } from './staff';
import { studyRoutes } from './study';
import { studyFeedbackRoutes } from './study-feedback';
import { studyTestRoutes } from './study-tests';
import { windowRoutes } from './windows';

/** Every HTTP route of the API, by feature. Each feature file keeps its routes thin (ARCHITECTURE.md). */
export function registerRoutes(app: FastifyInstance, services: Services, registry: client.Registry): void {
  healthRoutes(app, services, registry);
  authRoutes(app, services);
  organisationRoutes(app, services);
  windowRoutes(app, services);
  staffRoutes(app, services);
  auditRoutes(app, services);
  lawyerRoutes(app, services);
  calendarRoutes(app, services);
  hardshipStandardRoutes(app, services);
  personRoutes(app, services);
  queueRoutes(app, services, registry);
  legalAidRoutes(app, services);
  lawRoutes(app, services);
  studyRoutes(app, services);
  studyTestRoutes(app, services);
  studyFeedbackRoutes(app, services);
  citizenPublicRoutes(app, services);
  evaluationRoutes(app, services);
  // dashboard and legal publicity (issue 7)
  dashboardRoutes(app, services);
  publicityRoutes(app, services);
  // matters of the nine windows (issue #5)
  matterRoutes(app, services);
}
