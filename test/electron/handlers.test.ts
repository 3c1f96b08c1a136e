import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptCalls } from '../../electron/node/callEntry.ts';
import { createHandlers, type DialogPort } from '../../electron/node/handlers.ts';
import { RecoveryStore } from '../../electron/node/recovery.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { SAMPLES } from '../../shared/samples/index.ts';
import type { UnsavedChoice } from '../../shared/ipc.ts';

const temp = (tag: string) => mkdtempSync(path.join(os.tmpdir(), `aidplan-${tag}-`));

/** The handler registry over real files, called as the renderer calls it (through the call entry); only the dialogs answer from the test. */
function setup(options: { startFile?: string; dataDir?: string } = {}) {
  const answers = { open: null as string | null, save: null as string | null, unsaved: 'cancel' as UnsavedChoice };
  const dialogs: DialogPort = {
    chooseOpenFile: async () => answers.open,
    chooseSaveFile: async () => answers.save,
    askUnsaved: async () => answers.unsaved,
    chooseImportFile: async () => answers.open,
    chooseCompareFile: async () => answers.open,
    chooseExportFile: async () => answers.save,
    chooseFolder: async () => answers.open,
  };
  const titles: string[] = [];
  const dataDir = options.dataDir ?? temp('data');
  const { handlers, session } = createHandlers({
    dataDir,
    dialogs,
    startFile: options.startFile ?? null,
    window: { setTitle: (t) => titles.push(t), close: () => titles.push('closed') },
    currentYear: () => 2026,
    print: { pdfBytes: async () => new Uint8Array(), print: async () => ({ printed: true }) },
  });
  return { handlers: acceptCalls(handlers), session, answers, titles, dataDir };
}

const sample = () => SAMPLES['wuhou-baiyu-2016-2020']();

describe('the handler registry', () => {
  it('the first start shows the bundled sample; the next start reopens the last file', async () => {
    const first = setup();
    const startup = await first.handlers.startup();
    expect(startup.document.displayName).toBe('示例：武侯区对口帮扶白玉县规划');
    expect(startup.document.plan.projects).toHaveLength(8);
    expect(startup.recovery).toBeNull();
    const file = path.join(temp('files'), '计划');
    first.answers.save = file;
    const saved = await first.handlers.save(sample());
    expect(saved).toEqual({ saved: true, filePath: `${file}.aidplan`, displayName: '计划.aidplan' });

    const second = setup({ dataDir: first.dataDir });
    const again = await second.handlers.startup();
    expect(again.document.filePath).toBe(`${file}.aidplan`);
    expect(again.recent.map((r) => r.name)).toEqual(['计划.aidplan']);
  });

  it('a file on the command line opens at startup; one that cannot be read falls back to the sample with the reason', async () => {
    const file = path.join(temp('files'), 'given.aidplan');
    writeFileSync(file, writePlanFile(SAMPLES['longquanyi-ganzi-2020']()));
    expect((await setup({ startFile: file }).handlers.startup()).document.plan.projects).toHaveLength(11);
    const broken = path.join(temp('files'), 'broken.aidplan');
    writeFileSync(broken, 'not json');
    const startup = await setup({ startFile: broken }).handlers.startup();
    expect(startup.document.displayName).toContain('示例');
    expect(startup.document.notes[0]).toContain('无法打开“broken.aidplan”');
  });

  it('opens only paths on the recent list by name; others come from the dialog', async () => {
    const { handlers, answers } = setup();
    const elsewhere = path.join(temp('files'), 'secret.aidplan');
    writeFileSync(elsewhere, writePlanFile(sample()));
    await expect(handlers.openRecent(elsewhere)).rejects.toThrow('只能打开“最近打开”列表中的文件');
    await expect(handlers.openRecent(42)).rejects.toThrow('文件路径无效');
    answers.open = elsewhere;
    const opened = await handlers.openFile();
    expect(opened?.filePath).toBe(elsewhere);
    expect((await handlers.openRecent(elsewhere)).displayName).toBe('secret.aidplan');
    answers.open = null;
    expect(await handlers.openFile()).toBeNull();
  });

  it('refuses to save a plan that is not a valid plan, and writes nothing', async () => {
    const { handlers, answers } = setup();
    const file = path.join(temp('files'), 'x.aidplan');
    answers.save = file;
    await expect(handlers.save({ ...sample(), categories: [{ id: 'c1', name: '甲', aliases: [], byYear: { '2016': '1e9' } }] })).rejects.toThrow(
      '未保存，规划中有不能保存的内容：第1个类别的“年度金额”（2016年）：不是有效金额',
    );
    await expect(handlers.saveAs('not a plan')).rejects.toThrow('未保存，规划中有不能保存的内容：');
    expect(existsSync(file)).toBe(false);
  });

  it('保存 writes the current file without asking; 另存为 always asks; a cancelled dialog writes nothing', async () => {
    const { handlers, answers } = setup();
    answers.save = null;
    expect(await handlers.save(sample())).toEqual({ saved: false });
    const file = path.join(temp('files'), 'a.aidplan');
    answers.save = file;
    await handlers.save(sample());
    answers.save = path.join(temp('files'), 'never.aidplan');
    const changed = { ...sample(), title: '改过的标题' };
    expect(await handlers.save(changed)).toMatchObject({ saved: true, filePath: file });
    expect(readFileSync(file, 'utf8')).toContain('改过的标题');
    answers.save = null;
    expect(await handlers.saveAs(changed)).toEqual({ saved: false });
  });

  it('autosave writes the recovery copy only; a normal close removes it', async () => {
    const { handlers, answers, dataDir, titles } = setup();
    const file = path.join(temp('files'), 'mine.aidplan');
    answers.save = file;
    await handlers.save(sample());
    const onDisk = readFileSync(file, 'utf8');
    await handlers.writeRecovery({ ...sample(), title: '未保存的修改' }, 'mine.aidplan');
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
    const next = setup({ dataDir });
    const startup = await next.handlers.startup();
    expect(startup.recovery).toMatchObject({ displayName: 'mine.aidplan', filePath: file });
    expect((await next.handlers.restoreRecovery())?.plan.title).toBe('未保存的修改');
    await handlers.closeWindow();
    expect(titles.at(-1)).toBe('closed');
    expect(await next.handlers.restoreRecovery()).toBeNull();
  });

  it('an autosave still being written when the user saves cannot leave a stale copy behind', async () => {
    const { handlers, answers, dataDir } = setup();
    answers.save = path.join(temp('files'), 'raced.aidplan');
    // The renderer does not wait for the autosave before 保存: both are in flight at once.
    const autosave = handlers.writeRecovery({ ...sample(), title: '保存前的修改' }, '示例');
    const saved = handlers.save(sample());
    await Promise.all([autosave, saved]);
    expect(existsSync(path.join(dataDir, 'recovery', 'current.json'))).toBe(false);
    expect((await setup({ dataDir }).handlers.startup()).recovery).toBeNull();
    // The same at the store itself, where the removal is asked the moment after the write.
    const store = new RecoveryStore(dataDir);
    await Promise.all([store.write(sample(), { displayName: '示例', filePath: null }), store.clear()]);
    expect(await store.read()).toBeNull();
    await Promise.all([store.clear(), store.write(sample(), { displayName: '示例', filePath: null })]);
    expect((await store.read())?.info.displayName).toBe('示例');
  });

  it('validates the title arguments and passes the unsaved question to the dialog', async () => {
    const { handlers, answers, titles } = setup();
    await handlers.setTitleState('计划.aidplan', true);
    expect(titles).toEqual(['计划.aidplan* - 对口帮扶规划表']);
    await expect(handlers.setTitleState('计划.aidplan', 'yes')).rejects.toThrow('修改标记无效');
    answers.unsaved = 'save';
    expect(await handlers.askUnsaved('计划.aidplan')).toBe('save');
    expect((await handlers.newPlan()).plan.firstYear).toBe(2026);
  });
});
