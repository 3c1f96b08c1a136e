import { Decimal } from '../money/decimal.ts';
import { headerKey } from './cellText.ts';

/** The money units partner tables are kept in; a plan keeps 万元. */
export type AmountUnit = '元' | '千元' | '万元' | '亿元';

/** How many 万元 one of each unit is (exact decimals). */
const IN_WAN: Readonly<Record<AmountUnit, Decimal>> = {
  元: new Decimal('0.0001'),
  千元: new Decimal('0.1'),
  万元: new Decimal(1),
  亿元: new Decimal(10000),
};

/** An amount in `unit` as 万元, exactly. */
export const toWanExact = (amount: Decimal, unit: AmountUnit): Decimal => (unit === '万元' ? amount : amount.times(IN_WAN[unit]));

const UNIT = '(千元|万元|亿元|元)';
/** "单位：元", "金额单位：万元", "（单位：千元）". */
const UNIT_LINE = new RegExp(`单位[:：]${UNIT}`);
/** A header naming its unit: "计划投资（元）", "2022年计划投资(千元)", "总投资/万元". */
const HEADER_UNIT = new RegExp(`[（(]${UNIT}[）)]|[/／]${UNIT}$|单位[:：]${UNIT}`);

/** The unit a 单位 line states ("单位：元"), or null. */
export function unitOfLine(text: string): AmountUnit | null {
  const m = UNIT_LINE.exec(headerKey(text));
  return m ? (m[1] as AmountUnit) : null;
}

/** The unit a column header names ("计划投资（元）"), or null. */
export function unitOfHeader(text: string): AmountUnit | null {
  const m = HEADER_UNIT.exec(headerKey(text));
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3]) as AmountUnit;
}
