import { useEffect, useState } from 'react';

export type FieldParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * An input that commits on Enter or when it loses focus, like a spreadsheet
 * cell: text that does not parse is not stored; the field shows why and
 * goes back to the stored value.
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
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    if (text === props.value) return;
    const parsed = props.parse(text);
    if (!parsed.ok) {
      setError(parsed.reason);
      setText(props.value);
      return;
    }
    setError(null);
    props.onCommit(parsed.value);
  };
  return (
    <label className={`field${props.wide ? ' field-wide' : ''}`}>
      <span className="field-label">{props.label}</span>
      <input
        className={`${props.align === 'right' ? 'num' : ''}${error ? ' input-refused' : ''}`}
        data-testid={props.testId}
        value={text}
        placeholder={props.placeholder}
        title={error ?? undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(props.value);
            setError(null);
          }
        }}
      />
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}
