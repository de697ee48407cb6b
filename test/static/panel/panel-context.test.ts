import { issueKeyOf } from '../../../static/panel/panel-context';
import { makeContext } from '../support/fake-host';

describe('issueKeyOf', () => {
  it.each([
    ['an issue panel', { issue: { id: '10001', key: 'CS-7' } }, 'CS-7'],
    ['no issue in the extension', {}, null],
    ['an issue without a key', { issue: { id: '10001' } }, null],
    ['an empty key', { issue: { key: '' } }, null],
    ['a key that is not a string', { issue: { key: 7 } }, null],
    ['an issue that is not an object', { issue: 'CS-7' }, null],
  ])('%s', (_case, extension, expected) => {
    expect(issueKeyOf(makeContext({ extension }))).toBe(expected);
  });
});
