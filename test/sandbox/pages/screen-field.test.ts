import { formValues, jiraFields, jiraValue, screenField, type ScreenField } from '../../../sandbox/pages/screen-field';

/** A field as create metadata or a transition screen describes it, by its schema. */
const field = (schema: Record<string, string>, allowedValues?: Record<string, string>[]): ScreenField =>
  screenField('customfield_10050', { name: 'Field', required: false, schema: { type: 'string', ...schema }, ...(allowedValues === undefined ? {} : { allowedValues: allowedValues.map((v) => ({ id: '', ...v })) }) });

const TYPES = 'com.atlassian.jira.plugin.system.customfieldtypes';

describe('which control a screen field gets', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['a one-line text field', { type: 'string', custom: `${TYPES}:textfield` }, 'text'],
    ['the summary', { type: 'string', system: 'summary' }, 'text'],
    ['the description', { type: 'string', system: 'description' }, 'richtext'],
    ['a multi-line text field', { type: 'string', custom: `${TYPES}:textarea` }, 'richtext'],
    ['a number', { type: 'number' }, 'number'],
    ['a date', { type: 'date' }, 'date'],
    ['a date and time', { type: 'datetime' }, 'datetime'],
    ['a user picker', { type: 'user' }, 'user'],
    ['a select', { type: 'option' }, 'select'],
    ['the resolution', { type: 'resolution' }, 'select'],
    ['a multi-select', { type: 'array', items: 'option' }, 'multiselect'],
    ['the components', { type: 'array', items: 'component' }, 'multiselect'],
    ['a multi-user picker', { type: 'array', items: 'user' }, 'users'],
    ['the labels', { type: 'array', items: 'string' }, 'labels'],
    ['a field the pages cannot edit', { type: 'sd-customerrequesttype' }, null],
  ])('%s', (_name, schema, kind) => {
    expect(field(schema).kind).toBe(kind);
  });

  it('offers allowed values by id, labelled by their value or name', () => {
    expect(field({ type: 'option' }, [{ id: '10100', value: 'Billing' }, { id: '3', name: 'Medium' }]).choices).toEqual([
      { id: '10100', label: 'Billing' },
      { id: '3', label: 'Medium' },
    ]);
  });
});

describe('what a filled-in form sends to Jira', () => {
  it.each<[string, Record<string, string>, string[], unknown]>([
    ['text, trimmed', { type: 'string' }, ['  Late parcel '], 'Late parcel'],
    ['rich text as a document, a paragraph a line', { type: 'string', custom: `${TYPES}:textarea` }, ['Refund.\r\nApologise.'], {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Refund.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Apologise.' }] },
      ],
    }],
    ['a number', { type: 'number' }, ['12.5'], 12.5],
    ['something that is not a number, as typed, for Jira to refuse', { type: 'number' }, ['twelve'], 'twelve'],
    ['a date', { type: 'date' }, ['2026-03-09'], '2026-03-09'],
    ['a date and time, in UTC', { type: 'datetime' }, ['2026-03-09T14:30'], '2026-03-09T14:30:00.000+0000'],
    ['an option by id', { type: 'option' }, ['10100'], { id: '10100' }],
    ['several options', { type: 'array', items: 'option' }, ['1', '2'], [{ id: '1' }, { id: '2' }]],
    ['a user by account id', { type: 'user' }, ['abc-123'], { accountId: 'abc-123' }],
    ['users typed as a list', { type: 'array', items: 'user' }, ['a, b'], [{ accountId: 'a' }, { accountId: 'b' }]],
    ['labels split on spaces', { type: 'array', items: 'string' }, ['refund  urgent'], ['refund', 'urgent']],
  ])('%s', (_name, schema, sent, expected) => {
    expect(jiraValue(field(schema), sent)).toEqual(expected);
  });

  it('leaves out the fields the form left empty, and the ones it cannot edit', () => {
    const fields = [
      screenField('summary', { name: 'Summary', required: true, schema: { type: 'string', system: 'summary' } }),
      screenField('customfield_1', { name: 'Channel', required: false, schema: { type: 'option' } }),
      screenField('customfield_2', { name: 'Request type', required: false, schema: { type: 'sd-customerrequesttype' } }),
    ];
    const values = formValues(new URLSearchParams([['summary', 'Late'], ['customfield_1', ''], ['customfield_2', 'x'], ['issuetype', 'CMP:1']]));
    expect(jiraFields(fields, values)).toEqual({ summary: 'Late' });
  });
});
