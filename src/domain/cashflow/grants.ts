import { dayNumber } from "../dates";
import type { ExplainStep } from "../explain";
import type { Award } from "../grants/award";
import { estimateGrants, type FirmFacts, type GrantRules, programmesOf } from "../grants/estimate";
import { fen } from "../money";

/** A scenario's grant that names a programme: the engine estimates the award from the firm's facts. */
export interface ProgrammeGrant {
  programme: string;
  /** When the user knows the payment date; else the award's own date, or the last day of its year. */
  date?: string;
}

/** One award of a named programme and what the projection does with it. */
export interface GrantBooking {
  /** Position of its programme in the scenario's programme grants (the measure it belongs to). */
  grant: number;
  award: Award;
  /** The day it is booked as the firm's cash; null when it is not the firm's cash in the horizon. */
  date: string | null;
  /** Why it is or is not booked. */
  reason: "booked" | "ineligible" | "not-the-firm" | "amount-open" | "before-start";
}

/** The day an award is booked: the user's date, the award's own, or the last day of its payable year. */
function bookingDate(grant: ProgrammeGrant, award: Award): string | null {
  if (grant.date) return grant.date;
  if (award.date) return award.date;
  return award.payableYear === undefined ? null : `${award.payableYear}-12-31`;
}

/**
 * Each named programme's awards, and which of them are the firm's cash: eligible, paid to the firm,
 * with an amount, dated on or after the start (a reward paid before the projection starts is not
 * cash in it). A cap ('up to') is booked at the cap and says so.
 */
export function bookProgrammeGrants(
  grants: readonly ProgrammeGrant[],
  facts: FirmFacts,
  rules: GrantRules,
  startDate: string,
  /** JSON pointer of the facts in the scenario. */
  at: string,
): GrantBooking[] {
  return grants.flatMap((grant, i) =>
    estimateGrants(facts, [grant.programme], rules, at).map((award): GrantBooking => {
      const date = bookingDate(grant, award);
      const reason: GrantBooking["reason"] = !award.eligible
        ? "ineligible"
        : award.payee !== "firm"
          ? "not-the-firm"
          : award.amount === null || date === null
            ? "amount-open"
            : dayNumber(date) < dayNumber(startDate)
              ? "before-start"
              : "booked";
      return { grant: i, award, date: reason === "booked" ? date : null, reason };
    }),
  );
}

const REASONS: Record<Exclude<GrantBooking["reason"], "booked">, { zh: string; en: string }> = {
  ineligible: { zh: "不符合条件（见各项检验）", en: "not eligible (see the tests)" },
  "not-the-firm": {
    zh: "由员工本人申领，不计入企业现金",
    en: "claimed by and paid to the employees, not the firm's cash",
  },
  "amount-open": { zh: "金额或时间未定，未计入", en: "amount or date open, not booked" },
  "before-start": { zh: "在测算期开始前支付，不计入", en: "paid before the projection starts, not booked" },
};

/** The explain step of each award: the amount booked (or why not), its year, payee and clause. */
export function grantSteps(bookings: readonly GrantBooking[], rules: GrantRules): ExplainStep[] {
  const titles = new Map(programmesOf(rules).map((p) => [p.measure, p]));
  return bookings.map(({ award, date, reason }) => {
    const cite = titles.get(award.programme)!;
    const amount = award.amount === null ? "-" : fen(award.amount);
    const year = award.basisYear === undefined ? "" : `${award.basisYear} 年度 `;
    const yearEn = award.basisYear === undefined ? "" : ` for ${award.basisYear}`;
    const cap = award.upTo
      ? { zh: "（不超过，按上限计）", en: " (up to: booked at the cap)" }
      : { zh: "", en: "" };
    const tests = award.explain.filter((s) => s.key.startsWith("test:"));
    const failed = tests.find((s) => s.value === "failed");
    return {
      key: `grant:${award.programme}${award.basisYear === undefined ? "" : `:${award.basisYear}`}`,
      zh:
        reason === "booked"
          ? `${cite.title.zh}：${year}${amount} 元${cap.zh}，${date} 计入企业现金。`
          : `${cite.title.zh}：${year}${REASONS[reason].zh}${failed ? `：${failed.zh}` : ""}`,
      en:
        reason === "booked"
          ? `${cite.title.en}${yearEn}: ${amount} CNY${cap.en}, booked as the firm's cash on ${date}.`
          : `${cite.title.en}${yearEn}: ${REASONS[reason].en}${failed ? `: ${failed.en}` : ""}`,
      inputs: {
        eligible: String(award.eligible),
        payee: award.payee,
        ...(award.payableYear === undefined ? {} : { payableYear: String(award.payableYear) }),
        upTo: String(award.upTo),
      },
      value: reason === "booked" ? amount : "0.00",
      measure: cite.measure,
      source: cite.source,
    };
  });
}
