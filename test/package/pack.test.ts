/**
 * The installer half of issue 7, checked offline: electron-builder accepts
 * electron-builder.yml, the NSIS/portable/file-association settings are the
 * ones the issue asks for, and `electron-builder --linux dir` with a stand-in
 * Electron packs an app.asar that holds the built app and nothing else.
 */
import { readFileSync, statSync } from 'node:fs';
import { access, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { Configuration, FileAssociation, NsisOptions, PortableOptions, TargetConfiguration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LicenseFile } from '../../build/licenses.ts';
import { SAMPLES, type SampleName } from '../../shared/samples/index.ts';
import { buildApp, electronVersion, packApp, ROOT, type PackResult } from './packApp.ts';
import { PRODUCT_NAME } from '../../shared/product.ts';
import { META_CONTENT_SECURITY_POLICY } from '../../electron/node/contentSecurityPolicy.ts';

/** Packages the asar must never carry: dev tools, Electron itself, the CLI's TypeScript runner. */
const FORBIDDEN_PACKAGES = [
  'vitest',
  'vite',
  'eslint',
  'typescript',
  'playwright-core',
  'electron',
  'electron-builder',
  'electron-vite',
  'fast-check',
  'tsx',
  'esbuild',
  '@types/node',
];
/** Bundled into out/renderer by Vite: shipping them again in node_modules would only add megabytes. */
const RENDERER_BUNDLED = ['react', 'react-dom', 'scheduler', 'ag-grid-community', 'ag-grid-react'];

async function loadConfig(): Promise<Configuration> {
  return getConfig(ROOT, null, null);
}

/** The package a bare import specifier names ('exceljs/dist/x' → 'exceljs', '@a/b/c' → '@a/b'). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Bare packages a built bundle loads at run time (import, dynamic import, require), without node: built-ins and electron. */
function runtimeImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*["']([^"'./][^"']*)["']/g,
    /\bimport\s*\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    /\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    /\bimport\s*["']([^"'./][^"']*)["']/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.add(packageOf(match[1] ?? ''));
  const builtins = new Set(builtinModules);
  return [...found].filter((name) => !name.startsWith('node:') && !builtins.has(name) && name !== 'electron').sort();
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own validation, which rejects a misspelt option', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, nsis: { ...config.nsis, oneclick: false } } as unknown as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('fixes the identity: appId, product name, copyright, build folders, no publishing', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('cn.aidplan.desktop');
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.copyright).toMatch(/^Copyright © \d{4} /);
    expect(config.directories).toMatchObject({ output: 'dist', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { main: string; build?: unknown; scripts: Record<string, string> };
    expect(pkg.build, 'the config lives in electron-builder.yml only').toBeUndefined();
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder --win nsis portable --x64');
  });

  it('builds a per-user NSIS installer in Chinese with a choosable folder, both shortcuts and an uninstaller, plus a portable exe, for x64', async () => {
    const config = await loadConfig();
    const targets = (config.win?.target ?? []) as TargetConfiguration[];
    expect(targets.map((t) => [t.target, t.arch])).toEqual([
      ['nsis', ['x64']],
      ['portable', ['x64']],
    ]);
    const nsis = config.nsis as NsisOptions;
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: '对口帮扶规划表',
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
    expect(nsis.uninstallDisplayName).toMatch(/^对口帮扶规划表/);
    expect(nsis.artifactName).not.toBe((config.portable as PortableOptions).artifactName);
    expect(config.win?.icon).toBe('build/icon.ico');
  });

  it('flips Electron’s fuses: no run-as-Node, NODE_OPTIONS or --inspect; encrypted cookies; the app only from an integrity-checked asar; no file:// privileges', async () => {
    const config = await loadConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .aidplan files with the app, with their own icon and description', async () => {
    const config = await loadConfig();
    const associations = config.fileAssociations as FileAssociation[];
    expect(associations).toEqual([{ ext: 'aidplan', name: '对口帮扶规划文件', description: '对口帮扶规划文件', icon: 'build/fileIcon.ico', role: 'Editor' }]);
    for (const file of ['build/icon.ico', 'build/fileIcon.ico', 'build/icon.png']) await expect(access(path.join(ROOT, file))).resolves.toBeUndefined();
  });
});

describe('the packed app (electron-builder --linux dir with a stand-in Electron)', () => {
  let pack: PackResult;
  let files: string[];
  let packages: Set<string>;

  beforeAll(async () => {
    const started = Date.now();
    await buildApp();
    const built = Date.now();
    pack = await packApp();
    files = listPackage(pack.asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    packages = new Set(files.map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(f)?.[1]).filter((n): n is string => n !== undefined));
    const { size } = statSync(pack.asarPath);
    console.log(
      `app.asar: ${(size / 1024 / 1024).toFixed(2)} MiB (${size} bytes), ${files.length} entries, ${packages.size} packages in node_modules; ` +
        `electron-vite build ${((built - started) / 1000).toFixed(1)} s, electron-builder ${((Date.now() - built) / 1000).toFixed(1)} s`,
    );
  }, 300_000);

  afterAll(async () => {
    if (pack) await rm(pack.tempDir, { recursive: true, force: true });
  });

  it('packs offline: nothing downloaded, the stand-in renamed to the executable name', async () => {
    expect(pack.log).not.toMatch(/download/i);
    expect(pack.log).toContain(`electron=${await electronVersion()}`);
    await expect(access(path.join(pack.appDir, 'AidPlan'))).resolves.toBeUndefined();
  });

  it('holds the built main process, the preload, the renderer page with every asset it loads, and package.json', () => {
    expect(files).toContain('/out/main/index.js');
    expect(files).toContain('/out/preload/index.cjs');
    expect(files).toContain('/out/renderer/index.html');
    const html = extractFile(pack.asarPath, 'out/renderer/index.html').toString('utf8');
    // The shipped page carries the production CSP (no WebSocket, no inline script), not the dev server's.
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => `/out/renderer/${m[1] ?? ''}`);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    for (const asset of assets) expect(files).toContain(asset);
    const packed = JSON.parse(extractFile(pack.asarPath, 'package.json').toString('utf8')) as { main: string; devDependencies?: unknown };
    expect(packed.main).toBe('out/main/index.js');
    expect(files).toContain(`/${packed.main}`);
  });

  it('the packed executable has its fuses flipped as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(path.join(pack.appDir, 'AidPlan'));
    // The wire holds ASCII '0' (off) and '1' (on) per fuse.
    const state = (option: FuseV1Options) => String.fromCharCode(Number(wire[option]));
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot), 'the fuse not configured keeps Electron’s default').toBe('0');
  });

  it('the sandboxed preload loads nothing but Electron (it cannot load packages)', () => {
    expect(runtimeImports(extractFile(pack.asarPath, 'out/preload/index.cjs').toString('utf8'))).toEqual([]);
  });

  it('carries the bundled samples inside the main bundle (the first start opens one)', () => {
    const main = extractFile(pack.asarPath, 'out/main/index.js').toString('utf8');
    for (const name of Object.keys(SAMPLES) as SampleName[]) {
      const plan = SAMPLES[name]();
      expect(main, name).toContain(name);
      expect(main, `${name}: title`).toContain(plan.title);
      for (const category of plan.categories) expect(main, `${name}: ${category.name}`).toContain(category.name);
    }
  });

  it('holds every package the main process and preload load at run time, with their own dependencies', () => {
    const bundles = files.filter((f) => /^\/out\/(main|preload)\/.*\.(c|m)?js$/.test(f));
    const needed = new Set(bundles.flatMap((f) => runtimeImports(extractFile(pack.asarPath, f.slice(1)).toString('utf8'))));
    expect(needed.size).toBeGreaterThan(0);
    // Walk each package's dependencies the way Node resolves them inside the asar.
    const resolve = (name: string, fromDir: string): string | null => {
      for (let dir = fromDir; ; dir = path.posix.dirname(dir)) {
        const candidate = path.posix.join(dir, 'node_modules', name);
        if (files.includes(`${candidate}/package.json`)) return candidate;
        if (dir === '/') return null;
      }
    };
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (name: string, fromDir: string, optional: boolean): void => {
      const dir = resolve(name, fromDir);
      if (dir === null) {
        if (!optional) missing.push(`${name} (needed from ${fromDir})`);
        return;
      }
      if (seen.has(dir)) return;
      seen.add(dir);
      const pkg = JSON.parse(extractFile(pack.asarPath, `${dir.slice(1)}/package.json`).toString('utf8')) as {
        dependencies?: Record<string, string>;
        optionalDependencies?: Record<string, string>;
      };
      for (const dep of Object.keys(pkg.dependencies ?? {})) if (!dep.startsWith('@types/')) visit(dep, dir, false);
      for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dir, true);
    };
    for (const name of needed) visit(name, '/', false);
    expect(missing).toEqual([]);
  });

  it('loads the shipped libraries from the unpacked asar alone, and ExcelJS writes and reads a workbook there', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const shipped = Object.keys(pkg.dependencies).filter((name) => packages.has(name));
    expect(shipped).toEqual(expect.arrayContaining(['decimal.js', 'exceljs', 'zod']));
    const unpacked = path.join(pack.tempDir, 'unpacked');
    extractAll(pack.asarPath, unpacked);
    const script = [
      `for (const name of ${JSON.stringify(shipped)}) await import(name);`,
      "const { default: ExcelJS } = await import('exceljs');",
      "const book = new ExcelJS.Workbook(); book.addWorksheet('领域').getCell('A1').value = '产业发展';",
      'const again = new ExcelJS.Workbook(); await again.xlsx.load(await book.xlsx.writeBuffer());',
      "const { default: Decimal } = await import('decimal.js');",
      "console.log(again.getWorksheet('领域').getCell('A1').value, new Decimal('0.1').plus('0.2').toString());",
    ].join('\n');
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['NODE_PATH'];
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: unpacked, env });
    expect(stdout.trim()).toBe('产业发展 0.3');
  });

  it('ships only libraries whose licence the 关于 box lists (renderer/about/licenses.json)', async () => {
    const { packages: listed } = JSON.parse(await readFile(path.join(ROOT, 'renderer', 'about', 'licenses.json'), 'utf8')) as LicenseFile;
    const names = new Set(listed.map((p) => `${p.name}@${p.version}`));
    const shipped = files
      .filter((f) => /\/node_modules\/(?:@[^/]+\/)?[^/@]+\/package\.json$/.test(f))
      .map((f) => JSON.parse(extractFile(pack.asarPath, f.slice(1)).toString('utf8')) as { name?: string; version?: string })
      .filter((p) => p.name !== undefined && p.version !== undefined);
    expect(shipped.length).toBeGreaterThan(10);
    expect(shipped.map((p) => `${p.name}@${p.version}`).filter((key) => !names.has(key))).toEqual([]);
  });

  it('holds no tests, fixtures, source maps, type declarations, dev dependencies or renderer libraries already bundled', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const forbidden = [...new Set([...FORBIDDEN_PACKAGES, ...RENDERER_BUNDLED])];
    expect(forbidden.filter((name) => packages.has(name) || files.some((f) => f.includes(`/node_modules/${name}/`)))).toEqual([]);
    // A dev dependency is not shipped; a runtime dependency may still need another version of the same package
    // (ExcelJS needs saxes 5, which the pack may hoist to the top; the tests use saxes 6 as the XML tokenizer's oracle).
    const version = (json: string) => (JSON.parse(json) as { version: string }).version;
    const shippedDev = Object.keys(pkg.devDependencies).filter((name) => {
      if (!packages.has(name)) return false;
      const packed = version(extractFile(pack.asarPath, `node_modules/${name}/package.json`).toString('utf8'));
      return packed === version(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    });
    expect(shippedDev).toEqual([]);
    const topLevel = files.filter((f) => f.lastIndexOf('/') === 0);
    expect(
      topLevel.filter((f) => !['/node_modules', '/out', '/package.json'].includes(f)),
      'only out/, package.json and node_modules at the top',
    ).toEqual([]);
    expect(files.filter((f) => /^\/out\/(?!main\/|preload\/|renderer\/|main$|preload$|renderer$)/.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|tests|__tests__|fixtures|e2e)(\/|$)/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(test|spec|bench)\.[cm]?[jt]sx?$/.test(f) || /\.map$/.test(f) || /\.xlsx$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.d\.[cm]?ts$/.test(f) || /\.tsx?$/.test(f))).toEqual([]);
  });
});
