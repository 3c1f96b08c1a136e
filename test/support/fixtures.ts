import path from 'node:path';
import { repoRoot } from './cli.ts';

/** The partner .xlsx fixtures from the briefs (../shared/fixtures beside the checkout), used as they are. */
export const FIXTURES_DIR = path.resolve(repoRoot, '../shared/fixtures');

/** Path of one fixture, e.g. fixturePath('wuhou-baiyu-2016-2020.xlsx'). */
export const fixturePath = (name: string): string => path.join(FIXTURES_DIR, name);
