import type { FullContext } from '@forge/bridge';
import type { Call } from '../../../static/shared/create-call';
import type { SurfaceHost } from '../../../static/shared/shell/surface-host';

/**
 * The context fields the surfaces read; the rest of FullContext is filler the bridge would supply.
 * `locale` takes any string: Forge types it as its own locale list, which lacks uk-UA, and the app
 * must cope with whatever Jira sends.
 */
export const makeContext = ({ locale = 'en-US', ...overrides }: Omit<Partial<FullContext>, 'locale'> & { locale?: string } = {}): FullContext => ({
  accountId: 'account-lead-1',
  cloudId: 'cloud-1',
  extension: { type: 'jira:issuePanel', issue: { id: '10001', key: 'CS-7' } },
  environmentId: 'env-1',
  environmentType: 'DEVELOPMENT',
  localId: 'local-1',
  locale: locale as FullContext['locale'],
  moduleKey: 'complaint-panel',
  siteUrl: 'https://example.atlassian.net',
  timezone: 'Europe/London',
  ...overrides,
});

export interface FakeHost extends SurfaceHost {
  readonly calls: { key: string; request: unknown }[];
  readonly submitted: unknown[];
  readonly navigated: string[];
}

type CallHandler = (key: string, request: unknown) => Promise<unknown>;

/** A host whose resolvers answer through `onCall`; by default nobody has saved a language. */
export const makeHost = (
  options: {
    context?: FullContext | (() => Promise<FullContext>);
    onCall?: CallHandler;
    enableTheme?: () => Promise<void>;
    submit?: () => Promise<void>;
  } = {},
): FakeHost => {
  const calls: { key: string; request: unknown }[] = [];
  const submitted: unknown[] = [];
  const navigated: string[] = [];
  const onCall: CallHandler = options.onCall ?? ((key) => Promise.resolve(key === 'preferences/get-language' ? { language: null } : {}));
  const context = options.context ?? makeContext();
  const call = ((key: string, request: unknown) => {
    calls.push({ key, request });
    return onCall(key, request);
  }) as Call;
  return {
    calls,
    submitted,
    navigated,
    call,
    getContext: typeof context === 'function' ? context : () => Promise.resolve(context),
    enableTheme: options.enableTheme ?? (() => Promise.resolve()),
    submit: (payload) => {
      submitted.push(payload);
      return options.submit?.() ?? Promise.resolve();
    },
    navigate: (path) => {
      navigated.push(path);
      return Promise.resolve();
    },
  };
};
