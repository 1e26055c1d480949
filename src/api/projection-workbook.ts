import { INFLOWS, OUTFLOWS } from "../domain/cashflow/ledger";
import type { Bilingual } from "../domain/explain";
import { CATEGORY_LABELS } from "../web/text";
import type { projectionResponse } from "./cashflow";
import { type Lang, pick } from "./i18n";
import { type Cell, decimalsFormat, FORMAT, type Sheet, writeWorkbook } from "./xlsx";

/**
 * The projection as a workbook: the months, the summary and each measure's effects with its
 * document, and the explanation steps; headers in the request's language, money as numbers shown
 * to the fen, other figures as numbers with their reported decimals (a figure of more than 15
 * significant digits stays text, digit for digit: see `fitsDouble`).
 */

type Projection = ReturnType<typeof projectionResponse>;

const fen = (value: string): Cell => ({ number: value, format: FORMAT.fen });
const MONEY = /^-?\d+\.\d{2}$/;
const DECIMAL = /^-?\d+(?:\.(\d+))?$/;

/** The summary's single figures (the sources of the peak borrowing are in the API's JSON). */
const SUMMARY_LABELS = {
  revenue: { zh: "销售收入", en: "Revenue" },
  taxes: { zh: "税费", en: "Taxes" },
  fxCost: { zh: "汇兑损失", en: "FX cost" },
  bankFees: { zh: "银行手续费", en: "Bank fees" },
  hedgingCost: { zh: "套保成本", en: "Hedging cost" },
  financingCost: { zh: "融资成本", en: "Financing cost" },
  totalCost: { zh: "总成本", en: "Total cost" },
  peakFundingNeed: { zh: "最多需要借款", en: "Peak funding need" },
  peakFundingMonth: { zh: "借款最多的月份", en: "Month of the peak" },
  peakFinancingOutstanding: { zh: "最多同时借款（所有来源）", en: "Most borrowed at once, all sources" },
  peakFinancingMonth: { zh: "同时借款最多的月份", en: "Month the most is borrowed" },
  cashConversionCycleDays: { zh: "现金周转天数", en: "Cash conversion cycle (days)" },
  endingCash: { zh: "期末现金", en: "Ending cash" },
  endingPosition: { zh: "期末净头寸", en: "Ending position" },
  receivablesAfterHorizon: { zh: "期后应收", en: "Receivables after the horizon" },
  payablesAfterHorizon: { zh: "期后应付", en: "Payables after the horizon" },
} satisfies Partial<Record<keyof Projection["summary"], Bilingual>>;

const EFFECTS = [
  ["totalCostChange", { zh: "总成本变化", en: "Total cost change" }],
  ["peakFundingNeedChange", { zh: "借款峰值变化", en: "Peak funding need change" }],
  ["endingCashChange", { zh: "期末现金变化", en: "Ending cash change" }],
  ["endingPositionChange", { zh: "期末净头寸变化", en: "Ending position change" }],
] as const;

const T = {
  months: { zh: "月度现金流", en: "Months" },
  month: { zh: "月份", en: "Month" },
  opening: { zh: "期初现金", en: "Opening balance" },
  drawn: { zh: "融资提款", en: "Financing drawn" },
  repaid: { zh: "融资还本", en: "Principal repaid" },
  interest: { zh: "利息", en: "Interest" },
  fees: { zh: "融资费用", en: "Financing fees" },
  outstanding: { zh: "融资余额", en: "Financing outstanding" },
  net: { zh: "当月净现金流", en: "Net" },
  closing: { zh: "期末现金", en: "Closing balance" },
  measures: { zh: "措施效果", en: "Measures" },
  figure: { zh: "项目", en: "Figure" },
  withMeasures: { zh: "选用措施", en: "With the measures" },
  baseline: { zh: "不用措施", en: "Without any measure" },
  measure: { zh: "措施", en: "Measure" },
  source: { zh: "文件及条款", en: "Document and clause" },
  chosen: { zh: "已选用", en: "Chosen" },
  applies: { zh: "适用", en: "Applies" },
  alone: { zh: "单独", en: "Alone" },
  marginal: { zh: "边际", en: "Marginal" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  explain: { zh: "计算说明", en: "Explanation" },
  step: { zh: "步骤", en: "Step" },
  how: { zh: "说明", en: "How" },
  formula: { zh: "公式", en: "Formula" },
  value: { zh: "结果", en: "Value" },
  ruleset: { zh: "规则版本", en: "Ruleset" },
  cny: { zh: "金额单位：人民币元", en: "Amounts in CNY" },
} satisfies Record<string, Bilingual>;

function monthsSheet(p: Projection, lang: Lang): Sheet {
  const t = (b: Bilingual) => ({ bold: pick(b, lang) });
  const header: Cell[] = [
    t(T.month),
    t(T.opening),
    ...[...INFLOWS, ...OUTFLOWS].map((k) => t(CATEGORY_LABELS[k])),
    ...[T.drawn, T.repaid, T.interest, T.fees, T.outstanding, T.net, T.closing].map(t),
  ];
  const rows: Cell[][] = p.periods.map((m) => [
    m.month,
    fen(m.openingBalance),
    ...INFLOWS.map((k) => fen(m.inflows[k])),
    ...OUTFLOWS.map((k) => fen(m.outflows[k])),
    fen(m.financing.drawn),
    fen(m.financing.repaid),
    fen(m.financing.interest),
    fen(m.financing.fees),
    fen(m.financing.outstanding),
    fen(m.net),
    fen(m.closingBalance),
  ]);
  return {
    name: pick(T.months, lang),
    rows: [header, ...rows],
    frozenRows: 1,
    widths: [10, ...header.slice(1).map(() => 14)],
  };
}

function summaryValue(value: string | number | null | undefined): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return { number: value, format: FORMAT.integer };
  if (MONEY.test(value)) return fen(value);
  // other figures (rates, ratios) as numbers too, with the decimals they are reported to
  const decimal = DECIMAL.exec(value);
  return decimal ? { number: value, format: decimalsFormat(decimal[1]?.length ?? 0, false) } : value;
}

function measuresSheet(p: Projection, lang: Lang): Sheet {
  const t = (b: Bilingual) => ({ bold: pick(b, lang) });
  const keys = Object.keys(SUMMARY_LABELS) as (keyof typeof SUMMARY_LABELS)[];
  const summary: Cell[][] = [
    [t(T.figure), t(T.withMeasures), t(T.baseline)],
    ...keys.map((k) => [
      pick(SUMMARY_LABELS[k], lang),
      summaryValue(p.summary[k]),
      summaryValue(p.baseline[k]),
    ]),
  ];
  const effectHeaders = (kind: Bilingual) =>
    EFFECTS.map(([, label]) => t({ zh: `${kind.zh}：${label.zh}`, en: `${kind.en}: ${label.en}` }));
  const yesNo = (b: boolean) => pick(b ? T.yes : T.no, lang);
  const measures: Cell[][] = [
    [
      t(T.measure),
      t(T.source),
      t(T.chosen),
      t(T.applies),
      ...effectHeaders(T.alone),
      ...effectHeaders(T.marginal),
    ],
    ...p.measures.map((m) => [
      pick(m.title, lang),
      m.source,
      yesNo(m.chosen),
      yesNo(m.applies),
      ...EFFECTS.map(([k]) => fen(m.alone[k])),
      ...EFFECTS.map(([k]) => fen(m.marginal[k])),
    ]),
  ];
  const foot: Cell[][] = [[pick(T.cny, lang)], [pick(T.ruleset, lang), p.ruleset]];
  return {
    name: pick(T.measures, lang),
    rows: [...summary, [], ...measures, [], ...foot],
    widths: [34, 40, 16, 10, ...EFFECTS.flatMap(() => [16, 16])],
  };
}

function explainSheet(p: Projection, lang: Lang): Sheet {
  const t = (b: Bilingual) => ({ bold: pick(b, lang) });
  return {
    name: pick(T.explain, lang),
    rows: [
      [t(T.step), t(T.how), t(T.formula), t(T.value), t(T.source)],
      ...p.explain.map((s) => [s.key, pick(s, lang), s.formula ?? "", summaryValue(s.value), s.source ?? ""]),
    ],
    frozenRows: 1,
    widths: [22, 80, 40, 16, 40],
  };
}

export function projectionWorkbook(p: Projection, lang: Lang): Uint8Array<ArrayBuffer> {
  return writeWorkbook([monthsSheet(p, lang), measuresSheet(p, lang), explainSheet(p, lang)]);
}
