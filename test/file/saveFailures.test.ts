import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../electron/node/atomicWrite.ts';
import { describeFileError } from '../../electron/node/fileErrors.ts';
import { planParam } from '../../shared/ipcSchema.ts';
import { openPlanFile, savePlanFile } from '../../electron/node/planFiles.ts';
import { RecoveryStore } from '../../electron/node/recovery.ts';
import { writePlanFile } from '../../shared/file/planFile.ts';
import { wuhouBaiyu } from '../../shared/samples/wuhouBaiyu.ts';
import { userChild } from './asUser.ts';

let dir: string;
let saveAsUser: Awaited<ReturnType<typeof userChild>>;

beforeAll(async () => {
  saveAsUser = await userChild();
});

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(tmpdir(), 'aidplan-save-目录 '));
});

describe('a save that fails says what and where, in Chinese', () => {
  it('a plan that breaks the file schema names the field: «第3个项目的“主要建设内容及规模”超过…字»', () => {
    const plan = wuhouBaiyu();
    const bad = { ...plan, projects: plan.projects.map((p, i) => (i === 2 ? { ...p, content: '字'.repeat(20_001) } : p)) };
    const parsed = planParam('未保存，规划中有不能保存的内容').safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('第3个项目的“主要建设内容及规模”：文字过长（超过20000字）');
  });

  it('a file marked read-only is not overwritten: 保存 says so and points to 另存为', async () => {
    const file = path.join(dir, '只读 规划.aidplan');
    await savePlanFile(file, { ...wuhouBaiyu(), title: '原稿' });
    await fs.chmod(file, 0o444);
    await expect(savePlanFile(file, { ...wuhouBaiyu(), title: '新稿' })).rejects.toThrow('文件“只读 规划.aidplan”是只读的，未保存。请用“另存为”保存到其他文件');
    expect((await openPlanFile(file)).title).toBe('原稿');
  });

  it('a folder without write permission is named, and the file in it is unchanged', async () => {
    const folder = path.join(dir, '只读文件夹');
    await fs.mkdir(folder);
    const file = path.join(folder, '规划.aidplan');
    await savePlanFile(file, { ...wuhouBaiyu(), title: '原稿' });
    await fs.chmod(dir, 0o755);
    await fs.chmod(file, 0o666);
    await fs.chmod(folder, 0o555);
    const result = await saveAsUser(file);
    expect(result.message).toBe(`无法保存“规划.aidplan”：没有写入权限（文件夹“${folder}”不允许写入），请用“另存为”保存到其他文件夹`);
    expect((await openPlanFile(file)).title).toBe('原稿');
  });

  it('a full disk, a locked file, a read-only disk and a missing folder each get their own sentence', async () => {
    const full = await fs.writeFile('/dev/full', 'x').catch((error: unknown) => error);
    const file = '/home/财务局/对口帮扶/规划.aidplan';
    expect(describeFileError(full, file, '保存')).toBe(
      '无法保存“规划.aidplan”：磁盘已满（“/home/财务局/对口帮扶”所在磁盘没有剩余空间），请清理磁盘或用“另存为”保存到其他位置',
    );
    const errno = (code: string, syscall: string) => Object.assign(new Error(code), { code, syscall });
    expect(describeFileError(errno('EPERM', 'rename'), file, '保存')).toBe(
      '无法保存“规划.aidplan”：文件被其他程序占用（如 Excel、WPS 或杀毒软件），请关闭后重试，或用“另存为”保存到其他文件',
    );
    expect(describeFileError(errno('EBUSY', 'open'), file, '保存')).toBe(
      '无法保存“规划.aidplan”：文件被其他程序占用（如 Excel、WPS 或杀毒软件），请关闭后重试',
    );
    expect(describeFileError(errno('EROFS', 'open'), file, '保存')).toBe(
      '无法保存“规划.aidplan”：所在磁盘是只读的（如光盘或写保护的U盘），请用“另存为”保存到其他位置',
    );
    const missing = await savePlanFile(path.join(dir, '没有这个文件夹', '规划.aidplan'), wuhouBaiyu()).catch((error: unknown) => (error as Error).message);
    expect(missing).toBe(`无法保存“规划.aidplan”：文件夹“${path.join(dir, '没有这个文件夹')}”不存在`);
  });

  it('a recovery copy that cannot be written says so (the autosave shows it)', async () => {
    await fs.writeFile(path.join(dir, 'recovery'), 'a file where the folder should be');
    const recovery = new RecoveryStore(dir);
    await expect(recovery.write(wuhouBaiyu(), { displayName: '规划', filePath: null })).rejects.toThrow(
      '无法写入恢复副本“current.json”：路径中有一项不是文件夹',
    );
  });
});

describe('no leftovers', () => {
  const old = new Date(Date.now() - 3_600_000);
  async function put(name: string, content: string, mtime = old): Promise<string> {
    const file = path.join(dir, name);
    await fs.writeFile(file, content);
    await fs.utimes(file, mtime, mtime);
    return file;
  }

  it('our temporary files older than this process are removed on the next save; other files are left alone', async () => {
    const plan = writePlanFile(wuhouBaiyu());
    await put('.规划.aidplan.4242.0badcafe.tmp', plan.slice(0, 5000));
    await put('.规划.aidplan.4242.0badcafe.bak-tmp', '');
    await put('.其他.aidplan.77.12345678.tmp', plan.slice(0, 3));
    const foreignContent = await put('.规划.aidplan.4242.deadbeef.tmp', '别人的文件');
    const foreignName = await put('规划.aidplan.tmp', plan);
    const fresh = await put('.规划.aidplan.4243.feedf00d.tmp', plan, new Date());
    await savePlanFile(path.join(dir, '规划.aidplan'), wuhouBaiyu());
    expect((await fs.readdir(dir)).sort()).toEqual(['规划.aidplan', path.basename(foreignName), path.basename(foreignContent), path.basename(fresh)].sort());
  });

  it('the recovery folder is cleaned at start (when the recovery copy is read)', async () => {
    const recovery = new RecoveryStore(dir);
    await recovery.write(wuhouBaiyu(), { displayName: '规划', filePath: null });
    const folder = path.dirname(recovery.copyFile);
    const leftover = path.join(folder, '.current.json.999.abcdef01.tmp');
    await fs.writeFile(leftover, '{"savedAt":"2026-');
    await fs.utimes(leftover, old, old);
    expect((await recovery.read())?.info.displayName).toBe('规划');
    expect(await fs.readdir(folder)).toEqual(['current.json']);
    expect(await removeLeftovers(folder)).toBe(0);
  });
});
