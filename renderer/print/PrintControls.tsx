import type { Plan } from '../../shared/model/plan.ts';
import { moveChoice, renumber, updateChoice, type PrintChoice } from '../../shared/print/choices.ts';
import { PRINT_TABLE_LABELS, type PrintOptions } from '../../shared/print/options.ts';
import { annexTitle } from '../../shared/print/titles.ts';

export interface PrintControlsProps {
  readonly plan: Plan;
  readonly choices: readonly PrintChoice[];
  readonly options: PrintOptions;
  onChoices(choices: PrintChoice[]): void;
  onOptions(change: Partial<Omit<PrintOptions, 'sections'>>): void;
}

const row: React.CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'auto 1fr auto',
  gap: 6,
  alignItems: 'center',
  padding: '6px 0',
  borderBottom: '1px solid #e5e7eb',
};
const small: React.CSSProperties = { padding: '1px 6px', minWidth: 28 };

/**
 * The 打印预览 controls: which tables print, in which order, with which 附件
 * number (or none), their titles, and where the project table's 合计 row goes.
 */
export function PrintControls({ plan, choices, options, onChoices, onOptions }: PrintControlsProps) {
  return (
    <div aria-label="打印设置">
      <h3 style={{ margin: '0 0 6px', fontSize: 15 }}>打印内容</h3>
      {choices.map((c, i) => (
        <div key={c.key} style={row} data-testid={`print-choice-${c.key}`}>
          <input
            type="checkbox"
            checked={c.include}
            aria-label={`打印${PRINT_TABLE_LABELS[c.key]}`}
            onChange={(e) => onChoices(updateChoice(choices, c.key, { include: e.target.checked }))}
          />
          <div style={{ display: 'flex', flexDirection: 'column', gap: 4, opacity: c.include ? 1 : 0.55 }}>
            <span>{PRINT_TABLE_LABELS[c.key]}</span>
            <label style={{ fontSize: 12 }}>
              附件
              <input
                type="number"
                min={1}
                max={999}
                style={{ width: 52, marginLeft: 4 }}
                value={c.annex ?? ''}
                placeholder="无"
                aria-label={`${PRINT_TABLE_LABELS[c.key]}的附件编号`}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  onChoices(updateChoice(choices, c.key, { annex: e.target.value === '' ? null : Number.isInteger(n) && n >= 1 && n <= 999 ? n : c.annex }));
                }}
              />
            </label>
            <input
              type="text"
              style={{ fontSize: 12 }}
              maxLength={200}
              aria-label={`${PRINT_TABLE_LABELS[c.key]}的标题`}
              placeholder={annexTitle(plan, c.key)}
              value={options.titles[c.key] ?? ''}
              onChange={(e) => onOptions({ titles: { ...options.titles, [c.key]: e.target.value } })}
            />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            <button
              type="button"
              style={small}
              disabled={i === 0}
              aria-label={`上移${PRINT_TABLE_LABELS[c.key]}`}
              onClick={() => onChoices(moveChoice(choices, i, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              style={small}
              disabled={i === choices.length - 1}
              aria-label={`下移${PRINT_TABLE_LABELS[c.key]}`}
              onClick={() => onChoices(moveChoice(choices, i, 1))}
            >
              ↓
            </button>
          </div>
        </div>
      ))}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8, marginTop: 10 }}>
        <button type="button" onClick={() => onChoices(renumber(choices))}>
          按顺序重新编号附件
        </button>
        <label>
          起始页码：
          <input
            type="number"
            min={1}
            max={9999}
            style={{ width: 64 }}
            aria-label="起始页码"
            value={options.firstPageNumber ?? 1}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 9999) onOptions({ firstPageNumber: n });
            }}
          />
        </label>
        <label>
          <input type="checkbox" checked={options.includeEmpty ?? false} onChange={(e) => onOptions({ includeEmpty: e.target.checked })} />
          打印没有内容的表格（如“0个项目”）
        </label>
        <label>
          项目表合计行：
          <select
            aria-label="项目表合计行"
            value={options.projectTotalRow}
            onChange={(e) => onOptions({ projectTotalRow: e.target.value === 'bottom' ? 'bottom' : 'top' })}
          >
            <option value="top">表头之下</option>
            <option value="bottom">表末</option>
          </select>
        </label>
      </div>
    </div>
  );
}
