import { CONTACT_LIMITS, contactDetailsSchema, contactRecordSchema } from '../../../src/domain/contact/contact-data';
import { toFieldIssues } from '../../../src/domain/config/parse-config';

const issuesOf = (input: unknown) => {
  const parsed = contactDetailsSchema.safeParse(input);
  return parsed.success ? [] : toFieldIssues(parsed.error);
};

describe('the contact details an advocate enters', () => {
  it('are trimmed, and an empty or absent text is none', () => {
    expect(contactDetailsSchema.parse({ name: '  ', email: ' ann@example.com ', phone: '', preferredChannel: 'email' })).toEqual({
      name: null,
      email: 'ann@example.com',
      phone: null,
      preferredChannel: 'email',
      note: null,
    });
  });

  it.each([
    ['+44 20 7946 0958', 'phone'],
    ['(020) 7946-0958', 'phone'],
    ['020.7946.0958', 'phone'],
  ])('take the phone number %s as the customer said it', (phone, preferredChannel) => {
    expect(contactDetailsSchema.parse({ phone, preferredChannel }).phone).toBe(phone);
  });

  it.each([
    ['no way to reach the preferred phone', { email: 'ann@example.com', preferredChannel: 'phone' }, [{ path: 'phone', message: 'is needed when the preferred channel is phone' }]],
    ['no way to reach the preferred e-mail', { phone: '+44 20 7946 0958', preferredChannel: 'email' }, [{ path: 'email', message: 'is needed when the preferred channel is email' }]],
    ['"other" without a note saying what', { phone: '+44 20 7946 0958', preferredChannel: 'other' }, [{ path: 'note', message: 'is needed when the preferred channel is other' }]],
    ['an address without a domain', { email: 'ann@', preferredChannel: 'email' }, [{ path: 'email', message: 'must be an e-mail address' }]],
    ['letters for a phone', { phone: 'call me', preferredChannel: 'phone' }, [{ path: 'phone', message: 'must be a phone number' }]],
    ['too few digits for a phone', { phone: '(12) 34', preferredChannel: 'phone' }, [{ path: 'phone', message: 'must be a phone number' }]],
    ['an unknown channel', { phone: '+44 20 7946 0958', preferredChannel: 'pigeon' }, [expect.objectContaining({ path: 'preferredChannel' })]],
    ['no channel', { phone: '+44 20 7946 0958' }, [expect.objectContaining({ path: 'preferredChannel' })]],
    ['a number for a name', { name: 42, phone: '+44 20 7946 0958', preferredChannel: 'phone' }, [expect.objectContaining({ path: 'name' })]],
    ['a key it does not know', { phone: '+44 20 7946 0958', preferredChannel: 'phone', issueId: '10001' }, [expect.objectContaining({ path: '(root)', message: expect.stringContaining('issueId') as string })]],
  ])('refuse %s, naming the field', (_what, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it.each(Object.entries(CONTACT_LIMITS))('refuse a %s one character over %s, and take it at the limit', (field, max) => {
    // A text of exactly `length` characters that is a valid value of the field.
    const of = (length: number): string => (field === 'email' ? `${'a'.repeat(length - 12)}@example.com` : field === 'phone' ? '1'.repeat(length) : 'x'.repeat(length));
    const input = (length: number) => ({ phone: '+44 20 7946 0958', note: 'post', preferredChannel: 'phone', [field]: of(length) });
    expect(issuesOf(input(max))).toEqual([]);
    expect(issuesOf(input(max + 1))).toEqual([{ path: field, message: `must be at most ${max} characters` }]);
  });
});

describe('the stored record', () => {
  const record = { name: null, email: null, phone: '+44 20 7946 0958', preferredChannel: 'phone', note: null, recordedBy: 'ava', recordedAt: 1_772_442_000_000 };

  it('reads back as written', () => {
    expect(contactRecordSchema.parse(record)).toEqual(record);
  });

  it.each([
    ['no recorder', { ...record, recordedBy: '' }],
    ['no time', { name: null, email: null, phone: '+44 20 7946 0958', preferredChannel: 'phone', note: null, recordedBy: 'ava' }],
    ['no way to reach the preferred channel', { ...record, phone: null }],
  ])('refuses one with %s', (_what, stored) => {
    expect(contactRecordSchema.safeParse(stored).success).toBe(false);
  });
});
