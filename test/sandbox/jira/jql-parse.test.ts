import { isBounded, JqlError, parseJql, type JqlAst, type JqlNode } from '../../../sandbox/jira/jql';

const clause = (field: string, id: string, operator: string, operand: unknown): JqlNode =>
  ({ kind: 'clause', field: { name: field, id }, operator, operand }) as JqlNode;
const value = (v: string) => ({ kind: 'value', value: v });
const number = (v: string) => ({ kind: 'number', value: v });
const EMPTY = { kind: 'empty' };

describe('parseJql: clauses, operators and operands', () => {
  it.each<{ jql: string; where: JqlNode }>([
    { jql: 'project = CMP', where: clause('project', 'project', '=', value('CMP')) },
    { jql: 'status != Done', where: clause('status', 'status', '!=', value('Done')) },
    { jql: 'status = "In Progress"', where: clause('status', 'status', '=', value('In Progress')) },
    { jql: "status = 'In Progress'", where: clause('status', 'status', '=', value('In Progress')) },
    { jql: 'project = 10000', where: clause('project', 'project', '=', number('10000')) },
    { jql: 'project = "10000"', where: clause('project', 'project', '=', value('10000')) },
    { jql: 'created > -7d', where: clause('created', 'created', '>', value('-7d')) },
    { jql: 'created >= "2026/01/31 10:00"', where: clause('created', 'created', '>=', value('2026/01/31 10:00')) },
    { jql: 'updated < now()', where: clause('updated', 'updated', '<', { kind: 'function', name: 'now', args: [] }) },
    { jql: 'updated <= startOfDay(-1)', where: clause('updated', 'updated', '<=', { kind: 'function', name: 'startOfDay', args: ['-1'] }) },
    { jql: 'created > endOfDay("+1M")', where: clause('created', 'created', '>', { kind: 'function', name: 'endOfDay', args: ['+1M'] }) },
    { jql: 'assignee = currentUser()', where: clause('assignee', 'assignee', '=', { kind: 'function', name: 'currentUser', args: [] }) },
    { jql: 'assignee is EMPTY', where: clause('assignee', 'assignee', 'is', EMPTY) },
    { jql: 'assignee IS NOT null', where: clause('assignee', 'assignee', 'is not', EMPTY) },
    { jql: 'assignee = EMPTY', where: clause('assignee', 'assignee', '=', EMPTY) },
    { jql: 'status in (Open, "In Progress", 3)', where: clause('status', 'status', 'in', { kind: 'list', items: [value('Open'), value('In Progress'), number('3')] }) },
    { jql: 'status NOT IN (Done)', where: clause('status', 'status', 'not in', { kind: 'list', items: [value('Done')] }) },
    { jql: 'assignee in (EMPTY, currentUser())', where: clause('assignee', 'assignee', 'in', { kind: 'list', items: [EMPTY, { kind: 'function', name: 'currentUser', args: [] }] }) },
    // Jira accepts nested lists and flattens them when it searches.
    { jql: 'status in ((Open), Done)', where: clause('status', 'status', 'in', { kind: 'list', items: [{ kind: 'list', items: [value('Open')] }, value('Done')] }) },
    { jql: 'key > CMP-5', where: clause('key', 'key', '>', value('CMP-5')) },
    { jql: 'issuekey = CMP-1', where: clause('issuekey', 'key', '=', value('CMP-1')) },
    { jql: 'id = 10001', where: clause('id', 'key', '=', number('10001')) },
    { jql: 'type = Complaint', where: clause('type', 'issuetype', '=', value('Complaint')) },
    { jql: 'createdDate > -1d', where: clause('createdDate', 'created', '>', value('-1d')) },
    { jql: 'UPDATEDDATE > -1d', where: clause('UPDATEDDATE', 'updated', '>', value('-1d')) },
    { jql: 'statusCategory = "To Do"', where: clause('statusCategory', 'statusCategory', '=', value('To Do')) },
    { jql: 'labels = urgent', where: clause('labels', 'labels', '=', value('urgent')) },
    { jql: 'component = Payments', where: clause('component', 'component', '=', value('Payments')) },
    { jql: 'resolution = Unresolved', where: clause('resolution', 'resolution', '=', value('Unresolved')) },
    { jql: 'reporter != bob', where: clause('reporter', 'reporter', '!=', value('bob')) },
    { jql: 'cf[10001] = Billing', where: clause('cf[10001]', 'customfield_10001', '=', value('Billing')) },
    // Jira reads the id as a long, so leading zeros vanish.
    { jql: 'cf[010001] = Billing', where: clause('cf[10001]', 'customfield_10001', '=', value('Billing')) },
    { jql: 'customfield_10001 = Billing', where: clause('customfield_10001', 'customfield_10001', '=', value('Billing')) },
    { jql: '"status" = Open', where: clause('status', 'status', '=', value('Open')) },
    // Escapes: \" inside a quoted string, '\ ' in a bare word, \uXXXX anywhere.
    { jql: 'labels = "say \\"hi\\""', where: clause('labels', 'labels', '=', value('say "hi"')) },
    { jql: 'labels = two\\ words', where: clause('labels', 'labels', '=', value('two words')) },
    { jql: 'labels = \\u0041bc', where: clause('labels', 'labels', '=', value('Abc')) },
    { jql: 'labels = "tab\\there"', where: clause('labels', 'labels', '=', value('tab\there')) },
    // A reserved word is fine once quoted; a tab and a line break separate tokens.
    { jql: 'labels = "select"', where: clause('labels', 'labels', '=', value('select')) },
    { jql: 'labels\t=\nurgent', where: clause('labels', 'labels', '=', value('urgent')) },
  ])('$jql', ({ jql, where }) => {
    expect(parseJql(jql)).toEqual({ where, orderBy: [] });
  });
});

describe('parseJql: case-insensitivity', () => {
  const expected = parseJql('project = CMP and status in (Open) order by key asc');

  it.each([
    { jql: 'PROJECT = CMP AND STATUS IN (Open) ORDER BY KEY ASC', sortName: 'KEY' },
    { jql: 'Project = CMP aNd StAtUs iN (Open) OrDeR bY kEy AsC', sortName: 'kEy' },
  ])('$jql', ({ jql, sortName }) => {
    const ast = parseJql(jql);
    expect(ast.orderBy).toEqual([{ field: 'key', name: sortName, direction: 'asc' }]);
    expect(fieldIds(ast)).toEqual(fieldIds(expected));
  });

  it.each(['assignee = CURRENTUSER()', 'created > StartOfDay()', 'created > NOW()', 'created > endofday(-1)'])(
    'function names: %s',
    (jql) => {
      expect(() => parseJql(jql)).not.toThrow();
    },
  );
});

describe('parseJql: precedence NOT > AND > OR', () => {
  const a = clause('project', 'project', '=', value('A'));
  const b = clause('status', 'status', '=', value('B'));
  const c = clause('labels', 'labels', '=', value('C'));

  it.each<{ jql: string; where: JqlNode }>([
    { jql: 'project = A OR status = B AND labels = C', where: { kind: 'or', clauses: [a, { kind: 'and', clauses: [b, c] }] } },
    { jql: 'project = A AND status = B OR labels = C', where: { kind: 'or', clauses: [{ kind: 'and', clauses: [a, b] }, c] } },
    { jql: '(project = A OR status = B) AND labels = C', where: { kind: 'and', clauses: [{ kind: 'or', clauses: [a, b] }, c] } },
    { jql: 'NOT project = A AND status = B', where: { kind: 'and', clauses: [{ kind: 'not', clause: a }, b] } },
    { jql: 'NOT (project = A AND status = B)', where: { kind: 'not', clause: { kind: 'and', clauses: [a, b] } } },
    { jql: 'not not project = A', where: { kind: 'not', clause: { kind: 'not', clause: a } } },
    // Jira's symbolic spellings: & && for AND, | || for OR, ! for NOT.
    { jql: 'project = A && status = B || labels = C', where: { kind: 'or', clauses: [{ kind: 'and', clauses: [a, b] }, c] } },
    { jql: 'project = A & status = B | labels = C', where: { kind: 'or', clauses: [{ kind: 'and', clauses: [a, b] }, c] } },
    { jql: '!project = A', where: { kind: 'not', clause: a } },
    { jql: 'project = A and status = B and labels = C', where: { kind: 'and', clauses: [a, b, c] } },
    { jql: '((project = A))', where: a },
  ])('$jql', ({ jql, where }) => {
    expect(parseJql(jql).where).toEqual(where);
  });
});

describe('parseJql: ORDER BY', () => {
  it.each<{ jql: string; orderBy: JqlAst['orderBy'] }>([
    { jql: 'order by created', orderBy: [{ field: 'created', name: 'created', direction: 'desc' }] },
    { jql: 'ORDER BY key', orderBy: [{ field: 'key', name: 'key', direction: 'asc' }] },
    // A field's own default when no direction is written, as in Jira.
    {
      jql: 'project = CMP order by status, type, assignee, updated asc, created desc, cf[10001]',
      orderBy: [
        { field: 'status', name: 'status', direction: 'desc' },
        { field: 'issuetype', name: 'type', direction: 'desc' },
        { field: 'assignee', name: 'assignee', direction: 'asc' },
        { field: 'updated', name: 'updated', direction: 'asc' },
        { field: 'created', name: 'created', direction: 'desc' },
        { field: 'customfield_10001', name: 'cf[10001]', direction: 'asc' },
      ],
    },
    {
      jql: 'order by project, statusCategory, reporter, resolution, labels, component, id desc',
      orderBy: [
        { field: 'project', name: 'project', direction: 'asc' },
        { field: 'statusCategory', name: 'statusCategory', direction: 'asc' },
        { field: 'reporter', name: 'reporter', direction: 'asc' },
        { field: 'resolution', name: 'resolution', direction: 'asc' },
        { field: 'labels', name: 'labels', direction: 'asc' },
        { field: 'component', name: 'component', direction: 'asc' },
        { field: 'key', name: 'id', direction: 'desc' },
      ],
    },
  ])('$jql', ({ jql, orderBy }) => {
    expect(parseJql(jql).orderBy).toEqual(orderBy);
  });

  it.each(['', '   ', '\n\t'])('an empty query %j has no clause and no order', (jql) => {
    expect(parseJql(jql)).toEqual({ where: null, orderBy: [] });
  });
});

describe('isBounded', () => {
  it.each([
    { jql: 'assignee = currentUser() order by key', bounded: true },
    { jql: 'project = CMP', bounded: true },
    { jql: 'assignee is EMPTY', bounded: true },
    { jql: 'NOT project = CMP', bounded: true },
    // Atlassian's own example of an unbounded query.
    { jql: 'order by key desc', bounded: false },
    { jql: '', bounded: false },
  ])('$jql → $bounded', ({ jql, bounded }) => {
    expect(isBounded(parseJql(jql))).toBe(bounded);
  });
});

describe('JqlError', () => {
  it('carries every message and joins them into its own', () => {
    const error = new JqlError(['first.', 'second.']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('JqlError');
    expect(error.errorMessages).toEqual(['first.', 'second.']);
    expect(error.message).toBe('first. second.');
  });
});

function fieldIds(ast: JqlAst): string[] {
  const walk = (node: JqlNode): string[] =>
    node.kind === 'clause' ? [node.field.id] : node.kind === 'not' ? walk(node.clause) : node.clauses.flatMap(walk);
  return ast.where === null ? [] : walk(ast.where);
}
