import { useMemo, useState } from 'react';
import type { PlanResults } from '../../shared/engine/planEngine.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { choicesFrom, optionsFrom, type PrintChoice } from '../../shared/print/choices.ts';
import { defaultPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { PrintControls } from './PrintControls.tsx';

export interface PrintPreviewProps {
  readonly plan: Plan;
  readonly results: PlanResults;
  /** The options to start from (e.g. the last ones used); the default is 附件1 年度领域安排表, 附件2 项目表. */
  readonly initialOptions?: PrintOptions;
  /** 打印…: the caller sends the options (not HTML) to the main process, which builds the same document. */
  readonly onPrint?: (options: PrintOptions) => void;
  /** 导出PDF…: likewise. */
  readonly onExportPdf?: (options: PrintOptions) => void;
  /** Called on every change of the options, to remember them. */
  readonly onOptionsChange?: (options: PrintOptions) => void;
}

/**
 * 打印预览: the controls beside the print document itself, shown in a
 * sandboxed iframe (no scripts run in it). The iframe shows the very HTML
 * that printToPDF, the print dialog and `aidplan pdf` print, each annex on
 * a sheet of its paper size; where a long table breaks between pages and
 * the page numbers "— 1 —" are decided by the printer's pagination (see
 * the exported PDF).
 */
export function PrintPreview({ plan, results, initialOptions, onPrint, onExportPdf, onOptionsChange }: PrintPreviewProps) {
  const start = initialOptions ?? defaultPrintOptions();
  const [choices, setChoices] = useState<PrintChoice[]>(() => choicesFrom(start));
  const [base, setBase] = useState<PrintOptions>(start);
  const options = useMemo(() => optionsFrom(choices, base), [choices, base]);
  const html = useMemo(() => buildPrintDocument(plan, results, options), [plan, results, options]);

  const changeChoices = (next: PrintChoice[]) => {
    setChoices(next);
    onOptionsChange?.(optionsFrom(next, base));
  };
  const changeOptions = (change: Partial<Omit<PrintOptions, 'sections'>>) => {
    const next = { ...base, ...change };
    setBase(next);
    onOptionsChange?.(optionsFrom(choices, next));
  };
  const nothing = options.sections.length === 0;
  // The sheets are drawn at paper size (297mm ≈ 1123px wide); scaling the frame shows whole pages.
  const [scale, setScale] = useState(0.75);

  return (
    <section className="view" aria-label="打印预览" style={{ display: 'flex', flexDirection: 'row', height: '100%', minHeight: 0, padding: 0 }}>
      <aside style={{ width: 280, flex: '0 0 280px', padding: 12, overflowY: 'auto', borderRight: '1px solid #d1d5db', background: '#fafafa' }}>
        <PrintControls plan={plan} choices={choices} options={options} onChoices={changeChoices} onOptions={changeOptions} />
        <div style={{ display: 'flex', gap: 8, marginTop: 16 }}>
          {onPrint && (
            <button type="button" disabled={nothing} onClick={() => onPrint(options)}>
              打印…
            </button>
          )}
          {onExportPdf && (
            <button type="button" disabled={nothing} onClick={() => onExportPdf(options)}>
              导出PDF…
            </button>
          )}
        </div>
        <label style={{ display: 'block', marginTop: 12 }}>
          缩放：
          <select aria-label="预览缩放" value={String(scale)} onChange={(e) => setScale(Number(e.target.value))}>
            {[0.5, 0.75, 1].map((z) => (
              <option key={z} value={String(z)}>
                {z * 100}%
              </option>
            ))}
          </select>
        </label>
        <p style={{ fontSize: 12, color: '#6b7280', marginTop: 12 }}>
          纸张A4；项目表横向打印，表头在每页重复，行不跨页；页码“— 1 —”在各附件间连续。长表格的分页位置以打印或导出的PDF为准。
        </p>
      </aside>
      <div style={{ flex: 1, minWidth: 0, position: 'relative', overflow: 'hidden', background: '#8a8f98' }}>
        <iframe
          title="打印预览"
          sandbox=""
          srcDoc={html}
          style={{ position: 'absolute', top: 0, left: 0, border: 0, width: `${100 / scale}%`, height: `${100 / scale}%`, transform: `scale(${scale})`, transformOrigin: '0 0' }}
          data-testid="print-preview-frame"
        />
      </div>
    </section>
  );
}
