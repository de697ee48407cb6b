import { joinList, splitList } from '../../../static/shared/split-list';

describe('splitList', () => {
  it.each([
    ['CS, HELP', ['CS', 'HELP']],
    ['  CS ,,HELP,  ', ['CS', 'HELP']],
    ['CS,HELP,CS', ['CS', 'HELP']],
    ['', []],
    [' , , ', []],
    ['billing team, front desk', ['billing team', 'front desk']],
  ])('%j -> %j', (text, expected) => {
    expect(splitList(text)).toEqual(expected);
  });

  it('round-trips through joinList', () => {
    const items = ['CS', 'HELP', 'OPS'];
    expect(joinList(items)).toBe('CS, HELP, OPS');
    expect(splitList(joinList(items))).toEqual(items);
  });
});
