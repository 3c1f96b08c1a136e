import type { CategoryGuess, ImportChoice } from '../../shared/import/importReport.ts';

const NEW = '__new__';

/** One category guess: the text, its cell, the guess, and 确认 or 改为 another plan category or a new one. */
export function CategoryGuessRow({
  guess,
  categories,
  choice,
  confirmed,
  readOnly,
  onChoose,
}: {
  guess: CategoryGuess;
  categories: readonly string[];
  choice: ImportChoice;
  confirmed: boolean;
  readOnly: boolean;
  onChoose: (choice: ImportChoice) => void;
}) {
  const value = choice.kind === 'newCategory' ? NEW : choice.categoryName;
  const changed = value !== guess.categoryName;
  return (
    <tr data-testid={`import-guess-${guess.id}`} className={changed ? 'import-guess-changed' : confirmed ? 'import-guess-confirmed' : undefined}>
      <td>“{guess.text}”</td>
      <td className="import-place">{guess.place}</td>
      <td>
        作为“{guess.categoryName}”的别名（{guess.reason === 'subtotal' ? '项目位于该类别的小计下' : '名称最接近'}）
      </td>
      <td className="import-choice">
        <button
          type="button"
          aria-pressed={confirmed && !changed}
          disabled={readOnly}
          data-testid="import-guess-confirm"
          onClick={() => onChoose({ kind: 'alias', categoryName: guess.categoryName })}
        >
          {confirmed && !changed ? '已确认' : '确认'}
        </button>
        <label>
          改为
          <select
            value={value}
            disabled={readOnly}
            data-testid="import-guess-select"
            onChange={(e) => onChoose(e.target.value === NEW ? { kind: 'newCategory' } : { kind: 'alias', categoryName: e.target.value })}
          >
            {categories.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={NEW}>新建类别“{guess.text}”</option>
          </select>
        </label>
      </td>
    </tr>
  );
}
