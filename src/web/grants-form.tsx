import { type Lang, pick } from "../api/i18n";
import { CITIES, type City } from "../domain/grants/award";
import { COST_SHARE_CATEGORIES } from "../domain/grants/cost-share";
import { programmesOf } from "../domain/grants/estimate";
import { GRANT_PROGRAMMES, GRANT_RULES } from "../policy/grants";
import type { Wire } from "./form";
import { fractionOf, percentOf } from "./format";
import { tr } from "./text";

/**
 * The form's grants section: the firm's city, then only the facts its programmes test. It reads and
 * writes the scenario's `grants` (the ones naming a programme; typed amounts are kept) and `grantFacts`.
 * "g.present" says the section was on the submitted form (a link made without it keeps its grants).
 */
const CITY_NAMES: Record<City, [string, string]> = {
  Guangzhou: ["广州", "Guangzhou"],
  Zhuhai: ["珠海", "Zhuhai"],
  Zhongshan: ["中山", "Zhongshan"],
};
const SALES_YEARS = [2022, 2023, 2024, 2025, 2026, 2027];
const CERTIFICATES = GRANT_RULES.training.rates.map((r) => r.certificate);

const isWire = (x: unknown): x is Wire => typeof x === "object" && x !== null && !Array.isArray(x);
const num = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : v);
const given = (v: string | undefined) => v !== undefined && v.trim() !== "";

/** Guangzhou's facts as the form shows them: sales by year, 鸿鹄, and the district awards. */
function guangzhouValues(facts: Wire, v: Record<string, string>): void {
  for (const row of (facts.onlineRetailSales as Wire[] | undefined) ?? [])
    v[`g.sales.${row.year}`] = String(row.amount);
  const honghu = facts.honghu as Wire | undefined;
  if (honghu) {
    v["g.honghuYear"] = String(honghu.listedYear);
    if (honghu.firstListing) v["g.honghuFirst"] = "on";
  }
}

/** Zhongshan's facts as the form shows them: the first trainees and the first spend with its terms. */
function zhongshanValues(facts: Wire, v: Record<string, string>): void {
  const trainee = (facts.trainees as Wire[] | undefined)?.[0];
  if (trainee) {
    v["g.certificate"] = String(trainee.certificate);
    v["g.trainees"] = String(trainee.count);
    v["g.traineeYear"] = String(trainee.year);
  }
  if (facts.trainingPaidTo === "firm") v["g.trainingToFirm"] = "on";
  const spend = (facts.spend as Wire[] | undefined)?.[0];
  if (!spend) return;
  const category = String(spend.category);
  const terms = (facts.costShareTerms as Record<string, Wire> | undefined)?.[category];
  Object.assign(v, {
    "g.spendCategory": category,
    "g.spendAmount": String(spend.amount),
    "g.spendDate": String(spend.date),
    ...(terms ? { "g.share": percentOf(String(terms.share)), "g.lag": String(terms.paidAfterMonths) } : {}),
    ...(terms?.cap !== undefined ? { "g.cap": String(terms.cap) } : {}),
  });
}

/** The section's values from a scenario (a preset, a link), so the form opens with them. */
export function grantFormValues(scenario: Wire): Record<string, string> {
  const facts = isWire(scenario.grantFacts) ? scenario.grantFacts : undefined;
  if (!facts) return {};
  const v: Record<string, string> = {
    "g.city": String(facts.city ?? ""),
    "g.district": String(facts.district ?? ""),
  };
  guangzhouValues(facts, v);
  // The park operator's award (Guangzhou) and the district's (Zhuhai) share one list of facts.
  for (const a of (facts.districtAwards as Wire[] | undefined) ?? []) {
    const key = a.programme === GRANT_PROGRAMMES.parkOperator ? "park" : "district";
    v[`g.${key}Amount`] = String(a.amount);
    v[`g.${key}Year`] = String(a.year);
  }
  zhongshanValues(facts, v);
  const dated = ((scenario.grants as Wire[] | undefined) ?? []).find(
    (g) => g.programme === GRANT_PROGRAMMES.zhuhaiFund,
  );
  if (dated?.date) v["g.districtDate"] = String(dated.date);
  return v;
}

type GrantValues = Record<string, string | undefined>;

/**
 * A city's programmes read from the form: each writes the facts its tests need into `facts` and
 * answers the grants those facts make claimable (a programme whose facts are not given is left out).
 */
type CityGrants = (values: GrantValues, facts: Wire) => Wire[];

/** Guangzhou: the tier rewards (online retail sales by year), 鸿鹄 and the park operator's award. */
const guangzhouGrants: CityGrants = (values, facts) => {
  const grants: Wire[] = [];
  const sales = SALES_YEARS.filter((y) => given(values[`g.sales.${y}`])).map((y) => ({
    year: y,
    amount: values[`g.sales.${y}`],
  }));
  if (sales.length > 0) {
    facts.onlineRetailSales = sales;
    grants.push({ programme: GRANT_PROGRAMMES.guangzhouTiers });
  }
  if (given(values["g.honghuYear"])) {
    facts.honghu = {
      listedYear: num(values["g.honghuYear"]),
      firstListing: values["g.honghuFirst"] === "on",
    };
    grants.push({ programme: GRANT_PROGRAMMES.honghu });
  }
  if (given(values["g.parkAmount"])) {
    facts.districtAwards = [
      {
        programme: GRANT_PROGRAMMES.parkOperator,
        amount: values["g.parkAmount"],
        year: num(values["g.parkYear"]),
      },
    ];
    grants.push({ programme: GRANT_PROGRAMMES.parkOperator });
  }
  return grants;
};

/** Zhuhai: the district's award the city fund reimburses, on the day it arrived when that is given. */
const zhuhaiGrants: CityGrants = (values, facts) => {
  if (!given(values["g.districtAmount"])) return [];
  facts.districtAwards = [
    {
      programme: GRANT_PROGRAMMES.zhuhaiFund,
      amount: values["g.districtAmount"],
      year: num(values["g.districtYear"]),
    },
  ];
  const date = given(values["g.districtDate"]) ? { date: values["g.districtDate"] } : {};
  return [{ programme: GRANT_PROGRAMMES.zhuhaiFund, ...date }];
};

/** Zhongshan's training subsidy: paid to the employees unless the firm receives it. */
const trainingGrants: CityGrants = (values, facts) => {
  if (!given(values["g.trainees"])) return [];
  facts.trainees = [
    {
      certificate: values["g.certificate"],
      count: num(values["g.trainees"]),
      year: num(values["g.traineeYear"]),
    },
  ];
  facts.trainingPaidTo = values["g.trainingToFirm"] === "on" ? "firm" : "employees";
  return [{ programme: GRANT_PROGRAMMES.training }];
};

/** Zhongshan's cost-share programmes: one spend, with the share, cap and lag of its call for applications. */
const costShareGrants: CityGrants = (values, facts) => {
  const category = values["g.spendCategory"] as (typeof COST_SHARE_CATEGORIES)[number] | undefined;
  if (!category || !COST_SHARE_CATEGORIES.includes(category) || !given(values["g.spendAmount"])) return [];
  facts.spend = [{ category, amount: values["g.spendAmount"], date: values["g.spendDate"] }];
  facts.costShareTerms = {
    [category]: {
      share: given(values["g.share"]) ? fractionOf(values["g.share"] as string) : undefined,
      ...(given(values["g.cap"]) ? { cap: values["g.cap"] } : {}),
      paidAfterMonths: num(values["g.lag"]),
    },
  };
  return [{ programme: GRANT_RULES.costShare[category].measure }];
};

const CITY_GRANTS: Record<City, CityGrants> = {
  Guangzhou: guangzhouGrants,
  Zhuhai: zhuhaiGrants,
  Zhongshan: (values, facts) => [...trainingGrants(values, facts), ...costShareGrants(values, facts)],
};

/**
 * Writes the section's values into the scenario: the programmes whose facts are given, and the facts.
 * Figures go in as typed, so the schema names a bad one by its pointer.
 */
export function applyGrantForm(scenario: Wire, values: GrantValues): void {
  if (!values["g.present"]) return;
  const typed = ((scenario.grants as Wire[] | undefined) ?? []).filter((g) => !("programme" in g));
  const city = values["g.city"] as City | undefined;
  delete scenario.grantFacts;
  scenario.grants = typed;
  if (!city || !CITIES.includes(city)) return;
  const facts: Wire = { city };
  if (given(values["g.district"])) facts.district = values["g.district"];
  const grants = CITY_GRANTS[city](values, facts);
  scenario.grantFacts = facts;
  scenario.grants = [...typed, ...grants];
}

function Input(props: {
  name: string;
  label: string;
  values: Record<string, string>;
  type?: string;
  unit?: string;
}) {
  const id = props.name.replaceAll(".", "-");
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input id={id} name={props.name} type={props.type ?? "text"} value={props.values[props.name] ?? ""} />
      {props.unit ? <span class="unit">{props.unit}</span> : null}
    </div>
  );
}

function Check(props: { name: string; label: string; values: Record<string, string> }) {
  const id = props.name.replaceAll(".", "-");
  return (
    <div class="field check">
      <input id={id} name={props.name} type="checkbox" checked={props.values[props.name] === "on"} />
      <label for={id}>{props.label}</label>
    </div>
  );
}

function Select(props: {
  name: string;
  label: string;
  values: Record<string, string>;
  options: [string, string][];
}) {
  const id = props.name.replaceAll(".", "-");
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {props.options.map(([value, label]) => (
          <option value={value} selected={props.values[props.name] === value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What each city's programmes need to render their fields. */
interface ProgrammeProps {
  values: Record<string, string>;
  t: ReturnType<typeof tr>;
  /** A programme's title and its source, in the reader's language. */
  title: (id: string) => string;
  yuan: string;
}

/** The section: the city, then each programme of that city with the facts it needs (listed on submit). */
export function GrantsFieldset(props: { values: Record<string, string>; baseScenario: Wire; lang: Lang }) {
  const t = tr(props.lang);
  const values = props.values["g.present"] ? props.values : grantFormValues(props.baseScenario);
  const city = values["g.city"] ?? "";
  const titles = new Map(programmesOf(GRANT_RULES).map((p) => [p.measure, p]));
  const title = (id: string) => {
    const p = titles.get(id)!;
    return `${pick(p.title, props.lang)}（${p.source}）`;
  };
  const programme: ProgrammeProps = { values, t, title, yuan: t("元", "CNY") };
  return (
    <fieldset class="grants">
      <legend>{t("补贴与奖励（可选）", "Grants and rewards (optional)")}</legend>
      <input type="hidden" name="g.present" value="1" />
      <p class="hint">
        {t(
          "选择企业所在城市，只需填写各项目要检验的信息；金额为“不超过”的按上限计入，员工本人申领的补贴不计入企业现金。",
          "Choose the firm's city and give only what each programme tests; 'up to' amounts are booked at the ceiling, and subsidies the employees claim are not the firm's cash.",
        )}
      </p>
      <Select
        name="g.city"
        label={t("企业所在城市", "The firm's city")}
        values={values}
        options={[
          ["", t("不测算补贴", "No grants")],
          ...CITIES.map((c): [string, string] => [c, t(...CITY_NAMES[c])]),
        ]}
      />
      <button type="submit" formaction="/" class="secondary">
        {t("列出该市的项目", "List the city's programmes")}
      </button>
      {city ? <Input name="g.district" label={t("所在区", "District")} values={values} /> : null}
      {city === "Guangzhou" ? <GuangzhouProgrammes {...programme} /> : null}
      {city === "Zhuhai" ? <ZhuhaiProgrammes {...programme} /> : null}
      {city === "Zhongshan" ? <ZhongshanProgrammes {...programme} /> : null}
    </fieldset>
  );
}

/** Guangzhou: the tier rewards' sales years, 鸿鹄 and the park operator's award. */
function GuangzhouProgrammes({ values, t, title, yuan }: ProgrammeProps) {
  return (
    <div class="programmes">
      <p class="source">{title(GRANT_PROGRAMMES.guangzhouTiers)}</p>
      {SALES_YEARS.map((y) => (
        <Input
          name={`g.sales.${y}`}
          label={t(`${y} 年实物商品网上零售额`, `Online retail sales ${y}`)}
          values={values}
          unit={yuan}
        />
      ))}
      <p class="source">{title(GRANT_PROGRAMMES.honghu)}</p>
      <Select
        name="g.honghuYear"
        label={t("入选“鸿鹄”企业名单的年份", "Year listed as a Honghu firm")}
        values={values}
        options={[
          ["", t("未入选", "not listed")],
          ...GRANT_RULES.honghu.selectionYears.map((y): [string, string] => [String(y), String(y)]),
        ]}
      />
      <Check name="g.honghuFirst" label={t("首次入选", "First listing")} values={values} />
      <p class="source">{title(GRANT_PROGRAMMES.parkOperator)}</p>
      <Input
        name="g.parkAmount"
        label={t("区对园区运营主体的奖励", "The district's reward to the park operator")}
        values={values}
        unit={yuan}
      />
      <Input
        name="g.parkYear"
        label={t("园区首次入选年份", "Year the park was first listed")}
        values={values}
      />
    </div>
  );
}

/** Zhuhai: the district's award the city fund reimburses. */
function ZhuhaiProgrammes({ values, t, title, yuan }: ProgrammeProps) {
  return (
    <div class="programmes">
      <p class="source">{title(GRANT_PROGRAMMES.zhuhaiFund)}</p>
      <Input
        name="g.districtAmount"
        label={t("区按区级政策兑现的直播电商奖励", "The district's live-commerce award")}
        values={values}
        unit={yuan}
      />
      <Input name="g.districtYear" label={t("兑现年份", "Year paid")} values={values} />
      <Input
        name="g.districtDate"
        label={t("到账日期（可不填）", "Date received (optional)")}
        values={values}
        type="date"
      />
    </div>
  );
}

/** Zhongshan: the training subsidy and the cost-share programmes. */
function ZhongshanProgrammes(props: ProgrammeProps) {
  return (
    <div class="programmes">
      <TrainingFields {...props} />
      <CostShareFields {...props} />
    </div>
  );
}

/** The training subsidy: the certificate, how many were certified and when, and who receives it. */
function TrainingFields({ values, t, title }: ProgrammeProps) {
  return (
    <>
      <p class="source">{title(GRANT_PROGRAMMES.training)}</p>
      <Select
        name="g.certificate"
        label={t("证书（职业/工种）", "Certificate")}
        values={values}
        options={CERTIFICATES.map((c): [string, string] => [c, c])}
      />
      <Input name="g.trainees" label={t("取得证书人次", "Trainees certified")} values={values} />
      <Input name="g.traineeYear" label={t("取证年份", "Year certified")} values={values} />
      <Check
        name="g.trainingToFirm"
        label={t(
          "补贴由企业领取（默认由员工本人申领）",
          "The firm receives the subsidy (by default each worker claims it)",
        )}
        values={values}
      />
    </>
  );
}

/** The cost-share programmes: one spend, with the share, cap and lag from the call for applications. */
function CostShareFields({ values, t, title, yuan }: ProgrammeProps) {
  return (
    <>
      <p class="source">
        {t(
          "按支出比例的支持（比例、上限、到账时间按申报指南填写，文件未公布）",
          "Cost-share support (share, cap and lag from the call for applications; the documents publish none)",
        )}
      </p>
      <Select
        name="g.spendCategory"
        label={t("支出类别", "Spend")}
        values={values}
        options={[
          ["", t("无", "none")],
          ...COST_SHARE_CATEGORIES.map((c): [string, string] => [c, title(GRANT_RULES.costShare[c].measure)]),
        ]}
      />
      <Input name="g.spendAmount" label={t("支出金额", "Amount spent")} values={values} unit={yuan} />
      <Input name="g.spendDate" label={t("支出日期", "Date of the spend")} values={values} type="date" />
      <Input name="g.share" label={t("补助比例", "Share paid back")} values={values} unit="%" />
      <Input name="g.cap" label={t("上限（可不填）", "Cap (optional)")} values={values} unit={yuan} />
      <Input name="g.lag" label={t("支出后几个月到账", "Months to payment")} values={values} />
    </>
  );
}
