import { describe, expect, it, vi } from 'vitest';
import { SPREADSHEET_EXTENSIONS } from '../../electron/node/xlsx/spreadsheetExtensions.ts';

// Electron's dialog module replaced at the import boundary: it records the options and answers as a user would.
type Shown = { title?: string; filters?: { name: string; extensions: string[] }[] };
const { electron, shown } = vi.hoisted(() => {
  const shown: Shown[] = [];
  const showOpenDialog = async (...args: unknown[]) => {
    shown.push(args.at(-1) as Shown);
    return { canceled: false, filePaths: ['/tmp/对方修改稿.xls'] };
  };
  return { shown, electron: { dialog: { showOpenDialog } } };
});
vi.mock('electron', () => electron);

const { electronDialogs } = await import('../../electron/main/dialogs.ts');

describe('the 导入Excel and 比较修改稿 dialogs', () => {
  it('offer every spreadsheet kind first, so a partner’s .xls or .et reaches the message saying how to save it as .xlsx', async () => {
    const dialogs = electronDialogs(() => null);
    expect(await dialogs.chooseImportFile()).toBe('/tmp/对方修改稿.xls');
    await dialogs.chooseCompareFile();
    const [importOptions, compareOptions] = shown;
    expect(importOptions?.title).toBe('导入Excel');
    expect(importOptions?.filters?.[0]?.extensions).toEqual([...SPREADSHEET_EXTENSIONS]);
    expect(importOptions?.filters?.[0]?.extensions).toEqual(expect.arrayContaining(['xlsx', 'xls', 'et', 'ods', 'csv']));
    expect(compareOptions?.filters?.[0]?.extensions).toEqual(['aidplan', ...SPREADSHEET_EXTENSIONS]);
  });
});
