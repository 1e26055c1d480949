import { addMonths, dayNumber, monthIndex } from "../dates";
import type { Fixed } from "../fixed";

/** The categories of a month's cash, signed: inflows positive, outflows negative. */
export const INFLOWS = ["salesReceipts", "vatRefunds", "grants"] as const;
export const OUTFLOWS = [
  "suppliers",
  "freight",
  "overseasCosts",
  "bankFees",
  "hedging",
  "vat",
  "surtaxes",
  "incomeTax",
] as const;
export type Inflow = (typeof INFLOWS)[number];
export type Outflow = (typeof OUTFLOWS)[number];
export type Category = Inflow | Outflow;
export const CATEGORIES: readonly Category[] = [...INFLOWS, ...OUTFLOWS];

/**
 * Figures that are not cash movements of their own but explain them: revenue earned (CNY at the
 * middle rate), input VAT inside supplier payments, and the FX cost (what conversions at the bank's
 * bid and offer lost against the middle rate).
 */
export const MEMOS = ["revenue", "inputVat", "fxCost"] as const;
export type Memo = (typeof MEMOS)[number];

/** What the projection's runs need of a ledger without its monthly detail (fixed-point CNY). */
export interface LedgerSummary {
  /** Each month's net flow (all categories). */
  net: Fixed[];
  /** Each category over the batches' whole life (inside and after the horizon). */
  life: Record<Category, Fixed>;
  afterHorizon: Record<Category, Fixed>;
  memo: Record<Memo, Fixed>;
}

/** The sum of several ledgers' summaries. */
export function addSummaries(parts: readonly LedgerSummary[]): LedgerSummary {
  const [first, ...rest] = parts;
  const net = [...first.net];
  const life = { ...first.life };
  const afterHorizon = { ...first.afterHorizon };
  const memo = { ...first.memo };
  for (const part of rest) {
    for (let m = 0; m < net.length; m++) net[m] += part.net[m];
    for (const c of CATEGORIES) {
      life[c] += part.life[c];
      afterHorizon[c] += part.afterHorizon[c];
    }
    for (const k of MEMOS) memo[k] += part.memo[k];
  }
  return { net, life, afterHorizon, memo };
}

/** Day numbers of the first day of each of `horizon` months from `startDate`, and of the day after. */
export function monthStartsOf(startDate: string, horizon: number): number[] {
  return Array.from({ length: horizon + 1 }, (_, m) => dayNumber(addMonths(startDate, m)));
}

/**
 * Dated cash events folded into months. Amounts are fixed-point CNY, signed (outflows negative). Events
 * before the first month count in the first month (a deposit paid before the horizon starts is
 * still paid); events after the horizon are kept apart so the summary can say what is still due.
 */
export class Ledger {
  readonly months: Record<Category, Fixed[]>;
  readonly afterHorizon: Record<Category, Fixed>;
  /** Memo totals over the whole life of the batches (inside and after the horizon). */
  readonly memo: Record<Memo, Fixed>;
  constructor(
    readonly startDate: string,
    readonly horizon: number,
    /** Day numbers of the first day of each month, and of the day after the horizon. */
    readonly monthStarts: readonly number[] = monthStartsOf(startDate, horizon),
  ) {
    this.months = {} as Record<Category, Fixed[]>;
    this.afterHorizon = {} as Record<Category, Fixed>;
    for (const c of CATEGORIES) {
      this.months[c] = new Array<Fixed>(horizon).fill(0n);
      this.afterHorizon[c] = 0n;
    }
    this.memo = { revenue: 0n, inputVat: 0n, fxCost: 0n };
  }

  /** The month a day number falls in: -1 before the start, the horizon (or more) after it. */
  indexOfDay(day: number): number {
    const starts = this.monthStarts;
    if (day < starts[0]) return -1;
    if (day >= starts[this.horizon]) return this.horizon;
    let low = 0;
    let high = this.horizon - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= day) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  addDay(day: number, category: Category, amount: Fixed): void {
    this.addAt(this.indexOfDay(day), category, amount);
  }

  note(memo: Memo, amount: Fixed): void {
    this.memo[memo] += amount;
  }

  /** The month an ISO date falls in (0-based; may be negative or past the horizon). */
  indexOf(date: string): number {
    return monthIndex(this.startDate, date);
  }

  add(date: string, category: Category, amount: Fixed): void {
    this.addAt(this.indexOf(date), category, amount);
  }

  addAt(index: number, category: Category, amount: Fixed): void {
    if (index >= this.horizon) this.afterHorizon[category] += amount;
    else this.months[category][Math.max(0, index)] += amount;
  }

  private summary?: LedgerSummary;

  /** Per-month net and whole-life totals, computed once (the ledger is complete when asked). */
  summarize(): LedgerSummary {
    if (this.summary) return this.summary;
    const net = new Array<Fixed>(this.horizon).fill(0n);
    const life = {} as Record<Category, Fixed>;
    for (const c of CATEGORIES) {
      const row = this.months[c];
      let total = this.afterHorizon[c];
      for (let m = 0; m < this.horizon; m++) {
        net[m] += row[m];
        total += row[m];
      }
      life[c] = total;
    }
    this.summary = { net, life, afterHorizon: this.afterHorizon, memo: this.memo };
    return this.summary;
  }

  /** Adds another ledger's months into this one (same start and horizon). */
  absorb(other: Ledger): this {
    for (const c of CATEGORIES) {
      const mine = this.months[c];
      const theirs = other.months[c];
      for (let i = 0; i < this.horizon; i++) mine[i] += theirs[i];
      this.afterHorizon[c] += other.afterHorizon[c];
    }
    for (const m of MEMOS) this.memo[m] += other.memo[m];
    return this;
  }
}
