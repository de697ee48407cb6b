/**
 * The host page's side of the bridge (Jira's role): it answers the calls of the Custom UI
 * frames on the page, sizes them, shows their flags and fans out their events. It also wires
 * the page's own small controls (user switcher, sandbox buttons).
 */
import type { BridgeEvent, BridgeReply, FrameMessage, ThemeGrant } from './bridge-protocol';

interface Frame {
  readonly element: HTMLIFrameElement;
  readonly context: Record<string, unknown>;
  /** What the frame's calls name: the server knows its module, place and viewer by it. */
  readonly frameId: string;
}

type Payload = Readonly<Record<string, unknown>>;

const asPayload = (value: unknown): Payload => (typeof value === 'object' && value !== null ? (value as Payload) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const frames = (): Frame[] =>
  [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-forge-frame]')].map((element) => ({
    element,
    context: JSON.parse(element.dataset.context ?? '{}') as Record<string, unknown>,
    frameId: element.dataset.frameId ?? '',
  }));

const postJson = async (url: string, body: unknown): Promise<unknown> => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = asPayload(await response.json());
  if (!response.ok) throw new Error(text(json.error) || `${url} answered ${response.status}`);
  return json;
};

/** Where a router location leads inside the sandbox. */
const urlOf = (location: Payload): string => {
  if (typeof location.url === 'string') return location.url;
  switch (location.target) {
    case 'issue':
      return `/browse/${encodeURIComponent(text(location.issueKey))}`;
    case 'dashboard':
      return '/dashboard';
    case 'module':
      return `/admin/${encodeURIComponent(text(location.moduleKey))}`;
    default:
      throw new Error(`The sandbox has no page for navigation target ${text(location.target)}`);
  }
};

const showFlag = (options: Payload): void => {
  const holder = document.getElementById('sandbox-flags');
  if (!holder) return;
  const flag = document.createElement('div');
  flag.className = `flag flag-${text(options.type) || 'info'}`;
  flag.setAttribute('role', 'alert');
  flag.dataset.flagId = text(options.id);
  const title = document.createElement('strong');
  title.textContent = text(options.title);
  const description = document.createElement('p');
  description.textContent = text(options.description);
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'flag-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => {
    flag.remove();
  });
  flag.append(title, description, close);
  holder.append(flag);
  if (options.isAutoDismiss === true) {
    setTimeout(() => {
      flag.remove();
    }, 8000);
  }
};

const broadcast = (event: BridgeEvent): void => {
  for (const frame of frames()) frame.element.contentWindow?.postMessage(event, window.location.origin);
};

const fetchProduct = async (payload: Payload): Promise<unknown> => {
  const restPath = text(payload.restPath);
  // A frame may reach Jira's REST API through the bridge, and nothing else of this origin.
  if (payload.product !== 'jira' || !restPath.startsWith('/rest/')) throw new Error(`The sandbox only proxies Jira REST paths, not ${restPath}`);
  const init = asPayload(payload.fetchRequestInit);
  const headers = Array.isArray(init.headers) ? (init.headers as [string, string][]) : [];
  const method = text(init.method) || 'GET';
  const response = await fetch(restPath, { method, headers, body: typeof init.body === 'string' && method !== 'GET' ? init.body : null });
  return { status: response.status, statusText: response.statusText, headers: Object.fromEntries(response.headers), body: await response.text() };
};

const methods: Readonly<Record<string, (frame: Frame, payload: Payload) => unknown>> = {
  getContext: (frame) => frame.context,
  invoke: async (frame, payload) => {
    const answer = asPayload(await postJson('/__sandbox/invoke', { frame: frame.frameId, functionKey: payload.functionKey, payload: payload.payload ?? {} }));
    return answer.value;
  },
  fetchProduct: (_frame, payload) => fetchProduct(payload),
  submit: async (frame, payload) => {
    const viewUrl = frame.element.dataset.viewUrl;
    if (viewUrl === undefined) return false;
    await postJson('/__sandbox/gadget-config', { frame: frame.frameId, configuration: payload });
    window.location.assign(viewUrl);
    return true;
  },
  close: (frame) => {
    const viewUrl = frame.element.dataset.viewUrl;
    if (viewUrl === undefined) return false;
    window.location.assign(viewUrl);
    return true;
  },
  navigate: (_frame, payload) => {
    const url = urlOf(payload);
    if (payload.type === 'new-tab') window.open(url, '_blank', 'noopener');
    else window.location.assign(url);
    return undefined;
  },
  getUrl: (_frame, payload) => new URL(urlOf(payload), window.location.origin).toString(),
  reload: () => {
    window.location.reload();
  },
  showFlag: (_frame, payload) => {
    showFlag(payload);
  },
  closeFlag: (_frame, payload) => {
    document.querySelector(`[data-flag-id="${CSS.escape(text(payload.id))}"]`)?.remove();
  },
  emit: (_frame, payload) => {
    broadcast({ kind: 'forge-sandbox/event', event: text(payload.event), payload: payload.payload });
  },
  emitPublic: (_frame, payload) => {
    broadcast({ kind: 'forge-sandbox/event', event: text(payload.event), payload: payload.payload });
  },
  enableTheming: (): ThemeGrant => ({
    stylesheet: '/__sandbox/theme.css',
    attributes: Object.fromEntries(['data-theme', 'data-color-mode'].map((name) => [name, document.documentElement.getAttribute(name) ?? ''])),
  }),
  changeWindowTitle: () => undefined,
  emitReadyEvent: () => undefined,
  refresh: () => false,
  open: () => false,
};

const reply = (frame: Frame, message: BridgeReply): void => {
  frame.element.contentWindow?.postMessage(message, window.location.origin);
};

window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
  if (event.origin !== window.location.origin) return;
  // Identity of the caller comes from which iframe sent it, never from the message.
  const frame = frames().find((f) => f.element.contentWindow === event.source);
  if (!frame) return;
  const message = event.data;
  if (message.kind === 'forge-sandbox/resize') {
    frame.element.style.height = `${Math.max(message.height, 40)}px`;
    return;
  }
  const method = methods[message.method];
  const run = (): unknown => {
    if (!method) throw new Error(`${message.method} is not supported by the sandbox host`);
    return method(frame, asPayload(message.payload));
  };
  Promise.resolve().then(run).then(
    (value) => {
      reply(frame, { kind: 'forge-sandbox/reply', id: message.id, ok: true, value });
    },
    (error: unknown) => {
      reply(frame, { kind: 'forge-sandbox/reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    },
  );
});

// Listening now, so the frames may load.
for (const { element } of frames()) element.src = element.dataset.src ?? 'about:blank';

// The page's own controls: switchers submit on change, sandbox buttons call the control API.
document.querySelectorAll<HTMLSelectElement>('select[data-autosubmit]').forEach((select) => {
  select.addEventListener('change', () => select.form?.requestSubmit());
});
document.querySelectorAll<HTMLButtonElement>('button[data-control]').forEach((button) => {
  button.addEventListener('click', () => {
    button.disabled = true;
    postJson(button.dataset.control ?? '', JSON.parse(button.dataset.body ?? '{}')).then(
      () => {
        window.location.reload();
      },
      (error: unknown) => {
        button.disabled = false;
        showFlag({ id: 'control', type: 'error', title: 'Sandbox control failed', description: error instanceof Error ? error.message : String(error) });
      },
    );
  });
});
