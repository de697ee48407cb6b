import * as z from 'zod';
import { ESCALATION_GROUNDS, PORTAL_STAGES, type PortalComplaint, type PortalView } from '../../contracts/portal-view';
import { AppError } from '../../domain/app-error';
import { getPortalView, type GetPortalViewDeps } from '../../usecases/portal/get-portal-view';

const moment = z.number().int().nonnegative();

/**
 * Every field of `PortalComplaint`, strictly: a field the view does not list makes the answer
 * fail rather than leave the app, so no internal field (a lead's account, a note) reaches a customer.
 */
export const portalComplaintSchema = z.strictObject({
  issueKey: z.string(),
  summary: z.string(),
  stage: z.enum(PORTAL_STAGES),
  stageSince: moment,
  raisedAt: moment,
  nextStep: z.strictObject({ step: z.enum(['start', 'measures', 'call']), dueAt: moment, overdue: z.boolean() }).nullable(),
  regulatoryDeadline: moment.nullable(),
  sharedMeasures: z.string().nullable(),
  anonymous: z.boolean(),
  escalation: z.strictObject({ grounds: z.array(z.enum(ESCALATION_GROUNDS)).readonly(), escalatedAt: moment.nullable() }),
  outcome: z.strictObject({
    canConfirm: z.boolean(),
    confirmed: z.strictObject({ satisfaction: z.number().int().min(1).max(5).nullable(), resolved: z.boolean(), at: moment }).nullable(),
  }),
}) satisfies z.ZodType<PortalComplaint>;

const portalViewSchema = z.strictObject({ now: moment, complaint: portalComplaintSchema.nullable() }) satisfies z.ZodType<PortalView>;

/** Checked on the way out: an answer that does not fit is the app's fault, and nothing of it is sent. */
const sealed = <S extends z.ZodType>(schema: S, value: unknown): z.infer<S> => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('INTERNAL', 'The portal view did not fit its contract.', { cause: parsed.error });
  return parsed.data;
};

export const sealPortalComplaint = (complaint: unknown): PortalComplaint => sealed(portalComplaintSchema, complaint);

/** The portal's view of a complaint whose customer the caller is, sealed by the contract's strict schema. */
export const portalViewOf = async (deps: GetPortalViewDeps, issueId: string): Promise<PortalView> => sealed(portalViewSchema, await getPortalView(deps, issueId));
