import type * as Main from '../main';

type Fns = typeof Main;

/** The add-on's server functions as promises, typed from main.ts (what google.script.run calls). */
export type Server = {
  [K in keyof Fns]: Fns[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

interface GoogleScript {
  script: { run: ScriptRun; host?: { close(): void } };
}

/**
 * google.script.run wrapped as typed promises. The only place the UIs reach the server; components get
 * the `Server` as a prop, so tests hand them a stub.
 */
export function serverCalls(): Server {
  const google = (globalThis as unknown as { google?: GoogleScript }).google;
  return new Proxy({} as Server, {
    get(_target, name) {
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          if (!google?.script?.run) {
            reject(new Error('google.script.run is not available (open this from the spreadsheet)'));
            return;
          }
          const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject) as unknown as Record<string, (...a: unknown[]) => void>;
          const fn = runner[String(name)];
          if (typeof fn !== 'function') reject(new Error(`no server function ${String(name)}`));
          else fn.apply(runner, args);
        });
    },
  });
}

/** Closes the dialog or sidebar (google.script.host.close), when there is one. */
export function closeHost(): void {
  (globalThis as unknown as { google?: GoogleScript }).google?.script?.host?.close();
}
