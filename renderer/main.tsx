import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { App } from './app/App.tsx';
import { DocumentStore } from './store/documentStore.ts';
import type { OpenedDocument } from '../shared/ipc.ts';
import './styles.css';

// AG Grid v33+: features come as modules; Community has everything we use.
ModuleRegistry.registerModules([AllCommunityModule]);

const createStore = (doc: OpenedDocument) => new DocumentStore(doc);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App createStore={createStore} />
  </StrictMode>,
);
