/**
 * A fake `chrome` for unit tests: storage (local, session, onChanged), action badge, alarms, runtime
 * messaging and identity, with the state kept in plain objects the tests can read.
 */
export interface FakeChrome {
  chrome: typeof chrome;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  badge: { text: string; color: string | null; title: string };
  alarms: Map<string, { periodInMinutes?: number; delayInMinutes?: number }>;
  identity: {
    token: string | null;
    error: string | null;
    removed: string[];
    interactiveCalls: number;
    webFlowAnswer: string | null;
    /** Scopes the person granted; null = whatever is asked (no incremental authorisation modelled). */
    granted: string[] | null;
    /** Every getAuthToken call's scopes and interactivity. */
    asked: { interactive: boolean; scopes: string[] }[];
    /** The URLs launchWebAuthFlow was opened with. */
    webFlowUrls: string[];
  };
  openedOptions: number;
  /** Notifications shown (id, title, message), in order; tabs opened. */
  notifications: { id: string; title: string; message: string }[];
  openedTabs: string[];
  clickNotification(id: string): void;
  fireAlarm(name: string): void;
  sendMessage(message: unknown): Promise<unknown>;
}

type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    listeners,
    addListener: (l: Listener<A>) => void listeners.add(l),
    removeListener: (l: Listener<A>) => void listeners.delete(l),
    hasListener: (l: Listener<A>) => listeners.has(l),
    emit: (...args: A) => [...listeners].map((l) => l(...args)),
  };
}

function area(store: Record<string, unknown>, name: string, changed: ReturnType<typeof event<[Record<string, chrome.storage.StorageChange>, string]>>) {
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  return {
    async get(keys?: string | string[] | null) {
      const list = keys === undefined || keys === null ? Object.keys(store) : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (k in store) out[k] = clone(store[k]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, chrome.storage.StorageChange> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(store[k]), newValue: clone(v) };
        store[k] = clone(v);
      }
      changed.emit(changes, name);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, chrome.storage.StorageChange> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (k in store) changes[k] = { oldValue: clone(store[k]) };
        delete store[k];
      }
      if (Object.keys(changes).length) changed.emit(changes, name);
    },
  };
}

export function fakeChrome(manifest: Record<string, unknown> = { oauth2: { client_id: 'client-123.apps.googleusercontent.com', scopes: ['s1', 's2'] } }): FakeChrome {
  const local: Record<string, unknown> = {};
  const session: Record<string, unknown> = {};
  const changed = event<[Record<string, chrome.storage.StorageChange>, string]>();
  const onAlarm = event<[chrome.alarms.Alarm]>();
  const onMessage = event<[unknown, unknown, (r: unknown) => void]>();
  const onNotificationClicked = event<[string]>();
  const state: Omit<FakeChrome, 'chrome' | 'fireAlarm' | 'sendMessage' | 'clickNotification'> = {
    local,
    session,
    badge: { text: '', color: null, title: '' },
    alarms: new Map(),
    identity: { token: 'chrome-token', error: null, removed: [], interactiveCalls: 0, webFlowAnswer: null, granted: null, asked: [], webFlowUrls: [] },
    openedOptions: 0,
    notifications: [],
    openedTabs: [],
  };
  const sendMessage = (message: unknown) =>
    new Promise<unknown>((resolve) => {
      let answered = false;
      const results = onMessage.emit(message, {}, (r) => {
        answered = true;
        resolve(r);
      });
      if (!answered && !results.includes(true)) resolve(undefined);
    });
  const fake = {
    storage: { local: area(local, 'local', changed), session: area(session, 'session', changed), onChanged: changed },
    action: {
      async setBadgeText(d: { text: string }) { state.badge.text = d.text; },
      async getBadgeText() { return state.badge.text; },
      async setBadgeBackgroundColor(d: { color: string }) { state.badge.color = d.color; },
      async setBadgeTextColor() {},
      async setTitle(d: { title: string }) { state.badge.title = d.title; },
    },
    alarms: {
      async get(name: string) { const a = state.alarms.get(name); return a ? { name, scheduledTime: 0, ...a } : undefined; },
      async clear(name: string) { return state.alarms.delete(name); },
      async create(name: string, info: { periodInMinutes?: number; delayInMinutes?: number }) { state.alarms.set(name, info); },
      onAlarm,
    },
    notifications: {
      async create(id: string, o: { title: string; message: string }) { state.notifications.push({ id, title: o.title, message: o.message }); return id; },
      async clear() { return true; },
      onClicked: onNotificationClicked,
    },
    tabs: { async create(d: { url: string }) { state.openedTabs.push(d.url); } },
    runtime: {
      getURL: (path: string) => `chrome-extension://aipcbbckdgffjoafkhbabpaflpeigjoa/${path}`,
      getManifest: () => manifest,
      sendMessage,
      onMessage,
      onInstalled: event(),
      onStartup: event(),
      async openOptionsPage() { state.openedOptions += 1; },
    },
    identity: {
      async getAuthToken(d: { interactive?: boolean; scopes?: string[] }) {
        if (d.interactive) state.identity.interactiveCalls += 1;
        state.identity.asked.push({ interactive: d.interactive === true, scopes: d.scopes ?? [] });
        if (state.identity.error) throw new Error(state.identity.error);
        if (!state.identity.token) throw new Error('OAuth2 not granted or revoked.');
        const granted = state.identity.granted;
        const missing = granted ? (d.scopes ?? []).filter((s) => !granted.includes(s)) : [];
        if (missing.length && !d.interactive) throw new Error('OAuth2 not granted or revoked.');
        if (missing.length) granted!.push(...missing); // the consent screen, accepted
        return { token: state.identity.token, grantedScopes: [] };
      },
      async removeCachedAuthToken(d: { token: string }) {
        state.identity.removed.push(d.token);
        if (state.identity.token === d.token) state.identity.token = null;
      },
      async clearAllCachedAuthTokens() { state.identity.token = null; },
      getRedirectURL: () => 'https://aipcbbckdgffjoafkhbabpaflpeigjoa.chromiumapp.org/',
      async launchWebAuthFlow(d: { url: string }) {
        state.identity.webFlowUrls.push(d.url);
        if (!state.identity.webFlowAnswer) throw new Error('The user did not approve access.');
        return state.identity.webFlowAnswer;
      },
    },
  };
  return Object.assign(state, {
    chrome: fake as unknown as typeof chrome,
    fireAlarm: (name: string) => void onAlarm.emit({ name, scheduledTime: Date.now() } as chrome.alarms.Alarm),
    clickNotification: (id: string) => void onNotificationClicked.emit(id),
    sendMessage,
  });
}
