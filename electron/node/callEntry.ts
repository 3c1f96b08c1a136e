import type { z } from 'zod';
import { CALLS, type CallArgs, type CallName, type CallResult } from '../../shared/ipc.ts';
import { isPlanParam } from '../../shared/ipcSchema.ts';
import { UserFacingError } from './fileErrors.ts';

/** The handler of every call, typed from the contract: it receives checked, parsed arguments. */
export type HandlerRegistry = { readonly [K in CallName]: (...args: CallArgs<K>) => Promise<CallResult<K>> };

/** The calls as they arrive from the renderer: any arguments, checked before the handler runs. */
export type CallEntry<N extends CallName = CallName> = { readonly [K in N]: (...args: unknown[]) => Promise<CallResult<K>> };

/** The refusal of a bad argument: which one, its first problem, and that nothing was done. */
function refusal(name: CallName, error: z.ZodError): UserFacingError {
  const issue = error.issues[0];
  const index = typeof issue?.path[0] === 'number' ? issue.path[0] : -1;
  const param = CALLS[name].args.def.items[index];
  // A plan that breaks the file schema: its own sentence and the field in words (the user can act on it).
  if (isPlanParam(param) && issue) return new UserFacingError(`${param?.description ?? ''}：${issue.message}`);
  const what = param?.description ?? '参数';
  // A wrong argument count is the tuple's own issue: name no argument then.
  const detail = issue && issue.path.length > 0 ? `（${issue.message}）` : '';
  return new UserFacingError(`程序内部错误：${what}无效${detail}，${CALLS[name].notDone}`);
}

/** Checks one call's arguments against its declaration (shared/ipc.ts) and runs its handler with the parsed values. */
async function enterCall<K extends CallName>(handlers: Pick<HandlerRegistry, K>, name: K, args: readonly unknown[]): Promise<CallResult<K>> {
  const parsed = CALLS[name].args.safeParse(args);
  if (!parsed.success) throw refusal(name, parsed.error);
  const handler: (...a: CallArgs<K>) => Promise<CallResult<K>> = handlers[name];
  // TypeScript widens CALLS[name] to the union of all calls; this parse is the one for K.
  return handler(...(parsed.data as CallArgs<K>));
}

/**
 * The one place calls enter the main process: Electron's ipcMain
 * (electron/main/ipc.ts) and the e2e harness both serve this. Each call's
 * arguments are checked here, once, so handlers never check them again.
 */
export function acceptCalls<N extends CallName>(handlers: Pick<HandlerRegistry, N>): CallEntry<N> {
  const names = Object.keys(handlers) as N[];
  return Object.fromEntries(names.map((name) => [name, async (...args: unknown[]) => enterCall(handlers, name, args)])) as CallEntry<N>;
}
