import { type Lang, pick } from "../api/i18n";
import type { Summary } from "../domain/cashflow/engine";
import type { MeasureSwitch } from "../domain/cashflow/scenario";
import { MEASURE_TITLES } from "../policy/cashflow";
import { catalog, citation, documentName, type Measure, type RuleRef } from "../policy/catalog";
import { PRESETS } from "../policy/presets";
import { cny, minus, signedCny } from "./format";
import { href, type Nav, Page } from "./layout";
import { fieldLabel, noteIn, ParameterTable } from "./parameters";
import { Headline, MeasureWaterfall, ProjectionCashChart, type ReportProjection } from "./report";
import { MEASURE_PLAIN, type Tr, tr } from "./text";

export function ErrorPage(props: {
  nav: Nav;
  title: string;
  detail: string;
  items?: string[];
  action?: { href: string; label: string };
}) {
  return (
    <Page nav={props.nav} title={props.title}>
      <section class="problems" role="alert">
        <h1>{props.title}</h1>
        <p>{props.detail}</p>
        {props.items?.length ? (
          <ul>
            {props.items.map((i) => (
              <li>{i}</li>
            ))}
          </ul>
        ) : null}
      </section>
      <p>
        {props.action ? <a href={props.action.href}>{props.action.label}</a> : null}{" "}
        <a href={href(props.nav, "/")}>{tr(props.nav.lang)("重新填写", "Start a new projection")}</a>
      </p>
    </Page>
  );
}

export interface Side {
  title: string;
  p: ReportProjection;
  minimumCash: string;
  report: string;
}

const COMPARED: { key: keyof Summary; label: [string, string] }[] = [
  { key: "peakFundingNeed", label: ["最多需要借款", "Most you need to borrow"] },
  { key: "endingCash", label: ["期末现金", "Ending cash"] },
  { key: "totalCost", label: ["总成本", "Total cost"] },
  { key: "taxes", label: ["税费", "Taxes"] },
  { key: "fxCost", label: ["汇兑损失", "FX cost"] },
  { key: "bankFees", label: ["银行手续费", "Bank fees"] },
  { key: "hedgingCost", label: ["套保成本", "Hedging cost"] },
  { key: "financingCost", label: ["融资成本", "Financing cost"] },
  { key: "revenue", label: ["销售收入", "Revenue"] },
];

/** The comparison picker's choices: each preset as it comes, and with every measure off. */
export function compareChoices(lang: Lang): { value: string; label: string }[] {
  const t = tr(lang);
  return PRESETS.flatMap((p) => [
    { value: p.id, label: pick(p.title, lang) },
    { value: `${p.id}~off`, label: `${pick(p.title, lang)}${t("（不用任何措施）", " (no measures)")}` },
  ]);
}

/** The two preset pickers (a GET form, so it works without JavaScript); "current" when sides are links. */
function ComparePicker(props: { nav: Nav; picked?: { a: string; b: string } }) {
  const { nav, picked } = props;
  const t = tr(nav.lang);
  const choices = compareChoices(nav.lang);
  return (
    <form method="get" action="/compare" class="compare-picker no-print">
      {nav.langQuery ? <input type="hidden" name="lang" value={nav.lang} /> : null}
      {(["a", "b"] as const).map((side) => (
        <div class="field">
          <label for={`pick-${side}`}>
            {side === "a" ? t("方案 A", "Scenario A") : t("方案 B", "Scenario B")}
          </label>
          <select id={`pick-${side}`} name={`p${side}`}>
            {picked ? null : (
              <option value="">{t("（当前：链接中的方案）", "(current: the linked scenario)")}</option>
            )}
            {choices.map((c) => (
              <option value={c.value} selected={picked?.[side] === c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" class="secondary">
        {t("对比", "Compare")}
      </button>
    </form>
  );
}

/** One compared figure: A, B (each with its exact value) and B − A. */
function CompareRow({ row, a, b, t }: { row: (typeof COMPARED)[number]; a: Side; b: Side; t: Tr }) {
  const [av, bv] = [String(a.p.summary[row.key]), String(b.p.summary[row.key])];
  return (
    <tr data-key={row.key}>
      <th scope="row">{t(...row.label)}</th>
      <td class="num" data-col="A">
        <data value={av}>{cny(av)}</data>
      </td>
      <td class="num" data-col="B">
        <data value={bv}>{cny(bv)}</data>
      </td>
      <td class="num" data-col="B − A">
        {signedCny(minus(bv, av))}
      </td>
    </tr>
  );
}

/** The main figures of both sides in one table, with the difference and the months of the peaks. */
function CompareTable({ a, b, t }: { a: Side; b: Side; t: Tr }) {
  return (
    <section class="table-wrap" aria-labelledby="diff-title" tabindex={0}>
      <table class="compare stack">
        <caption id="diff-title">{t("主要数字（元）", "Main figures (CNY)")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("项目", "Figure")}</th>
            <th scope="col" data-side="a">
              A：<a href={a.report}>{a.title}</a>
            </th>
            <th scope="col" data-side="b">
              B：<a href={b.report}>{b.title}</a>
            </th>
            <th scope="col">B − A</th>
          </tr>
        </thead>
        <tbody>
          {COMPARED.map((row) => (
            <CompareRow row={row} a={a} b={b} t={t} />
          ))}
          <tr>
            <th scope="row">{t("最缺钱的月份", "Month of the borrowing peak")}</th>
            <td data-col="A">{a.p.summary.peakFundingMonth ?? "—"}</td>
            <td data-col="B">{b.p.summary.peakFundingMonth ?? "—"}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** One side in full: its headline figures, its cash chart and its waterfall ("a" or "b" in the ids). */
function CompareSide({ s, id, nav }: { s: Side; id: "a" | "b"; nav: Nav }) {
  return (
    <section aria-labelledby={`side-${id}`}>
      <h2 id={`side-${id}`}>
        {id.toUpperCase()}：{s.title}
      </h2>
      <Headline p={s.p} lang={nav.lang} minimumCash={s.minimumCash} of={id.toUpperCase()} />
      <ProjectionCashChart p={s.p} minimumCash={s.minimumCash} lang={nav.lang} id={`cash-${id}`} />
      <MeasureWaterfall p={s.p} nav={nav} id={`wf-${id}`} />
    </section>
  );
}

export function ComparePage(props: { nav: Nav; a: Side; b: Side; picked?: { a: string; b: string } }) {
  const { nav, a, b } = props;
  const t = tr(nav.lang);
  return (
    <Page nav={nav} title={t("方案对比", "Comparison")} wide>
      <h1>{t("两个方案对比", "Two scenarios side by side")}</h1>
      <ComparePicker nav={nav} picked={props.picked} />
      <CompareTable a={a} b={b} t={t} />
      <div class="sides">
        <CompareSide s={a} id="a" nav={nav} />
        <CompareSide s={b} id="b" nav={nav} />
      </div>
    </Page>
  );
}

export function MeasuresIndex({ nav }: { nav: Nav }) {
  const t = tr(nav.lang);
  return (
    <Page nav={nav} title={t("政策措施", "Measures")}>
      <h1>{t("测算用到的政策措施", "The measures the calculator applies")}</h1>
      <ul class="measure-list">
        {briefingMeasures().map((m) => (
          <li>
            <a href={href(nav, `/measures/${m.id}`)}>
              {m.switch ? pick(MEASURE_TITLES[m.switch as MeasureSwitch], nav.lang) : citation(m.id)}
            </a>
            <p class="source">
              {citation(m.id)} · {validityText(m, nav.lang)}
            </p>
            <p>{pick(m.summary, nav.lang)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** The measures a briefing shows: an example without a source is left out (its own page labels it). */
function briefingMeasures(): Measure[] {
  return catalog.measures.filter((m) => m.sourceStatus !== "unsourced-example");
}

const NOT_STATED = { zh: "文件未载明", en: "not stated in the document" };

/** "2024-04-20 至 2026-04-19", open ends said in words. */
function validityText(m: Measure, lang: Lang): string {
  const t = tr(lang);
  const from = m.validFrom ?? pick(NOT_STATED, lang);
  const to = m.validTo ?? t("长期有效（未设截止日）", "open-ended");
  return t(`有效期：${from} 至 ${to}`, `In force: ${from} to ${to}`);
}

function RuleRefs({ refs, nav }: { refs: readonly RuleRef[]; nav: Nav }) {
  const t = tr(nav.lang);
  const kind = (r: RuleRef) =>
    r.kind === "bank-product"
      ? t("（银行产品，非政府文件）", " (a bank product, not a government document)")
      : r.kind === "not-identified"
        ? t("（授予规则未确认）", " (granting rule not identified)")
        : "";
  return (
    <ul>
      {refs.map((r) => (
        <li>
          {r.measure ? <a href={href(nav, `/measures/${r.measure}`)}>{r.source}</a> : r.source}
          {kind(r)}
        </li>
      ))}
    </ul>
  );
}

/** The unconfirmed facts of a measure, each with the field it is about and what is not confirmed. */
function UnconfirmedFacts({ m, lang }: { m: Measure; lang: Lang }) {
  if (!m.unconfirmed?.length) return null;
  const t = tr(lang);
  return (
    <>
      <h3>{t("未经核实的事项", "Not confirmed against the published text")}</h3>
      <ul>
        {m.unconfirmed.map((u) => (
          <li>
            <strong>{fieldLabel(u.field, lang)}</strong>
            {`${lang === "zh" ? "：" : ": "}${noteIn(u.note, `${m.id}/${u.field}`, "unconfirmed", lang)}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A measure's dates in force, the rules that grant it, who promotes it and what is unconfirmed. */
function MeasureProvenance({ m, nav }: { m: Measure; nav: Nav }) {
  const { lang } = nav;
  const t = tr(lang);
  return (
    <section aria-labelledby="provenance">
      <h2 id="provenance">{t("有效期与依据", "In force, and on what authority")}</h2>
      {m.sourceStatus === "unsourced-example" ? (
        <p class="problems">
          {t(
            "无来源示例：本条不来自任何种子文件或国家文件，仅作参数示例，不在宣讲材料中出现。",
            "Example without a source: this entry comes from no seed document and no national rule; it is a parameter example only and is never shown in a briefing.",
          )}
        </p>
      ) : null}
      <p>{validityText(m, lang)}</p>
      {m.validity ? <p class="note">{pick(m.validity, lang)}</p> : null}
      {m.grantedBy?.length ? (
        <>
          <h3>{t("授予优惠的规则", "The rule that grants it")}</h3>
          <RuleRefs refs={m.grantedBy} nav={nav} />
        </>
      ) : null}
      {m.promotedBy?.length ? (
        <>
          <h3>{t("推动落实的文件", "The document that promotes it")}</h3>
          <RuleRefs refs={m.promotedBy} nav={nav} />
        </>
      ) : null}
      <UnconfirmedFacts m={m} lang={lang} />
    </section>
  );
}

/** A worked example: one preset projected with the measure on and with it off. */
export interface WorkedExample {
  presetTitle: string;
  on: ReportProjection;
  off: ReportProjection;
  reportOn: string;
  reportOff: string;
  compare: string;
}

/** The example's first four compared figures, without and with the measure, and the difference. */
function WorkedExampleTable({ example, t }: { example: WorkedExample; t: Tr }) {
  const [off, on] = [example.off.summary, example.on.summary];
  return (
    <section class="table-wrap" aria-labelledby="example-table" tabindex={0}>
      <table class="compare stack">
        <caption id="example-table">{t("用与不用（元）", "With and without (CNY)")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("项目", "Figure")}</th>
            <th scope="col">{t("不用", "Without")}</th>
            <th scope="col">{t("用", "With")}</th>
            <th scope="col">{t("差额", "Difference")}</th>
          </tr>
        </thead>
        <tbody>
          {COMPARED.slice(0, 4).map((row) => (
            <tr>
              <th scope="row">{t(...row.label)}</th>
              <td class="num" data-col={t("不用", "Without")}>
                {cny(String(off[row.key]))}
              </td>
              <td class="num" data-col={t("用", "With")}>
                {cny(String(on[row.key]))}
              </td>
              <td class="num" data-col={t("差额", "Difference")}>
                {signedCny(minus(String(on[row.key]), String(off[row.key])))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The worked example: what changes when only this measure is switched off, with links to both reports. */
function WorkedExampleSection({ example, t }: { example: WorkedExample; t: Tr }) {
  return (
    <section aria-labelledby="example">
      <h2 id="example">{t("算个例子", "A worked example")}</h2>
      <p>
        {t(
          `以「${example.presetTitle}」为例，其他条件不变，比较用与不用这项措施：`,
          `Take "${example.presetTitle}" and change only this measure:`,
        )}
      </p>
      <WorkedExampleTable example={example} t={t} />
      <p>
        <a href={example.reportOn}>{t("用这项措施的完整报告", "Full report with the measure")}</a> ·{" "}
        <a href={example.reportOff}>{t("不用的完整报告", "Full report without it")}</a> ·{" "}
        <a href={example.compare}>{t("并排对比", "Side by side")}</a>
      </p>
    </section>
  );
}

export function MeasurePage(props: {
  nav: Nav;
  measure: Measure;
  example?: WorkedExample;
  exampleError?: string;
}) {
  const { nav, measure: m, example } = props;
  const t = tr(nav.lang);
  const s = m.switch as MeasureSwitch | undefined;
  const title = s ? pick(MEASURE_TITLES[s], nav.lang) : documentName(m);
  return (
    <Page nav={nav} title={title}>
      <h1>{title}</h1>
      <p class="source">
        <cite>{citation(m.id)}</cite>
        {` · ${m.document.title} · ${m.document.issuer ?? pick(NOT_STATED, nav.lang)} · ${m.document.date ?? pick(NOT_STATED, nav.lang)}`}
      </p>
      <MeasureProvenance m={m} nav={nav} />
      {s ? (
        <section aria-labelledby="plain">
          <h2 id="plain">{t("用大白话说", "In plain words")}</h2>
          <p>{pick(MEASURE_PLAIN[s], nav.lang)}</p>
        </section>
      ) : null}
      <section aria-labelledby="text">
        <h2 id="text">{t("文件怎么说", "What the document says")}</h2>
        <blockquote>{pick(m.summary, nav.lang)}</blockquote>
      </section>
      <ParameterTable m={m} lang={nav.lang} />
      {example ? (
        <WorkedExampleSection example={example} t={t} />
      ) : props.exampleError ? (
        <p class="problems">{props.exampleError}</p>
      ) : null}
    </Page>
  );
}
