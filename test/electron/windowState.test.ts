import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  keepWindowState,
  MIN_SIZE,
  placeWindow,
  SAVE_DELAY_MS,
  WindowStateStore,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../electron/node/windowState.ts';

/** A 1920×1080 monitor at 100% with the taskbar at the bottom, and a second one to its right. */
const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const second: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

describe('placing the window from the remembered state', () => {
  it('a first start opens at the default size, centred, with the minimum size', () => {
    expect(placeWindow(null, [primary], primary)).toEqual({ width: 1400, height: 860, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height, maximized: false });
  });

  it('a saved position on the second monitor reopens there, maximised if it was', () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 1100, height: 800 }, maximized: true };
    expect(placeWindow(saved, [primary, second], primary)).toMatchObject({ x: 2000, y: 40, width: 1100, height: 800, maximized: true });
  });

  it('a position on a monitor that was unplugged falls back to the default, centred on the primary screen', () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 1100, height: 800 }, maximized: false };
    const placed = placeWindow(saved, [primary], primary);
    expect(placed.x).toBeUndefined();
    expect(placed.y).toBeUndefined();
    expect(placed).toMatchObject({ width: 1100, height: 800 });
  });

  it('a title bar above the top of every screen cannot be grabbed, so the position is dropped', () => {
    const placed = placeWindow({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, [primary], primary);
    expect(placed.x).toBeUndefined();
  });

  it('absurd or damaged saved sizes give the defaults', () => {
    for (const saved of [
      { bounds: { x: 0, y: 0, width: 10, height: 10 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 1e9, height: 800 }, maximized: false },
      { bounds: { x: 0, y: 0, width: Number.NaN, height: 800 }, maximized: false },
      { bounds: { x: 0, y: 0, width: '1400', height: 800 }, maximized: false },
      { bounds: { x: 0.5, y: 0, width: 1400, height: 800 }, maximized: false },
      'garbage',
      {},
    ]) {
      const placed = placeWindow(saved, [primary], primary);
      expect(placed.width, JSON.stringify(saved)).toBe(1400);
      expect(placed.height).toBe(860);
      expect(placed.x).toBeUndefined();
    }
  });

  it('a window larger than its screen shrinks to fit it', () => {
    const placed = placeWindow({ bounds: { x: 1930, y: 0, width: 1900, height: 1040 }, maximized: false }, [primary, second], primary);
    expect(placed).toMatchObject({ x: 1930, width: 1280, height: 984 });
  });

  it('a small laptop at 150% (work area 910×480 DIPs) gets a window and a minimum size that fit it', () => {
    const laptop: Rect = { x: 0, y: 0, width: 910, height: 480 };
    const placed = placeWindow(null, [laptop], laptop);
    expect(placed.width).toBeLessThanOrEqual(910);
    expect(placed.height).toBeLessThanOrEqual(480);
    expect(placed.minWidth).toBeLessThanOrEqual(placed.width);
    expect(placed.minHeight).toBeLessThanOrEqual(placed.height);
  });
});

/** A window that records its listeners; the test moves and resizes it. */
class FakeWindow implements TrackedWindow {
  bounds: Rect = { x: 10, y: 20, width: 1200, height: 800 };
  maximized = false;
  minimized = false;
  private readonly listeners = new Map<string, (() => void)[]>();
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isMinimized = () => this.minimized;
  isFullScreen = () => false;
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string) {
    for (const l of this.listeners.get(event) ?? []) l();
  }
}

describe('remembering the window', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a drag is saved once, after it pauses, and the file restores the same place', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-window-'));
    const store = new WindowStateStore(dir);
    const write = vi.spyOn(store, 'write');
    const win = new FakeWindow();
    const keeper = keepWindowState(win, store);
    for (let x = 10; x < 300; x += 10) {
      win.bounds = { ...win.bounds, x };
      win.emit('move');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await keeper.written();
    expect(write).toHaveBeenCalledTimes(1);
    const saved = JSON.parse(readFileSync(path.join(dir, 'window-state.json'), 'utf8')) as WindowState;
    expect(saved).toEqual({ bounds: { x: 290, y: 20, width: 1200, height: 800 }, maximized: false });
    expect(placeWindow(await store.read(), [primary], primary)).toMatchObject({ x: 290, y: 20, width: 1200, height: 800 });
  });

  it('closing saves at once, maximised with the normal bounds kept for restoring', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-window-'));
    const store = new WindowStateStore(dir);
    const win = new FakeWindow();
    const keeper = keepWindowState(win, store);
    win.maximized = true;
    win.emit('close');
    await keeper.written();
    expect(await store.read()).toEqual({ bounds: win.bounds, maximized: true });
  });

  it('a minimised window is not saved (its bounds are not where it should reopen)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aidplan-window-'));
    const store = new WindowStateStore(dir);
    writeFileSync(path.join(dir, 'window-state.json'), JSON.stringify({ bounds: { x: 5, y: 5, width: 1000, height: 700 }, maximized: false }));
    const win = new FakeWindow();
    const keeper = keepWindowState(win, store);
    win.minimized = true;
    win.bounds = { x: -32000, y: -32000, width: 160, height: 28 };
    win.emit('resize');
    win.emit('close');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    await keeper.written();
    expect(await store.read()).toEqual({ bounds: { x: 5, y: 5, width: 1000, height: 700 }, maximized: false });
  });

  it('a failed write is reported, not thrown, and later saves still happen', async () => {
    const writes: WindowState[] = [];
    let fail = true;
    const errors: unknown[] = [];
    const win = new FakeWindow();
    const keeper = keepWindowState(
      win,
      {
        write: async (s) => {
          if (fail) {
            fail = false;
            throw new Error('磁盘已满');
          }
          writes.push(s);
        },
      },
      (e) => errors.push(e),
    );
    win.emit('close');
    await keeper.written();
    win.emit('close');
    await keeper.written();
    expect(errors).toHaveLength(1);
    expect(writes).toHaveLength(1);
  });
});
