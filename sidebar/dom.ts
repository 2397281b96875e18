/** Looks up an element that the sidebar's HTML must contain; a missing one is a build bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Sidebar element #${id} is missing.`);
  return el as T;
}

/** A list item with text content only: catalog text is never parsed as HTML. */
export function li(text: string, className?: string): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = text;
  if (className) item.className = className;
  return item;
}

type Attrs = Record<string, string | boolean>;

/** Creates an element with attributes and text or children; text is never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) node.append(c);
  return node;
}

export function option(value: string, label: string): HTMLOptionElement {
  return el('option', { value }, label);
}

/**
 * A folded section: advanced options stay out of the way until asked for. The summary line
 * says what is chosen now, so a reader sees the defaults without unfolding.
 */
export function fold(
  id: string,
  summary: string,
  ...children: (Node | string)[]
): { details: HTMLDetailsElement; summary: HTMLElement } {
  const line = el('summary', {}, summary);
  return { details: el('details', { id, class: 'fold' }, line, ...children), summary: line };
}

/** A status area announced politely to screen readers (errors inside it interrupt: see status.ts). */
export const statusArea = (id: string): HTMLDivElement =>
  el('div', { id, class: 'status', role: 'status', 'aria-live': 'polite' });

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
