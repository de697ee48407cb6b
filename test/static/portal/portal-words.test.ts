import { offeredActions, standingOf } from '../../../static/portal/portal-words';
import { translate, type MessageKey, type MessageParams } from '../../../static/shared/i18n/translate';
import { makePortalComplaint } from '../support/portal-view';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const standing = (overrides: Parameters<typeof makePortalComplaint>[0]) => standingOf(makePortalComplaint(overrides), t, 'en', 'Europe/London');

describe('standingOf', () => {
  it('says the stage and since when, in the customer’s time zone', () => {
    expect(standing({}).stage).toBe('Your complaint is being handled. Work on it started on Dec 2, 2026, 9:30 AM.');
    expect(standingOf(makePortalComplaint(), t, 'en', 'Asia/Tokyo').stage).toContain('Dec 2, 2026, 6:30 PM');
  });

  it.each([
    ['received', 'We received your complaint on'],
    ['measures_done', 'The department finished its measures on'],
    ['closed', 'Your complaint was closed on'],
    ['withdrawn', 'Your complaint was withdrawn on'],
  ] as const)('words the %s stage for a customer', (stage, words) => {
    expect(standing({ stage }).stage.startsWith(words)).toBe(true);
  });

  it('gives the promised next step and its date, or since when it is overdue', () => {
    expect(standing({}).next).toEqual({ step: 'Next step: the department carries out its measures.', when: 'Promised by Dec 9, 2026, 5:00 PM.', overdue: false });
    const overdue = standing({ nextStep: { step: 'start', dueAt: Date.UTC(2026, 11, 3, 9, 0), overdue: true } }).next;
    expect(overdue).toEqual({ step: 'Next step: someone starts work on your complaint.', when: 'Overdue since Dec 3, 2026, 9:00 AM.', overdue: true });
    expect(standing({ nextStep: { step: 'call', dueAt: 0, overdue: false } }).next?.step).toBe('Next step: a complaint advocate contacts you about the outcome.');
    expect(standing({ stage: 'closed', nextStep: null }).next).toBeNull();
  });

  it('names the regulatory deadline, the anonymity and the escalation only when they apply', () => {
    expect(standing({})).toMatchObject({ regulatory: null, anonymous: null, escalated: null, confirmed: null });
    const all = standing({ regulatoryDeadline: Date.UTC(2027, 0, 30, 17), anonymous: true, escalation: { grounds: [], escalatedAt: Date.UTC(2026, 11, 4, 8) } });
    expect(all.regulatory).toBe('Under the regulator’s rules you get a final response by Jan 30, 2027, 5:00 PM.');
    expect(all.anonymous).toBe('You asked to stay anonymous: the department handling your complaint does not know your name.');
    expect(all.escalated).toBe('You escalated this complaint on Dec 4, 2026, 8:00 AM.');
  });

  it('repeats the customer’s own answer: a rating, resolved without one, or not resolved', () => {
    const at = Date.UTC(2026, 11, 4, 12);
    const confirmed = (c: { satisfaction: number | null; resolved: boolean }) => standing({ outcome: { canConfirm: true, confirmed: { ...c, at } } }).confirmed;
    expect(confirmed({ satisfaction: 4, resolved: true })).toBe('On Dec 4, 2026, 12:00 PM you rated the outcome 4 out of 5.');
    expect(confirmed({ satisfaction: null, resolved: true })).toBe('On Dec 4, 2026, 12:00 PM you told us the complaint is resolved.');
    expect(confirmed({ satisfaction: null, resolved: false })).toBe('On Dec 4, 2026, 12:00 PM you told us the complaint is not resolved.');
  });

  it('speaks Russian and Ukrainian too', () => {
    const ru = standingOf(makePortalComplaint(), (key, params) => translate('ru', key, params), 'ru', 'Europe/London');
    expect(ru.stage).toMatch(/^Вашей жалобой занимаются\. Работа над ней началась 2 дек\. 2026/);
    const uk = standingOf(makePortalComplaint(), (key, params) => translate('uk', key, params), 'uk', 'Europe/London');
    expect(uk.next?.when).toMatch(/^Обіцяно до 9 груд\. 2026/);
  });
});

describe('offeredActions', () => {
  it('offers Escalate when a ground applies and Confirm when the backend allows it, nothing otherwise', () => {
    expect(offeredActions(makePortalComplaint())).toEqual([]);
    expect(offeredActions(makePortalComplaint({ escalation: { grounds: ['overdue'], escalatedAt: null } }))).toEqual(['escalate']);
    expect(offeredActions(makePortalComplaint({ outcome: { canConfirm: true, confirmed: null } }))).toEqual(['confirm']);
    const both = makePortalComplaint({ escalation: { grounds: ['disagree'], escalatedAt: null }, outcome: { canConfirm: true, confirmed: null } });
    expect(offeredActions(both)).toEqual(['escalate', 'confirm']);
  });

  it('offers no second escalation once the customer escalated in this stage (no ground left)', () => {
    expect(offeredActions(makePortalComplaint({ escalation: { grounds: [], escalatedAt: Date.UTC(2026, 11, 4) } }))).toEqual([]);
  });
});
