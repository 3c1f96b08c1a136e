// Loaded with --import by cli.bench.ts: when the process ends, writes the CPU time it used
// (user + system, from process start, in microseconds) to the file named by AIDPLAN_CPU_REPORT.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env['AIDPLAN_CPU_REPORT'] ?? '', String(user + system));
});
