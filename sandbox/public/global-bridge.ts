/**
 * Runs first inside every Custom UI frame, as Forge's global-bridge.js does: it provides
 * `window.__bridge.callBridge`, through which the unmodified @forge/bridge makes every call.
 * Calls go to the host page by postMessage; callbacks and history stay in the frame.
 */
import type { BridgeCall, FrameMessage, HostMessage, ThemeGrant } from './bridge-protocol';

type Listener = (payload: unknown) => unknown;
type CallBridge = (method: string, payload?: unknown) => Promise<unknown>;

declare global {
  interface Window {
    __bridge?: { callBridge: CallBridge };
  }
}

const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
const listeners = new Map<string, Set<Listener>>();
let lastId = 0;

const post = (message: FrameMessage): void => {
  window.parent.postMessage(message, window.location.origin);
};

// Only data can cross postMessage; JSON also drops the functions that some payloads carry.
const asData = (payload: unknown): unknown => (payload === undefined ? undefined : (JSON.parse(JSON.stringify(payload)) as unknown));

const askHost = (method: string, payload: unknown): Promise<unknown> =>
  new Promise((resolve, reject) => {
    lastId += 1;
    pending.set(lastId, { resolve, reject });
    const call: BridgeCall = { kind: 'forge-sandbox/call', id: lastId, method, payload: asData(payload) };
    post(call);
  });

const field = (payload: unknown, name: string): unknown =>
  typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[name] : undefined;

const subscribe = (payload: unknown): { unsubscribe: () => void } => {
  const event = String(field(payload, 'event'));
  const callback = field(payload, 'callback');
  if (typeof callback !== 'function') throw new Error('events.on needs a callback');
  const listener = callback as Listener;
  const set = listeners.get(event) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(event, set);
  return { unsubscribe: () => set.delete(listener) };
};

/** An in-memory history for `view.createHistory()`: the frame's own routes, as in Jira. */
const createHistory = () => {
  const watchers = new Set<(location: unknown) => void>();
  const history = {
    action: 'POP',
    location: { pathname: '/', search: '', hash: '', state: null as unknown, key: 'default' },
    listen: (watcher: (location: unknown) => void) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    push: (to: string, state?: unknown) => {
      move('PUSH', to, state);
    },
    replace: (to: string, state?: unknown) => {
      move('REPLACE', to, state);
    },
    go: () => undefined,
    back: () => undefined,
    forward: () => undefined,
  };
  const move = (action: string, to: string, state: unknown): void => {
    const url = new URL(to, 'https://frame.invalid' + history.location.pathname);
    history.action = action;
    history.location = { pathname: url.pathname, search: url.search, hash: url.hash, state: state ?? null, key: String(Date.now()) };
    watchers.forEach((watcher) => {
      watcher(history.location);
    });
  };
  return history;
};

const applyTheme = (grant: ThemeGrant): void => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = grant.stylesheet;
  document.head.appendChild(link);
  Object.entries(grant.attributes).forEach(([name, value]) => {
    document.documentElement.setAttribute(name, value);
  });
};

const callBridge: CallBridge = async (method, payload) => {
  switch (method) {
    case 'on':
    case 'onPublic':
      return subscribe(payload);
    case 'createHistory':
      return createHistory();
    // Modals would need a second frame of another resource; the sandbox says no, as a host may.
    case 'openModal':
      return false;
    case 'enableTheming':
      applyTheme((await askHost(method, payload)) as ThemeGrant);
      return undefined;
    default:
      return askHost(method, payload);
  }
};

window.addEventListener('message', (message: MessageEvent<HostMessage>) => {
  if (message.source !== window.parent || message.origin !== window.location.origin) return;
  const data = message.data;
  if (data.kind === 'forge-sandbox/reply') {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (data.ok) waiting?.resolve(data.value);
    else waiting?.reject(new Error(data.error));
  } else {
    listeners.get(data.event)?.forEach((listener) => void listener(data.payload));
  }
});

new ResizeObserver(() => {
  post({ kind: 'forge-sandbox/resize', height: Math.ceil(document.documentElement.getBoundingClientRect().height) });
}).observe(document.documentElement);

window.__bridge = { callBridge };
