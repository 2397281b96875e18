import { esc, PLACE_CHARTS, REPORT_CSS } from '../output/report';
import { SCRIPT_RUN_SHIM } from '../scriptRunShim';

/**
 * The pages the preview serves. The sidebar and dialogs are the built dist/ pages, unchanged but
 * for google.script.run, which goes over HTTP to the add-on running in the emulator; `/` is a
 * small stand-in for the Sheets window around them.
 */

/**
 * google.script.run over HTTP (the shim calls __gasCall), and what an embedding page needs:
 * a note after every call (so the sheet view redraws), close() for dialogs, and links to the
 * emulated Google addresses, which lead nowhere, opened on the preview's own page instead.
 */
const HTTP_BRIDGE = `
(() => {
  const tell = (msg) => { try { if (window.parent !== window) window.parent.postMessage(msg, location.origin); } catch (_e) {} };
  window.__gasCall = (name, args) =>
    fetch('/api/run/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    })
      .then((r) => r.json())
      .then((r) => { tell({ pls: 'changed' }); return r; });
  window.__onHostClose = () => tell({ pls: 'close' });
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!a || !/^https:\\/\\/docs\\.google\\.com\\//.test(a.href)) return;
    e.preventDefault();
    window.open('/open?url=' + encodeURIComponent(a.href), '_blank', 'noopener');
  }, true);
})();
`;

/** A dist/ page (sidebar or dialog) with google.script.run answered by the preview server. */
export function addonPage(html: string): string {
  // The shim goes first in <head>, as Apps Script's own loader would put google.script.
  return html.replace('<head>', () => `<head><script>${HTTP_BRIDGE}${SCRIPT_RUN_SHIM}</script>`);
}

/**
 * Pages may load only from the preview itself: Google's add-on stylesheet (which the sidebar
 * links) cannot be reached from here, and the sidebar's own CSS carries the same look.
 */
export const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

const WORKSPACE_CSS = `
${REPORT_CSS}
html,body{height:100%}
body{margin:0;display:grid;grid-template-rows:auto auto 1fr auto;grid-template-columns:1fr auto;height:100vh;overflow:hidden}
header{grid-column:1/3;display:flex;align-items:center;gap:16px;padding:8px 16px;border-bottom:1px solid #dadce0}
header h1{font-size:18px;margin:0;font-weight:normal}
.badge{background:#fce8b2;color:#5f4b00;border-radius:10px;padding:2px 8px;font-size:12px}
.menubar{grid-column:1/3;display:flex;gap:4px;padding:2px 12px;border-bottom:1px solid #dadce0;position:relative}
.menubar>button{background:none;border:0;padding:4px 8px;font-size:14px;cursor:pointer;border-radius:4px}
.menubar>button:hover,.menubar>button[aria-expanded=true]{background:#e8eaed}
.menubar .disabled{color:#9aa0a6;cursor:default}
#menu{position:absolute;top:30px;left:12px;background:#fff;box-shadow:0 2px 8px rgba(60,64,67,.35);
 padding:6px 0;min-width:280px;z-index:20;border-radius:4px}
#menu h3{font-size:12px;color:#5f6368;margin:6px 16px}
#menu button{display:block;width:100%;text-align:left;background:none;border:0;padding:7px 24px;font-size:14px;cursor:pointer}
#menu button:hover{background:#f1f3f4}#menu hr{border:0;border-top:1px solid #e0e0e0;margin:6px 0}
main{grid-column:1;grid-row:3;display:flex;flex-direction:column;min-width:0;min-height:0}
.bar{display:flex;gap:8px;align-items:center;padding:4px 12px;border-bottom:1px solid #e0e0e0;font-size:13px}
#namebox{font-family:monospace;border:1px solid #dadce0;padding:2px 6px;min-width:80px}
.hint{color:#5f6368}
#sheet{flex:1;overflow:auto;min-height:0}
#sheet .meta{padding:6px 12px;margin:0;position:sticky;left:0}
#sheet .grid{max-height:none;overflow:visible;display:block;border:0}#sheet section.tab h2{display:none}
#sheet td,#sheet th[data-c]{cursor:cell}
#sheet .sel{outline:2px solid #1a73e8;outline-offset:-2px;background-color:rgba(26,115,232,.08)}
#tabs{display:flex;gap:2px;overflow-x:auto;background:#f1f3f4;border-top:1px solid #dadce0;padding:0 8px}
#tabs button{border:0;background:none;padding:8px 14px;font-size:13px;white-space:nowrap;cursor:pointer;border-bottom:3px solid transparent}
#tabs button.active{background:#fff;color:#1a73e8;border-bottom-color:#1a73e8}
#tabs button.k-responses{font-style:italic}
aside{grid-column:2;grid-row:3/5;width:300px;border-left:1px solid #dadce0;display:flex;flex-direction:column}
aside[hidden]{display:none}
aside .title{display:flex;justify-content:space-between;align-items:center;padding:10px 12px;font-size:15px;border-bottom:1px solid #e0e0e0}
aside .title button{background:none;border:0;font-size:18px;cursor:pointer}
#sidebar-frame{border:0;width:300px;flex:1}
#respondents{grid-column:1;grid-row:4;display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px 12px;
 background:#fef7e0;border-top:1px solid #f9d67a;font-size:13px}
#respondents strong{color:#5f4b00}
#respondents select{max-width:360px}
#respond-status{color:#5f6368}
.overlay{position:fixed;inset:0;background:rgba(32,33,36,.45);display:flex;align-items:center;justify-content:center;z-index:50}
.overlay[hidden]{display:none}
.dialog{background:#fff;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3);display:flex;flex-direction:column;max-width:95vw;max-height:95vh}
.dialog .title{display:flex;justify-content:space-between;padding:14px 18px 6px;font-size:16px}
.dialog .title button{background:none;border:0;font-size:18px;cursor:pointer}
#dialog-frame{border:0}
#alert .body{padding:0 18px 8px;max-width:480px;white-space:pre-wrap}
#alert .buttons{display:flex;justify-content:flex-end;padding:8px 18px 14px}
#alert .buttons button{background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:6px 18px;cursor:pointer}
#toasts{position:fixed;right:320px;bottom:70px;display:flex;flex-direction:column;gap:8px;z-index:40}
.toast{background:#323232;color:#fff;padding:10px 14px;border-radius:4px;max-width:360px;box-shadow:0 2px 6px rgba(0,0,0,.3)}
.toast b{display:block}
`;

/** The browser side of `/`: menu, tabs, live sheet view, dialogs, alerts, toasts, respondents. */
const WORKSPACE_JS = `
${PLACE_CHARTS}
const $ = (s) => document.querySelector(s);
let state = null;
let since = -1;
let anchor = null;
async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const r = await fetch(path, init);
  const j = await r.json();
  if (!r.ok) throw new Error(j.message || r.statusText);
  return j;
}
const el = (tag, attrs, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
};

function showEvent(e) {
  if (e.type === 'sidebar') { openSidebar(e.title); return; }
  if (e.type === 'toast') {
    const t = el('div', { class: 'toast', role: 'status' }, ...(e.title ? [el('b', {}, e.title)] : []), e.message);
    $('#toasts').append(t);
    setTimeout(() => t.remove(), 6000);
    return;
  }
  if (e.type === 'alert') {
    $('#alert-title').textContent = e.title || state?.spreadsheet || '';
    $('#alert-body').textContent = e.prompt;
    $('#alert').hidden = false;
    $('#alert-ok').focus();
    return;
  }
  if (e.type === 'dialog') {
    $('#dialog-title').textContent = e.title;
    const f = $('#dialog-frame');
    f.style.width = e.width + 'px';
    f.style.height = e.height + 'px';
    f.src = '/dialog/' + e.index;
    $('#dialog').hidden = false;
  }
}
function openSidebar(title) {
  $('#sidebar-title').textContent = title;
  $('#sidebar').hidden = false;
  $('#sidebar-frame').src = '/sidebar';
}
function closeDialog() { $('#dialog').hidden = true; $('#dialog-frame').src = 'about:blank'; refresh(); }

function renderMenu() {
  const menu = $('#menu');
  menu.replaceChildren();
  for (const m of state.menus) {
    menu.append(el('h3', {}, m.caption));
    for (const item of m.items) {
      if (item.fn === null) { menu.append(el('hr')); continue; }
      const b = el('button', { type: 'button', class: 'menu-item', 'data-fn': item.fn }, item.caption);
      b.onclick = async () => { closeMenu(); await api('/api/menu', { fn: item.fn }).catch(() => {}); refresh(); };
      menu.append(b);
    }
  }
}
function closeMenu() { $('#menu').hidden = true; $('#extensions').setAttribute('aria-expanded', 'false'); }

function renderTabs() {
  const tabs = $('#tabs');
  tabs.replaceChildren(...state.tabs.map((t) => {
    const b = el('button', { type: 'button', 'data-tab': t.name, class: 'k-' + t.kind + (t.name === state.active ? ' active' : ''), title: t.kind }, t.name);
    b.onclick = async () => { await api('/api/activate', { sheet: t.name }); refresh(); };
    return b;
  }));
}

function renderForms() {
  const sel = $('#respond-form');
  const keep = sel.value;
  sel.replaceChildren(...state.forms.map((f) => el('option', { value: f.id }, f.title + ' (' + f.responses + ' responses' + (f.tab ? ', tab "' + f.tab + '"' : '') + ')')));
  if (state.forms.some((f) => f.id === keep)) sel.value = keep;
  const none = state.forms.length === 0;
  sel.hidden = none;
  $('#respond-count').disabled = none;
  $('#respond-submit').disabled = none;
  if (none) $('#respond-status').textContent = 'No Form yet: create a survey in the sidebar (Surveys) and it appears here.';
  else if ($('#respond-status').dataset.kept !== '1') $('#respond-status').textContent = '';
}

const colName = (i) => { let s = ''; for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
function cellAt(target) {
  const td = target instanceof Element ? target.closest('[data-c]') : null;
  const tr = td && td.closest('tr[data-r]');
  return td && tr ? { r: Number(tr.dataset.r), c: Number(td.dataset.c), td } : null;
}
function a1Of(a, b) {
  const r1 = Math.min(a.r, b.r), r2 = Math.max(a.r, b.r), c1 = Math.min(a.c, b.c), c2 = Math.max(a.c, b.c);
  const one = colName(c1) + r1;
  return r1 === r2 && c1 === c2 ? one : one + ':' + colName(c2) + r2;
}
function markSelection() {
  for (const x of document.querySelectorAll('#sheet .sel')) x.classList.remove('sel');
  const sel = state.selection && state.selection.startsWith(state.active + '!') ? state.selection.slice(state.active.length + 1) : null;
  $('#namebox').textContent = sel || '';
  if (!sel) return;
  const m = /^([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?$/.exec(sel);
  if (!m) return;
  const num = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [c1, r1, c2, r2] = [num(m[1]), Number(m[2]), num(m[3] || m[1]), Number(m[4] || m[2])];
  for (const td of document.querySelectorAll('#sheet [data-c]')) {
    const c = Number(td.dataset.c), r = Number(td.closest('tr').dataset.r);
    if (r >= r1 && r <= r2 && c >= c1 && c <= c2) td.classList.add('sel');
  }
}

let drawn = { version: -1, tab: null };
async function refresh() {
  const s = await api('/api/state?since=' + Math.max(0, since));
  const first = since < 0;
  state = s;
  for (const e of s.events) {
    // On first load only the sidebar is reopened; older alerts and dialogs were already seen.
    if (!first || e.type === 'sidebar') showEvent(e);
    since = Math.max(since, e.seq);
  }
  if (first) since = Math.max(since, 0);
  document.title = s.spreadsheet + ' (preview)';
  $('#doc-name').textContent = s.spreadsheet;
  renderMenu(); renderTabs(); renderForms();
  if (drawn.version === s.version && drawn.tab === s.active) return;
  const t = await api('/api/tab?name=' + encodeURIComponent(s.active));
  const sheet = $('#sheet');
  sheet.innerHTML = t.html;
  for (const d of sheet.querySelectorAll('details')) d.open = true;
  placeCharts(sheet);
  markSelection();
  drawn = { version: s.version, tab: s.active };
}

$('#sheet').addEventListener('click', async (e) => {
  const cell = cellAt(e.target);
  if (!cell) return;
  if (cell.td.querySelector('.cb')) {
    const on = cell.td.querySelector('.cb.on') !== null;
    await api('/api/edit', { sheet: state.active, a1: a1Of(cell, cell), value: on ? 'FALSE' : 'TRUE' });
    return refresh();
  }
  const from = e.shiftKey && anchor ? anchor : cell;
  if (!e.shiftKey) anchor = cell;
  await api('/api/select', { sheet: state.active, a1: a1Of(from, cell) });
  refresh();
});
$('#sheet').addEventListener('dblclick', async (e) => {
  const cell = cellAt(e.target);
  if (!cell) return;
  const a1 = a1Of(cell, cell);
  const dd = cell.td.querySelector('.dd');
  const current = cell.td.textContent.replace('▾', '');
  const typed = window.prompt('Type into ' + a1 + (dd ? ' (choices: ' + dd.title + ')' : '') + ':', current);
  if (typed === null) return;
  await api('/api/edit', { sheet: state.active, a1, value: typed });
  refresh();
});
$('#extensions').onclick = () => {
  const open = $('#menu').hidden;
  $('#menu').hidden = !open;
  $('#extensions').setAttribute('aria-expanded', String(open));
};
document.addEventListener('click', (e) => { if (!(e.target instanceof Element) || !e.target.closest('#menu,#extensions')) closeMenu(); });
$('#sidebar-close').onclick = () => { $('#sidebar').hidden = true; $('#sidebar-frame').src = 'about:blank'; };
$('#dialog-close').onclick = closeDialog;
$('#alert-ok').onclick = () => { $('#alert').hidden = true; };
$('#respond-submit').onclick = async () => {
  const status = $('#respond-status');
  status.dataset.kept = '1';
  try {
    const r = await api('/api/respondents', { formId: $('#respond-form').value, count: Number($('#respond-count').value) });
    status.textContent = r.submitted + ' sample responses submitted' + (r.tab ? ' to "' + r.tab + '"' : '') + '.';
  } catch (err) {
    status.textContent = err.message;
  }
  refresh();
};
window.addEventListener('message', (e) => {
  if (e.origin !== location.origin || !e.data) return;
  if (e.data.pls === 'changed') refresh();
  if (e.data.pls === 'close') closeDialog();
});
setInterval(() => { if (document.visibilityState === 'visible') refresh(); }, 3000);
refresh();
`;

/** `/`: the sidebar beside a live view of the emulated spreadsheet, with its menu and respondents. */
export function workspacePage(): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PL Standards (preview)</title>
<style>${WORKSPACE_CSS}</style></head><body>
<header><h1 id="doc-name">Spreadsheet</h1>
<span class="badge">Preview: the built add-on in the local emulator, no Google account. Nothing leaves this computer.</span></header>
<nav class="menubar" aria-label="Menus">
<button type="button" class="disabled" tabindex="-1">File</button><button type="button" class="disabled" tabindex="-1">Edit</button>
<button type="button" class="disabled" tabindex="-1">View</button><button type="button" class="disabled" tabindex="-1">Insert</button>
<button type="button" id="extensions" aria-haspopup="true" aria-expanded="false">Extensions</button>
<div id="menu" role="menu" hidden></div>
</nav>
<main>
<div class="bar"><span id="namebox" title="Selected cells"></span>
<span class="hint">Click a cell to select it (Shift+click for a range), double-click to type into it.</span></div>
<div id="sheet" aria-live="polite"></div>
<nav id="tabs" aria-label="Tabs"></nav>
</main>
<aside id="sidebar" hidden><div class="title"><span id="sidebar-title">Sidebar</span>
<button type="button" id="sidebar-close" aria-label="Close sidebar">×</button></div>
<iframe id="sidebar-frame" title="Add-on sidebar"></iframe></aside>
<section id="respondents" aria-label="Respondents (emulated)"><strong>Respondents (emulated)</strong>
<span class="hint">answer a survey's Google Form here, as educators would:</span>
<select id="respond-form" aria-label="Form"></select>
<input id="respond-count" type="number" min="1" max="500" value="12" aria-label="Number of responses" style="width:60px">
<button type="button" id="respond-submit">Submit sample answers</button>
<span id="respond-status" role="status"></span></section>
<div id="dialog" class="overlay" hidden><div class="dialog" role="dialog" aria-labelledby="dialog-title">
<div class="title"><span id="dialog-title"></span><button type="button" id="dialog-close" aria-label="Close">×</button></div>
<iframe id="dialog-frame" title="Add-on dialog"></iframe></div></div>
<div id="alert" class="overlay" hidden><div class="dialog" role="alertdialog" aria-labelledby="alert-title">
<div class="title"><span id="alert-title"></span></div><div class="body" id="alert-body"></div>
<div class="buttons"><button type="button" id="alert-ok">OK</button></div></div></div>
<div id="toasts"></div>
<script>${WORKSPACE_JS}</script>
</body></html>
`;
}

/** What an emulated Google address stands for, on the preview's own page. */
export function linkPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${REPORT_CSS}</style></head><body>
<h1>${esc(title)}</h1>
${body}
<script>${PLACE_CHARTS}\nplaceCharts(document);</script>
</body></html>
`;
}
