// Adds to package-lock.json the platform packages that a package lists as
// optionalDependencies but that npm left out of the lock because this
// machine's registry does not serve them (rollup's android, darwin, win32 …
// builds). Without them `npm ci` refuses the lock ("Missing: … from lock file")
// on every machine, Windows ones included. Each entry carries its os/cpu/libc,
// so npm skips it where it does not apply and fetches it where it does.
// Run after any `npm install`: node build/lockPlatformPackages.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const CPUS = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'arm'];

/** os, cpu and libc from a platform package name such as rollup-linux-arm-musleabihf. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'].includes(p));
  const cpu = CPUS.find((c) => parts.includes(c));
  const abi = parts[parts.length - 1];
  const libc = os === 'linux' ? (abi.includes('musl') ? 'musl' : 'glibc') : null;
  return os && cpu ? { os, cpu, libc } : null;
}

let added = 0;
for (const [where, pkg] of Object.entries(lock.packages)) {
  if (!where.endsWith('node_modules/rollup')) continue;
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform) continue;
    lock.packages[key] = {
      version,
      cpu: [platform.cpu],
      dev: pkg.dev || undefined,
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      license: 'MIT',
      optional: true,
      os: [platform.os],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en'))); // npm's own order
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform package entries to package-lock.json`);
