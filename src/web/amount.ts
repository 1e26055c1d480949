import { Decimal } from "../domain/money";
import { fractionOf } from "./format";
import { DECIMAL_TEXT } from "./wire";

/**
 * Numbers as sellers type them: "30万", "1.5亿", "25美元", "¥300,000", "３０万", "USD 25".
 * The result is a plain decimal string ("300000") and, when the text names one, its currency,
 * so the form can check it against the field's currency instead of dropping it silently.
 */
export interface Amount {
  value: string;
  currency?: string;
}

/** Currency words people write beside a number, by ISO code. */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:美元|美金|usd|us\$|\$)|(?:美元|美金|usd)$/i, "USD"],
  [/^(?:欧元|eur|€)|(?:欧元|eur)$/i, "EUR"],
  [/^(?:英镑|gbp|£)|(?:英镑|gbp)$/i, "GBP"],
  [/^(?:日元|jpy)|(?:日元|jpy)$/i, "JPY"],
  // Last: 美元, 欧元 and 日元 also end in 元.
  [/^(?:人民币|rmb|cny|¥|￥|元)|(?:元|人民币|rmb|cny)$/i, "CNY"],
];

/** 万 = 10^4, 亿 = 10^8; "千" and "k" as people use them on price tags. */
const MULTIPLIERS: Record<string, number> = { 千: 3, k: 3, K: 3, 万: 4, 亿: 8 };

/** Full-width digits, point, comma, percent and minus to their ASCII forms. */
function halfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[，、]/g, ",")
    .replace(/％/g, "%")
    .replace(/[－—]/g, "-");
}

/** The currency a text names at its start or end, and the text without it. */
function currencyOf(text: string): { rest: string; currency?: string } {
  for (const [words, code] of CURRENCY_WORDS) {
    if (words.test(text)) return { rest: text.replace(words, "").trim(), currency: code };
  }
  return { rest: text };
}

/** Parses an amount; undefined when the text is not a number a person would recognise as one. */
export function parseAmount(raw: string): Amount | undefined {
  let text = halfWidth(raw).replace(/\s+/g, "");
  let currency: string | undefined;
  for (let i = 0; i < 2; i += 1) {
    const found = currencyOf(text);
    if (!found.currency) break;
    if (currency && currency !== found.currency) return undefined;
    currency = found.currency;
    text = found.rest;
  }
  text = text.replace(/,/g, "").replace(/^\+/, "");
  const m = /^(-?\d+(?:\.\d+)?|-?\.\d+)([千kK万亿]*)$/.exec(text);
  if (!m) return undefined;
  const exponent = [...m[2]].reduce((sum, unit) => sum + MULTIPLIERS[unit], 0);
  const value = new Decimal(m[1]).times(new Decimal(10).pow(exponent));
  return { value: value.toFixed(), ...(currency ? { currency } : {}) };
}

/** Money as people type it: "2,000,000", "¥ 38", "38元", "30万", full-width digits. */
export function cleanNumber(text: string): string {
  return parseAmount(text)?.value ?? text.replace(/[,，\s¥￥元]/g, "").replace(/^\+/, "");
}

/**
 * A percentage as typed ("13", "13%", " 13 ") as the fraction the API takes; anything that is not a
 * number goes on as typed, so that the schema names the field instead of the page failing.
 */
export function typedPercent(text: string): string {
  const n = cleanNumber(text).replace(/%$/, "");
  return DECIMAL_TEXT.test(n) ? fractionOf(n) : n;
}
