import { InputError } from "../errors";
import type { Decimal } from "../money";
import { type Award, type City, noFacts, type ProgrammeCite } from "./award";
import {
  COST_SHARE_CATEGORIES,
  type CostShareCategory,
  type CostShareTerms,
  costShareAward,
} from "./cost-share";
import {
  type GrowthReading,
  type HonghuFacts,
  type HonghuRules,
  honghuReward,
  parkOperatorReward,
  type TierRewardRules,
  tierRewards,
  type YearAmount,
} from "./guangzhou";
import { type TraineeFacts, type TrainingRules, trainingSubsidy } from "./zhongshan-training";
import { type DistrictFundRules, districtFundAward } from "./zhuhai";

/** Every programme's rules, built from the catalog in src/policy/grants.ts. */
export interface GrantRules {
  guangzhouTiers: TierRewardRules;
  honghu: HonghuRules;
  parkOperator: ProgrammeCite;
  zhuhaiFund: DistrictFundRules;
  training: TrainingRules;
  costShare: Record<CostShareCategory, ProgrammeCite>;
}

/** What the firm says about itself: only the facts its programmes need. */
export interface FirmFacts {
  city: City;
  district?: string;
  /** Annual 实物商品网上零售额, CNY. */
  onlineRetailSales: readonly YearAmount[];
  growthReading?: GrowthReading;
  honghu?: HonghuFacts;
  trainees: readonly TraineeFacts[];
  trainingPaidTo: "employees" | "firm";
  spend: readonly { category: CostShareCategory; amount: Decimal; date: string }[];
  costShareTerms: Partial<Record<CostShareCategory, CostShareTerms>>;
  /** Awards a district paid or promised the firm under its own policy. */
  districtAwards: readonly { programme: string; amount: Decimal; year: number }[];
}

/** The programmes the rules know, with the city each serves (catalog ids). */
export function programmesOf(rules: GrantRules): ProgrammeCite[] {
  return [
    rules.guangzhouTiers.cite,
    rules.honghu.cite,
    rules.parkOperator,
    rules.zhuhaiFund.cite,
    rules.training.cite,
    ...COST_SHARE_CATEGORIES.map((c) => rules.costShare[c]),
  ];
}

/** The cost-share category of a programme id, if it is one. */
function costShareCategoryOf(rules: GrantRules, id: string): CostShareCategory | undefined {
  return COST_SHARE_CATEGORIES.find((c) => rules.costShare[c].measure === id);
}

/**
 * Each named programme's awards for the firm (all of its city's programmes when none is named), in
 * the order named. A programme of another city is answered with its city test failed.
 */
export function estimateGrants(
  facts: FirmFacts,
  programmes: readonly string[] | undefined,
  rules: GrantRules,
  /** JSON pointer of the facts in the request, for the problems a refusal names. */
  at = "",
): Award[] {
  const named =
    programmes ??
    programmesOf(rules)
      .filter((p) => p.city === facts.city)
      .map((p) => p.measure);
  checkCostShareTerms(facts, rules, at);
  return named.flatMap((id) => awardsOf(id, facts, rules));
}

/** One named programme's awards for the firm; an unknown programme id is the user's mistake (422). */
function awardsOf(id: string, facts: FirmFacts, rules: GrantRules): Award[] {
  const city = facts.city;
  const fromDistrict = facts.districtAwards.filter((a) => a.programme === id);
  switch (id) {
    case rules.guangzhouTiers.cite.measure:
      return tierRewards(facts.onlineRetailSales, city, rules.guangzhouTiers, facts.growthReading);
    case rules.honghu.cite.measure:
      return [honghuReward(facts.honghu, city, rules.honghu)];
    case rules.parkOperator.measure:
      return parkOperatorAwards(fromDistrict, city, rules);
    case rules.zhuhaiFund.cite.measure:
      return districtFundAwards(fromDistrict, city, rules);
    case rules.training.cite.measure:
      return trainingAwards(facts, rules);
  }
  const category = costShareCategoryOf(rules, id);
  if (category === undefined) {
    throw new InputError([
      { pointer: "/programmes", en: `unknown programme ${id}`, zh: `未知的政策项目 ${id}` },
    ]);
  }
  return costShareAwards(category, facts, rules);
}

type DistrictAwards = FirmFacts["districtAwards"];

/** 穗 三（一）1: one reward per park the district listed (its amount the district's), or the test failed. */
function parkOperatorAwards(fromDistrict: DistrictAwards, city: City, rules: GrantRules): Award[] {
  if (fromDistrict.length === 0) return [parkOperatorReward(undefined, city, rules.parkOperator)];
  return fromDistrict.map((a) =>
    parkOperatorReward({ firstListedYear: a.year, districtAmount: a.amount }, city, rules.parkOperator),
  );
}

/** 珠海 四（三）: one answer per award the district paid, or a refusal saying none was given. */
function districtFundAwards(fromDistrict: DistrictAwards, city: City, rules: GrantRules): Award[] {
  if (fromDistrict.length === 0) {
    return [
      noFacts(rules.zhuhaiFund.cite, city, {
        zh: "区级兑现：未填写所在区按区级政策兑现的直播电商奖励。",
        en: "District payment: no award paid by the district under its own policy was given.",
      }),
    ];
  }
  return fromDistrict.map((a) => districtFundAward(a, city, rules.zhuhaiFund));
}

/** 中商务电函〔2023〕10号 三: one subsidy per group of trainees, or a refusal saying none was given. */
function trainingAwards(facts: FirmFacts, rules: GrantRules): Award[] {
  if (facts.trainees.length === 0) {
    return [
      noFacts(rules.training.cite, facts.city, {
        zh: "培训：未填写取得证书的人次。",
        en: "Training: no trainees were given.",
      }),
    ];
  }
  return facts.trainees.map((t) => trainingSubsidy(t, facts.city, facts.trainingPaidTo, rules.training));
}

/** One cost-share claim per eligible spend of the category, on the user's terms; or a refusal saying none. */
function costShareAwards(category: CostShareCategory, facts: FirmFacts, rules: GrantRules): Award[] {
  const cite = rules.costShare[category];
  const spend = facts.spend.filter((s) => s.category === category);
  if (spend.length === 0) {
    return [
      noFacts(cite, facts.city, {
        zh: "支出：未填写该类符合条件的支出。",
        en: "Spend: no eligible spend of this kind was given.",
      }),
    ];
  }
  // checkCostShareTerms has refused any spend whose category has no terms.
  const terms = facts.costShareTerms[category] as CostShareTerms;
  return spend.map((s) => costShareAward(s, terms, facts.city, cite));
}

/** A spend needs the share, cap and timing of its programme: the documents publish none. */
function checkCostShareTerms(facts: FirmFacts, rules: GrantRules, at: string): void {
  const missing = [...new Set(facts.spend.map((s) => s.category))].filter((c) => !facts.costShareTerms[c]);
  if (missing.length === 0) return;
  throw new InputError(
    missing.map((c) => ({
      pointer: `${at}/costShareTerms/${c}`,
      en: `give the share, cap and payment lag of ${rules.costShare[c].title.en}: the documents publish none (take them from the call for applications)`,
      zh: `请填写“${rules.costShare[c].title.zh}”的补助比例、上限和到账时间：文件未公布（请按申报指南填写）`,
    })),
  );
}
