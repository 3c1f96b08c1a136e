import { useCallback, useState } from 'react';
import type { ImportAnalysis } from '../../shared/import/analyseWorkbook.ts';
import type { ImportChoices } from '../../shared/import/importReport.ts';
import { api, userMessage } from '../api.ts';
import type { FileActions } from './fileActions.ts';
import type { DocumentStore } from '../store/documentStore.ts';

/** The last accepted import: its report and the choices made, for 导入报告 afterwards. */
export interface AcceptedImport {
  readonly analysis: ImportAnalysis;
  readonly choices: ImportChoices;
}

/**
 * 导入Excel in two steps: the main process reads and analyses the workbook,
 * the 导入报告 dialog shows it with its decisions, and only 接受并打开 builds
 * the plan (after 保存/不保存/取消 about unsaved changes). 取消 changes nothing.
 */
export function useImportFlow(store: DocumentStore, files: FileActions) {
  const [pending, setPending] = useState<ImportAnalysis | null>(null);
  const [accepted, setAccepted] = useState<AcceptedImport | null>(null);
  const [showingAccepted, setShowingAccepted] = useState(false);
  const fail = useCallback((error: unknown) => store.setMessage({ kind: 'error', text: userMessage(error) }), [store]);

  const start = useCallback(async () => {
    try {
      const analysis = await api().importWorkbook();
      if (analysis) setPending(analysis);
    } catch (error) {
      fail(error);
    }
  }, [fail]);

  const accept = useCallback(
    async (choices: ImportChoices) => {
      const analysis = pending;
      if (!analysis || !(await files.settleUnsaved())) return;
      try {
        store.load(await api().acceptImport(choices));
        setAccepted({ analysis, choices });
        setPending(null);
      } catch (error) {
        fail(error);
        setPending(null);
      }
    },
    [pending, files, store, fail],
  );

  return {
    /** The analysis waiting for 接受并打开 / 取消. */
    pending,
    /** The last accepted import, while 导入报告 can show it again. */
    accepted,
    showingAccepted,
    start,
    accept,
    cancel: useCallback(() => setPending(null), []),
    showAccepted: useCallback((show: boolean) => setShowingAccepted(show), []),
  };
}
