import type { Orientation } from '../layout.ts';

/** A printed table: its HTML, the page orientation it needs, and a note printed under it. */
export interface AnnexTable {
  readonly html: string;
  readonly orientation: Orientation;
  readonly note?: string;
}
