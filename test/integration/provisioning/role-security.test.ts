import { identityHeaders } from '../../../sandbox/host/identity-headers';
import type { AnyFieldKey } from '../../../src/jira/provisioning/complaint-fields';
import { transitionId } from '../../../src/jira/provisioning/complaint-workflow-definition';
import type { ComplaintStatus } from '../../../src/domain/complaint';
import { TRANSITION_ACTIONS, WORKFLOW, type TransitionAction } from '../../../src/domain/workflow/complaint-workflow';
import { rolesOf } from '../../../src/domain/workflow/roles-of';
import type { Role } from '../../../src/domain/workflow/roles';
import { openForSuite } from '../../support/open-for-tests';
import { DEMO_ACCOUNTS, runtimeConfig, SANDBOX_SET_UP_MS, startRuntimeSandbox } from '../runtime/runtime-sandbox';

/*
 * Who may act, over REST, against the sandbox's Jira with the workflow Set up project made
 * (design.md section 3 and issue 12). The matrix is data: each actor's roles on their complaint
 * are written out by hand from the routing facts, `rolesOf` must agree with them, and what each
 * role may do comes from the domain's WORKFLOW table, so the test and the rules cannot drift.
 * Every refused cell must get Jira's refusal and leave the issue as it was.
 */

// Each transition cell registers a complaint and walks it to the status it starts from.
jest.setTimeout(300_000);
const env = openForSuite(() => startRuntimeSandbox(runtimeConfig()), SANDBOX_SET_UP_MS);

type Scenario = 'billing' | 'about_the_lead' | 'lead_away';

/** Billing routed to its lead; Billing about its lead, routed to the escalation manager; Delivery, lead away, routed to the deputy. */
const SCENARIOS: Readonly<Record<Scenario, { department: string; subjectUser?: string; responsible: string }>> = {
  billing: { department: 'Billing', responsible: DEMO_ACCOUNTS.billingLead },
  about_the_lead: { department: 'Billing', subjectUser: DEMO_ACCOUNTS.billingLead, responsible: DEMO_ACCOUNTS.manager },
  lead_away: { department: 'Delivery', responsible: DEMO_ACCOUNTS.deputy },
};

interface Actor {
  readonly who: string;
  readonly accountId: string;
  readonly scenario: Scenario;
  /** The roles the routing facts give them on that complaint, by hand. */
  readonly roles: readonly Role[];
  readonly groups: readonly string[];
  /** A portal customer cannot browse a complaint an agent registered: Jira refuses them with 404 before any rule. */
  readonly browses?: false;
}

const HIDDEN = { status: 404, json: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} } };

const ADVOCATES = ['complaint-advocates'];
const MANAGERS = ['complaint-managers'];

const ACTORS: readonly Actor[] = [
  { who: 'the registrar', accountId: DEMO_ACCOUNTS.registrar, scenario: 'billing', roles: [], groups: [] },
  { who: 'the lead of the department, responsible', accountId: DEMO_ACCOUNTS.billingLead, scenario: 'billing', roles: ['responsible'], groups: [] },
  { who: 'the lead who is the subject', accountId: DEMO_ACCOUNTS.billingLead, scenario: 'about_the_lead', roles: [], groups: [] },
  { who: 'the escalation manager, responsible for the complaint about the lead', accountId: DEMO_ACCOUNTS.manager, scenario: 'about_the_lead', roles: ['responsible', 'manager'], groups: MANAGERS },
  { who: 'the deputy while the lead is present', accountId: DEMO_ACCOUNTS.deputy, scenario: 'billing', roles: [], groups: [] },
  { who: 'the deputy, responsible while the lead is away', accountId: DEMO_ACCOUNTS.deputy, scenario: 'lead_away', roles: ['responsible'], groups: [] },
  { who: 'the lead who is away', accountId: DEMO_ACCOUNTS.deliveryLead, scenario: 'lead_away', roles: [], groups: [] },
  { who: 'the advocate', accountId: DEMO_ACCOUNTS.advocate, scenario: 'billing', roles: ['advocate'], groups: ADVOCATES },
  { who: 'the manager', accountId: DEMO_ACCOUNTS.manager, scenario: 'billing', roles: ['manager'], groups: MANAGERS },
  { who: 'a portal customer', accountId: DEMO_ACCOUNTS.customer, scenario: 'billing', roles: [], groups: [], browses: false },
];

/** The one status each transition is tried from (Withdraw and Duplicate start from any open one). */
const FROM: Readonly<Record<TransitionAction, ComplaintStatus>> = {
  start_work: 'registered',
  mark_done: 'in_progress',
  close: 'measures_done',
  return_for_rework: 'measures_done',
  reopen: 'closed',
  withdraw: 'in_progress',
  mark_duplicate: 'registered',
  revise_measures: 'in_progress',
};

const allowed = (actor: Actor, action: TransitionAction): boolean => WORKFLOW[action].roles.some((role) => actor.roles.includes(role));

/** The fields Jira's Edit screen must not take, and the app's own read-only fields. */
const PROTECTED: readonly (readonly [AnyFieldKey, unknown])[] = [
  ['department', { value: 'Delivery' }],
  ['subjectUser', { accountId: DEMO_ACCOUNTS.registrar }],
  ['subjectService', 'The kettle'],
  ['measuresDeadline', '2026-12-31'],
  ['compensation', 1000],
  ['callNotes', { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Called' }] }] }],
  ['reason', 'Because I said so'],
  ['duplicateOf', 'CMP-1'],
  ['responsible', { accountId: DEMO_ACCOUNTS.registrar }],
  ['satisfaction', 5],
  ['consideredResolved', 'Yes'],
  ['returns', 0],
  ['reopens', 0],
];

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let reasons = 0;
/** What a transition asks for on its screen, complete and valid; each reason is a new one. */
const inputOf = (action: TransitionAction, duplicated: string): Record<string, unknown> => {
  const f = env().field;
  reasons += 1;
  const reason = { [f('reason')]: `Reason number ${String(reasons)}` };
  switch (action) {
    case 'revise_measures':
      return { [f('measures')]: adf('Refund by bank transfer'), [f('measuresDeadline')]: '2026-03-13' };
    case 'start_work':
      return { [f('measures')]: adf('Refund the second charge'), [f('measuresDeadline')]: '2026-03-06' };
    case 'mark_done':
      return { [f('actionTaken')]: adf('Refunded') };
    case 'close':
      return { [f('callNotes')]: adf('The customer is happy'), resolution: { name: 'Done' } };
    case 'withdraw':
      return { ...reason, resolution: { name: "Won't Do" } };
    case 'mark_duplicate':
      return { ...reason, [f('duplicateOf')]: duplicated, resolution: { name: 'Duplicate' } };
    default:
      return reason;
  }
};

/** Jira REST as the app itself, as the Forge runtime sends it: the advocate's recorded call goes into the app's read-only fields. */
const recordCallAsApp = async (issueId: string): Promise<void> => {
  const { sandbox } = env();
  const answer = await fetch(new URL('/rest/api/3/app/field/value', sandbox.url), {
    method: 'POST',
    headers: { ...identityHeaders({ provider: 'app' }, sandbox.services.hostToken), 'content-type': 'application/json' },
    body: JSON.stringify({
      updates: [
        { customField: env().field('satisfaction'), issueIds: [Number(issueId)], value: 4 },
        { customField: env().field('consideredResolved'), issueIds: [Number(issueId)], value: 'Yes' },
      ],
    }),
  });
  expect(answer.status).toBe(204);
};

/** Moves a complaint on by the table's own people: the responsible person, or the advocate. */
const walk = async (key: string, id: string, responsible: string, to: ComplaintStatus): Promise<void> => {
  const steps: readonly [ComplaintStatus, TransitionAction, string][] = [
    ['in_progress', 'start_work', responsible],
    ['measures_done', 'mark_done', responsible],
    ['closed', 'close', DEMO_ACCOUNTS.advocate],
  ];
  for (const [reached, action, by] of steps) {
    if (action === 'close') await recordCallAsApp(id);
    await env().transition(by, key, WORKFLOW[action].transitionName ?? '', inputOf(action, ''));
    if (reached === to) return;
  }
};

const statusOrder: readonly ComplaintStatus[] = ['registered', 'in_progress', 'measures_done', 'closed'];

/** A complaint of the scenario, routed, in this status. */
const complaintIn = async (scenario: Scenario, status: ComplaintStatus): Promise<{ id: string; key: string }> => {
  const facts = SCENARIOS[scenario];
  const made = await env().register({ department: facts.department, ...(facts.subjectUser === undefined ? {} : { subjectUser: facts.subjectUser }) });
  await env().settle();
  if (statusOrder.indexOf(status) > 0) await walk(made.key, made.id, facts.responsible, status);
  await env().settle();
  return made;
};

/** Everything a refused request must leave as it was: every field, and the changelog. */
const stateOf = async (key: string) => ({
  issue: (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}?fields=*all`)).json,
  changelog: (await env().rest(DEMO_ACCOUNTS.admin, 'GET', `/rest/api/3/issue/${key}/changelog`)).json,
});

const offered = async (accountId: string, key: string): Promise<string[]> => {
  const answer = await env().rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`);
  return ((answer.json as { transitions?: { name: string }[] } | null)?.transitions ?? []).map((t) => t.name);
};

let duplicated = '';
beforeAll(async () => {
  duplicated = (await env().register({ department: 'Support' })).key;
  await env().settle();
}, SANDBOX_SET_UP_MS);

describe('the roles of each actor', () => {
  it.each(ACTORS)('$who: rolesOf gives, from the index row, the roles the routing facts give', async (actor) => {
    const { id } = await complaintIn(actor.scenario, 'registered');
    const row = await env().store.getComplaint(id);
    expect(row?.responsibleAccountId).toBe(SCENARIOS[actor.scenario].responsible);
    const roles = rolesOf({ accountId: actor.accountId, groups: actor.groups, isJiraAdmin: false }, row, runtimeConfig()).filter((r) => r !== 'registrar');
    expect(roles).toEqual(actor.roles);
  });
});

describe('every transition, as every actor, from the status it starts from', () => {
  const cells = TRANSITION_ACTIONS.flatMap((action) => ACTORS.map((actor) => ({ action, actor, expected: allowed(actor, action) })));

  it.each(cells)('$action as $actor.who: allowed $expected', async ({ action, actor, expected }) => {
    const { key } = await complaintIn(actor.scenario, FROM[action]);
    const name = WORKFLOW[action].transitionName ?? '';
    expect((await offered(actor.accountId, key)).includes(name)).toBe(expected);
    if (action === 'close') await recordCallAsApp((await env().issue(key)).id);
    const before = await stateOf(key);
    const answer = await env().rest(actor.accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: transitionId(action) },
      fields: inputOf(action, duplicated),
    });
    if (expected) {
      expect(answer.status).toBe(204);
      // The transition is logged; it moves the complaint on, or, a loop such as Revise measures, keeps its status.
      const after = await stateOf(key);
      const statusOf = (state: typeof before) => (state.issue as { fields: { status: { name: string } } }).fields.status.name;
      expect(after.changelog).not.toEqual(before.changelog);
      expect(statusOf(after) === statusOf(before)).toBe(WORKFLOW[action].to === FROM[action]);
    } else {
      const refused = { status: 400, json: { errorMessages: [`Transition id '${transitionId(action)}' is not valid for this issue.`], errors: {} } };
      expect(answer).toEqual(actor.browses === false ? HIDDEN : refused);
      expect(await stateOf(key)).toEqual(before);
    }
  });
});

describe('every protected field, as every actor', () => {
  const cells = ACTORS.flatMap((actor) => PROTECTED.map(([field, value]) => ({ actor, field, value })));

  it.each(cells)('$field as $actor.who: refused', async ({ actor, field, value }) => {
    const { key } = await complaintIn(actor.scenario, 'in_progress');
    const before = await stateOf(key);
    const fieldId = env().field(field);
    const answer = await env().rest(actor.accountId, 'PUT', `/rest/api/3/issue/${key}`, { fields: { [fieldId]: value } });
    const refused = { status: 400, json: { errorMessages: [], errors: { [fieldId]: `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.` } } };
    expect(answer).toEqual(actor.browses === false ? HIDDEN : refused);
    expect(await stateOf(key)).toEqual(before);
  });

  it('lets an agent edit what the Edit screen has, so a refusal above is the screen, not a broken edit', async () => {
    const { key } = await complaintIn('billing', 'in_progress');
    expect((await env().rest(DEMO_ACCOUNTS.registrar, 'PUT', `/rest/api/3/issue/${key}`, { fields: { summary: 'Charged twice, and rudely' } })).status).toBe(204);
  });
});

describe('the old attack', () => {
  it('a registrar who assigns the complaint to herself is still refused Start work; the responsible lead is not', async () => {
    const { id, key } = await complaintIn('billing', 'registered');
    expect((await env().rest(DEMO_ACCOUNTS.registrar, 'PUT', `/rest/api/3/issue/${key}/assignee`, { accountId: DEMO_ACCOUNTS.registrar })).status).toBe(204);
    await env().settle();
    expect((await env().issue(key)).fields.assignee?.accountId).toBe(DEMO_ACCOUNTS.registrar);
    expect(await offered(DEMO_ACCOUNTS.registrar, key)).toEqual([]);
    const before = await stateOf(key);
    const start = await env().rest(DEMO_ACCOUNTS.registrar, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: transitionId('start_work') },
      fields: inputOf('start_work', ''),
    });
    expect(start.status).toBe(400);
    expect(await stateOf(key)).toEqual(before);
    expect((await env().store.getComplaint(id))?.responsibleAccountId).toBe(DEMO_ACCOUNTS.billingLead);
    expect(await offered(DEMO_ACCOUNTS.billingLead, key)).toContain('Start work');
  });
});
