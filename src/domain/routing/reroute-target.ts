import { isAbout, type Subject } from '../complaint';
import type { Department } from '../config/app-config.schema';
import { departmentOf } from './advocate-of';
import { decideRoute } from './route-complaint.rules';
import type { RouteQuery } from './route-decision';

/** The trail's reason code of an advocate's re-route; routing never undoes it. */
export const REROUTED_BY_ADVOCATE = 'rerouted.by_advocate';

export type RerouteTarget =
  | { readonly ok: true; readonly accountId: string }
  /** `not_eligible`: the person named is not the department's lead, deputy or escalation manager, or is the subject. */
  | { readonly ok: false; readonly problem: 'not_eligible' | 'no_one_to_route_to' };

/** A person a re-route may name, with the part they play in their department. */
export interface ReroutePerson {
  readonly accountId: string;
  readonly role: 'lead' | 'deputy' | 'escalation_manager';
}

/**
 * Whom a re-route to this department may name: its lead, deputy and escalation manager, in that
 * order, each once, never the complaint's subject (nobody takes a complaint about themselves).
 */
export const reroutePeople = (dept: Department | undefined, subject: Subject | null): ReroutePerson[] => {
  const people: ReroutePerson[] = [];
  const candidates = [
    { accountId: dept?.leadAccountId, role: 'lead' },
    { accountId: dept?.deputyAccountId, role: 'deputy' },
    { accountId: dept?.escalationManagerAccountId, role: 'escalation_manager' },
  ] as const;
  for (const { accountId, role } of candidates) {
    if (!accountId || isAbout(subject, accountId) || people.some((p) => p.accountId === accountId)) continue;
    people.push({ accountId, role });
  }
  return people;
};

/**
 * Who becomes responsible when an advocate sends a complaint to a department (design.md section
 * 4): the person they name, who must be one of the department's lead, deputy or escalation
 * manager and not the subject; otherwise whom the routing rules choose there.
 */
export const rerouteTarget = (departmentId: string, subject: Subject | null, accountId: string | undefined, config: RouteQuery['config']): RerouteTarget => {
  if (accountId !== undefined) {
    const eligible = reroutePeople(departmentOf(config, departmentId), subject).some((p) => p.accountId === accountId);
    return eligible ? { ok: true, accountId } : { ok: false, problem: 'not_eligible' };
  }
  const { target } = decideRoute({ departmentId, subject, config });
  return target.kind === 'user' ? { ok: true, accountId: target.accountId } : { ok: false, problem: 'no_one_to_route_to' };
};
