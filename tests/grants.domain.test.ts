import { describe, expect, it } from "vitest";
import { InputError } from "../src/domain/errors";
import type { Award } from "../src/domain/grants/award";
import { costShareAward } from "../src/domain/grants/cost-share";
import { estimateGrants, type FirmFacts } from "../src/domain/grants/estimate";
import { averageGrowth, honghuReward, tierRewards, type YearAmount } from "../src/domain/grants/guangzhou";
import { trainingSubsidy } from "../src/domain/grants/zhongshan-training";
import { districtFundAward } from "../src/domain/grants/zhuhai";
import { Decimal, fen } from "../src/domain/money";
import { GRANT_RULES as RULES } from "../src/policy/grants";

const d = (x: string | number) => new Decimal(x);
const YI = 100_000_000;
const sales = (rows: [number, number][]): YearAmount[] =>
  rows.map(([year, yi]) => ({ year, amount: d(yi).times(YI) }));
const tests = (a: Award) =>
  Object.fromEntries(a.explain.filter((s) => s.key.startsWith("test:")).map((s) => [s.key, s.value]));

describe("Guangzhou tier rewards (穗 三（一）2)", () => {
  // Hand-worked: 2022 20亿, 2024 24.2亿: compound growth over the two years before 2025 = sqrt(24.2/20) - 1
  // = sqrt(1.21) - 1 = 10% exactly, which meets tier 1's "不低于10%". 2025: 30.01亿 > 30亿 breaks tier 1:
  // up to 150万, paid in 2026.
  const history: [number, number][] = [
    [2022, 20],
    [2023, 22],
    [2024, 24.2],
  ];

  it("pays tier 1 (up to 1,500,000, next year) when growth is exactly 10%", () => {
    const [a] = tierRewards(sales([...history, [2025, 30.01]]), "Guangzhou", RULES.guangzhouTiers);
    expect(a.eligible).toBe(true);
    expect(fen(a.amount!)).toBe("1500000.00");
    expect(a.upTo).toBe(true);
    expect(a.basisYear).toBe(2025);
    expect(a.payableYear).toBe(2026);
    expect(a.payee).toBe("firm");
    expect(tests(a)).toEqual({
      "test:city": "passed",
      "test:salesYear": "passed",
      "test:salesTier": "passed",
      "test:growth": "passed",
      "test:newTier": "passed",
    });
    const growth = a.explain.find((s) => s.key === "test:growth")!;
    expect(growth.inputs?.averageGrowth).toBe("0.100000");
    expect(growth.source).toContain("三、（一）2");
  });

  it("refuses when the growth is just under 10% and says so with the figure", () => {
    // sqrt(24.19/20) - 1 = 0.099773...: below 10%
    const [a] = tierRewards(
      sales([
        [2022, 20],
        [2024, 24.19],
        [2025, 30.01],
      ]),
      "Guangzhou",
      RULES.guangzhouTiers,
    );
    expect(a.eligible).toBe(false);
    expect(fen(a.amount!)).toBe("0.00");
    const growth = a.explain.find((s) => s.key === "test:growth")!;
    expect(growth.value).toBe("failed");
    expect(growth.inputs?.averageGrowth).toBe("0.099773");
    expect(growth.en).toContain("below the 10%");
  });

  it("sales of exactly 30亿 do not break the tier (突破 = exceed); one yuan more does", () => {
    const exactly = [...sales(history), { year: 2025, amount: d(30).times(YI) }];
    expect(
      tierRewards(exactly, "Guangzhou", RULES.guangzhouTiers)[0].explain.find(
        (s) => s.key === "test:salesTier",
      )?.value,
    ).toBe("failed");
    const above = [...sales(history), { year: 2025, amount: d(30).times(YI).plus(1) }];
    expect(tierRewards(above, "Guangzhou", RULES.guangzhouTiers)[0].eligible).toBe(true);
  });

  it("moving up pays only the difference between the tiers; the same tier is not paid twice", () => {
    // 2025 30.01亿: tier 1 (150万). 2026 60亿: still tier 1, already rewarded: nothing.
    // 2027 100.5亿 > 100亿: tier 2, growth before 2027 = sqrt(60/24.2) - 1 = 57.5% >= 6%: 250万 - 150万 = 100万, paid 2028.
    const awards = tierRewards(
      sales([...history, [2025, 30.01], [2026, 60], [2027, 100.5]]),
      "Guangzhou",
      RULES.guangzhouTiers,
    );
    expect(awards.map((a) => [a.basisYear, a.eligible, fen(a.amount!)])).toEqual([
      [2025, true, "1500000.00"],
      [2026, false, "0.00"],
      [2027, true, "1000000.00"],
    ]);
    expect(awards[1].explain.find((s) => s.key === "test:newTier")?.value).toBe("failed");
    expect(awards[2].payableYear).toBe(2028);
    expect(awards[2].upTo).toBe(true);
  });

  it("the top tier: 1000亿 with exactly 2% growth pays up to 1000万; 1.9% fails every tier", () => {
    // sqrt(1040.4/1000) = 1.02
    const top = tierRewards(
      sales([
        [2022, 1000],
        [2024, 1040.4],
        [2025, 1000.00000001],
      ]),
      "Guangzhou",
      RULES.guangzhouTiers,
    )[0];
    expect(top.eligible).toBe(true);
    expect(fen(top.amount!)).toBe("10000000.00");
    // sqrt(1038.361/1000) = 1.019 : below 2% (tier 5), 3%, 4%, 6%, 10%: five growth tests, all failed
    const low = tierRewards(
      sales([
        [2022, 1000],
        [2024, 1038.361],
        [2025, 1001],
      ]),
      "Guangzhou",
      RULES.guangzhouTiers,
    )[0];
    expect(low.eligible).toBe(false);
    expect(low.explain.filter((s) => s.key === "test:growth").map((s) => s.value)).toEqual([
      "failed",
      "failed",
      "failed",
      "failed",
      "failed",
    ]);
  });

  it("lapses: sales of 2028 are outside 2025-2027", () => {
    const awards = tierRewards(
      sales([
        [2025, 10],
        [2026, 12],
        [2028, 250],
      ]),
      "Guangzhou",
      RULES.guangzhouTiers,
    );
    const y2028 = awards.find((a) => a.basisYear === 2028)!;
    expect(y2028.eligible).toBe(false);
    expect(y2028.explain.find((s) => s.key === "test:salesYear")?.value).toBe("failed");
  });

  it("refuses a growth test it cannot run, naming the missing years", () => {
    const [a] = tierRewards(sales([[2025, 31]]), "Guangzhou", RULES.guangzhouTiers);
    expect(a.eligible).toBe(false);
    expect(a.explain.find((s) => s.key === "test:growth")?.en).toContain("2022, 2024");
  });

  it("the two readings of 平均增长率 differ: 20 -> 26 -> 24 is 9.54% compound, 11.15% arithmetic", () => {
    // compound sqrt(24/20) - 1 = 0.095445; arithmetic ((26/20 - 1) + (24/26 - 1)) / 2 = (0.3 - 0.076923) / 2 = 0.111538
    const byYear = new Map(
      sales([
        [2022, 20],
        [2023, 26],
        [2024, 24],
      ]).map((s) => [s.year, s.amount]),
    );
    const compound = averageGrowth(byYear, 2025, { average: "compound", years: "before-break-year" });
    const arithmetic = averageGrowth(byYear, 2025, { average: "arithmetic", years: "before-break-year" });
    expect("rate" in compound && compound.rate.toFixed(6)).toBe("0.095445");
    expect("rate" in arithmetic && arithmetic.rate.toFixed(6)).toBe("0.111538");
    const rows = sales([
      [2022, 20],
      [2023, 26],
      [2024, 24],
      [2025, 31],
    ]);
    expect(tierRewards(rows, "Guangzhou", RULES.guangzhouTiers)[0].eligible).toBe(false);
    expect(
      tierRewards(rows, "Guangzhou", RULES.guangzhouTiers, {
        average: "arithmetic",
        years: "before-break-year",
      })[0].eligible,
    ).toBe(true);
    // ending with the break year: 2023 -> 2025 = sqrt(31/26) - 1 = 9.19%
    expect(
      tierRewards(rows, "Guangzhou", RULES.guangzhouTiers, {
        average: "compound",
        years: "ending-break-year",
      })[0].eligible,
    ).toBe(false);
  });

  it("a firm outside Guangzhou fails the city test", () => {
    const [a] = tierRewards(sales([...history, [2025, 30.01]]), "Zhongshan", RULES.guangzhouTiers);
    expect(a.eligible).toBe(false);
    expect(a.explain[0]).toMatchObject({ key: "test:city", value: "failed" });
  });
});

describe("Guangzhou Honghu reward", () => {
  it("a first listing in 2025 earns up to 1,000,000; 2026 is not a selection year; a second listing earns nothing", () => {
    const first = honghuReward({ listedYear: 2025, firstListing: true }, "Guangzhou", RULES.honghu);
    expect([first.eligible, fen(first.amount!), first.upTo, first.payableYear, first.timing]).toEqual([
      true,
      "1000000.00",
      true,
      2026,
      "assumed",
    ]);
    expect(honghuReward({ listedYear: 2026, firstListing: true }, "Guangzhou", RULES.honghu).eligible).toBe(
      false,
    );
    expect(honghuReward({ listedYear: 2027, firstListing: false }, "Guangzhou", RULES.honghu).eligible).toBe(
      false,
    );
    expect(honghuReward({ listedYear: 2027, firstListing: true }, "Guangzhou", RULES.honghu).eligible).toBe(
      true,
    );
  });
});

describe("Zhuhai live-commerce fund (四（三）)", () => {
  it("the firm receives the district's 500,000; the city pays the district back up to 80% = 400,000", () => {
    const a = districtFundAward({ amount: d(500000), year: 2026 }, "Zhuhai", RULES.zhuhaiFund);
    expect([a.eligible, fen(a.amount!), a.upTo, a.payee, a.payableYear]).toEqual([
      true,
      "500000.00",
      false,
      "firm",
      2026,
    ]);
    expect(fen(a.split!.cityUpTo)).toBe("400000.00");
    expect(fen(a.split!.districtAtLeast)).toBe("100000.00");
    expect(a.explain.find((s) => s.key === "split")?.zh).toContain("不超过 80%");
  });
});

describe("Zhongshan training subsidy (中商务电函〔2023〕10号 三)", () => {
  it("reproduces the document's own totals: 43 x 800 = 34,400 and 22 on 互联网营销师 = 4,300", () => {
    const design = trainingSubsidy(
      { certificate: "网店美工", count: 43, year: 2026 },
      "Zhongshan",
      "employees",
      RULES.training,
    );
    expect(fen(design.amount!)).toBe("34400.00");
    const marketing = trainingSubsidy(
      { certificate: "互联网营销师", count: 22, year: 2026 },
      "Zhongshan",
      "employees",
      RULES.training,
    );
    expect(fen(marketing.amount!)).toBe("4300.00");
    // 5 x 4300 / 22 = 977.2727...
    const five = trainingSubsidy(
      { certificate: "互联网营销师", count: 5, year: 2026 },
      "Zhongshan",
      "employees",
      RULES.training,
    );
    expect(fen(five.amount!)).toBe("977.27");
  });

  it("is paid to the workers unless the user says the firm receives it, and cites the rule in force", () => {
    const a = trainingSubsidy(
      { certificate: "网商运营", count: 5, year: 2026 },
      "Zhongshan",
      "employees",
      RULES.training,
    );
    expect(a.payee).toBe("employees");
    expect(fen(a.amount!)).toBe("4000.00");
    expect(a.explain.find((s) => s.key === "amount")?.zh).toContain("粤人社规〔2023〕13号");
    expect(
      trainingSubsidy({ certificate: "网商运营", count: 5, year: 2026 }, "Zhongshan", "firm", RULES.training)
        .payee,
    ).toBe("firm");
  });

  it("a certificate the document has no figures for needs the user's rate", () => {
    expect(
      trainingSubsidy(
        { certificate: "直播销售员", count: 3, year: 2026 },
        "Zhongshan",
        "employees",
        RULES.training,
      ).eligible,
    ).toBe(false);
    const given = trainingSubsidy(
      { certificate: "直播销售员", count: 3, year: 2026, perTrainee: d(1500) },
      "Zhongshan",
      "employees",
      RULES.training,
    );
    expect(fen(given.amount!)).toBe("4500.00");
  });
});

describe("cost-share programmes", () => {
  const warehouse = RULES.costShare.overseasWarehouse;
  const terms = { share: d("0.3"), cap: d(50000), paidAfterMonths: 6 };

  it("share x spend, capped: 200,000 x 30% = 60,000 > cap 50,000 -> up to 50,000, six months later", () => {
    const a = costShareAward({ amount: d(200000), date: "2026-03-01" }, terms, "Zhongshan", warehouse);
    expect([a.eligible, fen(a.amount!), a.upTo, a.date]).toEqual([true, "50000.00", true, "2026-09-01"]);
    const under = costShareAward({ amount: d(100000), date: "2026-03-01" }, terms, "Zhongshan", warehouse);
    expect([fen(under.amount!), under.upTo]).toEqual(["30000.00", false]);
  });

  it("lapses with 中府办函〔2024〕24号: in force on 2026-04-19, not on 2026-04-20", () => {
    expect(
      costShareAward({ amount: d(1000), date: "2026-04-19" }, terms, "Zhongshan", warehouse).eligible,
    ).toBe(true);
    const late = costShareAward({ amount: d(1000), date: "2026-04-20" }, terms, "Zhongshan", warehouse);
    expect(late.eligible).toBe(false);
    expect(late.explain.find((s) => s.key === "test:inForce")?.value).toBe("failed");
  });
});

describe("estimateGrants", () => {
  const zhongshan: FirmFacts = {
    city: "Zhongshan",
    onlineRetailSales: [],
    trainees: [{ certificate: "网商运营", count: 5, year: 2026 }],
    trainingPaidTo: "employees",
    spend: [{ category: "overseasWarehouse", amount: d(100000), date: "2026-03-01" }],
    costShareTerms: {},
    districtAwards: [],
  };

  it("a spend without its programme's terms is the user's to give (422 naming the field)", () => {
    expect(() => estimateGrants(zhongshan, undefined, RULES)).toThrow(InputError);
  });

  it("lists the city's programmes when none is named", () => {
    const awards = estimateGrants(
      {
        ...zhongshan,
        costShareTerms: { overseasWarehouse: { share: d("0.2"), cap: null, paidAfterMonths: 3 } },
      },
      undefined,
      RULES,
    );
    expect(awards.map((a) => a.programme)).toEqual([
      "zs-2023-10-training-subsidy",
      "zs-2024-24-m12-overseas-warehouse",
      "zs-2023-10-exhibition-support",
      "zs-2023-10-platform-support",
      "zs-2023-10-rent-subsidy",
      "zs-2023-10-loan-interest-subsidy",
    ]);
    expect(fen(awards[1].amount!)).toBe("20000.00");
  });
});
