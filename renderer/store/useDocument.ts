import { createContext, useContext, useSyncExternalStore } from 'react';
import type { DocumentState, DocumentStore } from './documentStore.ts';

/** The document store of the window. */
export const StoreContext = createContext<DocumentStore | null>(null);

export function useStore(): DocumentStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('DocumentStore missing');
  return store;
}

/** The current document state; re-renders on every change. */
export function useDocument(): DocumentState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
