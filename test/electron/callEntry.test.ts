import { describe, expect, it } from 'vitest';
import { acceptCalls, type HandlerRegistry } from '../../electron/node/callEntry.ts';
import { CALLS, CALL_NAMES } from '../../shared/ipc.ts';
import { SAMPLES } from '../../shared/samples/index.ts';

const sample = () => SAMPLES['wuhou-baiyu-2016-2020']();

/** Handlers that only record what reached them. */
function recorder() {
  const seen: unknown[][] = [];
  const handlers: Pick<HandlerRegistry, 'save' | 'setTitleState' | 'exportPdf'> = {
    save: async (plan) => (seen.push(['save', plan]), { saved: false }),
    setTitleState: async (name, dirty) => void seen.push(['setTitleState', name, dirty]),
    exportPdf: async (plan, options) => (seen.push(['exportPdf', plan.title, options.projectTotalRow]), { saved: false }),
  };
  return { entry: acceptCalls(handlers), seen };
}

describe('the call entry (where renderer calls enter the main process)', () => {
  it('declares every call of the contract once, with an argument tuple and a result', () => {
    expect(Object.keys(CALLS).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(CALLS[name].args.def.type).toBe('tuple');
  });

  it('hands a valid plan to the handler with its content unchanged', async () => {
    const { entry, seen } = recorder();
    await entry.save(sample());
    expect(seen).toEqual([['save', sample()]]);
  });

  it('refuses a plan beyond the file schema, naming the argument, the field and what was not done', async () => {
    const { entry, seen } = recorder();
    const plan = sample();
    const tooLong = { ...plan, projects: plan.projects.map((p, i) => (i === 2 ? { ...p, remarks: '备'.repeat(20_001) } : p)) };
    await expect(entry.save(tooLong)).rejects.toThrow('未保存，规划中有不能保存的内容：第3个项目的“备注”：文字过长（超过20000字）');
    expect(seen).toEqual([]);
  });

  it('refuses wrong argument types and counts before the handler runs', async () => {
    const { entry, seen } = recorder();
    await expect(entry.setTitleState('计划.aidplan', 'yes')).rejects.toThrow('修改标记无效');
    await expect(entry.setTitleState('x'.repeat(1001), true)).rejects.toThrow('文档名称无效');
    await expect(entry.setTitleState('计划.aidplan')).rejects.toThrow('程序内部错误');
    await expect(entry.exportPdf(sample(), { sections: 'all' })).rejects.toThrow('打印选项无效');
    expect(seen).toEqual([]);
    await entry.setTitleState('计划.aidplan', false);
    expect(seen).toEqual([['setTitleState', '计划.aidplan', false]]);
  });
});
