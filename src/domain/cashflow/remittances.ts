import { type Fixed, mul } from "../fixed";
import { COST_CATEGORIES, type CostCategory, remittanceFeeFixed } from "../settlement/netting";
import type { LineSetup } from "./inputs";
import type { Ledger } from "./ledger";
import type { Fee } from "./scenario";

/**
 * The receipts of one inward remittance (a marketplace payout, or a buyer's payment), summed:
 * netting changes only how much of `gross` comes home; the hedged part is converted alike either way.
 */
interface ReceiptGroup {
  payDay: number;
  /** A line of the remittance's currency (its rates are the remittance's). */
  setup: LineSetup;
  gross: Fixed;
  nettable: Fixed;
  hedged: Fixed;
  /** CNY received for the hedged part (forward or put rate, or the bid) and its spread cost. */
  hedgedCny: Fixed;
  hedgedSpread: Fixed;
}

/** Overseas costs wired out in one calendar month, currency and category. */
interface OutwardCost {
  day: number;
  setup: LineSetup;
  amount: Fixed;
}

/** The CNY a hedged amount converts to, and what the conversion lost against the middle rate. */
export interface Converted {
  cny: Fixed;
  spread: Fixed;
}

/**
 * The money crossing the border, grouped as the bank moves it: inward remittances by payer (a
 * marketplace's payouts in one currency, or one buyer) and day; overseas costs by currency, calendar
 * month and category, either always wired or wired unless netted against a payout.
 */
export class Remittances {
  private readonly inward = new Map<string, Map<number, ReceiptGroup>>();
  private readonly outward = new Map<
    string,
    { always: Map<number, OutwardCost>; unlessNetted: Map<number, OutwardCost> }
  >();

  /**
   * Adds receipts to the remittance they arrive in: one marketplace disbursement pays all of a
   * seller's lines in that currency on that day (same rates), a buyer pays its own invoice.
   */
  receive(
    payer: string,
    setup: LineSetup,
    payDay: number,
    gross: Fixed,
    nettable: Fixed,
    hedged: Fixed,
    converted: Converted,
  ): void {
    let byDay = this.inward.get(payer);
    if (!byDay) {
      byDay = new Map();
      this.inward.set(payer, byDay);
    }
    const group = byDay.get(payDay);
    if (group) {
      group.gross += gross;
      group.nettable += nettable;
      group.hedged += hedged;
      group.hedgedCny += converted.cny;
      group.hedgedSpread += converted.spread;
    } else {
      byDay.set(payDay, {
        payDay,
        setup,
        gross,
        nettable,
        hedged,
        hedgedCny: converted.cny,
        hedgedSpread: converted.spread,
      });
    }
  }

  /** Adds an overseas cost to its month's wire (one remittance per currency, month and category). */
  wire(
    setup: LineSetup,
    nettable: boolean,
    calendarMonth: number,
    day: number,
    category: CostCategory,
    amount: Fixed,
  ): void {
    const currency = setup.line.currency;
    let entry = this.outward.get(currency);
    if (!entry) {
      entry = { always: new Map(), unlessNetted: new Map() };
      this.outward.set(currency, entry);
    }
    const into = nettable ? entry.unlessNetted : entry.always;
    const key = calendarMonth * COST_CATEGORIES.length + COST_CATEGORIES.indexOf(category);
    const cost = into.get(key);
    if (cost) cost.amount += amount;
    else into.set(key, { day, setup, amount });
  }

  /**
   * What netting does not change, booked once whatever the switch: the receipts of remittances
   * with nothing to net, and the costs that are always wired out.
   */
  bookUnnetted(ledger: Ledger, inwardFee: Fee, outwardFee: Fee): Ledger {
    for (const byDay of this.inward.values()) {
      for (const g of byDay.values()) if (g.nettable === 0n) receipt(ledger, g, g.gross, inwardFee);
    }
    for (const costs of this.outward.values()) {
      for (const cost of costs.always.values()) wireOut(ledger, cost, outwardFee);
    }
    return ledger;
  }

  /**
   * The netting switch's part of the ledger: how much of each payout with costs to net comes home
   * (converted at the bid, the hedged part at its own rate) and, without netting, the costs it
   * would have deducted, bought at the offer and wired out.
   */
  book(ledger: Ledger, netting: boolean, inwardFee: Fee, outwardFee: Fee): Ledger {
    for (const byDay of this.inward.values()) {
      for (const g of byDay.values()) {
        if (g.nettable !== 0n) receipt(ledger, g, netting ? g.gross - g.nettable : g.gross, inwardFee);
      }
    }
    if (netting) return ledger;
    for (const costs of this.outward.values()) {
      for (const cost of costs.unlessNetted.values()) wireOut(ledger, cost, outwardFee);
    }
    return ledger;
  }
}

/** One remittance's receipt: the open part at the bid, the hedged part at its own rate; its fee. */
function receipt(ledger: Ledger, g: ReceiptGroup, amount: Fixed, fee: Fee): void {
  if (amount === 0n) return;
  const { mid, bid } = g.setup;
  const open = amount - g.hedged;
  ledger.addDay(g.payDay, "salesReceipts", mul(open, bid) + g.hedgedCny);
  ledger.note("fxCost", mul(open, mid - bid) + g.hedgedSpread);
  ledger.addDay(g.payDay, "bankFees", -remittanceFeeFixed(mul(amount, mid), fee));
}

/** An overseas cost bought at the offer and wired out, with its fee. */
function wireOut(ledger: Ledger, { day, setup, amount }: OutwardCost, fee: Fee): void {
  ledger.addDay(day, "overseasCosts", -mul(amount, setup.offer));
  ledger.note("fxCost", mul(amount, setup.offer - setup.mid));
  ledger.addDay(day, "bankFees", -remittanceFeeFixed(mul(amount, setup.mid), fee));
}
