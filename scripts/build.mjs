// Builds the Apps Script project into dist/: Code.js (one IIFE plus a top-level function per
// entry point), Sidebar.html, Dialog.html and SummaryDialog.html (script and CSS inlined) and
// appsscript.json.
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'PLStandardsAddOn';
mkdirSync(dist, { recursive: true });

async function bundle(entry, opts) {
  const r = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...opts,
  });
  return r.outputFiles[0].text;
}

/** The names of the functions the bundle exports, found by evaluating it in an empty context. */
function exportedFunctions(code) {
  const ctx = vm.createContext({});
  vm.runInContext(`${code}\n;this.__exports = ${GLOBAL};`, ctx);
  const exp = ctx.__exports;
  return Object.keys(exp)
    .filter((k) => typeof exp[k] === 'function')
    .sort();
}

const server = await bundle('src/main.ts', { globalName: GLOBAL, platform: 'neutral' });
const names = exportedFunctions(server);
const entryPoints = names
  .map(
    (n) =>
      `/** Entry point: delegates to the bundled add-on. */\nfunction ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}`,
  )
  .join('\n\n');
writeFileSync(
  join(dist, 'Code.js'),
  `${server}\n// ---- Entry points (Apps Script calls only top-level functions)\n\n${entryPoints}\n`,
);

const sidebarJs = await bundle('sidebar/main.ts', { platform: 'browser' });
const css = readFileSync(join(root, 'sidebar/styles.css'), 'utf8');
/** One page per HTML shell, each with the same script and CSS inlined. */
function page(shell) {
  return (
    readFileSync(join(root, 'sidebar', shell), 'utf8')
      .replace('<!-- inline:css -->', () => `<style>\n${css}</style>`)
      // A literal "</script" inside the bundle would end the inline script early.
      .replace(
        '<!-- inline:js -->',
        () => `<script>\n${sidebarJs.replace(/<\/script/gi, '<\\/script')}</script>`,
      )
  );
}
const html = page('index.html');
writeFileSync(join(dist, 'Sidebar.html'), html);
writeFileSync(join(dist, 'Dialog.html'), page('dialog.html'));
writeFileSync(join(dist, 'SummaryDialog.html'), page('summary-dialog.html'));

copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`;
console.log(`dist/Code.js ${kb(server)} (${names.length} entry points), dist/Sidebar.html ${kb(html)}`);
