import { expressionOfRule, extensionAri, forgeRule } from '../../../src/jira/provisioning/forge-rule';
import { str } from '../../../src/jira/provisioning/jira-expression';
import { APP } from './provisioning-fixtures';

describe('Forge rule references', () => {
  it('references the module by its extension ARI and carries the expression as JSON configuration', () => {
    expect(forgeRule('validator', APP, str('no'))).toEqual({
      ruleKey: 'forge:expression-validator',
      parameters: { key: 'ari:cloud:ecosystem::extension/a1b2/e3f4/static/complaint-validator', config: `{"expression":"'no'"}` },
    });
  });

  it('reads back the expression, however the JSON is spelt', () => {
    const rule = { ruleKey: 'forge:expression-condition', parameters: { key: extensionAri(APP, 'complaint-condition'), config: '{ "expression" : "true", "extra": 1 }' } };
    expect(expressionOfRule('condition', APP, rule)).toBe('true');
  });

  it.each([
    ['another kind of rule', 'validator', { ruleKey: 'forge:expression-condition', parameters: { key: extensionAri(APP, 'complaint-condition'), config: '{"expression":"true"}' } }],
    ['another environment', 'condition', { ruleKey: 'forge:expression-condition', parameters: { key: extensionAri({ ...APP, environmentId: 'prod' }, 'complaint-condition'), config: '{"expression":"true"}' } }],
    ['a configuration that is not JSON', 'condition', { ruleKey: 'forge:expression-condition', parameters: { key: extensionAri(APP, 'complaint-condition'), config: '{' } }],
    ['a configuration without an expression', 'condition', { ruleKey: 'forge:expression-condition', parameters: { key: extensionAri(APP, 'complaint-condition'), config: '{}' } }],
    ['no configuration', 'condition', { ruleKey: 'forge:expression-condition', parameters: { key: extensionAri(APP, 'complaint-condition') } }],
  ] as const)('reads no expression from %s', (_what, kind, rule) => {
    expect(expressionOfRule(kind, APP, rule)).toBeNull();
  });
});
