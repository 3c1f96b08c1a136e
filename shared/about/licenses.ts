/**
 * The shape of renderer/about/licenses.json, the licences of the libraries
 * that ship inside AidPlan (written by build/makeLicenses.ts), for 帮助 › 关于.
 */

/** One shipped library. */
export interface LicenseEntry {
  readonly name: string;
  readonly version: string;
  /** SPDX expression from the package's package.json, e.g. "MIT" or "(MIT OR GPL-3.0-or-later)"; "UNKNOWN" when it names none. */
  readonly license: string;
  readonly homepage: string | null;
  /** The package's own LICENSE/COPYING text, or null when the package ships none. */
  readonly text: string | null;
}

/** The whole file. */
export interface LicenseFile {
  readonly generatedBy: string;
  /** Sorted by name; one entry per name@version. */
  readonly packages: readonly LicenseEntry[];
}
