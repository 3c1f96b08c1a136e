// First: asks the main process for the document while the rest of the script is evaluated.
import { startupRequest } from './app/startupRequest.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
} from 'ag-grid-community';
import { App } from './app/App.tsx';
import { DocumentStore } from './store/documentStore.ts';
import type { OpenedDocument } from '../shared/ipc.ts';
import './styles.css';

// AG Grid v33+: features come as modules. Only those the grids use (a smaller bundle starts
// faster); a missing one shows as an AG Grid error in the console and in the e2e tests.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  ColumnApiModule,
  // The grid's editors: the list of 项目类别; and its text editor, which it requires of every editable column
  // although the sheet edits text in its own field (grid/sheetEditor.ts) and never opens it.
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  PinnedRowModule,
  RowStyleModule,
  CellStyleModule,
  CellApiModule,
  RowApiModule,
  RenderApiModule,
  ScrollApiModule,
]);

performance.mark('aidplan:modules');

const createStore = (doc: OpenedDocument) => new DocumentStore(doc);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App createStore={createStore} startup={startupRequest} />
  </StrictMode>,
);
