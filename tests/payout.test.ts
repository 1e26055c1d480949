import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addBusinessDays, addDays, dayNumber, isWeekendDay } from "../src/domain/dates";
import type { InputError } from "../src/domain/errors";
import { Decimal, sum } from "../src/domain/money";
import {
  type Delivery,
  type PayoutRule,
  payoutSchedule,
  payoutTiming,
} from "../src/domain/settlement/payout";
import { loadPayoutRulePresets, PAYOUT_RULE_PRESETS, payoutRulePreset } from "../src/policy/settlement";
import reference from "./reference/payout.json";

const d = (x: string | number) => new Decimal(x);
const preset = (id: string): PayoutRule => payoutRulePreset(id)!.rule;
const paidOn = (id: string, delivery: Partial<Delivery>) =>
  payoutTiming({ amount: d(1), ...delivery }, preset(id)).paidOn;

describe("business days", () => {
  it("skips Saturdays and Sundays", () => {
    // 2026-03-06 is a Friday, 2026-03-07 a Saturday.
    expect(addBusinessDays("2026-03-06", 1)).toBe("2026-03-09");
    expect(addBusinessDays("2026-03-07", 1)).toBe("2026-03-09");
    expect(addBusinessDays("2026-03-02", 5)).toBe("2026-03-09");
    expect(addBusinessDays("2026-03-07", 0)).toBe("2026-03-07");
    expect(isWeekendDay(dayNumber("2026-03-08"))).toBe(true);
    expect(isWeekendDay(dayNumber("2026-03-09"))).toBe(false);
  });
});

describe("payout rules: the presets", () => {
  it("loads Amazon, the four TikTok Shop tiers and Temu, each with a source", () => {
    expect(PAYOUT_RULE_PRESETS.map((p) => p.id)).toEqual([
      "amazon-us",
      "tiktok-shop-standard",
      "tiktok-shop-accelerated",
      "tiktok-shop-short",
      "tiktok-shop-long",
      "temu",
    ]);
    for (const p of PAYOUT_RULE_PRESETS) expect(p.sources.length).toBeGreaterThan(0);
  });

  it("refuses a broken seed file", () => {
    const rule = { reserveDaysAfterDelivery: 7, cycleDays: 0, cycleAnchor: "2026-01-01", bankDays: 5 };
    const bad = { note: "x", rules: [{ ...PAYOUT_RULE_PRESETS[0], rule }] };
    expect(() => loadPayoutRulePresets(bad)).toThrow();
    const twice = { note: "x", rules: [PAYOUT_RULE_PRESETS[0], PAYOUT_RULE_PRESETS[0]] };
    expect(() => loadPayoutRulePresets(twice)).toThrow(/duplicate/);
  });
});

describe("payout rules: each marketplace", () => {
  it(`reproduces Amazon's own DD+7 example (${reference.source.slice(0, 60)}...)`, () => {
    for (const ex of reference.amazonDeliveryDateReserve) {
      // Daily settlement and no bank days isolate the reserve: the day the funds become available.
      const rule: PayoutRule = {
        reserveDaysAfterDelivery: ex.reserveDays,
        cycleDays: 1,
        cycleAnchor: ex.delivered,
        bankDays: 0,
      };
      expect(payoutTiming({ date: ex.delivered, amount: d(1) }, rule).availableOn).toBe(ex.availableFrom);
      expect(payoutTiming({ date: ex.delivered, amount: d(1) }, rule).paidOn).toBe(ex.availableFrom);
    }
  });

  it("Amazon US: DD+7, the next 14-day settlement, then 5 business days", () => {
    // Anchor 2026-01-01 (Thu): settlements on 12 Mar and 26 Mar 2026 (Thursdays, 70 and 84 days on).
    // Delivered Mon 2 Mar: available 10 Mar -> settled 12 Mar -> Fri 13, Mon 16 ... Thu 19 Mar.
    expect(payoutTiming({ date: "2026-03-02", amount: d(1) }, preset("amazon-us"))).toEqual({
      availableOn: "2026-03-10",
      settledOn: "2026-03-12",
      paidOn: "2026-03-19",
    });
    // Delivered 4 Mar: available 12 Mar, a settlement day itself -> paid 19 Mar.
    expect(paidOn("amazon-us", { date: "2026-03-04" })).toBe("2026-03-19");
    // Delivered 5 Mar: available 13 Mar -> settled 26 Mar -> Fri 27, Mon 30, Tue 31, Wed 1, Thu 2 Apr.
    expect(paidOn("amazon-us", { date: "2026-03-05" })).toBe("2026-04-02");
  });

  it("Amazon US: from delivery to cash between 15 and 28 days (DD+7, up to 13 days' wait, 5 business days)", () => {
    // The domain notes' 11-24 days assume about 4 calendar days to the bank; 5 business days are 7 calendar days.
    const days = Array.from({ length: 28 }, (_, i) => {
      const date = addDays("2026-03-02", i);
      return dayNumber(paidOn("amazon-us", { date })) - dayNumber(date);
    });
    expect(Math.min(...days)).toBe(15);
    expect(Math.max(...days)).toBe(28);
  });

  it("TikTok Shop tiers: DD+7+1, DD+4+1, DD+0+1 and DD+30+1 calendar days", () => {
    expect(paidOn("tiktok-shop-standard", { date: "2026-03-02" })).toBe("2026-03-10");
    expect(paidOn("tiktok-shop-accelerated", { date: "2026-03-02" })).toBe("2026-03-07");
    expect(paidOn("tiktok-shop-short", { date: "2026-03-02" })).toBe("2026-03-03");
    expect(paidOn("tiktok-shop-long", { date: "2026-03-02" })).toBe("2026-04-02");
  });

  it("Temu: from the delivery scan, then 5 working days", () => {
    // Scanned Mon 2 Mar: settled Tue 3 Mar -> Wed 4, Thu 5, Fri 6, Mon 9, Tue 10.
    expect(paidOn("temu", { date: "2026-03-02" })).toBe("2026-03-10");
  });

  it("Temu: without a delivery scan, 45 days after pickup, then 5 working days", () => {
    // Picked up 2 Mar: day 45 is 16 Apr, settled Fri 17 Apr -> Mon 20 ... Fri 24 Apr.
    expect(paidOn("temu", { pickupDate: "2026-03-02" })).toBe("2026-04-24");
    // A scan wins over the pickup.
    expect(paidOn("temu", { date: "2026-03-02", pickupDate: "2026-01-01" })).toBe("2026-03-10");
  });

  it("Amazon counts from delivery only: a delivery without a date is the user's mistake", () => {
    try {
      payoutSchedule(
        [
          { date: "2026-03-02", amount: d(1) },
          { pickupDate: "2026-03-02", amount: d(1) },
        ],
        preset("amazon-us"),
      );
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).problems.map((p) => p.pointer)).toEqual(["/deliveries/1/date"]);
    }
  });
});

describe("payout schedule", () => {
  it("pays deliveries settled together in one payout, sorted by date", () => {
    const deliveries: Delivery[] = [
      { date: "2026-03-05", amount: d("4498.50") },
      { date: "2026-03-02", amount: d("2999.00") },
      { date: "2026-03-03", amount: d("1499.50") },
    ];
    expect(payoutSchedule(deliveries, preset("amazon-us"))).toEqual([
      { date: "2026-03-19", amount: d("4498.50") },
      { date: "2026-04-02", amount: d("4498.50") },
    ]);
  });

  it("property: keeps every unit of money, pays after the reserve, on business days when banks are involved", () => {
    const delivery = fc.record({
      offset: fc.integer({ min: 0, max: 1100 }),
      cents: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(delivery, { maxLength: 40 }),
        fc.constantFrom(...PAYOUT_RULE_PRESETS),
        (raw, p) => {
          const deliveries = raw.map((x) => ({
            date: addDays("2026-01-01", x.offset),
            amount: d(x.cents).div(100),
          }));
          const payouts = payoutSchedule(deliveries, p.rule);
          expect(sum(payouts.map((x) => x.amount)).eq(sum(deliveries.map((x) => x.amount)))).toBe(true);
          const days = payouts.map((x) => dayNumber(x.date));
          for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1]);
          for (const x of deliveries) {
            const paid = dayNumber(payoutTiming(x, p.rule).paidOn);
            expect(paid).toBeGreaterThanOrEqual(dayNumber(x.date) + p.rule.reserveDaysAfterDelivery + 1);
            if (p.rule.bankDays > 0) expect(isWeekendDay(paid)).toBe(false);
          }
        },
      ),
    );
  });

  it("is fast enough for a 36-month projection of several product lines", () => {
    // 6 lines x 1,096 daily deliveries: the projection's worst realistic case, with a generous bound.
    const deliveries = Array.from({ length: 6 * 1096 }, (_, i) => ({
      date: addDays("2026-01-01", i % 1096),
      amount: d(i % 977).plus("0.37"),
    }));
    const started = performance.now();
    const payouts = payoutSchedule(deliveries, preset("amazon-us"));
    const elapsed = performance.now() - started;
    expect(payouts.length).toBeGreaterThan(70);
    expect(elapsed).toBeLessThan(500);
  });
});
