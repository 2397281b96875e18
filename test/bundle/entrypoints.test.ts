import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as main from '../../src/main';
import { DIST } from '../../local/bundle';

/** `npm test` builds first; this suite reads what would be pushed with clasp. */
describe('dist/', () => {
  const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

  it('declares every function exported by src/main.ts at top level', () => {
    const exported = Object.entries(main)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
    for (const name of exported) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('exposes every sidebar API method as an entry point', () => {
    for (const name of Object.keys(main.sidebarApi)) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('is one ES2020 script with no module syntax and no Node-only references', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bprocess\.env\b/);
    expect(code).not.toMatch(/\bsetTimeout\(|\bfetch\(|\bnew URL\(|\bTextEncoder\b/);
    expect(code).not.toMatch(/#[a-zA-Z_]\w*\s*[;=(]/); // class #private fields
  });

  it('ships the sidebar with its script and CSS inlined, and a V8 manifest with explicit scopes', () => {
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).not.toContain('<!-- inline:');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+google\.script\.run[\s\S]+<\/script>/);
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    // Sharing goes through the Sheets API v4 and Drive API v3 advanced services (drive.file suffices).
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
    expect(existsSync(join(DIST, 'Code.js'))).toBe(true);
  });
});
