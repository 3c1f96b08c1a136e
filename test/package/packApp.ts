/**
 * Builds AidPlan (electron-vite) from a clean out/ and packs it with
 * electron-builder's `--linux dir` target against a stand-in Electron folder,
 * all offline: what the Windows installer would carry, minus Electron itself.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs a Node script at low CPU priority: building and packing take a core
 * for a minute, and the timing-sensitive browser tests share the machine.
 */
function run(
  file: string,
  args: readonly string[],
  options: { cwd: string; maxBuffer: number; env?: NodeJS.ProcessEnv },
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { stdout, stderr }));
      else resolve({ stdout, stderr });
    });
    if (child.pid !== undefined) {
      try {
        os.setPriority(child.pid, 10);
      } catch {
        // Not allowed everywhere; the build only runs a little slower beside other tests.
      }
    }
  });
}

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The parts electron-vite writes (out/e2e-renderer belongs to the e2e tests and is left alone). */
const BUILT_PARTS = ['main', 'preload', 'renderer'];

/** Electron's version from node_modules, so electron-builder never looks it up online. */
export async function electronVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs `electron-vite build` (through its API: the same as the CLI) after deleting the previous output. */
export async function buildApp(): Promise<string> {
  await Promise.all(BUILT_PARTS.map((part) => rm(path.join(ROOT, 'out', part), { recursive: true, force: true })));
  const script = "import { build } from 'electron-vite'; await build({ root: process.cwd(), configFile: 'electron.vite.config.ts', logLevel: 'warn' });";
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return stdout + stderr;
}

/** What `packApp` produced. */
export interface PackResult {
  /** The linux-unpacked folder (the stand-in executable renamed, resources/app.asar). */
  readonly appDir: string;
  readonly asarPath: string;
  /** electron-builder's log. */
  readonly log: string;
  /** The temporary folder holding everything; delete it when done. */
  readonly tempDir: string;
}

/**
 * The stand-in `electron` executable: a shell script that carries Electron's
 * fuse wire (the sentinel @electron/fuses looks for, wire version 1, eight
 * fuses as Electron 41 ships them: RunAsNode on, cookie encryption off,
 * NODE_OPTIONS on, --inspect on, ASAR integrity off, only-from-ASAR off, V8
 * snapshot off, file:// privileges on), so packing flips real fuse bytes.
 */
const STAND_IN_EXECUTABLE = `#!/bin/sh\necho "stand-in for Electron"\nexit 0\n# dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\u0001\u000810110001\n`;

/**
 * Packs the built app with the repository's electron-builder.yml. The stand-in
 * Electron is a folder with an executable `electron` file: all that
 * electron-builder's Linux packager needs from an Electron distribution.
 * A dead proxy makes any download attempt fail instead of fetching.
 */
export async function packApp(): Promise<PackResult> {
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'aidplan-pack-'));
  const standIn = path.join(tempDir, 'electron-stand-in');
  await mkdir(standIn);
  await writeFile(path.join(standIn, 'electron'), STAND_IN_EXECUTABLE);
  await chmod(path.join(standIn, 'electron'), 0o755);
  const output = path.join(tempDir, 'dist');
  const args = [
    path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
    '--linux',
    'dir',
    '--x64',
    '--projectDir',
    ROOT,
    `-c.electronDist=${standIn}`,
    `-c.electronVersion=${await electronVersion()}`,
    `-c.directories.output=${output}`,
  ];
  const deadProxy = 'http://127.0.0.1:9';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HTTPS_PROXY: deadProxy,
    HTTP_PROXY: deadProxy,
    https_proxy: deadProxy,
    http_proxy: deadProxy,
    ELECTRON_BUILDER_CACHE: path.join(tempDir, 'cache'),
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
  };
  // electron-builder silences its log when it sees VITEST; the test reads that log.
  delete env['VITEST'];
  const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env });
  const appDir = path.join(output, 'linux-unpacked');
  return { appDir, asarPath: path.join(appDir, 'resources', 'app.asar'), log: stdout + stderr, tempDir };
}
