import type { ExplainStep } from "../explain";
import { type Decimal, fen } from "../money";
import { type Award, allPassed, type City, check, cityCheck, type ProgrammeCite, refusal } from "./award";

export interface DistrictFundRules {
  cite: ProgrammeCite;
  /** 按不超过80%的比例: the most of a district's payment the city pays back. */
  reimbursementShare: Decimal;
  /** 1亿元, 总量控制、先做先得、用完即止. */
  fund: Decimal;
}

/** A live-commerce award a district paid (or promised) the firm under the district's own policy. */
export interface DistrictAward {
  amount: Decimal;
  year: number;
}

/**
 * 珠海 四（三）: "区出台政策、区兑现资金、市考核奖励". The firm receives the district's award (the amount the
 * user gives); the city then pays the district back up to 80% of it from its 1亿 fund while the fund
 * lasts. The award is the firm's receipt; the split is what a consultant explains, not more cash.
 */
export function districtFundAward(award: DistrictAward, firmCity: City, rules: DistrictFundRules): Award {
  const { cite } = rules;
  const steps: ExplainStep[] = [
    cityCheck(cite, firmCity),
    check(
      cite,
      "districtPaid",
      award.amount.gt(0),
      {
        zh: `区级兑现：所在区按区级直播电商政策于 ${award.year} 年向企业兑现 ${fen(award.amount)} 元（用户填写；“区出台政策、区兑现资金”）。`,
        en: `District payment: the district pays the firm ${fen(award.amount)} CNY in ${award.year} under its own live-commerce policy (entered by the user; "the district sets the policy and pays").`,
      },
      { districtAward: fen(award.amount), year: String(award.year) },
    ),
  ];
  if (!allPassed(steps)) return refusal(cite, steps, "user", award.year);
  const cityUpTo = award.amount.times(rules.reimbursementShare);
  const districtAtLeast = award.amount.minus(cityUpTo);
  steps.push({
    key: "amount",
    zh: `企业所得：${fen(award.amount)} 元，由区财政支付。`,
    en: `The firm receives ${fen(award.amount)} CNY, paid by the district.`,
    value: fen(award.amount),
    measure: cite.measure,
    source: cite.source,
  });
  steps.push(districtSplitStep(award, cityUpTo, districtAtLeast, rules));
  return {
    programme: cite.measure,
    eligible: true,
    amount: award.amount,
    upTo: false,
    basisYear: award.year,
    payableYear: award.year,
    timing: "user",
    payee: "firm",
    split: { cityUpTo, districtAtLeast },
    explain: steps,
  };
}

/**
 * 珠海 四（三）: the city pays the district back up to 80% of what it paid from its 1亿 fund (总量控制、先做先得、
 * 用完即止); the district bears the rest. The firm's receipt does not change.
 */
function districtSplitStep(
  award: DistrictAward,
  cityUpTo: Decimal,
  districtAtLeast: Decimal,
  rules: DistrictFundRules,
): ExplainStep {
  const { cite } = rules;
  return {
    key: "split",
    zh: `市区分担：市财政从 ${fen(rules.fund)} 元直播电商奖励资金中，按不超过 ${rules.reimbursementShare.times(100).toString()}% 对区已兑现资金给予补助，即不超过 ${fen(cityUpTo)} 元付给区财政，区至少自担 ${fen(districtAtLeast)} 元；资金“总量控制、先做先得、用完即止”，市级补助不增加企业所得。`,
    en: `Split: from its ${fen(rules.fund)} CNY fund the city reimburses the district up to ${rules.reimbursementShare.times(100).toString()}% of what it paid, i.e. up to ${fen(cityUpTo)} CNY to the district, which bears at least ${fen(districtAtLeast)} CNY; the fund is first come, first served until used up, and the city's part adds nothing to the firm's receipt.`,
    formula: "cityUpTo = districtAward x reimbursementShare; districtAtLeast = districtAward - cityUpTo",
    inputs: { districtAward: fen(award.amount), reimbursementShare: rules.reimbursementShare.toString() },
    value: fen(cityUpTo),
    measure: cite.measure,
    source: cite.source,
  };
}
