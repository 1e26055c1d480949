import type { Child } from "hono/jsx";
import { type Lang, pick } from "../api/i18n";
import { SCENARIO_LIMITS } from "../api/scenario-schema";
import type { MeasureSwitch } from "../domain/cashflow/scenario";
import type { FieldProblem } from "../domain/errors";
import { CASHFLOW_RULES } from "../policy/cashflow";
import { CHECK_YOUR_ACCOUNT, marketplaceOf } from "../policy/marketplace-fees";
import { findPreset, PRESETS } from "../policy/presets";
import {
  type Field,
  FORM_COST_CATEGORIES,
  feesShown,
  fieldFor,
  inputId,
  type ShownFee,
  type Wire,
} from "./form";
import { fractionOf, percentOf } from "./format";
import { GrantsFieldset } from "./grants-form";
import { href, type Nav, Page } from "./layout";
import { CheckMeasures, MeasureNote, type MeasureNotes } from "./measure-notes";
import { OVERSEAS_COST_LABELS, type Tr, tr } from "./text";

/** Where the form's untouched fields come from. */
export type Base = { kind: "blank" } | { kind: "preset"; id: string } | { kind: "link"; s: string };

export interface FormPageProps {
  nav: Nav;
  base: Base;
  /** The scenario behind `base`: what the fields not in the form keep. */
  baseScenario: Wire;
  fields: Field[];
  values: Record<string, string>;
  lineCount: number;
  problems: FieldProblem[];
  /** After a check: the ticked measures that would not apply, and why (src/web/measure-notes.tsx). */
  notes?: MeasureNotes;
}

function message(field: Field, problem: FieldProblem, value: string, lang: Lang): string {
  const text = pick(problem, lang);
  // Rates are typed as percentages but the API speaks in fractions: show both so "at most 1" reads right.
  if (field.kind === "percent" && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    return `${text}${lang === "en" ? ` (you entered ${value}% = ${fractionOf(value)})` : `（您填的 ${value}% 即 ${fractionOf(value)}）`}`;
  }
  return text;
}

/** Where a fee the form fills comes from, said beside its input. */
function feeSourceText(shown: ShownFee, t: Tr, lang: Lang): string {
  const f = shown.fee;
  if (!f) return `${t("不填按", "Empty = ")}${pick(shown.typical ?? { zh: "", en: "" }, lang)}`;
  return [
    `${t("不填按", "Empty = ")}${pick(f.basis, lang)}`,
    f.assumption
      ? t("这是假设，不是平台费率", "an assumption, not a marketplace fee")
      : f.effectiveFrom
        ? t(`${f.effectiveFrom} 起`, `from ${f.effectiveFrom}`)
        : t("起始日期文件未载明", "start date not stated"),
    f.confirmed || f.assumption ? "" : t("未在平台官方页面核对", "not checked on the marketplace's own page"),
    // An assumption is said in words; only a fee has a source and an account to check it against.
    f.assumption ? "" : `${t("来源：", "source: ")}${f.source.title}`,
    f.assumption ? "" : pick(CHECK_YOUR_ACCOUNT, lang),
  ]
    .filter(Boolean)
    .join(t("；", "; "));
}

/** A field's label with its unit, the channel it belongs to, and the required mark. */
function FieldLabel(props: { field: Field; id: string; required: boolean; t: Tr; lang: Lang }) {
  const { field, t, lang } = props;
  const channelNote = field.channel
    ? field.channel === "b2b"
      ? t("（仅卖给海外企业时填写）", " (business buyer only)")
      : t("（仅平台店铺时填写）", " (marketplace only)")
    : "";
  return (
    <label for={props.id}>
      {pick(field.label, lang)}
      {field.unit ? (
        <span class="unit">{t(`（${pick(field.unit, lang)}）`, ` (${pick(field.unit, lang)})`)}</span>
      ) : null}
      {channelNote}
      {props.required ? (
        <abbr class="req" title={t("必填", "required")}>
          *
        </abbr>
      ) : null}
    </label>
  );
}

/**
 * The id of the hint a field's control is described by. A later product line's field points to the
 * first line's hint instead of repeating it (the form of a five-line preset stays light).
 */
function hintIdOf(field: Field, id: string): string {
  return field.line ? `${inputId(field.name.replace(/^l\d+\./, "l0."))}-hint` : `${id}-hint`;
}

/** The attributes every control carries: its name, what describes it (hint, fee source, errors), its pointer. */
function controlAttributes(field: Field, fee: ShownFee | undefined, invalid: boolean) {
  const id = inputId(field.name);
  const described = [field.hint ? hintIdOf(field, id) : "", fee ? `${id}-src` : "", `${id}-err`]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    name: field.name,
    "aria-describedby": described,
    "aria-invalid": invalid ? "true" : undefined,
    "data-pointer": field.pointer,
  };
}

type ControlAttributes = ReturnType<typeof controlAttributes>;

/** A field's problems, in the place its control's aria-describedby names (empty when there are none). */
function FieldErrors({ id, errors }: { id: string; errors: string[] }) {
  return (
    <p class="error" id={`${id}-err`}>
      {errors.join(" ")}
    </p>
  );
}

/** A tick box: the box, then its label, then its problems. */
function CheckField(props: {
  field: Field;
  control: ControlAttributes;
  checked: boolean;
  errors: string[];
  lang: Lang;
}) {
  const { field, control, errors } = props;
  return (
    <div class={`field check${errors.length ? " invalid" : ""}`} data-field={field.name}>
      <input type="checkbox" {...control} checked={props.checked} />
      <label for={control.id}>{pick(field.label, props.lang)}</label>
      <FieldErrors id={control.id} errors={errors} />
    </div>
  );
}

/** A field's control: a select of its options, or a text input keyed for its kind (a fee's typical figure as placeholder). */
function FieldControl(props: {
  field: Field;
  value: string;
  control: ControlAttributes;
  required: boolean;
  fee?: ShownFee;
  lang: Lang;
}) {
  const { field, value, control } = props;
  if (field.kind === "select") {
    return (
      <select {...control}>
        {(field.options ?? []).map((o) => (
          <option value={o.value} selected={o.value === value}>
            {pick(o.label, props.lang)}
          </option>
        ))}
      </select>
    );
  }
  const numeric = ["money", "decimal", "percent", "int"].includes(field.kind);
  return (
    <input
      {...control}
      type={field.kind === "date" ? "date" : "text"}
      value={value}
      inputmode={field.kind === "int" ? "numeric" : numeric ? "decimal" : undefined}
      aria-required={props.required ? "true" : undefined}
      autocomplete="off"
      spellcheck={field.kind === "text" ? undefined : false}
      placeholder={props.fee?.shown || undefined}
    />
  );
}

function FieldView(props: {
  field: Field;
  value: string;
  problems: FieldProblem[];
  lang: Lang;
  fee?: ShownFee;
}) {
  const { field, value, lang, fee } = props;
  const t = tr(lang);
  const errors = props.problems.map((p) => message(field, p, value, lang));
  const control = controlAttributes(field, fee, errors.length > 0);
  const { id } = control;
  if (field.kind === "check") {
    return (
      <CheckField field={field} control={control} checked={value === "on"} errors={errors} lang={lang} />
    );
  }
  // A price or cost a typical figure fills may stay empty.
  const required = !field.optional && field.kind !== "select" && !(fee?.typical && fee.shown);
  return (
    <div
      class={`field${errors.length ? " invalid" : ""}`}
      data-field={field.name}
      data-channel={field.channel}
      data-line={field.line === undefined ? undefined : String(field.line)}
    >
      <FieldLabel field={field} id={id} required={required} t={t} lang={lang} />
      <FieldControl field={field} value={value} control={control} required={required} fee={fee} lang={lang} />
      {fee ? (
        <p class="source" id={`${id}-src`}>
          {feeSourceText(fee, t, lang)}
        </p>
      ) : null}
      {field.hint && !field.line ? (
        <p class="hint" id={`${id}-hint`}>
          {pick(field.hint, lang)}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** Prices in a line's own currency say which one ("USD/件"), as the form currently has it. */
function withCurrency(field: Field, values: Record<string, string>): Field {
  const currency = field.line === undefined ? "" : values[`l${field.line}.currency`];
  if (
    !currency ||
    !/\.(sellingPrice|declaredUnitValue|costs\.(logistics|warehousing|tax))$/.test(field.name)
  ) {
    return field;
  }
  return { ...field, unit: { zh: `${currency}/件`, en: `${currency} per unit` } };
}

/** The product line whose overseas costs as a whole a problem is about (the engine's 422). */
function costsLineOf(pointer: string): number | undefined {
  const m = /^\/productLines\/(\d+)\/overseasCosts(\/|$)/.exec(pointer);
  return m ? Number(m[1]) : undefined;
}

const costsId = (line: number) => `f-l${line}-costs`;

/**
 * The base line's overseas costs in categories the form has no input for (such as "other"), in words:
 * they are kept as they are, and the reader should know they count.
 */
function carriedCosts(base: Wire | undefined, currency: string, t: Tr, lang: Lang): string[] {
  const costs = Array.isArray(base?.overseasCosts) ? (base.overseasCosts as Wire[]) : [];
  return costs.flatMap((c) => {
    if (FORM_COST_CATEGORIES.includes(String(c?.category))) return [];
    const label = OVERSEAS_COST_LABELS[String(c?.category)];
    const bits = [];
    if (c.perUnit && String(c.perUnit) !== "0") bits.push(`${c.perUnit} ${currency}${t("/件", "/unit")}`);
    if (c.shareOfSales && String(c.shareOfSales) !== "0") bits.push(`${percentOf(String(c.shareOfSales))}%`);
    return bits.length ? [`${label ? pick(label, lang) : String(c?.category)} ${bits.join(" + ")}`] : [];
  });
}

/**
 * A line's overseas costs: the inputs for the categories the form covers, the items it carries over
 * unedited (such as "other") said in words, and the problems about the costs as a whole.
 */
function CostsGroup(props: {
  line: number;
  base: Wire | undefined;
  currency: string;
  fields: Child[];
  problems: FieldProblem[];
  marketplaceNote?: { zh: string; en: string };
  t: Tr;
  lang: Lang;
}) {
  const { t, lang } = props;
  const carried = carriedCosts(props.base, props.currency, t, lang);
  const id = costsId(props.line);
  return (
    <fieldset
      class="costs"
      id={id}
      aria-describedby={`${id}-hint ${id}-err`}
      data-pointer={`/productLines/${props.line}/overseasCosts`}
      aria-invalid={props.problems.length ? "true" : undefined}
    >
      <legend>{t("海外费用", "Overseas costs")}</legend>
      <p class="hint" id={`${id}-hint`}>
        {t(
          "在国外发生、从货款里支出的费用。新填的产品不填时按所选平台的费率表和下面写明的假设计算；已有方案不填按 0 算。",
          "Costs incurred abroad and paid out of the sales. On a new product, empty inputs take the chosen marketplace's fee table and the assumptions stated below; on an existing scenario, empty means 0.",
        )}
        {props.marketplaceNote ? ` ${pick(props.marketplaceNote, lang)}` : ""}
      </p>
      {props.fields}
      {carried.length ? (
        <p class="hint">
          {t(
            `另有以下费用按原方案保留（表单中不能修改）：${carried.join("、")}。`,
            `Also kept from the scenario (not editable here): ${carried.join(", ")}.`,
          )}
        </p>
      ) : null}
      <p class="error" id={`${id}-err`}>
        {props.problems.map((p) => pick(p, lang)).join(" ")}
      </p>
    </fieldset>
  );
}

/** Problems in the order of the fields they are about (the order a reader works through them). */
function inFieldOrder(problems: FieldProblem[], fields: Field[]): FieldProblem[] {
  const rank = (p: FieldProblem) => {
    const f = fieldFor(p.pointer, fields);
    return f ? fields.indexOf(f) : fields.length;
  };
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/**
 * The id of product line `index`'s fieldset. Adding or removing a line sends the form to "/#product-N"
 * (a GET form keeps its action's fragment), so the page reopens at the line, not at the top.
 */
function productAnchor(index: number): string {
  return `product-${index + 1}`;
}

/** What each part of the form page needs: the page's props, its language, and how to draw a field. */
interface Part extends FormPageProps {
  lang: Lang;
  t: Tr;
  view: (f: Field) => Child;
}

/** The page's question, what the form does, and the way in for people with files. */
function FormIntro({ nav, t }: Part) {
  return (
    <>
      <h1>{t("未来几个月，账上的钱够不够？", "Will the cash last the coming months?")}</h1>
      <p class="lead">
        {t(
          "选一个和您生意相近的例子，改几个数字，就能看到每个月的现金、最缺钱的时候要借多少，以及各项政策能省多少。",
          "Start from a business like yours, change a few figures, and see your cash month by month, the most you would need to borrow, and what each measure saves.",
        )}
      </p>
      <p class="import-link">
        <a href={href(nav, "/import")}>
          {t(
            "已有 Excel 方案或亚马逊结算报告？上传导入",
            "Have a workbook or Amazon settlement reports? Upload them",
          )}
        </a>
      </p>
    </>
  );
}

/** The example to start from (its own GET form, so it works without JavaScript). */
function PresetPicker({ nav, base, lang, t }: Part) {
  const preset = base.kind === "preset" ? findPreset(base.id) : undefined;
  return (
    <form method="get" action="/" class="preset-picker" id="preset-picker">
      {nav.langQuery ? <input type="hidden" name="lang" value={nav.lang} /> : null}
      <label for="preset">{t("从一个例子开始", "Start from an example")}</label>
      <div class="row">
        <select name="preset" id="preset">
          <option value="" selected={base.kind === "blank"}>
            {t("空白表格（自己填写）", "Blank form (fill in yourself)")}
          </option>
          {PRESETS.map((p) => (
            <option value={p.id} selected={preset?.id === p.id}>
              {pick(p.title, lang)}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary">
          {t("载入", "Load")}
        </button>
      </div>
      <p class="hint">
        {preset
          ? `${pick(preset.story, lang)} ${t("数据为行业典型值，使用前请按实际情况修改。", "Typical figures: check them against your own.")}${preset.rulesetNote ? ` ${pick(preset.rulesetNote, lang)}` : ""}`
          : base.kind === "link"
            ? t(
                "正在修改已有的方案（来自分享链接，或您删除过产品）。",
                "Editing an existing scenario (from a shared link, or after you removed a product).",
              )
            : t(
                "空白表格：带 * 的项目必须填写，其余为常见默认值。",
                "Blank form: fields marked * are required; the rest are typical defaults.",
              )}
      </p>
    </form>
  );
}

/** Every problem of a submission at the top, each a link to the input it is about. */
function ProblemSummary({ problems, fields, lang, t }: Part) {
  if (!problems.length) return null;
  return (
    <section class="problems" role="alert" aria-labelledby="problems-title" tabindex={-1} id="problems">
      <h2 id="problems-title">
        {t(`有 ${problems.length} 处需要修改`, `${problems.length} thing(s) to correct`)}
      </h2>
      <ul>
        {inFieldOrder(problems, fields).map((p) => {
          const f = fieldFor(p.pointer, fields);
          const costsLine = costsLineOf(p.pointer);
          return (
            <li>
              {f ? (
                <a href={`#${inputId(f.name)}`}>{pick(f.label, lang)}</a>
              ) : costsLine !== undefined ? (
                <a href={`#${costsId(costsLine)}`}>
                  {t(`产品 ${costsLine + 1} 海外费用`, `Product ${costsLine + 1} overseas costs`)}
                </a>
              ) : (
                <code>{p.pointer}</code>
              )}
              {"："}
              {pick(p, lang)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** One product line: its main inputs, its overseas costs, and the button that removes it. */
function ProductLineFieldset(props: Part & { i: number }) {
  const { i, fields, values, problems, lineCount, t, lang, view } = props;
  return (
    <fieldset class="line" id={productAnchor(i)}>
      <legend>{t(`产品 ${i + 1}`, `Product ${i + 1}`)}</legend>
      {fields.filter((f) => f.line === i && f.main && !f.group).map(view)}
      <CostsGroup
        line={i}
        base={(props.baseScenario.productLines as Wire[] | undefined)?.[i]}
        currency={values[`l${i}.currency`] ?? ""}
        marketplaceNote={marketplaceOf(values[`l${i}.payoutRule`] ?? "")?.note}
        fields={fields.filter((f) => f.line === i && f.group === "overseasCosts").map(view)}
        problems={problems.filter((p) => !fieldFor(p.pointer, fields) && costsLineOf(p.pointer) === i)}
        t={t}
        lang={lang}
      />
      {lineCount > 1 ? (
        <button
          type="submit"
          formaction={`/#${productAnchor(Math.min(i, lineCount - 2))}`}
          name="removeLine"
          value={String(i)}
          class="secondary remove"
          aria-label={t(`删除此产品（产品 ${i + 1}）`, `Remove this product (product ${i + 1})`)}
        >
          {t("删除此产品", "Remove this product")}
        </button>
      ) : null}
    </fieldset>
  );
}

/** The product lines, the rule that turns sales into units, and the button that adds a line. */
function ProductLines(props: Part) {
  const { lineCount, t } = props;
  return (
    <>
      <p class="hint" id="sales-rule">
        {t(
          "填了月销售额，件数 = 月销售额 ÷ 每件售价，四舍五入到整件；人民币金额先按您填的汇率换成收款币种。",
          "With sales entered, units = sales ÷ price per unit, rounded half up to whole units; an amount in CNY is first converted at the exchange rate you give.",
        )}
      </p>
      {Array.from({ length: lineCount }, (_, i) => (
        <ProductLineFieldset {...props} i={i} />
      ))}
      {lineCount < SCENARIO_LIMITS.productLines ? (
        <button
          type="submit"
          formaction={`/#${productAnchor(lineCount)}`}
          name="addLine"
          value="1"
          class="secondary"
        >
          {t("＋ 再加一个产品", "+ Add a product")}
        </button>
      ) : null}
    </>
  );
}

/** The measures to apply, each with the document that grants it. */
function MeasuresFieldset({ nav, fields, notes, lang, t, view }: Part) {
  return (
    <fieldset id="measures">
      <legend>{t("要测算的政策措施", "Measures to apply")}</legend>
      <p class="hint">
        {t(
          "勾选打算使用的措施；报告会同时算出每项措施单独和合起来的效果。",
          "Tick the measures you plan to use; the report shows each one's effect alone and together.",
        )}
      </p>
      {fields
        .filter((f) => f.name.startsWith("m."))
        .map((f) => {
          const s = f.name.slice(2) as MeasureSwitch;
          const cite = CASHFLOW_RULES.cite[s];
          return (
            <div class="measure-choice">
              {view(f)}
              <p class="source">
                <a href={href(nav, `/measures/${cite.measure}`)}>{cite.source}</a>
              </p>
              <MeasureNote s={s} note={notes?.[s]} lang={lang} />
            </div>
          );
        })}
      <CheckMeasures notes={notes} lang={lang} />
    </fieldset>
  );
}

/** The settings with typical values, folded away unless a problem is in them. */
function MoreSettings({ fields, problems, lineCount, base, t, view }: Part) {
  return (
    <details class="more" open={problems.some((p) => !fieldFor(p.pointer, fields)?.main) || undefined}>
      <summary>{t("更多设置（已按常见情况填好）", "More settings (typical values filled in)")}</summary>
      {Array.from({ length: lineCount }, (_, i) => (
        <fieldset class="line">
          <legend>{t(`产品 ${i + 1}：更多`, `Product ${i + 1}: more`)}</legend>
          {fields.filter((f) => f.line === i && !f.main && !f.group).map(view)}
        </fieldset>
      ))}
      <fieldset>
        <legend>{t("公司、时间和汇率", "Company, timing and FX")}</legend>
        {fields.filter((f) => f.line === undefined && !f.main).map(view)}
      </fieldset>
      {base.kind === "blank" ? (
        <p class="hint">
          {t(
            "以上默认值是中山小型制造商经平台出口的常见数字，请按您的实际情况修改。",
            "These defaults are typical figures for a small Zhongshan manufacturer selling through a marketplace: change them to yours.",
          )}
        </p>
      ) : null}
    </details>
  );
}

/**
 * What the form sends besides its fields: where it started (preset or link), how many lines it has,
 * the reader's language, and the default button.
 */
function FormState({ nav, base, lineCount, t }: Part) {
  return (
    <>
      {base.kind === "preset" ? <input type="hidden" name="preset" value={base.id} /> : null}
      {base.kind === "link" ? <input type="hidden" name="base" value={base.s} /> : null}
      <input type="hidden" name="lines" value={String(lineCount)} />
      {/* The default button (Enter in a field) sends the report, not the first add or remove button.
          Off screen, out of the tab order and hidden from screen readers, who use the real one. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: it is never focused (tabindex -1, off screen) */}
      <button type="submit" class="implicit" tabindex={-1} aria-hidden="true">
        {t("生成报告", "Show the report")}
      </button>
      {nav.langQuery ? <input type="hidden" name="lang" value={nav.lang} /> : null}
    </>
  );
}

/** The scenario form: GET to /report, so it works without JavaScript and its URL can be shared. */
function ScenarioForm(props: Part) {
  const { fields, values, lang, t, view } = props;
  const scenarioMain = fields.filter((f) => f.line === undefined && f.main && !f.name.startsWith("m."));
  const rates = (f: Field) => f.name === "workingCapitalRate" || f.name.startsWith("fx.");
  return (
    <form method="get" action="/report" id="scenario-form" novalidate data-check="/form/check">
      <FormState {...props} />
      <p class="hint">{t("带 * 的为必填项。", "Fields marked * are required.")}</p>

      <fieldset>
        <legend>{t("公司和资金", "Business and cash")}</legend>
        {scenarioMain.filter((f) => !rates(f)).map(view)}
      </fieldset>

      <ProductLines {...props} />

      <fieldset>
        <legend>{t("汇率和贷款", "Exchange rates and borrowing")}</legend>
        {scenarioMain.filter(rates).map(view)}
      </fieldset>

      <GrantsFieldset values={values} baseScenario={props.baseScenario} lang={lang} />
      <MeasuresFieldset {...props} />
      <MoreSettings {...props} />

      <div class="actions">
        <button type="submit" class="primary">
          {t("生成报告", "Show the report")}
        </button>
      </div>
    </form>
  );
}

export function FormPage(props: FormPageProps) {
  const { nav, fields, values, problems } = props;
  const lang = nav.lang;
  const t = tr(lang);
  // Problems on fields the form does not show stay in the summary at the top, by pointer.
  const byField = new Map<string, FieldProblem[]>();
  for (const p of problems) {
    const f = fieldFor(p.pointer, fields);
    if (f) byField.set(f.name, [...(byField.get(f.name) ?? []), p]);
  }
  const fees = new Map(
    feesShown(props.baseScenario, props.lineCount, values)
      .flat()
      .map((f) => [f.field, f]),
  );
  const view = (f: Field) => (
    <FieldView
      field={withCurrency(f, values)}
      value={values[f.name] ?? ""}
      problems={byField.get(f.name) ?? []}
      lang={lang}
      fee={fees.get(f.name)}
    />
  );
  const part: Part = { ...props, lang, t, view };
  return (
    <Page nav={nav} title={t("填写测算", "New projection")}>
      <FormIntro {...part} />
      <PresetPicker {...part} />
      <ProblemSummary {...part} />
      <ScenarioForm {...part} />
    </Page>
  );
}
