/**
 * Row identity in exchanged workbooks. Every table the program exports has a
 * hidden column at its far right headed 行标识（请勿修改） whose cells say
 * which project (`P:p12`) or category (`C:c3`) the row is. A hidden column
 * travels with its row when the row is moved, sorted, copied elsewhere or
 * deleted in Excel, WPS or LibreOffice, and is kept when the file is saved
 * again, so a workbook that comes back can be matched row by row. Rows a
 * partner inserts have no identity; they are matched by name and content, as
 * a guess.
 */

/** The ID column's header, as written and as recognised. */
export const ROW_ID_HEADER = '行标识（请勿修改）';

/** Recognises the header (as a header key, spaces removed) however a program re-punctuated it ("行标识(请勿修改)"). */
export const ROW_ID_HEADER_PATTERN = /^行标识/;
export const isRowIdHeader = (key: string): boolean => ROW_ID_HEADER_PATTERN.test(key);

export type RowKind = 'project' | 'category';

const PREFIX: Record<RowKind, string> = { project: 'P:', category: 'C:' };

/** What an id may look like when read from a file: short, plain characters (anything else is no identity). */
const ID_TEXT = /^[A-Za-z0-9_.-]{1,64}$/;

/** The cell text for a row's identity: "P:p12". */
export const rowIdText = (kind: RowKind, id: string): string => `${PREFIX[kind]}${id}`;

/** The id in an ID cell of the given kind, or null (blank, another kind, or not an id). */
export function parseRowId(kind: RowKind, text: string): string | null {
  const t = text.trim();
  if (!t.startsWith(PREFIX[kind])) return null;
  const id = t.slice(PREFIX[kind].length);
  return ID_TEXT.test(id) ? id : null;
}

/**
 * Ids for rows read from a workbook: the file's id where a row has one and no
 * earlier row took it (a row copied with its hidden cell repeats the id: the
 * copy is new), else a fresh `p<n>` / `c<n>` that no file id uses. Returns
 * the ids in row order and which of them were assigned here: those are no
 * identity, and a comparison matches their rows by name and content.
 */
export function settleRowIds(prefix: 'p' | 'c', fileIds: readonly (string | null | undefined)[]): { ids: string[]; assigned: string[]; repeated: number[] } {
  // Plain loops: this runs over every row of a 10,000-project table.
  const taken = new Set<string>();
  const keep: (string | null)[] = new Array<string | null>(fileIds.length);
  const repeated: number[] = [];
  for (let i = 0; i < fileIds.length; i++) {
    const id = fileIds[i];
    if (id === null || id === undefined) keep[i] = null;
    else if (taken.has(id)) {
      keep[i] = null;
      repeated.push(i);
    } else {
      taken.add(id);
      keep[i] = id;
    }
  }
  const assigned: string[] = [];
  let n = 0;
  const ids = keep.map((id) => {
    if (id !== null) return id;
    let fresh: string;
    do fresh = `${prefix}${++n}`;
    while (taken.has(fresh));
    taken.add(fresh);
    assigned.push(fresh);
    return fresh;
  });
  return { ids, assigned, repeated };
}
