import { adfText } from '../../../src/jira/intake/adf-text';
import { adfDoc } from './issue-fixtures';

const text = (value: string, marks: unknown[] = []) => ({ type: 'text', text: value, marks });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });

describe('adfText: a plain string (REST v2, some event payloads)', () => {
  it('is kept as typed', () => {
    expect(adfText('Refund the second charge')).toBe('Refund the second charge');
    expect(adfText('  indented\nsecond line')).toBe('  indented\nsecond line');
  });

  it.each(['', '   ', '\n\t'])('reads %j as no text', (value) => {
    expect(adfText(value)).toBeNull();
  });
});

describe('adfText: an Atlassian Document', () => {
  it('reads one paragraph', () => {
    expect(adfText(adfDoc('Refund the second charge'))).toBe('Refund the second charge');
  });

  it('joins the text nodes of a paragraph, whatever their marks', () => {
    const value = doc(paragraph(text('Refund '), text('both', [{ type: 'strong' }]), text(' charges')));
    expect(adfText(value)).toBe('Refund both charges');
  });

  it('ends each paragraph with a line, so two paragraphs do not run together, and drops the last newline', () => {
    expect(adfText(adfDoc('Refund the charge', 'Call the customer'))).toBe('Refund the charge\nCall the customer');
  });

  it('breaks the line at a hard break (Shift+Enter) inside a paragraph', () => {
    const value = doc(paragraph(text('Refund the charge'), { type: 'hardBreak' }, text('Call the customer')), paragraph(text('Close')));
    expect(adfText(value)).toBe('Refund the charge\nCall the customer\nClose');
  });

  it('ends a heading with a line', () => {
    const value = doc({ type: 'heading', attrs: { level: 2 }, content: [text('Plan')] }, paragraph(text('Refund')));
    expect(adfText(value)).toBe('Plan\nRefund');
  });

  it('puts list items on lines of their own', () => {
    const item = (value: string) => ({ type: 'listItem', content: [paragraph(text(value))] });
    const value = doc({ type: 'bulletList', content: [item('Refund'), item('Apologise')] });
    const read = adfText(value);
    // A list item holds a paragraph, so each item ends one line or more; what matters is they stay apart.
    expect(read).toMatch(/^Refund\n+Apologise$/);
  });

  it('keeps a blank paragraph between two lines but not at the end', () => {
    expect(adfText(doc(paragraph(text('a')), paragraph(), paragraph(text('b')), paragraph(), paragraph()))).toBe('a\n\nb');
  });

  it('skips children that are not nodes', () => {
    expect(adfText(doc(paragraph(null, 'stray', 42, text('kept'))))).toBe('kept');
  });

  it.each([
    { name: 'an empty document', value: doc() },
    { name: 'empty paragraphs', value: doc(paragraph(), paragraph()) },
    { name: 'blank text', value: adfDoc('   ', '') },
    { name: 'a node without text or content', value: { type: 'rule' } },
    { name: 'an array', value: [text('not a document')] },
  ])('reads $name as no text', ({ value }) => {
    expect(adfText(value)).toBeNull();
  });
});

describe('adfText: anything else', () => {
  it.each([null, undefined, 42, true])('reads %p as no text', (value) => {
    expect(adfText(value)).toBeNull();
  });
});
