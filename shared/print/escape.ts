/**
 * Escapes text for HTML and SVG element content and double-quoted attribute
 * values. Every piece of user text (plan title, names, units…) goes through
 * this before it is put into the print document.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped text whose line breaks (\n, \r\n) become <br>: cells with several lines stay on several lines. */
export function escapeLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeHtml).join('<br>');
}
