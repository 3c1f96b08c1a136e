/** A calendar year such as 2016 (a plan year, or a revenue year). */
export type Year = number & { readonly __brand: 'Year' };
/** Stable identity of a category row; survives renames and reordering. */
export type CategoryId = string & { readonly __brand: 'CategoryId' };
/** Stable identity of a project row; survives moves and renumbering. */
export type ProjectId = string & { readonly __brand: 'ProjectId' };
/** Stable identity of a recipient (受援方). */
export type RecipientId = string & { readonly __brand: 'RecipientId' };

export const asYear = (n: number): Year => n as Year;
export const asCategoryId = (s: string): CategoryId => s as CategoryId;
export const asProjectId = (s: string): ProjectId => s as ProjectId;
export const asRecipientId = (s: string): RecipientId => s as RecipientId;

let counter = 0;
/** A short unique id; `prefix` says what it names (c: category, p: project, r: recipient). */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${random}`;
}
