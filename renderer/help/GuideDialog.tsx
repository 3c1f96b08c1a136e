import { Modal } from './Modal.tsx';
import { checkGuide, SHEET_SHORTCUTS, VIEW_GUIDE, WINDOW_SHORTCUTS, WORKFLOW, type Shortcut } from './guide.ts';

function ShortcutTable({ caption, rows }: { caption: string; rows: readonly Shortcut[] }) {
  return (
    <table className="guide-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((s) => (
          <tr key={s.keys}>
            <th scope="row">
              <kbd>{s.keys}</kbd>
            </th>
            <td>{s.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 帮助 › 使用说明: the workflow in five steps, the shortcuts, and every check. */
export function GuideDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="使用说明" testId="guide" onClose={onClose}>
      <p className="guide-lead">对口帮扶规划表用于编制对口帮扶资金的年度、领域和项目安排。金额单位均为万元，保留两位小数。</p>
      <h3>工作流程</h3>
      <ol className="guide-steps">
        {WORKFLOW.map((step) => (
          <li key={step.title}>
            <strong>{step.title}</strong>：{step.text}
          </li>
        ))}
      </ol>
      <h3>视图</h3>
      <table className="guide-table guide-views" data-testid="guide-views">
        <tbody>
          {VIEW_GUIDE.map((v) => (
            <tr key={v.name} data-testid={`guide-view-${v.name}`}>
              <th scope="row">{v.label}</th>
              <td className="guide-view-keys">{v.keys && <kbd>{v.keys}</kbd>}</td>
              <td>{v.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>快捷键</h3>
      <div className="guide-shortcuts">
        <ShortcutTable caption="窗口" rows={WINDOW_SHORTCUTS} />
        <ShortcutTable caption="表格中" rows={SHEET_SHORTCUTS} />
      </div>
      <h3>检查项目</h3>
      <p>每次修改后自动检查，发现的问题列在“问题”中（单击可跳到对应单元格），单元格下方标红线为错误、标橙线为提醒。</p>
      <table className="guide-table guide-checks" data-testid="guide-checks">
        <thead>
          <tr>
            <th scope="col">检查</th>
            <th scope="col">含义</th>
          </tr>
        </thead>
        <tbody>
          {checkGuide().map((c) => (
            <tr key={c.code} data-testid={`guide-check-${c.code}`}>
              <th scope="row">{c.name}</th>
              <td>{c.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
