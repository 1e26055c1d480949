import { addDays, addMonths } from "../dates";
import type { Bilingual, ExplainStep } from "../explain";
import { reportedStatusOn } from "../validity";

/** A rule that carries a measure: a law or government document, or a bank's own product. */
export interface CarryingRule {
  source: string;
  kind: "rule" | "bank-product" | "not-identified";
}

/**
 * The dates of the document a projection switch's measure comes from, and the rules that grant the
 * benefit. A local document that lapses does not end a benefit a national rule or a bank still grants.
 */
export interface MeasureValidity {
  measure: string;
  /** The promoting document and clause, e.g. "中府办函〔2024〕24号 第16条". */
  source: string;
  validFrom: string | null;
  validTo: string | null;
  /** Where the dates come from, in the document's words. */
  validity: Bilingual;
  grantedBy: readonly CarryingRule[];
  /** The documents that promote the measure, each with its last day in force (null: open-ended). */
  promotedBy: readonly { source: string; validTo: string | null }[];
  /** A benefit reported for one period only (the 2023 option-fee campaign): its last reported day. */
  reportedUntil: string | null;
}

/** The days a projection covers, first and last inclusive. */
export interface Horizon {
  from: string;
  to: string;
}

/** The horizon of a projection starting on `startDate` for `months` months. */
export function horizonOf(startDate: string, months: number): Horizon {
  return { from: startDate, to: addDays(addMonths(startDate, months), -1) };
}

function carriers(rules: readonly CarryingRule[]): Bilingual {
  const own = rules.filter((r) => r.kind === "rule").map((r) => r.source);
  const bank = rules.filter((r) => r.kind === "bank-product").map((r) => r.source);
  const zh = [
    ...(own.length ? [`仍然有效的 ${own.join("、")}`] : []),
    ...(bank.length ? [`银行产品（${bank.join("、")}，非政府文件）`] : []),
  ].join("及");
  const en = [
    ...(own.length ? [`${own.join(", ")}, still in force`] : []),
    ...(bank.length ? [`the bank's own product (${bank.join(", ")}; not a government document)`] : []),
  ].join(" and ");
  return { zh, en };
}

/**
 * What a projection says about a measure whose promoting document lapses before the horizon ends: the
 * day it lapsed and the rules the benefit is computed under from then on. Null while it stays in force.
 */
export function lapseStep(
  key: string,
  title: Bilingual,
  v: MeasureValidity,
  horizon: Horizon,
): ExplainStep | null {
  if (v.validTo === null || v.validTo >= horizon.to) return null;
  const carried = carriers(v.grantedBy);
  const whole = v.validTo < horizon.from;
  const since = addDays(v.validTo, 1);
  const from = whole
    ? { zh: "整个测算期", en: "throughout the projection" }
    : { zh: `${since} 起`, en: `from ${since}` };
  const then = carried.zh
    ? {
        zh: `${from.zh}按${carried.zh}计算`,
        en: `${from.en} it is computed under ${carried.en}`,
      }
    : {
        zh: `${from.zh}不再计入（仅有地方文件，无其他依据）`,
        en: `${from.en} it is left out (a local document only, nothing else grants it)`,
      };
  return {
    key,
    zh: `${title.zh}：推动文件 ${v.source} 已于 ${v.validTo} 失效（${v.validity.zh}）；${then.zh}。`,
    en: `${title.en}: the promoting document ${v.source} lapsed after ${v.validTo} (${v.validity.en}); ${then.en}.`,
    inputs: {
      validFrom: v.validFrom ?? "",
      validTo: v.validTo,
      grantedBy: v.grantedBy.map((r) => r.source).join("; "),
    },
    value: "lapsed",
    measure: v.measure,
    source: v.source,
  };
}

/**
 * What a projection says about a benefit reported for one period only, for months after it: an
 * assumption, unless the user says the bank confirmed it. Null when the horizon ends within the period.
 */
export function reportedPeriodStep(
  key: string,
  title: Bilingual,
  v: MeasureValidity,
  horizon: Horizon,
  bankConfirmed: boolean,
): ExplainStep | null {
  if (v.reportedUntil === null) return null;
  const status = reportedStatusOn(v.reportedUntil, horizon.to, bankConfirmed);
  if (status === "reported") return null;
  const standing = bankConfirmed
    ? {
        zh: "您已说明银行确认延续，按已确认计算",
        en: "you say your bank confirmed it continues, so it is computed as confirmed",
      }
    : {
        zh: "是否延续未经确认，此后的月份按假设计算；请向银行确认",
        en: "whether it continued is unconfirmed, so later months assume it; ask your bank",
      };
  return {
    key,
    zh: `${title.zh}：${v.source} 只报告了截至 ${v.reportedUntil} 的情况；${standing.zh}。`,
    en: `${title.en}: ${v.source} reports it up to ${v.reportedUntil} only; ${standing.en}.`,
    inputs: { reportedUntil: v.reportedUntil, bankConfirmed: String(bankConfirmed) },
    value: status,
    measure: v.measure,
    source: v.source,
  };
}

/** What a projection's measure row cites: the rule it is computed under, and who promoted it until when. */
export interface RowCitation {
  /** The granting rules when a promoting document lapses before the horizon ends; else the measure's own. */
  source: string;
  /** The promoting documents, each with its last day in force and whether that falls before the end. */
  promotedBy: { source: string; validTo: string | null; lapsed: boolean }[];
}

/**
 * The citation of a measure row whose promoting document lapses before the horizon ends: the rules that
 * grant the benefit (a local document only promotes it), and the promoting documents with their dates.
 * Null while every promoting document stays in force: the row cites the measure's own document.
 */
export function rowCitation(v: MeasureValidity, horizon: Horizon): RowCitation | null {
  const promotedBy = v.promotedBy.map((p) => ({
    ...p,
    lapsed: p.validTo !== null && p.validTo < horizon.to,
  }));
  if (!promotedBy.some((p) => p.lapsed)) return null;
  const granting = v.grantedBy.filter((r) => r.kind !== "not-identified").map((r) => r.source);
  return { source: granting.length > 0 ? granting.join("；") : v.source, promotedBy };
}
