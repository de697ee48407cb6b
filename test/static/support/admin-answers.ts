import { parseConfig } from '../../../src/domain/config/parse-config';

/** A configuration as config/get answers it: Billing with a lead and a deputy, Support with nobody. */
export const ADMIN_CONFIG = parseConfig({
  departments: [
    { id: 'billing', name: 'Billing', leadAccountId: 'boris', deputyAccountId: 'daria', componentId: '10000' },
    { id: 'support', name: 'Support' },
  ],
  calendar: { timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '18:00', holidays: ['2026-12-25'] },
});

/** CMP's components: Billing's, which the configuration links, and one no department has. */
export const ADMIN_COMPONENTS = [
  { id: '10000', name: 'Billing', lead: { accountId: 'boris', displayName: 'Boris Belov' } },
  { id: '10001', name: 'Support desk', lead: null },
];

/** A health report with nothing wrong but a sweep that has not run yet. */
export const HEALTHY = {
  departmentsWithoutLead: [],
  people: [],
  names: {},
  missingPermissions: [],
  lastSweep: null,
  reconciliations: [],
  outbox: { pending: 0, gaveUp: 0, lastGiveUps: [] },
  triage: 0,
};

/** What the admin page's resolvers answer when a test does not care: the configuration above, no report yet, no language saved. */
export const adminAnswer = (key: string): unknown => {
  switch (key) {
    case 'config/get':
      return { config: ADMIN_CONFIG, names: { boris: 'Boris Belov', daria: 'Daria Deputy' }, projects: ['CMP'] };
    case 'admin/health':
      return HEALTHY;
    case 'project/setup-status':
      return { report: null };
    case 'project/components':
      return { components: ADMIN_COMPONENTS };
    default:
      return { language: null };
  }
};
