import Database from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createForgeHost } from '../../../sandbox/host/forge-host';
import { createFrameRegistry, type FrameRegistry } from '../../../sandbox/host/frame-registry';
import { createHostStateStore, STATE_KEYS, type HostStateStore } from '../../../sandbox/host/host-state-store';
import { parseManifest } from '../../../sandbox/host/manifest-model';
import type { FrameSite } from '../../../sandbox/host/ui-context';
import { frameRoutes } from '../../../sandbox/http/frame-api';
import { dispatch } from '../../../sandbox/http/route-table';
import { sendError } from '../../../sandbox/http/send-error';
import { viewerOf } from '../../../sandbox/http/viewer-of';
import type { DemoUser } from '../../../sandbox/jira/emulator.types';
import type { SandboxServices } from '../../../sandbox/sandbox-services';
import { openForEachTest } from '../../support/open-for-tests';
import { PROBE_MANIFEST, probeBundle } from '../host/probe-app';

/*
 * The frame API with the probe app behind it: a frame's calls name only the frame id that its
 * page was given, so the module, the issue and the user are those the page rendered, whatever
 * the body claims. The probe's `whoami` answers what the resolver was handed.
 */
const person = (accountId: string, displayName: string): DemoUser => ({
  accountId,
  accountType: 'atlassian',
  displayName,
  email: `${accountId}@example.com`,
  roleLabel: 'Agent',
  locale: 'en_US',
  timeZone: 'Europe/London',
});
const ANN = person('ann', 'Ann');
const BOB = person('bob', 'Bob');
const NOT_AUTHENTICATED = { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} };

const PANEL_ON_CMP_7: FrameSite = { moduleKey: 'probe-panel', localId: 'probe-panel/10007', extension: { issue: { id: '10007', key: 'CMP-7' } } };

interface Harness {
  readonly url: string;
  readonly frames: FrameRegistry;
  readonly state: HostStateStore;
  close(): Promise<void>;
}

const start = async (): Promise<Harness> => {
  const hostDb = new Database(':memory:');
  const host = createForgeHost({
    manifest: parseManifest(PROBE_MANIFEST, __dirname),
    bundle: probeBundle,
    hostDb,
    appSqlDb: new Database(':memory:'),
    now: () => Date.UTC(2025, 0, 6, 9, 0),
    // `whoami` calls nothing outside the host.
    baseUrl: () => 'http://127.0.0.1:9',
    hostToken: 'host-secret',
    log: () => undefined,
  });
  const frames = createFrameRegistry();
  const state = createHostStateStore(hostDb);
  const services = { host, frames, state } as unknown as SandboxServices;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.test');
    dispatch(frameRoutes, req, res, url, { services, viewer: viewerOf(req, [ANN, BOB]) }).catch((error: unknown) => {
      sendError(req, res, error);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    frames,
    state,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await host.idle();
    },
  };
};

const harness = openForEachTest(start, 30_000);

const post = async (path: string, body: unknown, as?: DemoUser) => {
  const response = await fetch(`${harness().url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? { cookie: `sandbox-user=${as.accountId}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};

const annsPanel = () => harness().frames.issue({ site: PANEL_ON_CMP_7, accountId: ANN.accountId });

describe('POST /__sandbox/invoke', () => {
  it('runs the resolver with the context its page rendered, and ignores a context the body forges', async () => {
    const forged = {
      frame: annsPanel(),
      functionKey: 'whoami',
      payload: {},
      site: { moduleKey: 'probe-panel', localId: 'probe-panel/10099', extension: { issue: { id: '10099', key: 'CMP-99' } } },
      context: { accountId: BOB.accountId, extension: { issue: { key: 'CMP-99' } } },
      accountId: BOB.accountId,
    };
    expect(await post('/__sandbox/invoke', forged, ANN)).toEqual({
      status: 200,
      body: { ok: true, value: { accountId: ANN.accountId, issueKey: 'CMP-7', moduleKey: 'probe-panel' } },
    });
  });

  it('answers a call that names nobody with Jira’s 401, and runs nothing', async () => {
    const frame = annsPanel();
    expect(await post('/__sandbox/invoke', { frame, functionKey: 'kvs/set', payload: { key: 'k', value: 'anonymous' } })).toEqual({ status: 401, body: NOT_AUTHENTICATED });
    expect(await post('/__sandbox/invoke', { frame, functionKey: 'kvs/get', payload: { key: 'k' } }, ANN)).toEqual({ status: 200, body: { ok: true, value: { value: null } } });
  });

  it('refuses a frame rendered for someone else, and one never rendered', async () => {
    expect((await post('/__sandbox/invoke', { frame: annsPanel(), functionKey: 'whoami' }, BOB)).status).toBe(403);
    expect((await post('/__sandbox/invoke', { frame: 'made-up', functionKey: 'whoami' }, ANN)).status).toBe(404);
  });

  it('refuses a body without a frame, whatever place it names', async () => {
    expect((await post('/__sandbox/invoke', { site: PANEL_ON_CMP_7, functionKey: 'whoami' }, ANN)).status).toBe(400);
  });

  it.each(['constructor', 'toString', '__proto__', 'no-such-key'])('answers the key %s, which the resolver does not define, with a typed 404', async (functionKey) => {
    expect(await post('/__sandbox/invoke', { frame: annsPanel(), functionKey, payload: { echo: true } }, ANN)).toEqual({
      status: 404,
      body: { ok: false, code: 'FUNCTION_NOT_FOUND', error: `Resolver has no definition for '${functionKey}'.` },
    });
  });
});

describe('POST /__sandbox/gadget-config', () => {
  const gadget = (editing: boolean): FrameSite => ({
    moduleKey: 'probe-gadget',
    localId: 'probe-gadget/dashboard-10000/gadget-1',
    extension: { gadgetConfiguration: {}, ...(editing ? { entryPoint: 'edit' } : {}) },
  });
  const saved = () => harness().state.read(STATE_KEYS.gadgetConfig(gadget(true).localId));

  it('saves what the gadget’s edit frame submits, under the place its page rendered', async () => {
    const frame = harness().frames.issue({ site: gadget(true), accountId: ANN.accountId });
    expect(await post('/__sandbox/gadget-config', { frame, localId: 'elsewhere', configuration: { months: 6 } }, ANN)).toEqual({ status: 200, body: { saved: true } });
    expect(saved()).toEqual({ months: 6 });
  });

  it('refuses a frame in view mode, a call that names nobody and another user’s frame', async () => {
    const view = harness().frames.issue({ site: gadget(false), accountId: ANN.accountId });
    const edit = harness().frames.issue({ site: gadget(true), accountId: ANN.accountId });
    expect((await post('/__sandbox/gadget-config', { frame: view, configuration: { months: 1 } }, ANN)).status).toBe(403);
    expect(await post('/__sandbox/gadget-config', { frame: edit, configuration: { months: 2 } })).toEqual({ status: 401, body: NOT_AUTHENTICATED });
    expect((await post('/__sandbox/gadget-config', { frame: edit, configuration: { months: 3 } }, BOB)).status).toBe(403);
    expect(saved()).toBeUndefined();
  });
});
