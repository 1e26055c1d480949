import type { HedgeRules } from "../domain/fx/hedge";
import type { FirmSize, HandlingFeeTerms, WaiverRule } from "../domain/fx/waiver";
import { underReading, type WaiverReading } from "../domain/fx/waiverReadings";
import { dec } from "../domain/money";
import { type CatalogReader, citation, currentCatalog, marketDefault, parameter } from "./catalog";

/** Bank of China Zhongshan's first-time bought-option handling-fee waiver (中商务电函〔2023〕10号). */
export const OPTION_FEE_WAIVER = "zs-2023-option-fee-waiver";
/** Other cities' margin support for first forwards: a parameterised reference, document unconfirmed. */
export const MARGIN_SUPPORT_REFERENCE = "zs-2023-margin-support-reference";
/** 中府办函〔2024〕24号 measure 13: banks to improve exchange-rate hedging services. */
export const HEDGING_SERVICE = "zs-2024-24-m13-finance";

/** The first-option waiver as a catalog states it. */
export function optionFeeWaiverRule(read: CatalogReader): WaiverRule {
  const { parameter, citation } = read;
  const m = read.measure(OPTION_FEE_WAIVER);
  return {
    measure: OPTION_FEE_WAIVER,
    source: citation(OPTION_FEE_WAIVER),
    name: {
      zh: "中行中山分行首次买入期权办理费减免",
      en: "Bank of China Zhongshan first-option handling-fee waiver",
    },
    // The same sentence is in both replies of 2023-06-29: 中商务电函〔2023〕10号 on suggestion 2023168
    // (the catalog's document) and 中商务电函〔2023〕11号 on suggestion 2023167 (seed documents 001, 000).
    basis: {
      zh: `${m.document.title}（${m.document.number}，另见对第2023167号代表建议的答复 中商务电函〔2023〕11号）：${m.summary.zh}`,
      en: `Zhongshan Commerce Bureau replies on NPC suggestions 2023168 (${m.document.number}) and 2023167 (中商务电函〔2023〕11号): ${m.summary.en}`,
    },
    confirmed: true,
    // 减免其买入期权的办理费用: a collar's fee is charged on its bought put, so it is covered too.
    products: ["bought-option", "collar"],
    requiresFirstTime: parameter<boolean>(OPTION_FEE_WAIVER, "requiresFirstTime"),
    eligibleSizes: parameter<FirmSize[]>(OPTION_FEE_WAIVER, "eligibleSizes"),
    handlingFeeShare: dec(parameter<string>(OPTION_FEE_WAIVER, "waivedHandlingFeeShare")),
    premiumShare: dec(parameter<string>(OPTION_FEE_WAIVER, "waivedPremiumShare")),
    marginShare: dec(0),
    cap: null,
  };
}

function marginSupportRule(read: CatalogReader): WaiverRule {
  const { parameter, citation } = read;
  const m = read.measure(MARGIN_SUPPORT_REFERENCE);
  return {
    measure: MARGIN_SUPPORT_REFERENCE,
    source: citation(MARGIN_SUPPORT_REFERENCE),
    name: { zh: "首次办理远期保证金补助（参考）", en: "First-forward margin support (reference)" },
    basis: m.summary,
    confirmed:
      m.sourceStatus === undefined ? m.document.number !== "unconfirmed" : m.sourceStatus === "document",
    products: ["forward"],
    requiresFirstTime: parameter<boolean>(MARGIN_SUPPORT_REFERENCE, "requiresFirstTime"),
    eligibleSizes: null,
    handlingFeeShare: dec(0),
    premiumShare: dec(0),
    marginShare: dec(parameter<string>(MARGIN_SUPPORT_REFERENCE, "marginShare")),
    cap: dec(parameter<string>(MARGIN_SUPPORT_REFERENCE, "capCny")),
  };
}

/** Every waiver programme the FX calculators know, by measure id. */
export const WAIVER_RULES: Record<string, WaiverRule> = {
  [OPTION_FEE_WAIVER]: optionFeeWaiverRule(currentCatalog),
  [MARGIN_SUPPORT_REFERENCE]: marginSupportRule(currentCatalog),
};
export const WAIVER_IDS = [OPTION_FEE_WAIVER, MARGIN_SUPPORT_REFERENCE] as const;
/** Applied unless the request chooses: the Zhongshan waiver; the unconfirmed reference is opt-in. */
export const DEFAULT_WAIVERS = [OPTION_FEE_WAIVER] as const;

/**
 * The waiver rules of the ids, the first-option waiver under the reading asked for (the handling fee
 * when none is: the documents' 减免其买入期权的办理费用; or the premium: their 减免期权费).
 */
export function waiverRules(ids: readonly string[], reading?: WaiverReading): WaiverRule[] {
  return ids.map((id) =>
    id === OPTION_FEE_WAIVER && reading ? underReading(WAIVER_RULES[id], reading) : WAIVER_RULES[id],
  );
}

/**
 * The first-option waiver's reported period: 中商务电函〔2023〕10号 and 11号 (2023-06-29) report the 2023
 * campaign ("本年已有24家企业"); whether it continued is unconfirmed.
 */
export const OPTION_FEE_WAIVER_PERIOD = {
  measure: OPTION_FEE_WAIVER,
  source: citation(OPTION_FEE_WAIVER),
  reportedUntil: parameter<string>(OPTION_FEE_WAIVER, "reportedUntil"),
};

/** The handling fee terms a quote uses unless the bank's own are given (market defaults). */
export const DEFAULT_HANDLING_FEE: HandlingFeeTerms = {
  rate: dec(parameter<string>(OPTION_FEE_WAIVER, "handlingFeeRate")),
  minimum: dec(parameter<string>(OPTION_FEE_WAIVER, "handlingFeeMinCny")),
  fixed: dec(parameter<string>(OPTION_FEE_WAIVER, "handlingFeeFixedCny")),
};

export const DEFAULT_FORWARD_MARGIN_RATE = dec(marketDefault<string>("fxForwardMarginRate"));

export function hedgeRules(waiverIds: readonly string[], reading?: WaiverReading): HedgeRules {
  return {
    waivers: waiverRules(waiverIds, reading),
    hedgingService: { measure: HEDGING_SERVICE, source: citation(HEDGING_SERVICE) },
  };
}
