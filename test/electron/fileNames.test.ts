import { describe, expect, it } from 'vitest';
import { planFileName } from '../../electron/node/fileNames.ts';

describe('the file name the save and export dialogs suggest', () => {
  it('replaces what Windows forbids and line breaks, and keeps Chinese titles as they are', () => {
    expect(planFileName('成都市武侯区对口帮扶白玉县规划（2016—2020年）', '.xlsx')).toBe('成都市武侯区对口帮扶白玉县规划（2016—2020年）.xlsx');
    expect(planFileName('甲/乙:丙*?"<>|\\丁\r\n戊', '.pdf')).toBe('甲_乙_丙_______丁__戊.pdf');
  });

  it('is never blank, never ends in a dot or space, and stays short', () => {
    expect(planFileName('   ', '.aidplan')).toBe('未命名规划.aidplan');
    expect(planFileName('规划. . ', '.pdf')).toBe('规划.pdf');
    expect(planFileName('长'.repeat(200), '.xlsx')).toBe(`${'长'.repeat(80)}.xlsx`);
  });
});
