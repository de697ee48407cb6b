import type { Complaint } from '../../../src/domain/complaint';
import { isSummaryResolution, regulatoryDeadlines } from '../../../src/domain/reminders/regulatory-deadlines';
import type { ReminderPolicy } from '../../../src/domain/reminders/reminder-policy.schema';
import { at, london, londonEaster, newYork, thrownCode } from '../calendar/calendars';
import { makeComplaint } from '../factories';
import { policyWith } from './sweep-walk';

const overall = (input: Record<string, unknown>): ReminderPolicy['overall'] => policyWith({ overall: input }).overall;

describe('regulatoryDeadlines', () => {
  it.each([
    { name: 'none: no deadline', cal: london, preset: { preset: 'none' }, created: '2026-03-02T10:00:00Z', expected: {} },
    {
      // 2026-03-02 + 56 days = 2026-04-27 (29 days to 03-31, 27 more); its end is 23:59:59.999 BST = 22:59:59.999Z.
      // Summary resolution: the 3rd business day after Monday is Thursday 03-05, closing 18:00 GMT.
      name: 'FCA, received on a Monday',
      cal: london,
      preset: { preset: 'fca' },
      created: '2026-03-02T10:00:00Z',
      expected: { final: at('2026-04-27T22:59:59.999Z'), summaryResolution: at('2026-03-05T18:00:00Z') },
    },
    {
      // Received Thursday 2026-04-02 in BST: business days after it skip Good Friday, the weekend and Easter Monday:
      // Tue 04-07, Wed 04-08, Thu 04-09, closing 18:00 BST = 17:00Z. Final: 04-02 + 56 = 05-28, end 22:59:59.999Z.
      name: 'FCA, received before Easter',
      cal: londonEaster,
      preset: { preset: 'fca' },
      created: '2026-04-02T09:00:00Z',
      expected: { final: at('2026-05-28T22:59:59.999Z'), summaryResolution: at('2026-04-09T17:00:00Z') },
    },
    {
      // Received 2026-03-02 10:00 EST. +15 days = 03-17, end 23:59:59.999 EDT = 03-18 03:59:59.999Z.
      // +60 days = 05-01 (29 to 03-31, 30 to 04-30, 1 more), end 23:59:59.999 EDT = 05-02 03:59:59.999Z.
      name: 'CFPB in New York, across the DST change',
      cal: newYork,
      preset: { preset: 'cfpb' },
      created: '2026-03-02T15:00:00Z',
      expected: { response: at('2026-03-18T03:59:59.999Z'), final: at('2026-05-02T03:59:59.999Z') },
    },
    {
      // Received 2026-03-02 23:30 EST = 03-03 04:30Z: the local day of receipt is 03-02, not the UTC date.
      name: 'CFPB counts from the local day of receipt',
      cal: newYork,
      preset: { preset: 'cfpb' },
      created: '2026-03-03T04:30:00Z',
      expected: { response: at('2026-03-18T03:59:59.999Z'), final: at('2026-05-02T03:59:59.999Z') },
    },
    {
      // 2026-03-02 + 10 days = 03-12, end 23:59:59.999 GMT.
      name: 'custom, 10 days',
      cal: london,
      preset: { preset: 'custom', customFinalResponseDays: 10 },
      created: '2026-03-02T10:00:00Z',
      expected: { final: at('2026-03-12T23:59:59.999Z') },
    },
  ])('$name', ({ cal, preset, created, expected }) => {
    expect(regulatoryDeadlines(cal, overall(preset), at(created))).toEqual(expected);
  });

  it('rejects a custom preset without its limit (a policy that skipped the schema)', () => {
    const unchecked: ReminderPolicy['overall'] = { preset: 'custom', escalateAtShare: 0.8 };
    expect(thrownCode(() => regulatoryDeadlines(london, unchecked, at('2026-03-02T10:00:00Z')))).toBe('INVALID_CONFIG');
  });
});

describe('isSummaryResolution (FCA: closed as done by the close of the 3rd business day after receipt)', () => {
  const closed = (overrides: Partial<Complaint>): Complaint =>
    makeComplaint({ status: 'closed', resolution: 'done', createdAt: at('2026-03-02T10:00:00Z'), ...overrides });

  it.each([
    // Received Monday 2026-03-02: the deadline is Thursday 03-05 18:00 GMT.
    { name: 'closed on Thursday 17:59', complaint: closed({ closedAt: at('2026-03-05T17:59:00Z') }), expected: true },
    { name: 'closed exactly at the close of Thursday', complaint: closed({ closedAt: at('2026-03-05T18:00:00Z') }), expected: true },
    { name: 'closed on Thursday 18:01', complaint: closed({ closedAt: at('2026-03-05T18:01:00Z') }), expected: false },
    { name: 'withdrawn in time', complaint: closed({ resolution: 'withdrawn', closedAt: at('2026-03-03T10:00:00Z') }), expected: false },
    { name: 'still open', complaint: makeComplaint({ status: 'measures_done', createdAt: at('2026-03-02T10:00:00Z') }), expected: false },
    { name: 'closed with no closing time', complaint: closed({ closedAt: null }), expected: false },
    // Received Saturday 03-07: the 3rd business day after it is Wednesday 03-11.
    {
      name: 'received on a Saturday, closed on Wednesday afternoon',
      complaint: closed({ createdAt: at('2026-03-07T12:00:00Z'), closedAt: at('2026-03-11T17:00:00Z') }),
      expected: true,
    },
    {
      name: 'received on a Saturday, closed on Thursday morning',
      complaint: closed({ createdAt: at('2026-03-07T12:00:00Z'), closedAt: at('2026-03-12T09:30:00Z') }),
      expected: false,
    },
  ])('$name → $expected', ({ complaint, expected }) => {
    expect(isSummaryResolution(london, complaint)).toBe(expected);
  });
});
