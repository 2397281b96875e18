import type { SidebarApi } from '../src/core/api';

/** The server API as promises: every method of `SidebarApi`, resolved or rejected by google.script.run. */
export type ServerApi = {
  [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;
};

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error | string) => void): ScriptRun;
  [method: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** One typed entry to the server; nothing else in the sidebar touches google.script.run. */
export const server = new Proxy({} as ServerApi, {
  get(_target, method: string) {
    return (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const run = google.script.run
          .withSuccessHandler(resolve)
          .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
        (run[method] as (...a: unknown[]) => void)(...args);
      });
  },
});
