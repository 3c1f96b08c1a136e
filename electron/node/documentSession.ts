import path from 'node:path';
import type { OpenedDocument } from '../../shared/ipc.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { openAnyPlan } from './openAnyPlan.ts';

/** A document's title-bar name: the file name, or a name given to a plan that has no file. */
export const displayNameOf = (file: string) => path.basename(file);

/**
 * Which file the window's document belongs to. Kept in the main process so
 * that 保存 writes where the document came from, and the renderer never has
 * to name a path.
 */
export class DocumentSession {
  filePath: string | null = null;
  displayName = '未命名';
  /** A file passed on the command line of a second start, waiting for the renderer. */
  pendingPath: string | null = null;

  /** The document is now this plan without a file (new, sample, import, recovery). */
  untitled(plan: Plan, displayName: string, notes: readonly string[] = []): OpenedDocument {
    this.filePath = null;
    this.displayName = displayName;
    return { plan, filePath: null, displayName, notes };
  }

  /** The document is now the plan of this file. */
  attach(plan: Plan, file: string, notes: readonly string[] = []): OpenedDocument {
    this.filePath = file;
    this.displayName = displayNameOf(file);
    return { plan, filePath: file, displayName: this.displayName, notes };
  }

  /**
   * Opens any file the program reads. An .aidplan file becomes the document's
   * file; anything else (an imported .xlsx) opens as a new, unsaved plan so
   * that 保存 never overwrites the partner's workbook.
   */
  async open(file: string): Promise<OpenedDocument> {
    const { plan, notes } = await openAnyPlan(file);
    if (path.extname(file).toLowerCase() === '.aidplan') return this.attach(plan, file, notes);
    return this.untitled(plan, path.basename(file, path.extname(file)), notes);
  }
}
