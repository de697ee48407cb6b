import { MAX_NAMED_ACCOUNTS, mentionedAccounts, type MentionsPeople } from '../../../src/domain/panel/panel-names';

const view = (overrides: Partial<MentionsPeople> = {}): MentionsPeople => ({
  complaint: { responsibleAccountId: 'lead-billing' },
  trail: [],
  forms: { departments: [] },
  ...overrides,
});

describe('mentionedAccounts', () => {
  it('collects the responsible person, re-route choices, who recorded the contact data, and the trail’s actors and user recipients, each once', () => {
    const mentioned = mentionedAccounts(
      view({
        trail: [
          { actorAccountId: null, recipients: ['user:lead-billing', 'group:complaint-advocates', 'advocate'] },
          { actorAccountId: 'ava', recipients: ['user:deputy-billing', 'escalation_manager'] },
        ],
        forms: { departments: [{ people: [{ accountId: 'lead-delivery' }, { accountId: 'lead-billing' }] }] },
        contact: { recordedBy: 'ava' },
      }),
    );
    expect(mentioned).toEqual(['lead-billing', 'lead-delivery', 'ava', 'deputy-billing']);
  });

  it('names nobody for a view that mentions nobody', () => {
    expect(mentionedAccounts(view({ complaint: { responsibleAccountId: null }, contact: null }))).toEqual([]);
  });

  it(`asks for at most ${MAX_NAMED_ACCOUNTS}, keeping the newest trail lines’ people`, () => {
    const trail = Array.from({ length: 300 }, (_, i) => ({ actorAccountId: `actor-${i}`, recipients: [] }));
    const mentioned = mentionedAccounts(view({ trail }));
    expect(mentioned).toHaveLength(MAX_NAMED_ACCOUNTS);
    expect(mentioned.slice(0, 2)).toEqual(['lead-billing', 'actor-299']);
    expect(mentioned).not.toContain('actor-0');
  });
});
