import type Resolver from '@forge/resolver';
import * as z from 'zod';
import type { ComplaintSearchIds, ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { departmentSchema, type AppConfig } from '../../domain/config/app-config.schema';
import type { ProjectBinding } from '../../jira/provisioning/project-binding';
import { MAX_PERIOD_MONTHS, TRIAGE } from '../../domain/metrics/metrics-query';
import { getDashboardFigures, type GetDashboardFiguresDeps } from '../../usecases/dashboard/get-dashboard-figures';
import { listGadgetDepartments } from '../../usecases/dashboard/list-gadget-departments';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface DashboardResolverDeps {
  /** Made per call: the configuration and the database are the invoking installation's. */
  readonly dashboard: () => Promise<GetDashboardFiguresDeps>;
  /** The configuration alone, for the edit mode's department list. */
  readonly config: () => Promise<AppConfig>;
}

// Jira's rule for project keys; the gadget's edit mode checks the same (static/gadget/gadget-config.ts).
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'must be a Jira project key');
const departmentId = z.union([departmentSchema.shape.id, z.literal(TRIAGE)]);

const departmentsRequest = z.object({}).strict();

/** What the gadget's edit mode saves; each project costs one permission question to Jira. */
const figuresRequest = z
  .object({
    projectKeys: z.array(projectKey).min(1, 'name at least one project').max(20),
    periodMonths: z.number().int().min(1).max(MAX_PERIOD_MONTHS),
    departmentIds: z.array(departmentId).max(201),
  })
  .strict();

const searchIdsOf = (binding: ProjectBinding | null): ComplaintSearchIds | null =>
  binding === null ? null : { issueTypeId: binding.issueTypeId, statusIds: binding.statusIds, departmentFieldId: binding.fieldIds.department };

/** The dashboard gadget's one call per view (design.md section 7), and its edit mode's department list. */
export const defineDashboardResolvers = (resolver: Resolver, deps: DashboardResolverDeps): Resolver =>
  resolver
    .define(
      'gadget/departments',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'gadget/departments'>>> =>
        respond(async () => {
          trustedContext(context);
          parsePayload(departmentsRequest, payload);
          return { departments: listGadgetDepartments(await deps.config()) };
        }),
    )
    .define(
      'gadget/figures',
      ({ payload, context }): Promise<ResolverResponse<ResponseOf<'gadget/figures'>>> =>
        respond(async () => {
          trustedContext(context);
          const request = parsePayload(figuresRequest, payload);
          const outcome = await getDashboardFigures(await deps.dashboard(), request);
          if (outcome.kind === 'refused') throw new AppError('FORBIDDEN', `You may not browse project ${outcome.projectKey}, so its figures are not shown.`);
          return { ...outcome.view, search: searchIdsOf(outcome.binding) };
        }),
    );
