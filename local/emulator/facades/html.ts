/**
 * HtmlService: outputs built from strings or from `emu.htmlFiles`, and templates with the three
 * scriptlet kinds (`<? code ?>`, `<?= escaped ?>`, `<?!= raw ?>`).
 */
import { SandboxMode, XFrameOptionsMode } from '../state/enums';
import type { Runtime } from '../state/runtime';
import { asCaller, instrument } from './instrument';

type GHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

/** Used by showModalDialog when the output sets no size (the real defaults were not confirmed). */
export const DEFAULT_DIALOG_WIDTH = 600;
export const DEFAULT_DIALOG_HEIGHT = 400;

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function blobText(v: unknown): string {
  if (typeof v === 'string') return v;
  const blob = v as { getBlob?: () => { getDataAsString(): string }; getDataAsString?: () => string } | null;
  if (blob?.getDataAsString) return blob.getDataAsString();
  if (blob?.getBlob) return blob.getBlob().getDataAsString();
  return v === undefined || v === null ? '' : String(v);
}

class MetaTag implements GoogleAppsScript.HTML.HtmlOutputMetaTag {
  constructor(
    readonly rt: Runtime,
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

export class HtmlOutput
  implements
    Pick<
      GHtmlOutput,
      | 'addMetaTag'
      | 'append'
      | 'appendUntrusted'
      | 'asTemplate'
      | 'clear'
      | 'getContent'
      | 'getFaviconUrl'
      | 'getHeight'
      | 'getMetaTags'
      | 'getTitle'
      | 'getWidth'
      | 'setContent'
      | 'setFaviconUrl'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setTitle'
      | 'setWidth'
      | 'setXFrameOptionsMode'
    >
{
  title = '';
  width = DEFAULT_DIALOG_WIDTH;
  height = DEFAULT_DIALOG_HEIGHT;
  sandboxMode: string = SandboxMode.IFRAME;
  xFrameOptionsMode: string = XFrameOptionsMode.DEFAULT;
  faviconUrl = '';
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    readonly rt: Runtime,
    public content: string,
  ) {}

  getContent(): string {
    return this.content;
  }
  setContent(content: string): GHtmlOutput {
    this.content = String(content);
    return this._self();
  }
  append(addedContent: string): GHtmlOutput {
    this.content += String(addedContent);
    return this._self();
  }
  appendUntrusted(addedContent: string): GHtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this._self();
  }
  clear(): GHtmlOutput {
    this.content = '';
    return this._self();
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): GHtmlOutput {
    this.title = String(title);
    return this._self();
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): GHtmlOutput {
    this.width = Math.trunc(width);
    return this._self();
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): GHtmlOutput {
    this.height = Math.trunc(height);
    return this._self();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GHtmlOutput {
    this.sandboxMode = String(mode);
    return this._self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this._self();
  }
  addMetaTag(name: string, content: string): GHtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this._self();
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.metaTags.map((t) => new MetaTag(this.rt, t.name, t.content));
  }
  getFaviconUrl(): string {
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): GHtmlOutput {
    this.faviconUrl = String(iconUrl);
    return this._self();
  }
  asTemplate(): GHtmlTemplate {
    return new HtmlTemplate(this.rt, this.content) as unknown as GHtmlTemplate;
  }

  _self(): GHtmlOutput {
    return this as unknown as GHtmlOutput;
  }
}

/** Turns a template into the body of a function that returns the page. */
function compile(raw: string): string {
  let code = "var __out = '';\n";
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    code += `__out += ${JSON.stringify(raw.slice(last, m.index))};\n`;
    const body = m[2] ?? '';
    if (m[1] === '=') code += `__out += __esc(${body});\n`;
    else if (m[1] === '!=') code += `__out += __str(${body});\n`;
    else code += `${body}\n`;
    last = m.index + m[0].length;
  }
  return `${code}__out += ${JSON.stringify(raw.slice(last))};\nreturn __out;`;
}

export class HtmlTemplate
  implements Pick<GHtmlTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'>
{
  /** Scripts set any field on a template; the emulator's own state must not be among them. */
  declare readonly rt: Runtime;
  readonly #raw: string;
  [field: string]: unknown;

  constructor(rt: Runtime, raw: string) {
    Object.defineProperty(this, 'rt', { value: rt, enumerable: false, writable: false });
    this.#raw = raw;
  }

  /**
   * Runs the scriptlets with the template's own fields and the emulator's globals in scope (then
   * the host's globals). Service calls made by scriptlets are counted like any outside call.
   */
  evaluate(): GHtmlOutput {
    const scope: Record<string, unknown> = { ...this.rt.globals };
    for (const [k, v] of Object.entries(this)) scope[k] = v;
    const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const esc = (v: unknown) => escapeHtml(str(v));
    // `with` needs sloppy mode, which Function bodies have: it lets scriptlets name fields directly.
    const run = new Function('__scope', '__esc', '__str', `with (__scope) {\n${compile(this.#raw)}\n}`) as (
      scope: Record<string, unknown>,
      esc: (v: unknown) => string,
      str: (v: unknown) => string,
    ) => string;
    let html: string;
    try {
      html = asCaller(this.rt, () => run(scope, esc, str));
    } catch (e) {
      throw this.rt.error(`Template error: ${e instanceof Error ? e.message : String(e)}`);
    }
    return new HtmlOutput(this.rt, html) as unknown as GHtmlOutput;
  }
  getCode(): string {
    return compile(this.#raw);
  }
  getCodeWithComments(): string {
    return compile(this.#raw);
  }
  getRawContent(): string {
    return this.#raw;
  }
}

export class HtmlService
  implements
    Pick<
      GoogleAppsScript.HTML.HtmlService,
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'getUserAgent'
    >
{
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;

  constructor(readonly rt: Runtime) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GHtmlOutput {
    return new HtmlOutput(this.rt, blobText(html)) as unknown as GHtmlOutput;
  }
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    return new HtmlOutput(this.rt, this._file(filename)) as unknown as GHtmlOutput;
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GHtmlTemplate {
    return new HtmlTemplate(this.rt, blobText(html)) as unknown as GHtmlTemplate;
  }
  createTemplateFromFile(filename: string): GHtmlTemplate {
    return new HtmlTemplate(this.rt, this._file(filename)) as unknown as GHtmlTemplate;
  }
  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated)';
  }

  /** Project files are named without ".html" in Apps Script; either spelling finds the file. */
  _file(filename: string): string {
    const name = String(filename);
    const files = this.rt.htmlFiles;
    const found = files[name] ?? files[`${name}.html`] ?? files[name.replace(/\.html$/, '')];
    if (found === undefined) throw this.rt.error(`No HTML file named ${name} was found.`);
    return found;
  }
}

instrument(HtmlService, 'HtmlService', 'html');
instrument(HtmlOutput, 'HtmlOutput', 'html');
instrument(HtmlTemplate, 'HtmlTemplate', 'html');
instrument(MetaTag, 'HtmlOutputMetaTag', 'html');
