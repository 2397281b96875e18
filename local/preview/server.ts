import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readDist } from '../bundle';
import { captureSpreadsheet } from '../output/capture';
import { esc, renderTab } from '../output/report';
import { addonPage, CSP, linkPage, workspacePage } from './pages';
import { PreviewSession } from './session';

/**
 * `npm run preview`: the built sidebar and dialogs served over HTTP on 127.0.0.1, their
 * google.script.run calls answered by the built add-on (dist/Code.js) in the emulator, beside a
 * live view of the emulated spreadsheet. Node's http module; one session per server.
 */

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY = 1_000_000;

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new HttpError(413, 'Request too large.'));
      else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? {} : JSON.parse(text));
      } catch {
        reject(new HttpError(400, 'The request body is not JSON.'));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'content-security-policy': CSP,
  });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json', JSON.stringify(value));
const html = (res: ServerResponse, body: string, status = 200) => send(res, status, 'text/html', body);

const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null)?.[name];
  if (typeof v !== 'string' || v === '') throw new HttpError(400, `Missing "${name}".`);
  return v;
};

/** A page for an emulated Google address: the shared copy drawn as Sheets would show it, or the Form. */
function openLink(session: PreviewSession, url: string): string {
  const { emu } = session;
  const form = emu.forms.list().find((f) => f.publishedUrl === url || f.editUrl === url);
  if (form) {
    const items = form.items.map(
      (i) => `<li>${esc(i.title)} <span class="meta">(${esc(i.type)})</span></li>`,
    );
    return linkPage(
      `${form.title} (emulated Google Form)`,
      `<p class="intro">In Google, <code>${esc(url)}</code> opens this Form. Here the Form lives in the emulator:
answer it with <b>Respondents (emulated)</b> at the bottom of the <a href="/">preview</a>, which submits sample
answers through the emulated Google Forms into the tab "${esc(form.responseSheet ?? '')}".</p>
<p>${form.responses} responses so far. Its questions:</p><ol>${items.join('')}</ol>`,
    );
  }
  const id = /\/spreadsheets\/d\/([^/]+)/.exec(url)?.[1];
  const ss = id ? emu.spreadsheets.get(id) : undefined;
  if (ss) {
    const book = captureSpreadsheet(ss, { kind: 'summary' });
    const note = `<p class="intro">In Google, <code>${esc(url)}</code> opens this spreadsheet. It is the emulator's copy, as the people it was shared with would see it.</p>`;
    return linkPage(`${book.name} (emulated)`, note + book.sheets.map((s) => renderTab(s)).join('\n'));
  }
  return linkPage(
    'An emulated address',
    `<p class="intro"><code>${esc(url)}</code> is an address the emulator made up: it leads nowhere.</p>`,
  );
}

async function route(session: PreviewSession, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://preview.local');
  const path = url.pathname;
  const post = req.method === 'POST';
  if (!post && req.method !== 'GET') throw new HttpError(405, 'GET or POST only.');

  if (!post && path === '/') return html(res, workspacePage());
  if (!post && path === '/sidebar') return html(res, addonPage(readDist('Sidebar.html')));
  const dialog = /^\/dialog\/(\d+)$/.exec(path);
  if (!post && dialog) {
    const page = session.dialogHtml(Number(dialog[1]));
    if (page === null) throw new HttpError(404, 'No such dialog.');
    return html(res, addonPage(page));
  }
  if (!post && path === '/open') return html(res, openLink(session, url.searchParams.get('url') ?? ''));
  if (!post && path === '/api/state')
    return json(res, 200, session.state(Number(url.searchParams.get('since') ?? 0)));
  if (!post && path === '/api/tab') {
    const name = url.searchParams.get('name') ?? '';
    const tab = session.tabHtml(name);
    if (tab === null) throw new HttpError(404, `No tab named "${name}".`);
    return json(res, 200, { html: tab });
  }
  if (!post && path === '/api/sheet') {
    // The emulated tab as text, as Sheets shows each cell (for scripts and tests).
    const name = url.searchParams.get('name') ?? '';
    const view = session.tab(name);
    if (view === null) throw new HttpError(404, `No tab named "${name}".`);
    return json(res, 200, {
      name: view.name,
      kind: view.kind,
      rows: view.rows.map((r) => r.map((c) => c.text)),
    });
  }
  if (!post) throw new HttpError(404, `Nothing at ${path}.`);

  const body = await readJson(req);
  const run = /^\/api\/run\/([A-Za-z_$][\w$]*)$/.exec(path);
  if (run) {
    if (!Array.isArray(body)) throw new HttpError(400, 'google.script.run arguments must be a list.');
    return json(res, 200, session.run(run[1]!, body));
  }
  switch (path) {
    case '/api/menu':
      return json(res, 200, session.menu(field(body, 'fn')));
    case '/api/activate':
      session.activateSheet(field(body, 'sheet'));
      return json(res, 200, { ok: true });
    case '/api/select':
      session.select(field(body, 'sheet'), field(body, 'a1'));
      return json(res, 200, { ok: true });
    case '/api/edit': {
      const value = (body as { value?: unknown }).value;
      if (typeof value !== 'string') throw new HttpError(400, 'Missing "value".');
      session.edit(field(body, 'sheet'), field(body, 'a1'), value);
      return json(res, 200, { ok: true });
    }
    case '/api/respondents':
      return json(
        res,
        200,
        session.respond(field(body, 'formId'), Number((body as { count?: unknown }).count)),
      );
    default:
      throw new HttpError(404, `Nothing at ${path}.`);
  }
}

export interface Preview {
  readonly url: string;
  readonly session: PreviewSession;
  close(): Promise<void>;
}

/** Starts the preview on 127.0.0.1 (port 0: any free port). */
export function startPreview(opts: { port?: number; session?: PreviewSession } = {}): Promise<Preview> {
  const session = opts.session ?? new PreviewSession();
  const server: Server = createServer((req, res) => {
    route(session, req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 400;
      const message = (e as { message?: unknown })?.message;
      json(res, status, { ok: false, message: typeof message === 'string' ? message : String(e) });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        session,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
