import { clearSelection, copySelection, pasteText } from '../clipboard.ts';
import { hasFocus, key, type GridAction } from './types.ts';

export const cut: GridAction = {
  name: 'cut',
  label: '剪切',
  keys: [{ test: key('x', { ctrl: true }), shortcut: 'Ctrl+X', native: true }],
  inMenu: true,
  enabled: hasFocus,
  perform: (ctx) => void copySelection(ctx.core, (text) => void ctx.clipboard.write(text), true),
};

export const copy: GridAction = {
  name: 'copy',
  label: '复制',
  keys: [{ test: key('c', { ctrl: true }), shortcut: 'Ctrl+C', native: true }],
  inMenu: true,
  enabled: (ctx) => ctx.core.active !== null,
  perform: (ctx) => void copySelection(ctx.core, (text) => void ctx.clipboard.write(text)),
};

export const paste: GridAction = {
  name: 'paste',
  label: '粘贴',
  keys: [{ test: key('v', { ctrl: true }), shortcut: 'Ctrl+V', native: true }],
  inMenu: true,
  enabled: (ctx) => ctx.core.active !== null,
  async perform(ctx) {
    let text: string;
    try {
      text = await ctx.clipboard.read();
    } catch {
      ctx.core.store.setMessage({ kind: 'error', text: '无法读取剪贴板（未获允许）：请按 Ctrl+V 粘贴' });
      return;
    }
    pasteText(ctx.core, text, ctx.confirm);
  },
};

export const clearContents: GridAction = {
  name: 'clearContents',
  label: '清除内容',
  keys: [{ test: key('Delete'), shortcut: 'Delete' }],
  inMenu: true,
  enabled: hasFocus,
  perform: (ctx) => clearSelection(ctx.core),
};
