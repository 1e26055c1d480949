import { dayNumber } from "../dates";
import type { ExplainStep } from "../explain";
import { type Decimal, fen, ZERO } from "../money";

/** Who the money is paid to: the firm, its employees (each claims their own), or a district government. */
export type Payee = "firm" | "employees" | "district";

/** Where an award's year or date comes from: the document, the user, or an estimate we say is one. */
export type Timing = "document" | "user" | "assumed";

export const CITIES = ["Guangzhou", "Zhuhai", "Zhongshan"] as const;
export type City = (typeof CITIES)[number];

const CITY_NAMES: Record<City, string> = { Guangzhou: "广州", Zhuhai: "珠海", Zhongshan: "中山" };

/** A programme's days in force (inclusive); null: the document states none (open). */
export interface ProgrammeWindow {
  validFrom: string | null;
  validTo: string | null;
}

/** The catalog entry a programme's explain steps cite. */
export interface ProgrammeCite {
  /** Catalog measure id (the programme's id in awards). */
  measure: string;
  /** The city whose firms the programme serves. */
  city: City;
  /** Document number and clause. */
  source: string;
  title: { zh: string; en: string };
  window: ProgrammeWindow;
}

/** One test of a programme, passed or failed, with its figures: an explain step whose value says which. */
export type CheckStep = ExplainStep & { value: "passed" | "failed" };

/** The part of an award a city pays back to the district that paid it (Zhuhai 四（三）). */
export interface FundingSplit {
  /** What the city reimburses the district: up to this amount. */
  cityUpTo: Decimal;
  /** What the district bears itself: at least this amount. */
  districtAtLeast: Decimal;
}

/** One programme's answer for one firm (and one basis year where the programme is yearly). */
export interface Award {
  programme: string;
  eligible: boolean;
  /** The amount paid, or its cap when `upTo`; null when the document leaves it to another body. */
  amount: Decimal | null;
  /** True where the document says 不超过 / 最高: the amount is a ceiling, not a promise. */
  upTo: boolean;
  /** The year of the sales, spend or listing the award is for. */
  basisYear?: number;
  payableYear?: number;
  /** A payment date, where the document or the user gives one (cost-share lags). */
  date?: string;
  timing: Timing;
  payee: Payee;
  split?: FundingSplit;
  explain: ExplainStep[];
}

/** Whether a day falls in the window (both ends inclusive, an open end never excludes). */
export function inWindow(window: ProgrammeWindow, date: string): boolean {
  const day = dayNumber(date);
  if (window.validFrom !== null && day < dayNumber(window.validFrom)) return false;
  return window.validTo === null || day <= dayNumber(window.validTo);
}

/** The window as words, for explain steps. */
export function windowText(window: ProgrammeWindow): { zh: string; en: string } {
  return {
    zh: `${window.validFrom ?? "文件未载明"} 至 ${window.validTo ?? "未设终止日"}`,
    en: `${window.validFrom ?? "not stated in the document"} to ${window.validTo ?? "open-ended"}`,
  };
}

/** The validity test of an activity on a date: in force then, or lapsed / not yet in force. */
export function windowCheck(cite: ProgrammeCite, date: string, what: { zh: string; en: string }): CheckStep {
  const passed = inWindow(cite.window, date);
  const span = windowText(cite.window);
  return {
    key: "test:inForce",
    zh: `有效期：${what.zh}（${date}）${passed ? "在" : "不在"}“${cite.title.zh}”有效期（${span.zh}）内${passed ? "" : "，该项政策届时已失效或尚未施行"}。`,
    en: `In force: ${what.en} (${date}) ${passed ? "falls" : "does not fall"} within "${cite.title.en}" (${span.en})${passed ? "" : ": the programme had lapsed or was not yet in force"}.`,
    inputs: { date, validFrom: cite.window.validFrom ?? "-", validTo: cite.window.validTo ?? "-" },
    value: passed ? "passed" : "failed",
    measure: cite.measure,
    source: cite.source,
  };
}

/** The first test of every programme: it serves firms of its own city. */
export function cityCheck(cite: ProgrammeCite, firmCity: City): CheckStep {
  const passed = cite.city === firmCity;
  return check(
    cite,
    "city",
    passed,
    {
      zh: `适用地域：该项政策适用于${CITY_NAMES[cite.city]}市的企业，企业所在城市为${CITY_NAMES[firmCity]}市。`,
      en: `Place: the programme serves firms in ${cite.city}; the firm is in ${firmCity}.`,
    },
    { programmeCity: cite.city, firmCity },
  );
}

/** A test step citing the programme's clause. */
export function check(
  cite: ProgrammeCite,
  key: string,
  passed: boolean,
  text: { zh: string; en: string },
  inputs?: Record<string, string>,
): CheckStep {
  return {
    key: `test:${key}`,
    ...text,
    ...(inputs ? { inputs } : {}),
    value: passed ? "passed" : "failed",
    measure: cite.measure,
    source: cite.source,
  };
}

/** The step stating the amount (and that it is a cap, when it is one). */
export function amountStep(
  cite: ProgrammeCite,
  amount: Decimal,
  upTo: boolean,
  text: { zh: string; en: string },
  extra: Pick<ExplainStep, "formula" | "inputs"> = {},
): ExplainStep {
  return {
    key: "amount",
    zh: `${text.zh}${upTo ? `（文件写“不超过”：${fen(amount)} 元是上限，实际金额以主管部门核定为准）` : ""}`,
    en: `${text.en}${upTo ? ` (the document says "up to": ${fen(amount)} CNY is the ceiling; the department sets the actual amount)` : ""}`,
    ...extra,
    value: fen(amount),
    measure: cite.measure,
    source: cite.source,
  };
}

/** True when every test step passed. */
export function allPassed(steps: readonly ExplainStep[]): boolean {
  return steps.every((s) => !s.key.startsWith("test:") || s.value === "passed");
}

/** An award refused, with the tests that decided it: nothing paid. */
export function refusal(
  cite: ProgrammeCite,
  steps: ExplainStep[],
  timing: Timing,
  basisYear?: number,
  payee: Payee = "firm",
): Award {
  return {
    programme: cite.measure,
    eligible: false,
    amount: ZERO,
    upTo: false,
    ...(basisYear === undefined ? {} : { basisYear }),
    timing,
    payee,
    explain: steps,
  };
}

/** The answer for a programme the firm gave no facts for: refused, saying which fact is missing. */
export function noFacts(cite: ProgrammeCite, firmCity: City, missing: { zh: string; en: string }): Award {
  return {
    programme: cite.measure,
    eligible: false,
    amount: ZERO,
    upTo: false,
    timing: "user",
    payee: "firm",
    explain: [cityCheck(cite, firmCity), check(cite, "facts", false, missing)],
  };
}
