import { z } from "@hono/zod-openapi";
import type { FieldProblem } from "../domain/errors";

const zhLocale = z.locales.zhCN().localeError;
const enLocale = z.locales.en().localeError;

/** Messages of our own (decimal parsing, cross-field rules) carried through zod as "@key". */
export const MESSAGES = {
  decimal: {
    en: 'expected a decimal string such as "1234.56" or a JSON number',
    zh: '应为十进制数字字符串（如 "1234.56"）或 JSON 数字',
  },
  "not-a-number": {
    en: "not a plain decimal number (no exponents, spaces or NaN)",
    zh: "不是有效的十进制数字（不允许指数、空格或 NaN）",
  },
  "too-many-decimals": { en: "too many digits after the decimal point", zh: "小数位数过多" },
  "too-large": { en: "value is too large", zh: "数值过大" },
  negative: { en: "must not be negative", zh: "不能为负数" },
  "not-positive": { en: "must be greater than zero", zh: "必须大于零" },
  "rate-range": {
    en: "a rate is a fraction (0.13 for 13%), here between the allowed bounds",
    zh: "比率应为小数（13% 写作 0.13），且在允许范围内",
  },
  date: { en: "expected a real calendar date YYYY-MM-DD", zh: "应为有效日期，格式 YYYY-MM-DD" },
  currency: { en: "expected an ISO 4217 currency code such as USD", zh: "应为 ISO 4217 货币代码，如 USD" },
  "hs-code": {
    en: "an HS code is 4 to 10 digits, e.g. 940520",
    zh: "HS编码应为 4 到 10 位数字，例如 940520",
  },
  "hs-prefix": {
    en: "2 to 10 digits of an HS code, e.g. 94 or 940520",
    zh: "应为 2 到 10 位的HS编码数字，例如 94 或 940520",
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Adds a problem found across fields (or after parsing) in both languages; fieldProblems reads it
 * back with its JSON pointer.
 */
export function addProblem(
  ctx: {
    addIssue(issue: { code: "custom"; path: PropertyKey[]; message: string; params: { zh: string } }): void;
  },
  path: PropertyKey[],
  en: string,
  zh: string,
): void {
  ctx.addIssue({ code: "custom", path, message: en, params: { zh } });
}

/**
 * A currency outside the money-market day-count table (src/domain/fx/forward.ts) needs its day count
 * named: the problem lands on `path`, whose last element names the field to fill in.
 */
export function requireDayCountFor(
  ctx: Parameters<typeof addProblem>[0],
  path: PropertyKey[],
  currency: string,
): void {
  const field = String(path[path.length - 1]);
  addProblem(
    ctx,
    path,
    `required for ${currency}: its money-market day count is not in the table (ACT/360 or ACT/365F)`,
    `${currency} 的货币市场计息惯例不在内置表中，请填写 ${field}（ACT/360 或 ACT/365F）`,
  );
}

export function msg(key: MessageKey): string {
  return `@${key}`;
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

type Issue = z.core.$ZodIssue;

function localize(issue: Issue, input: unknown): { en: string; zh: string } {
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union")) {
    if (issue.code === "invalid_union") return { en: "required field is missing", zh: "缺少必填字段" };
    return {
      en: `required field is missing (expected ${issue.expected})`,
      zh: `缺少必填字段（应为 ${issue.expected}）`,
    };
  }
  if (issue.message.startsWith("@") && issue.message.slice(1) in MESSAGES) {
    return MESSAGES[issue.message.slice(1) as MessageKey];
  }
  if (issue.code === "invalid_format" && issue.format === "regex") {
    // A pattern means nothing to the person filling the form: say the format is wrong.
    return {
      en: "not in the expected format (see the field's description)",
      zh: "格式不正确（请参照该字段的说明）",
    };
  }
  if (issue.code === "custom" && issue.params && typeof issue.params.zh === "string") {
    return { en: issue.message, zh: issue.params.zh };
  }
  const raw = { ...issue, input } as unknown as z.core.$ZodRawIssue;
  const text = (fn: typeof zhLocale) => {
    const out = fn(raw);
    return typeof out === "string" ? out : (out?.message ?? issue.message);
  };
  return { en: text(enLocale), zh: text(zhLocale) };
}

/** Every zod issue as a field problem in both languages, with the offending value looked up. */
export function fieldProblems(error: z.ZodError, data: unknown, prefix = ""): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({
          pointer: prefix + toPointer([...issue.path, key]),
          en: "unknown field",
          zh: "未知字段",
        });
      }
      continue;
    }
    const input = valueAt(data, issue.path);
    out.push({ pointer: prefix + toPointer(issue.path), ...localize(issue, input) });
  }
  return out;
}

/** A UTF-16 code unit of a surrogate pair standing alone: with the `u` flag only lone ones match. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Every string (member names too) of a parsed JSON body that is not well-formed Unicode: a lone
 * surrogate escaped as `"\ud800"` parses, but cannot be stored or sent as UTF-8 and would come back as
 * U+FFFD. One problem per field, located by JSON pointer. Walks with its own stack: a body may nest
 * deeper than the call stack goes.
 */
export function malformedTextProblems(body: unknown): FieldProblem[] {
  // Each place keeps its parent rather than a copy of its path: deep bodies stay linear.
  type Place = { value: unknown; key?: PropertyKey; parent?: Place };
  const pathOf = (place: Place | undefined): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at = place; at?.parent; at = at.parent) path.unshift(at.key as PropertyKey);
    return path;
  };
  const problems: FieldProblem[] = [];
  const report = (path: PropertyKey[], text: string) => {
    const unit = text.match(LONE_SURROGATE)?.[0].charCodeAt(0).toString(16).toUpperCase();
    problems.push({
      pointer: toPointer(path),
      zh: `不是有效的 Unicode 文本：含有不成对的代理码元 U+${unit}，无法保存；请按 UTF-8 发送该文字`,
      en: `Not well-formed Unicode: a lone surrogate U+${unit} cannot be stored; send the text as UTF-8`,
    });
  };
  const pending: Place[] = [{ value: body }];
  for (let place = pending.pop(); place; place = pending.pop()) {
    const { value } = place;
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) report(pathOf(place), value);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) pending.push({ value: value[i], key: i, parent: place });
    } else if (value !== null && typeof value === "object") {
      for (const [name, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(name)) report([...pathOf(place), name], name);
        pending.push({ value: item, key: name, parent: place });
      }
    }
  }
  return problems.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
