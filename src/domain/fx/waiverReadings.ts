import { ONE, ZERO } from "../money";
import type { WaiverRule } from "./waiver";

/**
 * The two readings of the first-option waiver in 中商务电函〔2023〕10号 and 11号: the campaign is called
 * 减免期权费 (the option fee, i.e. the premium, waived), and the same sentence says 减免其买入期权的办理费用
 * (the handling fee of the bought option waived). Neither is confirmed; both are offered, each labelled.
 */
export const WAIVER_READINGS = ["handling-fee", "premium"] as const;
export type WaiverReading = (typeof WAIVER_READINGS)[number];

export const WAIVER_READING_TEXT: Record<WaiverReading, { zh: string; en: string }> = {
  "handling-fee": {
    zh: "按“减免其买入期权的办理费用”理解为免除银行办理费（本模型原有理解，属推定）",
    en: "read as the bank's handling fee waived (减免其买入期权的办理费用; the model's reading so far, an assumption)",
  },
  premium: {
    zh: "按字面“减免期权费”理解为免除期权费（权利金）",
    en: "read literally as the option premium waived (减免期权费)",
  },
};

/** The waiver rule under one reading: what it waives in full, and the reading named in its text. */
export function underReading(rule: WaiverRule, reading: WaiverReading): WaiverRule {
  const text = WAIVER_READING_TEXT[reading];
  return {
    ...rule,
    name: { zh: `${rule.name.zh}（${text.zh}）`, en: `${rule.name.en} (${text.en})` },
    handlingFeeShare: reading === "handling-fee" ? ONE : ZERO,
    premiumShare: reading === "premium" ? ONE : ZERO,
  };
}
