/**
 * A dialog tells the window it has closed (renderer/help/Modal.tsx does, for
 * every dialog built on it), so that the shell gives the keyboard back to
 * the active view's grid or field. Kept apart so dialogs need no shell import.
 */
const listeners = new Set<() => void>();

/** Calls the listener after each dialog closes; returns the unsubscribe function. */
export function onDialogClosed(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the listeners that a dialog has closed. */
export function dialogClosed(): void {
  for (const listener of listeners) listener();
}
