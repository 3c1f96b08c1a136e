import path from 'node:path';
import { z } from 'zod';
import { readJson, writeJson } from './jsonStore.ts';

/** A rectangle in device-independent pixels (Electron's `Rectangle`, screen `workArea`). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What is remembered of the main window: its normal (not maximised) bounds, in DIPs, and whether it was maximised. */
export interface WindowState {
  readonly bounds: Rect;
  readonly maximized: boolean;
}

/** Where and how big the window opens. No x/y: let the system centre it. */
export interface WindowPlacement {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly minWidth: number;
  readonly minHeight: number;
  readonly maximized: boolean;
}

/** The size of a first start, in DIPs (shrunk to the screen when it is smaller). */
export const DEFAULT_SIZE = { width: 1400, height: 860 } as const;
/**
 * The smallest useful window, in DIPs: the tabs and a grid of a few years stay
 * usable. Small enough for a 1366×768 laptop at 150% (work area ≈ 910×480 DIPs).
 */
export const MIN_SIZE = { width: 760, height: 460 } as const;
/** Larger than any real screen arrangement: such a saved size is a damaged file. */
const MAX_SIDE = 20_000;
/** How much of the title bar must lie on a screen for the user to grab it, in DIPs. */
const GRAB_WIDTH = 120;
const TITLE_BAR = 30;

const side = z.number().int().min(1).max(MAX_SIDE);
const coord = z.number().int().min(-MAX_SIDE).max(MAX_SIDE);
const schema = z.object({
  bounds: z.object({ x: coord, y: coord, width: side, height: side }),
  maximized: z.boolean(),
});

/** Reads the saved state; anything missing or malformed gives null (the defaults). */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The title bar's strip lies on a work area wide enough to grab it (a monitor unplugged since leaves it nowhere). */
function titleBarOnScreen(bounds: Rect, areas: readonly Rect[]): boolean {
  return areas.some((a) => {
    const overlapX = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x);
    return overlapX >= Math.min(GRAB_WIDTH, bounds.width) && bounds.y >= a.y && bounds.y + TITLE_BAR <= a.y + a.height;
  });
}

/** The work area holding most of the rectangle's top-left corner, else the primary. */
function areaOf(bounds: Rect, areas: readonly Rect[], primary: Rect): Rect {
  return areas.find((a) => bounds.x >= a.x && bounds.x < a.x + a.width && bounds.y >= a.y && bounds.y < a.y + a.height) ?? primary;
}

/**
 * Where the window opens, from the saved state and today's screens. A saved
 * position whose title bar is on no screen, or an absurd size (below the
 * minimum, or not a real number), falls back to the default size centred; a
 * size larger than its screen shrinks to it.
 *
 * @param saved what was read from disk (validated here)
 * @param workAreas every display's work area, in DIPs (`screen.getAllDisplays()`)
 * @param primary the primary display's work area
 */
export function placeWindow(saved: unknown, workAreas: readonly Rect[], primary: Rect): WindowPlacement {
  const minWidth = Math.min(MIN_SIZE.width, primary.width);
  const minHeight = Math.min(MIN_SIZE.height, primary.height);
  const fallback: WindowPlacement = {
    width: Math.max(minWidth, Math.min(DEFAULT_SIZE.width, primary.width)),
    height: Math.max(minHeight, Math.min(DEFAULT_SIZE.height, primary.height)),
    minWidth,
    minHeight,
    maximized: false,
  };
  const state = parseWindowState(saved);
  if (!state) return fallback;
  const { bounds } = state;
  if (bounds.width < minWidth || bounds.height < minHeight) return { ...fallback, maximized: state.maximized };
  const areas = workAreas.length > 0 ? workAreas : [primary];
  if (!titleBarOnScreen(bounds, areas)) {
    // Off every screen: keep the size if it fits the primary screen, centred there.
    return {
      ...fallback,
      width: Math.min(bounds.width, primary.width),
      height: Math.min(bounds.height, primary.height),
      maximized: state.maximized,
    };
  }
  const area = areaOf(bounds, areas, primary);
  return {
    x: bounds.x,
    y: bounds.y,
    width: Math.min(bounds.width, area.width),
    height: Math.min(bounds.height, area.height),
    minWidth,
    minHeight,
    maximized: state.maximized,
  };
}

/**
 * `window-state.json` in the data folder. A file of its own rather than a key
 * of settings.json: window moves are saved often, and two writers of one
 * file could each drop the other's change.
 */
export class WindowStateStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'window-state.json');
  }

  /** The saved state as found on disk (unvalidated: `placeWindow` validates it). */
  async read(): Promise<unknown> {
    return readJson(this.file);
  }

  async write(state: WindowState): Promise<void> {
    await writeJson(this.file, state);
  }
}

/** The parts of a BrowserWindow the keeper needs (so it is testable without Electron). */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/** How long a drag or resize must pause before the state is written, in ms. */
export const SAVE_DELAY_MS = 500;

/**
 * Saves the window's state after it is moved or resized (debounced) and at
 * once on close. A minimised or full-screen window is not saved: its bounds
 * are not where the user wants it to reopen.
 *
 * @returns saveNow(): saves at once; written(): settles when every save so far is on disk (await it before quitting)
 */
export function keepWindowState(
  win: TrackedWindow,
  store: Pick<WindowStateStore, 'write'>,
  onError: (error: unknown) => void = () => undefined,
): { saveNow(): Promise<void>; written(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (win.isMinimized() || win.isFullScreen()) return writing;
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    // Writes are chained so an older state never lands after a newer one.
    writing = writing.then(() => store.write(state)).catch(onError);
    return writing;
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, later);
  win.on('close', () => void save());
  return { saveNow: save, written: () => writing };
}
