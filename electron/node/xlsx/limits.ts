/**
 * What an imported workbook may be. Real partner files are a few hundred KB;
 * the limits stop a hostile or broken file before it eats the machine. The
 * reader (readXlsx.ts) enforces each one while it reads, never after.
 */
export const XLSX_LIMITS = {
  /** Size of the .xlsx on disk, bytes. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the zip container. */
  zipEntries: 5_000,
  /** Sum of the entries' uncompressed sizes (declared, and counted while inflating), bytes. */
  uncompressedBytes: 400 * 1024 * 1024,
  /** Inflated bytes of one entry, counted while inflating. */
  entryBytes: 200 * 1024 * 1024,
  /** Uncompressed ÷ compressed size of an entry larger than 1 MB (XML rarely passes 50×; zip bombs reach 1000×). */
  expansionRatio: 200,
  sheets: 100,
  /** Rows holding a value, in one sheet (a row that is only formatted does not count). */
  rows: 200_000,
  /** Cells holding a value, over the whole workbook. */
  cells: 2_000_000,
  /** Characters of one cell's text (Excel's own limit is 32,767). */
  cellChars: 32_767,
  /** Merged ranges of one sheet. */
  merges: 100_000,
  /** Seconds the whole read may take. */
  seconds: 60,
} as const;

export type XlsxLimits = { -readonly [K in keyof typeof XLSX_LIMITS]: number };
