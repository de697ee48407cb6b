import { reroutePeople, rerouteTarget } from '../../../src/domain/routing/reroute-target';
import { makeConfig } from '../../domain/factories';

const config = makeConfig();
const billing = config.departments[0];

describe('reroutePeople', () => {
  it('lists the lead, deputy and escalation manager in that order, each once', () => {
    const sameTwice = billing === undefined ? undefined : { ...billing, escalationManagerAccountId: 'lead-billing' };
    expect(reroutePeople(sameTwice, null)).toEqual([
      { accountId: 'lead-billing', role: 'lead' },
      { accountId: 'deputy-billing', role: 'deputy' },
    ]);
  });

  it('leaves out the complaint’s subject, and has nobody for an unknown department', () => {
    expect(reroutePeople(billing, { kind: 'employee', accountId: 'deputy-billing' }).map((p) => p.role)).toEqual(['lead', 'escalation_manager']);
    expect(reroutePeople(undefined, null)).toEqual([]);
  });
});

describe('rerouteTarget', () => {
  it('takes a named person only from those people', () => {
    expect(rerouteTarget('billing', null, 'manager-billing', config)).toEqual({ ok: true, accountId: 'manager-billing' });
    expect(rerouteTarget('billing', { kind: 'employee', accountId: 'manager-billing' }, 'manager-billing', config)).toEqual({ ok: false, problem: 'not_eligible' });
    expect(rerouteTarget('billing', null, 'lead-delivery', config)).toEqual({ ok: false, problem: 'not_eligible' });
  });

  it('without a named person, takes whom routing chooses there, if anyone', () => {
    expect(rerouteTarget('billing', null, undefined, config)).toEqual({ ok: true, accountId: 'lead-billing' });
    expect(rerouteTarget('support', null, undefined, config)).toEqual({ ok: false, problem: 'no_one_to_route_to' });
  });
});
