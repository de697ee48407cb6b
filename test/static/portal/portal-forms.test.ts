import { checkEscalation, checkOutcome, checkRaise, escalateRequest, outcomeRequest, raiseRequest, type RaiseValues } from '../../../static/portal/portal-forms';
import { contactValuesOf } from '../../../static/shared/contact-form';

describe('the escalation form', () => {
  it('needs one of the offered grounds and a reason', () => {
    expect(checkEscalation({ ground: '', reason: '  ' }, ['overdue'])).toEqual([
      { path: 'ground', message: 'missing' },
      { path: 'reason', message: 'missing' },
    ]);
    expect(checkEscalation({ ground: 'disagree', reason: 'No' }, ['overdue'])).toEqual([{ path: 'ground', message: 'out_of_range' }]);
    expect(checkEscalation({ ground: 'overdue', reason: 'Nobody called' }, ['overdue', 'disagree'])).toEqual([]);
  });

  it('sends the trimmed reason, and the key only where the frame names no request', () => {
    expect(escalateRequest({ ground: 'overdue', reason: ' Nobody called \n' }, undefined)).toEqual({ ground: 'overdue', reason: 'Nobody called' });
    expect(escalateRequest({ ground: 'disagree', reason: 'Too little' }, 'CMP-9')).toEqual({ ground: 'disagree', reason: 'Too little', issueKey: 'CMP-9' });
  });
});

describe('the outcome form', () => {
  it('asks first whether it is resolved, then a rating of 1 to 5 or the customer’s words', () => {
    expect(checkOutcome({ resolved: '', satisfaction: '5', words: '' })).toEqual([{ path: 'resolved', message: 'missing' }]);
    expect(checkOutcome({ resolved: 'yes', satisfaction: '', words: 'ignored' })).toEqual([{ path: 'satisfaction', message: 'missing' }]);
    expect(checkOutcome({ resolved: 'yes', satisfaction: '6', words: '' })).toEqual([{ path: 'satisfaction', message: 'out_of_range' }]);
    expect(checkOutcome({ resolved: 'yes', satisfaction: '1', words: '' })).toEqual([]);
    expect(checkOutcome({ resolved: 'no', satisfaction: '5', words: ' ' })).toEqual([{ path: 'words', message: 'missing' }]);
    expect(checkOutcome({ resolved: 'no', satisfaction: '', words: 'Still charged twice' })).toEqual([]);
  });

  it('sends only the half of the answer that was chosen', () => {
    expect(outcomeRequest({ resolved: 'yes', satisfaction: '5', words: 'left over' }, undefined)).toEqual({ resolved: true, satisfaction: 5 });
    expect(outcomeRequest({ resolved: 'no', satisfaction: '3', words: ' Still charged ' }, 'CMP-9')).toEqual({ resolved: false, words: 'Still charged', issueKey: 'CMP-9' });
  });
});

describe('the anonymous complaint form', () => {
  const values = (overrides: Partial<RaiseValues> = {}): RaiseValues => ({
    summary: 'Rude at the counter',
    description: 'On Monday the clerk shouted at me.',
    departmentId: '',
    contact: { ...contactValuesOf(null), preferredChannel: 'email', email: 'me@example.org' },
    ...overrides,
  });

  it('needs a summary, a description and the detail of the chosen channel, named as the server names them', () => {
    expect(checkRaise(values())).toEqual([]);
    expect(checkRaise(values({ summary: ' ', description: '', contact: { ...contactValuesOf(null), preferredChannel: 'phone' } }))).toEqual([
      { path: 'summary', message: 'missing' },
      { path: 'description', message: 'missing' },
      { path: 'contact.phone', message: 'missing' },
    ]);
  });

  it('leaves the department out for "I don’t know", so the advocates triage it', () => {
    expect(raiseRequest(values({ summary: ' Rude ' }))).toEqual({
      summary: 'Rude',
      description: 'On Monday the clerk shouted at me.',
      contact: { name: '', email: 'me@example.org', phone: '', note: '', preferredChannel: 'email' },
    });
    expect(raiseRequest(values({ departmentId: 'billing' })).departmentId).toBe('billing');
  });
});
