import type { Plan } from '../model/plan.ts';
import { longquanyiGanzi } from './longquanyiGanzi.ts';
import { wuhouBaiyu } from './wuhouBaiyu.ts';

/** The bundled sample plans, by the name the CLI and the app use. */
export const SAMPLES = {
  'wuhou-baiyu-2016-2020': wuhouBaiyu,
  'longquanyi-ganzi-2020': longquanyiGanzi,
} as const satisfies Record<string, () => Plan>;

export type SampleName = keyof typeof SAMPLES;

export const isSampleName = (name: string): name is SampleName => Object.hasOwn(SAMPLES, name);
