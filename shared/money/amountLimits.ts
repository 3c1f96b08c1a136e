/**
 * How large and how fine an amount in 万元 may be: part of the one definition of a valid plan
 * (shared/model/limits.ts re-exports these), kept here because money sits below the model.
 */

/** Digits before the point of an amount in 万元 (999万亿元 is beyond any budget). */
export const MAX_AMOUNT_DIGITS = 15;
/** Decimals of an amount in 万元, as the planning documents write them (233.54). */
export const AMOUNT_DECIMALS = 2;
