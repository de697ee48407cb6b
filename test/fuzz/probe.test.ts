import { openForSuite } from '../support/open-for-tests';
import { panelCall } from '../integration/runtime/panel-call';
import { DEMO_ACCOUNTS, SANDBOX_SET_UP_MS, startRuntimeSandbox } from '../integration/runtime/runtime-sandbox';
jest.setTimeout(180_000);
const env = openForSuite(startRuntimeSandbox, SANDBOX_SET_UP_MS);
it('probe', async () => {
  const complaint = await env().register({ department: 'Billing' });
  await env().settle();
  const real = globalThis.fetch;
  const cache = new Map<string, { status: number; headers: [string, string][]; body: ArrayBuffer }>();
  let misses = 0, writes = 0;
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') { writes++; cache.clear(); return real(input, init); }
    const headers = new Headers(init?.headers);
    const key = `${String(input)} ${headers.get('x-forge-provider') ?? ''} ${[...headers].map(([k, v]) => `${k}=${v}`).join('&')}`;
    let hit = cache.get(key);
    if (!hit) { misses++; const r = await real(input, init); hit = { status: r.status, headers: [...r.headers], body: await r.arrayBuffer() }; cache.set(key, hit); }
    return new Response(hit.status === 204 ? null : hit.body.slice(0), { status: hit.status, headers: hit.headers });
  });
  const call = panelCall(env(), DEMO_ACCOUNTS.advocate, complaint);
  let t = performance.now();
  for (let i = 0; i < 1000; i++) await call('complaint/close', { x: i });
  console.log('panel close per call ms', (performance.now() - t) / 1000, misses, writes);
  t = performance.now();
  for (let i = 0; i < 1000; i++) await env().invokeAdmin(DEMO_ACCOUNTS.admin, 'config/save', { x: i });
  console.log('admin per call ms', (performance.now() - t) / 1000, misses, writes);
  t = performance.now();
  for (let i = 0; i < 1000; i++) await call('complaint/close', { satisfaction: 3, consideredResolved: true, callNotes: 'x' });
  console.log('panel close valid ms', (performance.now() - t) / 1000, misses, writes);
  console.log(await call('complaint/close', { satisfaction: 3, consideredResolved: true, callNotes: 'x' }));
});
