/**
 * The form id in a Form's URL: `https://docs.google.com/forms/d/<id>/edit` (or `/viewform`,
 * with `/a/<domain>` before `/forms` in some Workspace accounts). The responder link
 * `/forms/d/e/<key>/viewform` carries a different key, not the id: null for it.
 */
export function formIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/forms\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})(?:[/?#]|$)/.exec(url);
  return m ? m[1]! : null;
}
