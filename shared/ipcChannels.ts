/**
 * The names and channels of the IPC contract, without its schemas: the
 * sandboxed preload imports this file only, because it cannot load npm
 * packages (zod) at run time. shared/ipc.ts declares each call under one of
 * these names; the compiler checks the two name sets are the same.
 */

/** Names of the calls of shared/ipc.ts CALLS, in one list (the registry and the preload cover them all). */
export const CALL_NAMES = [
  'startup',
  'newPlan',
  'openFile',
  'openRecent',
  'openPending',
  'save',
  'saveAs',
  'askUnsaved',
  'writeRecovery',
  'restoreRecovery',
  'discardRecovery',
  'recentFiles',
  'setTitleState',
  'closeWindow',
  'importWorkbook',
  'acceptImport',
  'exportWorkbook',
  'exportTemplate',
  'exportPdf',
  'printPlan',
  'openForCompare',
  'consolidateFolder',
  'recountConsolidation',
  'exportConsolidation',
  'appInfo',
  'cancelWork',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** The IPC channel of a call. */
export const channelOf = (name: CallName): string => `aidplan:${name}`;
/** The channel on which the main process sends MenuCommands. */
export const MENU_CHANNEL = 'aidplan:menu';
/** The channel on which the main process sends WorkProgress (null: the task ended). */
export const PROGRESS_CHANNEL = 'aidplan:progress';
