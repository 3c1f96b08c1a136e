import { useId, useState } from 'react';

export type FieldParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * An input that commits like a spreadsheet cell, on Enter, Tab or when it
 * loses focus. A value that does not parse is never silently reverted (as
 * Excel's data-validation stop message): the field keeps the typed text, is
 * marked, and says why right beside it; Enter and Tab keep the focus there;
 * Esc puts back the stored value. Every editable text field outside the
 * grids is one of these.
 */
export function CommitField<T>(props: {
  label: string;
  value: string;
  parse: (text: string) => FieldParse<T>;
  onCommit: (value: T) => void;
  testId?: string;
  wide?: boolean;
  align?: 'left' | 'right';
  placeholder?: string;
}) {
  const [text, setText] = useState(props.value);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A new stored value (an edit, undo, another file) replaces what is shown, refused text included.
  const [stored, setStored] = useState(props.value);
  if (stored !== props.value) {
    setStored(props.value);
    setText(props.value);
    setRefusal(null);
  }
  const reasonId = useId();

  /** Stores the text; false (and the reason shown) when it is refused. */
  const commit = (): boolean => {
    if (text === props.value) {
      setRefusal(null);
      return true;
    }
    const parsed = props.parse(text);
    if (!parsed.ok) {
      setRefusal(parsed.reason);
      return false;
    }
    setRefusal(null);
    // Shown as stored (e.g. 1000 → 1,000.00) once the store has it; a value equal to the old one shows as before.
    setText(props.value);
    props.onCommit(parsed.value);
    return true;
  };
  const restore = () => {
    setText(props.value);
    setRefusal(null);
  };

  return (
    <label className={`field${props.wide ? ' field-wide' : ''}`}>
      {props.label && <span className="field-label">{props.label}</span>}
      <span className="field-box">
        <input
          className={`${props.align === 'right' ? 'num' : ''}${refusal ? ' input-refused' : ''}`}
          data-testid={props.testId}
          aria-label={props.label || props.placeholder}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? reasonId : undefined}
          value={text}
          placeholder={props.placeholder}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              commit();
            } else if (e.key === 'Tab') {
              // A valid text is stored by the blur that Tab causes; a refused one keeps the focus.
              const parsed = text === props.value ? null : props.parse(text);
              if (parsed && !parsed.ok) {
                e.preventDefault();
                setRefusal(parsed.reason);
              }
            } else if (e.key === 'Escape') {
              if (text !== props.value || refusal) e.stopPropagation();
              restore();
            }
          }}
        />
        {refusal && (
          <span
            className={`field-error field-refusal${props.align === 'right' ? ' field-refusal-end' : ''}`}
            id={reasonId}
            role="alert"
            data-testid={props.testId ? `${props.testId}-refusal` : undefined}
          >
            {refusal}
            <span className="field-refusal-hint">按 Esc 恢复原值</span>
          </span>
        )}
      </span>
    </label>
  );
}
