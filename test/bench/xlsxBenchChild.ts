/**
 * One measured run for xlsx.bench.ts, in its own process so that peak memory
 * (maxRSS) belongs to that run alone. Prints one JSON line: {ms, cpuMs, maxRssMb}
 * (cpuMs: CPU time of the run, every thread of the process; the machine is shared, so wall time measures neighbours too).
 *   mode export|rawWrite <out.xlsx> <projects>   mode import|importWorker|rawRead <in.xlsx>
 */
import ExcelJS from 'exceljs';
import { exportWorkbook, importWorkbook } from '../../electron/node/xlsx/index.ts';
import { importWorkbookInWorker } from '../../electron/node/xlsx/importInWorker.ts';
import { longPlan } from '../xlsx/longPlan.ts';

const [mode, file, count] = process.argv.slice(2);
const plan = mode === 'export' || mode === 'rawWrite' ? longPlan(Number(count), 10) : null;

async function rawWrite(): Promise<void> {
  // The same cells without styles, formulas, merges or print setup: what ExcelJS costs by itself.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目表');
  const years = ['2016', '2017', '2018', '2019', '2020'];
  for (const [i, p] of plan!.projects.entries()) {
    ws.addRow([
      i + 1,
      p.category,
      p.startYear,
      p.endYear,
      p.name,
      p.content,
      p.totalInvestment === null ? null : Number(p.totalInvestment),
      ...years.map((y) => (p.byYear[y] ? Number(p.byYear[y]) : null)),
      p.fundingSource,
      p.units.join('\n'),
      p.deadline,
      p.remarks,
    ]);
  }
  await wb.xlsx.writeFile(file!);
}

const start = performance.now();
const cpu = process.cpuUsage();
if (mode === 'export') await exportWorkbook(plan!, file!);
else if (mode === 'rawWrite') await rawWrite();
else if (mode === 'import') await importWorkbook(file!);
else if (mode === 'importWorker') await importWorkbookInWorker(file!);
else if (mode === 'rawRead') await new ExcelJS.Workbook().xlsx.readFile(file!);
else throw new Error(`unknown mode ${mode}`);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
