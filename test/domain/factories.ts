import type { Complaint, TrailEntry } from '../../src/domain/complaint';
import { parseConfig } from '../../src/domain/config/parse-config';
import type { AppConfig } from '../../src/domain/config/app-config.schema';

/** 2026-03-02 09:00 UTC, a Monday. */
export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

/**
 * The fields a complaint gains as it is handled, from Start work's measures to the customer's
 * verdict at Close, all still empty: as a new complaint has them, in the index and in Jira.
 */
export const NOT_YET_HANDLED = {
  measures: null,
  measuresDeadline: null,
  actionTaken: null,
  compensation: null,
  satisfaction: null,
  consideredResolved: null,
} as const;

export const makeComplaint = (overrides: Partial<Complaint> = {}): Complaint => ({
  issueId: '10001',
  issueKey: 'CMP-1',
  projectKey: 'CMP',
  departmentId: 'billing',
  subject: { kind: 'service', name: 'Invoices' },
  channel: 'phone',
  anonymous: false,
  status: 'registered',
  resolution: null,
  assigneeAccountId: 'lead-billing',
  responsibleAccountId: 'lead-billing',
  reporterAccountId: 'registrar-1',
  ...NOT_YET_HANDLED,
  returns: 0,
  reopens: 0,
  followUpOf: null,
  createdAt: T0,
  statusChangedAt: T0,
  firstActionAt: null,
  closedAt: null,
  ...overrides,
});

export const makeTrailEntry = (overrides: Partial<TrailEntry> = {}): TrailEntry => ({
  issueId: '10001',
  at: T0,
  kind: 'routed',
  actorAccountId: null,
  reason: 'lead',
  recipients: [],
  status: 'registered',
  ...overrides,
});

/** A valid configuration with three departments; override any top-level part. */
export const makeConfig = (overrides: Record<string, unknown> = {}): AppConfig =>
  parseConfig({
    departments: [
      {
        id: 'billing',
        name: 'Billing',
        leadAccountId: 'lead-billing',
        deputyAccountId: 'deputy-billing',
        escalationManagerAccountId: 'manager-billing',
        advocateAccountId: 'advocate-billing',
      },
      { id: 'delivery', name: 'Delivery', leadAccountId: 'lead-delivery', escalationManagerAccountId: 'manager-ops' },
      { id: 'support', name: 'Support' },
    ],
    ...overrides,
  });
