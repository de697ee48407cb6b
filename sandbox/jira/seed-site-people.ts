import type { UserRecord } from './store/user-store';

/** The base site's people. Account ids are fixed so that demo data and tests can name them. */
export const DEMO_ACCOUNTS = {
  admin: '5b10a2844c20165700ede21a',
  registrar: '5b10a2844c20165700ede22b',
  billingLead: '5b10a2844c20165700ede23c',
  deliveryLead: '5b10a2844c20165700ede24d',
  supportLead: '5b10a2844c20165700ede25e',
  deputy: '5b10a2844c20165700ede26f',
  advocate: '5b10a2844c20165700ede270',
  manager: '5b10a2844c20165700ede281',
  customer: '5b10a2844c20165700ede292',
  secondCustomer: '5b10a2844c20165700ede2a3',
} as const;

const person = (
  accountId: string,
  displayName: string,
  email: string,
  locale: string,
  timeZone: string,
  roleLabel: string,
  accountType: 'atlassian' | 'customer' = 'atlassian',
): UserRecord => ({ accountId, accountType, displayName, email, active: true, locale, timeZone, roleLabel });

export const DEMO_PEOPLE: readonly UserRecord[] = [
  person(DEMO_ACCOUNTS.admin, 'Adele Admin', 'adele.admin@example.com', 'en_US', 'Europe/London', 'Jira admin'),
  person(DEMO_ACCOUNTS.registrar, 'Rita Registrar', 'rita.registrar@example.com', 'en_US', 'Europe/London', 'Registrar (agent)'),
  person(DEMO_ACCOUNTS.billingLead, 'Boris Belov', 'boris.belov@example.com', 'ru_RU', 'Europe/Moscow', 'Lead, Billing'),
  person(DEMO_ACCOUNTS.deliveryLead, 'Dmytro Danko', 'dmytro.danko@example.com', 'uk_UA', 'Europe/Kyiv', 'Lead, Delivery'),
  person(DEMO_ACCOUNTS.supportLead, 'Sofia Stone', 'sofia.stone@example.com', 'en_US', 'America/New_York', 'Lead, Support'),
  person(DEMO_ACCOUNTS.deputy, 'Daria Deputy', 'daria.deputy@example.com', 'ru_RU', 'Europe/Moscow', 'Deputy lead'),
  person(DEMO_ACCOUNTS.advocate, 'Ava Advocate', 'ava.advocate@example.com', 'en_US', 'Europe/London', 'Advocate'),
  person(DEMO_ACCOUNTS.manager, 'Max Manager', 'max.manager@example.com', 'uk_UA', 'Europe/Kyiv', 'Manager / director'),
  person(DEMO_ACCOUNTS.customer, 'Carol Customer', 'carol.customer@example.com', 'en_US', 'America/Chicago', 'Portal customer', 'customer'),
  person(DEMO_ACCOUNTS.secondCustomer, 'Kostya Klient', 'kostya.klient@example.com', 'uk_UA', 'Europe/Kyiv', 'Portal customer', 'customer'),
];

export const appUser = (accountId: string): UserRecord => ({
  accountId,
  accountType: 'app',
  displayName: 'Complaint Advocate',
  email: null,
  active: true,
  locale: 'en_US',
  timeZone: 'UTC',
  roleLabel: 'Forge app',
});

const AGENTS = [
  DEMO_ACCOUNTS.admin,
  DEMO_ACCOUNTS.registrar,
  DEMO_ACCOUNTS.billingLead,
  DEMO_ACCOUNTS.deliveryLead,
  DEMO_ACCOUNTS.supportLead,
  DEMO_ACCOUNTS.deputy,
  DEMO_ACCOUNTS.advocate,
  DEMO_ACCOUNTS.manager,
];

/** Groups with fixed ids, and who is in them; the app's user is in Jira's add-on admin group. */
export const demoGroups = (appAccountId: string): readonly { groupId: string; name: string; members: readonly string[] }[] => [
  { groupId: '0c1d5b1e-6a3f-4b8e-9d2a-000000000001', name: 'jira-administrators', members: [DEMO_ACCOUNTS.admin] },
  { groupId: '0c1d5b1e-6a3f-4b8e-9d2a-000000000002', name: 'jira-servicemanagement-users', members: AGENTS },
  { groupId: '0c1d5b1e-6a3f-4b8e-9d2a-000000000003', name: 'complaint-advocates', members: [DEMO_ACCOUNTS.advocate] },
  { groupId: '0c1d5b1e-6a3f-4b8e-9d2a-000000000004', name: 'complaint-managers', members: [DEMO_ACCOUNTS.manager] },
  { groupId: '0c1d5b1e-6a3f-4b8e-9d2a-000000000005', name: 'atlassian-addons-admin', members: [appAccountId] },
];
