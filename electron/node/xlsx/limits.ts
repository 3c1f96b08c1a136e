/**
 * What an imported workbook may be. Real partner files are a few hundred KB;
 * the limits stop a hostile or broken file before it eats the machine
 * (ExcelJS reads in memory: 10,000 rows × 10 columns ≈ 140 MB).
 */
export const XLSX_LIMITS = {
  /** Size of the .xlsx on disk, bytes. */
  fileBytes: 50 * 1024 * 1024,
  /** Entries in the zip container. */
  zipEntries: 5_000,
  /** Sum of the entries' uncompressed sizes, bytes. */
  uncompressedBytes: 400 * 1024 * 1024,
  /** Uncompressed ÷ compressed size of an entry larger than 1 MB (XML rarely passes 50×; zip bombs reach 1000×). */
  expansionRatio: 200,
  sheets: 100,
  /** Rows of one sheet. */
  rows: 200_000,
  /** Cells holding a value, over the whole workbook. */
  cells: 2_000_000,
} as const;

export type XlsxLimits = { -readonly [K in keyof typeof XLSX_LIMITS]: number };
