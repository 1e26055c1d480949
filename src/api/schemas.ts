import { z } from "@hono/zod-openapi";
import { DAY_COUNTS, isIsoDate } from "../domain/dates";
import {
  type Decimal,
  type DecimalLimits,
  type DecimalParseProblem,
  MONEY_LIMITS,
  RATE_LIMITS,
  readDecimal,
  YEAR_FRACTION_LIMITS,
} from "../domain/money";
import { addProblem, MESSAGES, msg } from "./validation";

/**
 * The shared building blocks of every request and response. Inputs accept decimal strings or JSON
 * numbers and arrive in handlers as Decimals; outputs are always strings.
 */

interface DecimalOptions {
  description: string;
  example: string;
  /** Smallest allowed value, inclusive unless `exclusiveMin`. */
  min?: string;
  exclusiveMin?: boolean;
  max?: string;
}

/** Why a decimal was refused, naming the field's limit and how to send the value instead. */
function decimalProblem(problem: DecimalParseProblem, limits: DecimalLimits): { en: string; zh: string } {
  const places = limits.maxDecimals;
  const bound = limits.maxAbs.toFixed();
  switch (problem) {
    case "not-a-number":
      return MESSAGES["not-a-number"];
    case "too-many-decimals":
      return {
        en: `at most ${places} digits after the decimal point: round the value to ${places} places before sending it`,
        zh: `小数点后最多 ${places} 位：请先四舍五入到 ${places} 位再发送`,
      };
    case "too-large":
      return { en: `its absolute value must be at most ${bound}`, zh: `绝对值不能超过 ${bound}` };
  }
}

function decimalInput(limits: DecimalLimits, opts: DecimalOptions) {
  const places = limits.maxDecimals;
  const minimum = opts.min ?? limits.maxAbs.neg().toFixed();
  const maximum = opts.max ?? limits.maxAbs.toFixed();
  return z
    .union([z.string(), z.number()], { error: msg("decimal") })
    .transform((value, ctx): Decimal => {
      const read = readDecimal(value, limits);
      if (!read.ok) {
        const problem = decimalProblem(read.problem, limits);
        addProblem(ctx, [], problem.en, problem.zh);
        return z.NEVER;
      }
      const d = read.value;
      if (opts.min !== undefined && (opts.exclusiveMin ? d.lte(opts.min) : d.lt(opts.min))) {
        addProblem(
          ctx,
          [],
          `must be ${opts.exclusiveMin ? "greater than" : "at least"} ${opts.min}`,
          `必须${opts.exclusiveMin ? "大于" : "不小于"} ${opts.min}`,
        );
        return z.NEVER;
      }
      if (opts.max !== undefined && d.gt(opts.max)) {
        addProblem(ctx, [], `must be at most ${opts.max}`, `不能大于 ${opts.max}`);
        return z.NEVER;
      }
      return d;
    })
    .openapi({
      description:
        `${opts.description} (a decimal string, or a JSON number; at most ${places} decimal places; ` +
        `${opts.exclusiveMin ? "greater than" : "at least"} ${minimum} and at most ${maximum})`,
      example: opts.example,
      // Strings or numbers, said in a form code generators read: the pattern holds for strings (with
      // the decimal places allowed), the bounds for numbers.
      type: ["string", "number"],
      pattern: `^-?(0|[1-9]\\d*)(\\.\\d{1,${places}})?$`,
      ...(opts.exclusiveMin ? { exclusiveMinimum: Number(minimum) } : { minimum: Number(minimum) }),
      maximum: Number(maximum),
    });
}

/** A money amount (up to 6 decimals in, reported to the fen out). Non-negative unless told otherwise. */
export function moneyIn(description: string, example: string, opts: Partial<DecimalOptions> = {}) {
  return decimalInput(MONEY_LIMITS, { min: "0", ...opts, description, example });
}

/** A rate as a fraction (0.13 for 13%), between 0 and 1 unless told otherwise. */
export function rateIn(description: string, example: string, opts: Partial<DecimalOptions> = {}) {
  return decimalInput(RATE_LIMITS, { min: "0", max: "1", ...opts, description, example });
}

/** A time in years for a pricing model: JSON numbers computed as fractions (1/12) are taken as sent. */
export function yearFractionIn(description: string, example: string, opts: Partial<DecimalOptions> = {}) {
  return decimalInput(YEAR_FRACTION_LIMITS, { ...opts, description, example });
}

/** A plain decimal (exchange rates, prices per unit). */
export function decimalIn(description: string, example: string, opts: Partial<DecimalOptions> = {}) {
  return decimalInput(RATE_LIMITS, { ...opts, description, example });
}

/**
 * No control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F). Written with \x escapes
 * and no flags so the pattern the contract publishes means the same to every JSON Schema validator
 * and generator (a \p{Cc} class needs the regex `u` flag, which a pattern cannot carry).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the class names the control characters it refuses
export const NO_CONTROL_CHARACTERS = /^[^\x00-\x1F\x7F-\x9F]*$/;

/** A short line of text people type (a name, a label): trimmed, non-empty, no control characters. */
export function plainText(description: string, example: string, maxLength: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .regex(NO_CONTROL_CHARACTERS, { error: "no control characters" })
    .openapi({ description, example });
}

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: msg("currency") })
  .openapi({ description: "ISO 4217 currency code", example: "USD" });

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { error: msg("date") })
  .openapi({ description: "ISO 8601 calendar date", example: "2026-05-01", format: "date" });

export const DayCountSchema = z
  .enum(DAY_COUNTS)
  .openapi({ description: "Day-count convention: ACT/360 or ACT/365F", example: "ACT/360" });

export function moneyInput(description: string, example: { amount: string; currency: string }) {
  return z
    .object({ amount: moneyIn("Amount in the currency", example.amount), currency: CurrencySchema })
    .openapi({ description, example });
}

/** Output money: decimal strings, rounded to the fen at reporting points. */
export const MoneyOut = z
  .string()
  .openapi({ description: "Decimal string, CNY to the fen", example: "12345.67" });
export const RateOut = z
  .string()
  .openapi({ description: "Fraction as a decimal string (0.13 = 13%)", example: "0.1280" });

/** A text in both languages (zh-CN and English), described for the contract. */
export function bilingual(description: string) {
  return z
    .object({
      zh: z.string().openapi({ description: "In Chinese (zh-CN)" }),
      en: z.string().openapi({ description: "In English" }),
    })
    .openapi({ description });
}

export const ExplainStepSchema = z
  .object({
    key: z.string().openapi({ description: "Stable name of the step (what it computes)", example: "taxes" }),
    zh: z.string().openapi({ description: "What was computed and how, in Chinese" }),
    en: z.string().openapi({ description: "What was computed and how, in English" }),
    formula: z.string().optional().openapi({ description: "The formula in words, with the input names" }),
    inputs: z
      .record(z.string(), z.string())
      .optional()
      .openapi({ description: "The inputs the formula used, as decimal strings" }),
    value: z.string().openapi({ description: "The figure the step produced" }),
    measure: z.string().optional().openapi({ description: "Measure id in /v1/measures" }),
    source: z.string().optional().openapi({ description: "Document number and clause" }),
  })
  .openapi("ExplainStep");

export const ExplainSchema = z.array(ExplainStepSchema).openapi({
  description: "How every figure was computed, in order, with the document each rule comes from",
});

export const RulesetSchema = z
  .string()
  .openapi({ description: "Version of the measures catalog that produced the result", example: "2026.12.1" });

/** A required JSON request body with the example the OpenAPI document shows (and the tests run). */
export function jsonBody<T extends z.ZodType>(schema: T, example: unknown, description?: string) {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { "application/json": { schema, example } },
  };
}

/** A 200 JSON response. */
export function jsonOk<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}
