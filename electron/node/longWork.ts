import type { WorkProgress } from '../../shared/ipc.ts';
import { UserFacingError } from './fileErrors.ts';

/** Where progress goes: the window (IPC) in the app, the page in the e2e harness; null when a task ends. */
export type ProgressSink = (progress: WorkProgress | null) => void;

/** Thrown inside a task when the user pressed 取消. */
export class WorkCancelled extends Error {
  constructor() {
    super('已取消');
    this.name = 'WorkCancelled';
  }
}

/** What a running task is given: a signal to check between steps, and a way to say how far it is. */
export interface WorkContext {
  readonly signal: AbortSignal;
  report(done: number, total: number): void;
}

/**
 * One long task at a time (汇总 of many files, 导入/导出Excel, 导出PDF), with progress sent to the
 * window and a 取消 that stops it between steps. Tasks write their result
 * only after their last check of the signal, and writes are atomic, so a
 * cancelled task leaves nothing half-written.
 */
export class LongWork {
  private running: AbortController | null = null;

  constructor(private readonly sink: ProgressSink = () => undefined) {}

  /**
   * Runs the task; a cancelled one is refused with `cancelledMessage`
   * (a Chinese sentence saying nothing was written), and a second task while
   * one runs is refused.
   */
  async run<T>(title: string, cancelledMessage: string, task: (context: WorkContext) => Promise<T>): Promise<T> {
    if (this.running) throw new UserFacingError('另一项工作正在进行，请等它完成或取消后再试');
    const controller = new AbortController();
    this.running = controller;
    this.sink({ title, done: 0, total: 0 });
    try {
      return await task({ signal: controller.signal, report: (done, total) => this.sink({ title, done, total }) });
    } catch (error) {
      if (controller.signal.aborted) throw new UserFacingError(cancelledMessage);
      throw error;
    } finally {
      this.running = null;
      this.sink(null);
    }
  }

  /** 取消: stops the running task at its next step (nothing when none runs). */
  cancel(): void {
    this.running?.abort(new WorkCancelled());
  }

  get busy(): boolean {
    return this.running !== null;
  }
}
