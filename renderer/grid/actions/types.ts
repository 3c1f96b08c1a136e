import type { SheetCore } from '../sheetCore.ts';

/** Where an action runs: its sheet, and the key that asked for it (none from the context menu). */
export interface GridActionContext {
  readonly core: SheetCore;
  readonly event?: KeyboardEvent;
  /** The clipboard: the copy/paste event's data for keys, navigator.clipboard for the menu. */
  readonly clipboard: {
    write(text: string): void | Promise<void>;
    read(): Promise<string>;
  };
  /** Asks the user a yes/no question (window.confirm in the app). */
  confirm(question: string): boolean;
}

/** The keys of an action: a test of the keydown, and how the help and the menu print it. */
export interface GridKeys {
  readonly test: (e: KeyboardEvent) => boolean;
  readonly shortcut: string;
  /** The browser's own clipboard event (copy/cut/paste) carries it: the keydown is left alone. */
  readonly native?: boolean;
}

/**
 * One thing a user can do in a grid (as Excalidraw's actions): the key
 * handler, the context menu, the help and the conformance tests all read the
 * registry (actions/index.ts) instead of knowing the actions themselves.
 */
export interface GridAction {
  readonly name: string;
  /** Chinese label, as the menu and the help show it. */
  readonly label: string;
  readonly keys: readonly GridKeys[];
  /** Shown in the right-click menu. */
  readonly inMenu?: boolean;
  enabled(ctx: GridActionContext): boolean;
  perform(ctx: GridActionContext): void | Promise<void>;
}

const ctrlOf = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

/** A key test: `key` (case-insensitive) with exactly these modifiers. */
export function key(k: string, mods: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}): (e: KeyboardEvent) => boolean {
  return (e) => e.key.toLowerCase() === k.toLowerCase() && ctrlOf(e) === !!mods.ctrl && e.shiftKey === !!mods.shift && e.altKey === !!mods.alt;
}

export const ARROWS: Record<string, readonly [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
export const isArrow = (e: KeyboardEvent) => e.key in ARROWS;
export const hasFocus = (ctx: GridActionContext) => ctx.core.focusedPos() !== null;
