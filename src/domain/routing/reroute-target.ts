import { isAbout, type Subject } from '../complaint';
import { departmentOf } from './advocate-of';
import { decideRoute } from './route-complaint.rules';
import type { RouteQuery } from './route-decision';

/** The trail's reason code of an advocate's re-route; routing never undoes it. */
export const REROUTED_BY_ADVOCATE = 'rerouted.by_advocate';

export type RerouteTarget =
  | { readonly ok: true; readonly accountId: string }
  /** `not_eligible`: the person named is not the department's lead, deputy or escalation manager, or is the subject. */
  | { readonly ok: false; readonly problem: 'not_eligible' | 'no_one_to_route_to' };

/**
 * Who becomes responsible when an advocate sends a complaint to a department (design.md section
 * 4): the person they name, who must be one of the department's lead, deputy or escalation
 * manager and not the subject; otherwise whom the routing rules choose there.
 */
export const rerouteTarget = (departmentId: string, subject: Subject | null, accountId: string | undefined, config: RouteQuery['config']): RerouteTarget => {
  if (accountId !== undefined) {
    const dept = departmentOf(config, departmentId);
    const eligible = [dept?.leadAccountId, dept?.deputyAccountId, dept?.escalationManagerAccountId].includes(accountId);
    return eligible && !isAbout(subject, accountId) ? { ok: true, accountId } : { ok: false, problem: 'not_eligible' };
  }
  const { target } = decideRoute({ departmentId, subject, config });
  return target.kind === 'user' ? { ok: true, accountId: target.accountId } : { ok: false, problem: 'no_one_to_route_to' };
};
