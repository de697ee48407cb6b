import type Resolver from '@forge/resolver';
import { z } from 'zod';
import type { ResolverResponse, ResponseOf } from '../../contracts/resolver-contracts';
import { AppError } from '../../domain/app-error';
import { departmentSchema } from '../../domain/config/app-config.schema';
import { MAX_PERIOD_MONTHS } from '../../domain/metrics/dashboard-period';
import { TRIAGE } from '../../domain/metrics/metrics-query';
import { getDashboardFigures, type GetDashboardFiguresDeps } from '../../usecases/dashboard/get-dashboard-figures';
import { parsePayload, respond, trustedContext } from './resolver-kit';

export interface DashboardResolverDeps {
  /** Made per call: the configuration and the database are the invoking installation's. */
  readonly dashboard: () => Promise<GetDashboardFiguresDeps>;
}

// Jira's rule for project keys; the gadget's edit mode checks the same (static/gadget/gadget-config.ts).
const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'must be a Jira project key');
const departmentId = z.union([departmentSchema.shape.id, z.literal(TRIAGE)]);

/** What the gadget's edit mode saves; each project costs one permission question to Jira. */
const figuresRequest = z
  .object({
    projectKeys: z.array(projectKey).min(1, 'name at least one project').max(20),
    periodMonths: z.number().int().min(1).max(MAX_PERIOD_MONTHS),
    departmentIds: z.array(departmentId).max(201),
  })
  .strict();

/** The dashboard gadget's one call per view (design.md section 7). */
export const defineDashboardResolvers = (resolver: Resolver, deps: DashboardResolverDeps): Resolver =>
  resolver.define(
    'gadget/figures',
    ({ payload, context }): Promise<ResolverResponse<ResponseOf<'gadget/figures'>>> =>
      respond(async () => {
        trustedContext(context);
        const request = parsePayload(figuresRequest, payload);
        const outcome = await getDashboardFigures(await deps.dashboard(), request);
        if (outcome.kind === 'refused') throw new AppError('FORBIDDEN', `You may not browse project ${outcome.projectKey}, so its figures are not shown.`);
        return outcome.view;
      }),
  );
