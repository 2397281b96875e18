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
