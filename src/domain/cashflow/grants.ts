import { dayNumber } from "../dates";
import { InputError } from "../errors";
import type { ExplainStep } from "../explain";
import { fixedOf } from "../fixed";
import type { Award } from "../grants/award";
import { estimateGrants, type FirmFacts, type GrantRules, programmesOf } from "../grants/estimate";
import { type Decimal, fen } from "../money";
import type { Ledger } from "./ledger";
import type { Scenario } from "./scenario";

/** A scenario's grant that names a programme: the engine estimates the award from the firm's facts. */
export interface ProgrammeGrant {
  programme: string;
  /** When the user knows the payment date; else the award's own date, or the last day of its year. */
  date?: string;
}

/**
 * The programme grants of a scenario: the bookings, and per named programme whether any of its
 * awards is booked (a programme that books nothing is off in every run, like a switch that touches
 * nothing).
 */
export function programmeGrantsOf(
  scenario: Scenario,
  rules: GrantRules | null,
  endDate: string,
): { bookings: GrantBooking[]; applies: boolean[] } {
  const grants = scenario.programmeGrants ?? [];
  if (grants.length === 0) return { bookings: [], applies: [] };
  if (rules === null || scenario.grantFacts === undefined) {
    throw new InputError([
      {
        pointer: "/grants",
        en: "this ruleset does not compute grants that name a programme (2026.12.1 on, with grantFacts)",
        zh: "该规则版本不计算按政策项目估算的补贴（需 2026.12.1 及以后版本，并填写企业情况）",
      },
    ]);
  }
  const bookings = bookProgrammeGrants(
    grants,
    scenario.grantFacts,
    rules,
    scenario.startDate,
    endDate,
    "/grantFacts",
  );
  return { bookings, applies: grants.map((_, i) => bookings.some((b) => b.grant === i && b.date !== null)) };
}

/** The firm's cash of the programmes whose bit is set, in a ledger of the projection's months. */
export function bookGrants(
  ledger: Ledger,
  bookings: readonly GrantBooking[],
  on: readonly boolean[],
): Ledger {
  for (const b of bookings) {
    if (b.date !== null && on[b.grant]) ledger.add(b.date, "grants", fixedOf(b.award.amount as Decimal));
  }
  return ledger;
}

/** One award of a named programme and what the projection does with it. */
export interface GrantBooking {
  /** Position of its programme in the scenario's programme grants (the measure it belongs to). */
  grant: number;
  award: Award;
  /** The day it is booked as the firm's cash; null when it is not the firm's cash in the horizon. */
  date: string | null;
  /** Why it is or is not booked. */
  reason: "booked" | "ineligible" | "not-the-firm" | "amount-open" | "before-start" | "after-horizon";
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
  /** The first day after the horizon. */
  endDate: string,
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
              : dayNumber(date) >= dayNumber(endDate)
                ? "after-horizon"
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
  "after-horizon": { zh: "在测算期结束后支付，不计入", en: "paid after the horizon, not booked" },
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
