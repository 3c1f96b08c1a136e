/**
 * Vitest globalSetup: the e2e tests load the built renderer, so `npm test`
 * builds it first (reused when the sources did not change) and tells the
 * tests where it is (inject('e2eRendererDir')).
 */
import type { TestProject } from 'vitest/node';
import { buildRenderer } from './buildRenderer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eRendererDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('e2eRendererDir', await buildRenderer());
}
