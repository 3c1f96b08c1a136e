import { focusGrid, type GridTable } from '../grid/gridFocus.ts';

/** Fields a view without a grid gives the keyboard to, first one first. */
const FIELD = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';
/** In a view without fields (核对, 问题, 图表…): its first control, else the view itself. */
const CONTROL = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** How long to keep trying: a view loaded on demand, or a grid still rendering on a busy machine. */
const GIVE_UP_MS = 10_000;
const RETRY_MS = 30;

function tryFocus(container: HTMLElement, grid: GridTable | null): boolean {
  // An open dialog keeps the keyboard; the view gets it once the dialog closes (dialogClosed.ts).
  if (document.querySelector('[aria-modal="true"]')) return true;
  const active = document.activeElement;
  // Someone (the grid itself, a click of the user) already put the keyboard inside the view.
  if (active instanceof HTMLElement && active !== container && container.contains(active) && !active.matches('.view')) return true;
  if (grid) {
    // The grid registers itself once mounted; its cells exist only once its rows are drawn.
    return focusGrid(grid) && container.contains(document.activeElement);
  }
  if (!container.querySelector('.view')) return false; // still loading
  const target = container.querySelector<HTMLElement>(FIELD) ?? container.querySelector<HTMLElement>(CONTROL);
  if (target) {
    target.focus();
    return document.activeElement === target;
  }
  const view = container.querySelector<HTMLElement>('.view')!;
  view.tabIndex = -1;
  view.focus();
  return true;
}

/**
 * Gives the keyboard to the view shown in the container: its grid's cell
 * (renderer/grid/gridFocus.ts), else its first field. A view loaded on
 * demand or a grid still drawing its rows is not there yet, so this tries
 * again every few milliseconds until it is. Returns the cancel function
 * (the next switch cancels the previous request).
 */
export function focusView(container: HTMLElement, grid: GridTable | null, onFocused?: () => void): () => void {
  const start = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const attempt = () => {
    timer = null;
    if (!container.isConnected || performance.now() - start > GIVE_UP_MS) return;
    if (tryFocus(container, grid)) return onFocused?.();
    timer = setTimeout(attempt, RETRY_MS);
  };
  attempt();
  return () => {
    if (timer !== null) clearTimeout(timer);
  };
}
