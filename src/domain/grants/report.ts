import type { ExplainStep } from "../explain";
import { fen, sum, ZERO } from "../money";
import type { Award, Payee, Timing } from "./award";

/** An award as reported: amounts as strings to the fen. */
export interface AwardReport {
  programme: string;
  eligible: boolean;
  amount: string | null;
  upTo: boolean;
  basisYear?: number;
  payableYear?: number;
  date?: string;
  timing: Timing;
  payee: Payee;
  split?: { cityUpTo: string; districtAtLeast: string };
  explain: ExplainStep[];
}

export function awardReport(a: Award): AwardReport {
  return {
    programme: a.programme,
    eligible: a.eligible,
    amount: a.amount === null ? null : fen(a.amount),
    upTo: a.upTo,
    ...(a.basisYear === undefined ? {} : { basisYear: a.basisYear }),
    ...(a.payableYear === undefined ? {} : { payableYear: a.payableYear }),
    ...(a.date === undefined ? {} : { date: a.date }),
    timing: a.timing,
    payee: a.payee,
    ...(a.split
      ? { split: { cityUpTo: fen(a.split.cityUpTo), districtAtLeast: fen(a.split.districtAtLeast) } }
      : {}),
    explain: a.explain,
  };
}

/** What the eligible awards add up to for one payee, and whether any of it is a ceiling. */
export function payeeTotal(awards: readonly Award[], payee: Payee): { amount: string; upTo: boolean } {
  const mine = awards.filter((a) => a.eligible && a.payee === payee && a.amount !== null);
  return { amount: fen(sum(mine.map((a) => a.amount ?? ZERO))), upTo: mine.some((a) => a.upTo) };
}
