import { CITIES, type City, type ProgrammeCite } from "../domain/grants/award";
import { COST_SHARE_CATEGORIES, type CostShareCategory } from "../domain/grants/cost-share";
import type { GrantRules } from "../domain/grants/estimate";
import type { SalesTier, TierRewardRules } from "../domain/grants/guangzhou";
import type { CertificateRate, TrainingRules } from "../domain/grants/zhongshan-training";
import { dec } from "../domain/money";
import { type CatalogReader, currentCatalog, type Measure } from "./catalog";

/** The catalog ids of the grant programmes (each a measure with its own clause and window). */
export const GRANT_PROGRAMMES = {
  guangzhouTiers: "gz-2025-live-commerce-rewards",
  honghu: "gz-2025-honghu-reward",
  parkOperator: "gz-2025-park-operator-reward",
  zhuhaiFund: "zh-live-commerce-fund",
  training: "zs-2023-10-training-subsidy",
} as const;

/** Short names of the programmes for tables, the form and the report. */
const TITLES: Record<string, { zh: string; en: string }> = {
  "gz-2025-live-commerce-rewards": {
    zh: "广州直播电商企业网上零售额进档奖励",
    en: "Guangzhou online retail sales tier reward",
  },
  "gz-2025-honghu-reward": { zh: "广州“鸿鹄”企业首次入选奖励", en: "Guangzhou Honghu first-listing reward" },
  "gz-2025-park-operator-reward": {
    zh: "广州直播电商园区（基地）运营主体奖励",
    en: "Guangzhou live-commerce park operator reward",
  },
  "zh-live-commerce-fund": {
    zh: "珠海直播电商区级奖励（市级按比例补助区）",
    en: "Zhuhai district live-commerce award (city reimburses the district)",
  },
  "zs-2023-10-training-subsidy": {
    zh: "电商技能提升补贴（劳动者申领）",
    en: "E-commerce skill subsidy (claimed by the worker)",
  },
  "zs-2024-24-m12-overseas-warehouse": {
    zh: "海外仓支持（按支出比例）",
    en: "Overseas warehouse support (share of spend)",
  },
  "zs-2023-10-exhibition-support": {
    zh: "展会及对接活动支持（按支出比例）",
    en: "Exhibition support (share of spend)",
  },
  "zs-2023-10-platform-support": {
    zh: "平台及独立站建设支持（按支出比例）",
    en: "Platform and independent-site support (share of spend)",
  },
  "zs-2023-10-rent-subsidy": {
    zh: "厂房租金补贴（按支出比例）",
    en: "Factory rent subsidy (share of spend)",
  },
  "zs-2023-10-loan-interest-subsidy": {
    zh: "贷款贴息补贴（按利息比例）",
    en: "Loan interest subsidy (share of interest)",
  },
};

function cityOf(m: Measure): City {
  const city = CITIES.find((c) => c === m.jurisdiction);
  if (!city) throw new Error(`grant programme ${m.id} has no city jurisdiction`);
  return city;
}

function citeOf(read: CatalogReader, id: string): ProgrammeCite {
  const m = read.measure(id);
  const title = TITLES[id];
  if (!title) throw new Error(`grant programme ${id} has no title`);
  return {
    measure: id,
    city: cityOf(m),
    source: read.citation(id),
    title,
    window: { validFrom: m.validFrom ?? null, validTo: m.validTo ?? null },
  };
}

/** Each cost-share category's programme: the catalog measure carrying it as its costShareCategory. */
function costShareCites(read: CatalogReader): Record<CostShareCategory, ProgrammeCite> {
  const costShare = Object.fromEntries(
    read.catalog.measures
      .filter((m) => m.parameters.some((x) => x.name === "costShareCategory"))
      .map((m) => [read.parameter<CostShareCategory>(m.id, "costShareCategory"), citeOf(read, m.id)]),
  ) as Record<CostShareCategory, ProgrammeCite>;
  for (const c of COST_SHARE_CATEGORIES) {
    if (!costShare[c]) throw new Error(`no catalog programme carries the cost-share category ${c}`);
  }
  return costShare;
}

/** 穗 三（一）2: the sales tiers with their growth tests and rewards, and the sales years the clause covers. */
function guangzhouTierRules(read: CatalogReader): TierRewardRules {
  const id = GRANT_PROGRAMMES.guangzhouTiers;
  const years = read.parameter<{ first: number; last: number }>(id, "salesYears");
  return {
    cite: citeOf(read, id),
    tiers: read.parameter<{ salesAbove: string; minGrowth: string; reward: string }[]>(id, "tiers").map(
      (t): SalesTier => ({
        salesAbove: dec(t.salesAbove),
        minGrowth: dec(t.minGrowth),
        reward: dec(t.reward),
      }),
    ),
    firstSalesYear: years.first,
    lastSalesYear: years.last,
  };
}

/** 中商务电函〔2023〕10号 三: what was paid per certificate, and the provincial rule in force that grants it. */
function trainingRules(read: CatalogReader): TrainingRules {
  const id = GRANT_PROGRAMMES.training;
  const inForce = read.parameter<{ source: string; title: string }>(id, "inForceRule");
  return {
    cite: citeOf(read, id),
    rates: read
      .parameter<{ certificate: string; paid: string; trainees: number }[]>(id, "paidPerCertificate")
      .map((r): CertificateRate => ({ certificate: r.certificate, paid: dec(r.paid), trainees: r.trainees })),
    grantedBy: { source: inForce.source, title: inForce.title },
  };
}

/** The programmes' rules from one catalog (grants are computed under 2026.12.1 and later). */
export function buildGrantRules(read: CatalogReader): GrantRules {
  const p = GRANT_PROGRAMMES;
  const costShare = costShareCites(read);
  return {
    guangzhouTiers: guangzhouTierRules(read),
    honghu: {
      cite: citeOf(read, p.honghu),
      reward: dec(read.parameter<string>(p.honghu, "reward")),
      selectionYears: read.parameter<number[]>(p.honghu, "selectionYears"),
    },
    parkOperator: citeOf(read, p.parkOperator),
    zhuhaiFund: {
      cite: citeOf(read, p.zhuhaiFund),
      reimbursementShare: dec(read.parameter<string>(p.zhuhaiFund, "reimbursementShare")),
      fund: dec(read.parameter<string>(p.zhuhaiFund, "fundCny")),
    },
    training: trainingRules(read),
    costShare,
  };
}

/** The grant rules of the catalog in force. */
export const GRANT_RULES: GrantRules = buildGrantRules(currentCatalog);
