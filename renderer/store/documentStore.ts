import type { Command } from '../../shared/commands/command.ts';
import type { CellRef } from '../../shared/commands/cellFields.ts';
import { applyChecked } from '../../shared/commands/validEdit.ts';
import type { Refusal } from '../../shared/commands/setCells.ts';
import { PlanEngine, type PlanResults } from '../../shared/engine/planEngine.ts';
import type { OpenedDocument } from '../../shared/ipc.ts';
import type { Plan } from '../../shared/model/plan.ts';

/** A message for the status bar. */
export interface StatusMessage {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** A cell whose input was refused: what was typed and why. */
export interface CellError {
  readonly text: string;
  readonly reason: string;
}

/** A request to select a cell (from the 问题 panel), handled by the view that shows it. */
export interface FocusRequest extends CellRef {
  readonly nonce: number;
}

/** Everything the views read; a new object after every change. */
export interface DocumentState {
  readonly plan: Plan;
  readonly results: PlanResults;
  readonly filePath: string | null;
  readonly displayName: string;
  readonly dirty: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  /** Refused input by cell key (see cellKey). */
  readonly cellErrors: ReadonlyMap<string, CellError>;
  readonly message: StatusMessage | null;
  readonly focusRequest: FocusRequest | null;
  readonly rejected: RejectedChanges;
}

/**
 * Changes rejected in 比较修改稿, with the draft they were rejected from (its
 * object is the comparison's identity): they stay rejected until the
 * comparison ends, whatever view is shown, and a rejection is an undo step.
 */
export interface RejectedChanges {
  readonly draft: object | null;
  readonly keys: ReadonlySet<string>;
}

const NO_REJECTIONS: RejectedChanges = { draft: null, keys: new Set() };

/** The keys rejected from this draft (none when they belong to another comparison). */
export const rejectedFrom = (rejected: RejectedChanges, draft: object | null): ReadonlySet<string> =>
  draft !== null && rejected.draft === draft ? rejected.keys : NO_REJECTIONS.keys;

/** An undo step that changes no cell of the plan (a rejection). */
const leavePlan = (label: string): Command => ({ label, apply: (plan) => ({ plan, inverse: leavePlan(label) }) });

/** The key of a cell in `cellErrors`. */
export const cellKey = (ref: CellRef) => `${ref.table}|${ref.rowId}|${ref.column}`;

interface HistoryEntry {
  readonly command: Command;
  /** Keys of the cells the edit refused: their marks go when the edit is undone or redone. */
  readonly refusedKeys: readonly string[];
  /** Version of the plan after the command (before it, for redo entries). */
  readonly version: number;
  readonly otherVersion: number;
  /** The rejections to restore when this entry is applied. */
  readonly rejected: RejectedChanges;
}

/**
 * The open document: the plan, its computed results (PlanEngine, updated
 * incrementally after each edit), and the one undo stack. Every edit goes
 * through `execute`, so every edit is one undo step whatever grid or view
 * made it. React reads it with useSyncExternalStore.
 */
export class DocumentStore {
  private engine = new PlanEngine();
  private state: DocumentState;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private version = 0;
  private nextVersion = 1;
  private savedVersion = 0;
  private listeners = new Set<() => void>();
  private focusNonce = 0;

  constructor(doc: OpenedDocument) {
    this.state = this.fresh(doc);
  }

  private fresh(doc: OpenedDocument): DocumentState {
    this.engine = new PlanEngine();
    return {
      plan: doc.plan,
      results: this.engine.update(doc.plan),
      filePath: doc.filePath,
      displayName: doc.displayName,
      dirty: false,
      undoLabel: null,
      redoLabel: null,
      cellErrors: new Map(),
      message: doc.notes.length > 0 ? { kind: 'info', text: doc.notes.join('；') } : null,
      focusRequest: null,
      rejected: this.state?.rejected ?? NO_REJECTIONS,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DocumentState => this.state;

  private set(patch: Partial<DocumentState>): void {
    const next = { ...this.state, ...patch };
    this.state = {
      ...next,
      dirty: this.version !== this.savedVersion,
      undoLabel: this.undoStack.at(-1)?.command.label ?? null,
      redoLabel: this.redoStack.at(-1)?.command.label ?? null,
    };
    for (const listener of this.listeners) listener();
  }

  /** Shows another document (opened, new, restored): history starts empty. */
  load(doc: OpenedDocument, options: { dirty?: boolean } = {}): void {
    this.undoStack = [];
    this.redoStack = [];
    this.version = this.nextVersion++;
    this.savedVersion = options.dirty ? -1 : this.version;
    this.state = this.fresh(doc);
    this.set({});
  }

  private applyPlan(plan: Plan, patch: Partial<DocumentState> = {}): void {
    this.set({ plan, results: this.engine.update(plan), ...patch });
  }

  /**
   * Applies an edit as one undo step, and records the cells it refused (they
   * keep their values and show why). A null command only reports refusals.
   */
  execute(command: Command | null, refused: readonly Refusal[] = [], touched: readonly CellRef[] = []): void {
    const cellErrors = new Map(this.state.cellErrors);
    for (const ref of touched) cellErrors.delete(cellKey(ref));
    for (const r of refused) if (r.ref.rowId !== '') cellErrors.set(cellKey(r.ref), { text: '', reason: r.reason });
    const message: StatusMessage | null =
      refused.length > 0 ? { kind: 'error', text: refused.length === 1 ? refused[0]!.reason : `${refused.length}个单元格未写入：${refused[0]!.reason}` } : null;
    if (!command) {
      this.set({ cellErrors, message });
      return;
    }
    const checked = applyChecked(this.state.plan, command);
    if (!checked.ok) {
      this.set({ cellErrors, message: { kind: 'error', text: checked.reason } });
      return;
    }
    const { applied } = checked;
    const before = this.version;
    this.version = this.nextVersion++;
    this.undoStack.push({
      command: applied.inverse,
      refusedKeys: refused.map((r) => cellKey(r.ref)),
      version: before,
      otherVersion: this.version,
      rejected: this.state.rejected,
    });
    this.redoStack = [];
    this.applyPlan(applied.plan, { cellErrors, message });
  }

  undo(): void {
    this.step(this.undoStack, this.redoStack, '已撤销');
  }

  redo(): void {
    this.step(this.redoStack, this.undoStack, '已重做');
  }

  /** Undo or redo: applies the top entry of `from` and pushes its inverse onto `to`, restoring its marks and rejections. */
  private step(from: HistoryEntry[], to: HistoryEntry[], done: '已撤销' | '已重做'): void {
    const entry = from.pop();
    if (!entry) return;
    const applied = entry.command.apply(this.state.plan);
    this.version = entry.version;
    to.push({
      command: applied.inverse,
      refusedKeys: entry.refusedKeys,
      version: entry.otherVersion,
      otherVersion: entry.version,
      rejected: this.state.rejected,
    });
    this.applyPlan(applied.plan, {
      rejected: entry.rejected,
      cellErrors: this.marksAfter(applied.plan, entry),
      message: { kind: 'info', text: `${done}：${entry.command.label}` },
    });
  }

  /**
   * Refusal marks after an undo or redo: the marks of the edit itself go, and
   * so do those on rows the step changed (the cell holds another value now).
   */
  private marksAfter(plan: Plan, entry: HistoryEntry): ReadonlyMap<string, CellError> {
    const marks = this.state.cellErrors;
    if (marks.size === 0) return marks;
    const before = this.state.plan;
    const changed = new Set<string>();
    const compare = <T extends { readonly id: string }>(table: string, old: readonly T[], now: readonly T[]) => {
      if (old === now) return;
      const byId = new Map(now.map((row) => [row.id, row]));
      for (const row of old) if (byId.get(row.id) !== row) changed.add(`${table}|${row.id}`);
    };
    compare('categories', before.categories, plan.categories);
    compare('projects', before.projects, plan.projects);
    const gone = new Set(entry.refusedKeys);
    const next = new Map<string, CellError>();
    for (const [key, error] of marks) {
      const row = key.slice(0, key.lastIndexOf('|'));
      if (!gone.has(key) && !changed.has(row)) next.set(key, error);
    }
    return next;
  }

  /** 比较修改稿 › 拒绝 / 全部拒绝: the changes stay rejected until the comparison ends; one undo step, the plan untouched. */
  reject(draft: object, keys: readonly string[], label: string): void {
    if (keys.length === 0) return;
    const before = rejectedFrom(this.state.rejected, draft);
    this.undoStack.push({ command: leavePlan(label), refusedKeys: [], version: this.version, otherVersion: this.version, rejected: this.state.rejected });
    this.redoStack = [];
    this.set({ rejected: { draft, keys: new Set([...before, ...keys]) }, message: { kind: 'info', text: label } });
  }

  /** The plan as it is now in the file at `filePath`. */
  markSaved(filePath: string, displayName: string): void {
    this.savedVersion = this.version;
    this.set({ filePath, displayName, message: { kind: 'info', text: `已保存到 ${filePath}` } });
  }

  setMessage(message: StatusMessage | null): void {
    this.set({ message });
  }

  /** The pending focus request for a table, taken once (a view shown later does not jump again). */
  takeFocusRequest(table: CellRef['table']): FocusRequest | null {
    const request = this.state.focusRequest;
    if (!request || request.table !== table) return null;
    this.state = { ...this.state, focusRequest: null };
    return request;
  }

  /** Asks the view that shows this cell to select it. */
  requestFocus(ref: CellRef): void {
    this.set({ focusRequest: { ...ref, nonce: ++this.focusNonce } });
  }
}
