import { browserScript } from '../../../sandbox/http/browser-scripts';
import { BRIDGE_SCRIPT_PATH, injectBridge } from '../../../sandbox/http/static-resources';

describe('injectBridge', () => {
  it('puts the bridge first in <head>, before the app bundle', () => {
    const built = '<!doctype html><html lang="en"><head>\n<meta charset="UTF-8" /><script type="module" crossorigin src="./assets/index.js"></script></head><body></body></html>';
    const served = injectBridge(built);
    expect(served.indexOf(BRIDGE_SCRIPT_PATH)).toBeGreaterThan(served.indexOf('<head>'));
    expect(served.indexOf(BRIDGE_SCRIPT_PATH)).toBeLessThan(served.indexOf('./assets/index.js'));
    expect(served.match(/<script/g)).toHaveLength(2);
  });
});

describe('browserScript', () => {
  it.each(['global-bridge', 'host-page'] as const)('serves %s as one self-contained module', (name) => {
    const js = browserScript(name);
    // Only type imports, which the compiler drops: the browser fetches nothing else.
    expect(js).not.toMatch(/^\s*import\s/m);
  });

  it('gives the frame window.__bridge.callBridge', () => {
    expect(browserScript('global-bridge')).toContain('window.__bridge = { callBridge }');
  });
});
