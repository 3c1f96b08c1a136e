import { useMemo, useState } from 'react';
import type { PlanResults } from '../../shared/engine/planEngine.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { choicesFrom, optionsFrom, type PrintChoice } from '../../shared/print/choices.ts';
import { PRINT_TABLE_LABELS, defaultPrintOptions, type PrintOptions } from '../../shared/print/options.ts';
import { buildPrintDocument } from '../../shared/print/printDocument.ts';
import { printedSections } from '../../shared/print/emptyAnnexes.ts';
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
  const { printed, leftOut } = useMemo(() => printedSections(plan, results, options), [plan, results, options]);
  const nothing = printed.length === 0;
  // The sheets are drawn at paper size (297mm ≈ 1123px wide); scaling the frame shows whole pages.
  const [scale, setScale] = useState(0.75);

  return (
    <section className="view" aria-label="打印预览" style={{ display: 'flex', flexDirection: 'row', height: '100%', minHeight: 0, padding: 0 }}>
      {/* The buttons sit under the scrolling controls, never below the window (1366×768, 125%). */}
      <aside
        style={{
          width: 280,
          flex: '0 0 280px',
          display: 'flex',
          flexDirection: 'column',
          minHeight: 0,
          borderRight: '1px solid #d1d5db',
          background: '#fafafa',
        }}
      >
        <div style={{ flex: 1, minHeight: 0, overflowY: 'auto', padding: 12 }} data-testid="print-controls-scroll">
          <PrintControls plan={plan} choices={choices} options={options} onChoices={changeChoices} onOptions={changeOptions} />
          {leftOut.length > 0 && (
            <p role="status" style={{ fontSize: 12, color: '#92400e', marginTop: 12 }}>
              {leftOut.map((k) => PRINT_TABLE_LABELS[k]).join('、')}没有内容，不打印。
            </p>
          )}
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
        </div>
        <div style={{ display: 'flex', gap: 8, padding: '10px 12px', borderTop: '1px solid #d1d5db', background: '#f3f4f6' }} data-testid="print-actions">
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
      </aside>
      <div style={{ flex: 1, minWidth: 0, position: 'relative', overflow: 'hidden', background: '#8a8f98' }}>
        <iframe
          title="打印预览"
          sandbox=""
          srcDoc={html}
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            border: 0,
            width: `${100 / scale}%`,
            height: `${100 / scale}%`,
            transform: `scale(${scale})`,
            transformOrigin: '0 0',
          }}
          data-testid="print-preview-frame"
        />
      </div>
    </section>
  );
}
