// Mounts the real 打印预览 and Charts components on the wuhou sample, for the
// browser test (bundled by Vite in printPreview.test.ts).
import { createRoot } from 'react-dom/client';
import { computePlan } from '../../../shared/engine/planEngine.ts';
import { SAMPLES } from '../../../shared/samples/index.ts';
import type { PrintOptions } from '../../../shared/print/options.ts';
import { PrintPreview } from '../../../renderer/print/PrintPreview.tsx';
import { Charts } from '../../../renderer/print/Charts.tsx';

// ?empty: the sample without projects, whose 项目表 would print «0个项目».
const sample = SAMPLES['wuhou-baiyu-2016-2020']();
const plan = new URLSearchParams(location.search).has('empty') ? { ...sample, projects: [] } : sample;
const results = computePlan(plan);
const seen = window as unknown as { printed: PrintOptions[]; changes: PrintOptions[] };
seen.printed = [];
seen.changes = [];

createRoot(document.getElementById('preview')!).render(
  <PrintPreview
    plan={plan}
    results={results}
    onPrint={(o) => seen.printed.push(o)}
    onExportPdf={(o) => seen.printed.push(o)}
    onOptionsChange={(o) => seen.changes.push(o)}
  />,
);
createRoot(document.getElementById('charts')!).render(<Charts results={results} />);
