import { useEffect, useRef, type ReactNode } from 'react';
import { dialogClosed } from './dialogClosed.ts';

/**
 * A modal panel over the window (使用说明, 关于): Esc or 关闭 closes it, and
 * focus goes to it on open so the keyboard reaches it, and back on close
 * (to the active view's grid when the element focused before is gone).
 */
export function Modal({ title, testId, onClose, children }: { title: string; testId: string; onClose: () => void; children: ReactNode }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    return () => {
      before?.focus();
      // The shell then gives the keyboard to the active view, if the element before is gone.
      dialogClosed();
    };
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        // Focusable, so Esc still reaches it after a click on its text.
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <header className="modal-header">
          <h2>{title}</h2>
          <button type="button" ref={closeButton} onClick={onClose} data-testid="modal-close">
            关闭
          </button>
        </header>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
