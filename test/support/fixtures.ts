import path from 'node:path';
import { repoRoot } from './cli.ts';

/**
 * The partner .xlsx fixtures, written by test/fixtures/make_fixtures.py (openpyxl, not the app's own
 * writer) from the figures of the source documents, and committed so tests need no Python.
 */
export const FIXTURES_DIR = path.join(repoRoot, 'test/fixtures');

/** Path of one fixture, e.g. fixturePath('wuhou-baiyu-2016-2020.xlsx'). */
export const fixturePath = (name: string): string => path.join(FIXTURES_DIR, name);
