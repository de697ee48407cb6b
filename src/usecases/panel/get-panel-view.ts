import type { AppConfig } from '../../domain/config/app-config.schema';
import type { ContactRecord } from '../../domain/contact/contact-data';
import { mentionedAccounts } from '../../domain/panel/panel-names';
import { buildPanelView } from '../../domain/panel/panel-view';
import type { ComplaintAction } from '../../domain/workflow/complaint-workflow';
import { rolesOf, type Person } from '../../domain/workflow/roles-of';
import type { Clock } from '../../ports/clock.port';
import type { ContactDataStore } from '../../ports/contact-data.port';
import type { Store } from '../../ports/store.port';
import type { UserNameDirectory } from '../../ports/user-names.port';
import type { TriageModelStore } from '../../ports/triage-model.port';
import { panelSuggestion } from '../../domain/panel/panel-suggestion';
import { checkContactAccess } from '../contact/check-contact-access';
import { getContactData } from '../contact/get-contact-data';

export interface GetPanelViewDeps {
  readonly store: Pick<Store, 'getComplaint' | 'trailOf'>;
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly names: UserNameDirectory;
  readonly contacts: Pick<ContactDataStore, 'get'>;
  readonly triage: Pick<TriageModelStore, 'exampleOf'>;
}

export interface PanelViewRequest<A extends ComplaintAction> {
  readonly issueId: string;
  /** The actions the panel can offer, in its order (the contract's list). */
  readonly offered: readonly A[];
}

/**
 * The customer's contact data, for an advocate on an anonymous complaint only (design.md section
 * 10); undefined for anyone else, so the view does not even say whether there is any.
 */
const contactFor = async (deps: GetPanelViewDeps, caller: Person, issueId: string): Promise<ContactRecord | null | undefined> => {
  const access = await checkContactAccess(deps, caller, issueId);
  return access.ok ? getContactData(deps, access.grant) : undefined;
};

/**
 * Everything the issue panel shows, in one answer: the complaint, its trail, the caller's roles
 * and the actions they may take now, what those actions' forms need, the names of the people it
 * mentions and, for an advocate on an anonymous complaint, the customer's contact data, and on a
 * complaint in triage the app's suggestion.
 */
export const getPanelView = async <A extends ComplaintAction>(deps: GetPanelViewDeps, caller: Person, request: PanelViewRequest<A>) => {
  const [row, trail] = await Promise.all([deps.store.getComplaint(request.issueId), deps.store.trailOf(request.issueId)]);
  if (row === null) return { kind: 'refused', refusal: { code: 'unknown_complaint' } } as const;
  const roles = rolesOf(caller, row, deps.config);
  const view = buildPanelView({ row, trail, roles, offered: request.offered, config: deps.config, now: deps.clock.now() });
  const contact = roles.includes('advocate') && row.anonymous ? await contactFor(deps, caller, request.issueId) : undefined;
  // Only advocates route a complaint out of triage, so only they see the suggestion, and only while it waits there.
  const inTriage = roles.includes('advocate') && row.departmentId === null && row.status !== 'closed';
  const suggestion = inTriage ? panelSuggestion((await deps.triage.exampleOf(request.issueId))?.suggestion ?? null, row.subject, deps.config) : undefined;
  const withContact = { ...view, ...(contact === undefined ? {} : { contact }), ...(suggestion === undefined ? {} : { suggestion }) };
  const names = await deps.names.displayNamesOf(mentionedAccounts(withContact));
  return { kind: 'view', view: { ...withContact, names: Object.fromEntries(names) } } as const;
};
