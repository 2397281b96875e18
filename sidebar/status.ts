/** One place for progress, success and error messages, announced to screen readers. */
export type Status = { kind: 'progress' | 'ok' | 'error'; text: string } | null;

export function showStatus(el: HTMLElement, status: Status): void {
  el.textContent = '';
  if (!status) return;
  const box = document.createElement('div');
  box.className = status.kind;
  // Errors interrupt a screen reader; progress and success wait their turn (the area is polite).
  if (status.kind === 'error') box.setAttribute('role', 'alert');
  box.textContent = status.text;
  el.appendChild(box);
}

/** Runs a server call with the button disabled and its progress and outcome shown. */
export async function withProgress<T>(
  statusEl: HTMLElement,
  button: HTMLButtonElement,
  progressText: string,
  call: () => Promise<T>,
  doneText: (result: T) => string,
): Promise<T | undefined> {
  button.disabled = true;
  showStatus(statusEl, { kind: 'progress', text: progressText });
  try {
    const result = await call();
    showStatus(statusEl, { kind: 'ok', text: doneText(result) });
    return result;
  } catch (e) {
    showStatus(statusEl, { kind: 'error', text: e instanceof Error ? e.message : String(e) });
    return undefined;
  } finally {
    button.disabled = false;
  }
}
