/**
 * The browser side of google.script.run for the local sidebar: a script injected into the page
 * that forwards each call to a function the host exposes (`__gasCall(name, args)`), which runs
 * the built add-on in the emulator. Success and failure handlers behave as in Apps Script:
 * called asynchronously, the failure handler with an Error whose message is the server's.
 */
export const SCRIPT_RUN_SHIM = `
(() => {
  function runner(success, failure) {
    return new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (f) => runner(f, failure);
        if (prop === 'withFailureHandler') return (f) => runner(success, f);
        if (prop === 'withUserObject') return () => runner(success, failure);
        return (...args) => {
          window.__gasCall(String(prop), JSON.parse(JSON.stringify(args))).then(
            (r) => { if (r.ok) { if (success) success(r.value); } else if (failure) failure(new Error(r.message)); },
            (e) => { if (failure) failure(e instanceof Error ? e : new Error(String(e))); },
          );
        };
      },
    });
  }
  // close() also tells a host page that embeds the dialog (the preview), when it set __onHostClose.
  window.google = { script: { run: runner(null, null), host: { close() { window.__closed = true; if (window.__onHostClose) window.__onHostClose(); } } } };
})();
`;
