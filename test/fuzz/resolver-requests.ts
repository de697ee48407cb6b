import fc from 'fast-check';
import type { RequestOf, ResolverKey } from '../../src/contracts/resolver-contracts';
import { ESCALATION_GROUNDS } from '../../src/contracts/portal-view';
import { CONTACT_CHANNELS } from '../../src/domain/contact/contact-data';
import { LANGUAGES } from '../../src/domain/language';
import { runtimeConfig } from '../integration/runtime/runtime-sandbox';
import { DEMO_ACCOUNTS } from '../../sandbox/jira';

/** What a well-formed request may name: the sandbox's people, departments, projects and complaints. */
const accountId = fc.oneof(fc.constantFrom(...Object.values(DEMO_ACCOUNTS)), fc.string({ minLength: 1, maxLength: 128 }));
const departmentId = fc.oneof(fc.constantFrom(...runtimeConfig().departments.map((d) => d.id), 'triage'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/));
const projectKey = fc.oneof(fc.constant('CMP'), fc.stringMatching(/^[A-Z][A-Z0-9_]{1,9}$/));
/** A project key Set up project would fail on at its first step: running it on CMP again would cost a hundred Jira calls a case. */
const otherProjectKey = projectKey.filter((key) => key !== 'CMP');
const text = (max: number) => fc.string({ minLength: 1, maxLength: max });
const day = fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const compensation = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined });
const nothing = fc.constant({});
const reason = fc.record({ reason: text(255) });
const measures = fc.record({ measures: text(5000), measuresDeadline: day });
const optionalText = (max: number) => fc.option(fc.string({ maxLength: max }), { nil: undefined });

const contactDetails = fc.record(
  {
    name: optionalText(200),
    email: fc.option(fc.emailAddress(), { nil: undefined }),
    phone: fc.option(fc.stringMatching(/^\+?[0-9]{5,15}$/), { nil: undefined }),
    preferredChannel: fc.constantFrom(...CONTACT_CHANNELS),
    note: optionalText(2000),
  },
  { requiredKeys: ['preferredChannel'] },
);
/** On the profile panel a key names one of the caller's anonymous complaints; on a request's page none may be given. */
const portalIssueKey = fc.oneof(fc.constantFrom('CMP-1', 'CMP-2'), fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}-[1-9]\d{0,5}$/));

/** A configuration in the schema's shape: the sandbox's own, with a few settings changed the way the admin page would. */
const config = fc
  .record({ currency: fc.constantFrom('EUR', 'GBP', 'USD'), repeatWindowDays: fc.integer({ min: 1, max: 365 }), showPeopleOnDashboard: fc.boolean(), retentionMonths: fc.integer({ min: 6, max: 120 }) })
  .map((changes) => ({ ...runtimeConfig(), ...changes }));

/**
 * A well-formed request for every resolver key of the contracts, so that a key added to the
 * contracts without one here does not compile.
 */
export const WELL_FORMED: { readonly [K in ResolverKey]: fc.Arbitrary<RequestOf<K>> } = {
  'preferences/get-language': nothing,
  'preferences/set-language': fc.record({ language: fc.constantFrom(...LANGUAGES) }),
  'project/set-up': fc.record({ projectKey: otherProjectKey }),
  'project/setup-status': nothing,
  'config/get': nothing,
  'config/save': fc.record({ config }),
  'users/search': fc.record({ query: text(100) }),
  'project/components': fc.record({ projectKey }),
  'admin/health': nothing,
  'contact/get': nothing,
  'contact/save': contactDetails,
  'contact/erase': nothing,
  'complaint/reroute': fc.record({ departmentId, accountId, reason: text(500) }, { requiredKeys: ['departmentId', 'reason'] }),
  'complaint/accept-suggestion': fc.record({ departmentId }),
  'panel/view': nothing,
  'complaint/start-work': measures,
  'complaint/revise-measures': measures,
  'complaint/mark-done': fc.record({ actionTaken: text(5000), compensation }, { requiredKeys: ['actionTaken'] }),
  'complaint/close': fc.record(
    { satisfaction: fc.integer({ min: 1, max: 5 }), consideredResolved: fc.boolean(), callNotes: text(5000), compensation },
    { requiredKeys: ['satisfaction', 'consideredResolved', 'callNotes'] },
  ),
  'complaint/return': reason,
  'complaint/reopen': reason,
  'complaint/withdraw': reason,
  'complaint/mark-duplicate': fc.record({ reason: text(255), duplicateOf: fc.oneof(fc.constantFrom('CMP-1', 'CMP-2'), fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}-[1-9]\d{0,5}$/)) }),
  'complaint/nudge': nothing,
  'complaint/open-follow-up': reason,
  'gadget/figures': fc.record({
    projectKeys: fc.array(projectKey, { minLength: 1, maxLength: 3 }),
    periodMonths: fc.integer({ min: 1, max: 12 }),
    departmentIds: fc.array(departmentId, { maxLength: 4 }),
  }),
  'gadget/departments': nothing,
  'portal/view': nothing,
  'portal/escalate': fc.record({ ground: fc.constantFrom(...ESCALATION_GROUNDS), reason: text(1000), issueKey: portalIssueKey }, { requiredKeys: ['ground', 'reason'] }),
  'portal/confirm-outcome': fc.oneof(
    fc.record({ resolved: fc.constant(true as const), satisfaction: fc.integer({ min: 1, max: 5 }), issueKey: portalIssueKey }, { requiredKeys: ['resolved', 'satisfaction'] }),
    fc.record({ resolved: fc.constant(false as const), words: text(1000), issueKey: portalIssueKey }, { requiredKeys: ['resolved', 'words'] }),
  ),
  'portal/anonymous': nothing,
  'portal/raise-anonymous': fc.record(
    { summary: text(255), description: text(5000), departmentId, contact: contactDetails },
    { requiredKeys: ['summary', 'description', 'contact'] },
  ),
  'queue/list': nothing,
};

export const isContractKey = (key: string): key is ResolverKey => Object.hasOwn(WELL_FORMED, key);
