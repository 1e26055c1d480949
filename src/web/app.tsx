import type { Context, MiddlewareHandler } from "hono";
import { Hono } from "hono";
import { chinaDay, limitByClient } from "../api/access";
import { CSV_COLUMNS, csvOf, projectionResponse } from "../api/cashflow";
import type { AppEnv } from "../api/env";
import { langOf, pick } from "../api/i18n";
import { ProblemError, problemResponse } from "../api/problem";
import { projectionWorkbook } from "../api/projection-workbook";
import { SCENARIO_LIMITS, type ScenarioInput } from "../api/scenario-schema";
import { XLSX_TYPE } from "../api/xlsx";
import type { MeasureSwitch } from "../domain/cashflow/scenario";
import { type FieldProblem, InputError } from "../domain/errors";
import { blankScenarioOn } from "../policy/blank-scenario";
import { findMeasure, RULESET } from "../policy/catalog";
import { findPreset, PRESETS, presetScenarioIn } from "../policy/presets";
import { ApiReferencePage } from "./api-reference";
import { APP_CSS, APP_JS } from "./assets";
import {
  formFields,
  lineCountOf,
  mergeProblems,
  scenarioOf,
  validate,
  valuesOf,
  type Wire,
  withoutLine,
} from "./form";
import { type Base, FormPage } from "./form-page";
import { ImportPage, MAX_UPLOAD_BYTES, SettlementPage, scenarioFromUpload } from "./imports";
import { documentOf, href, type Nav, Page, type Rendered } from "./layout";
import { measureNotesOf } from "./measure-notes";
import { ComparePage, ErrorPage, MeasurePage, MeasuresIndex, type Side, type WorkedExample } from "./pages";
import { type ReportLinks, type ReportProjection, ReportView } from "./report";
import { onFormLines } from "./seller-entries";
import { BrokenLink, decodeScenario, encodeScenario } from "./share";
import { CSV_LABELS, tr } from "./text";

/**
 * The web pages: a form that works without JavaScript (GET to /report), a report at a URL that
 * carries the whole scenario, a comparison, and a page per measure. All figures come from the
 * same projectionResponse the API returns.
 */
export const webApp = new Hono<AppEnv>();

function navOf(c: Context<AppEnv>): Nav {
  const lang = langOf(c);
  const url = new URL(c.req.url);
  const explicit = url.searchParams.has("lang");
  url.searchParams.delete("lang");
  return { lang, langQuery: explicit ? `lang=${lang}` : "", here: `${url.pathname}${url.search}` };
}

async function html(c: Context<AppEnv>, page: Rendered, status: 200 | 400 | 404 | 422 | 429 = 200) {
  return c.html(await documentOf(page), status);
}

/**
 * The pages that run projections (the form's check, the report and its CSV, the comparison, a measure's
 * worked example) draw on the same per-client budget as the anonymous API. Over it, a page says so in
 * the reader's language; /form/check, read by the form's script, answers problem+json like the API.
 */
const PROJECTING_PAGES = ["/", "/form/check", "/report", "/report.csv", "/compare", "/measures/:id"];
const limitProjectingPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await limitByClient(c);
  } catch (err) {
    if (!(err instanceof ProblemError) || err.kind !== "rate-limited" || c.req.path === "/form/check")
      throw err;
    const nav = navOf(c);
    const t = tr(nav.lang);
    const page = await html(
      c,
      <ErrorPage
        nav={nav}
        title={t("请求过于频繁", "Too many requests")}
        detail={pick(err.detail, nav.lang)}
      />,
      429,
    );
    for (const [name, value] of Object.entries(err.headers ?? {})) page.headers.set(name, value);
    return page;
  }
  return next();
};
for (const path of PROJECTING_PAGES) webApp.use(path, limitProjectingPage);

function isObject(value: unknown): value is Wire {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The scenario the form starts from, and where it comes from. */
interface FormStart {
  base: Base;
  scenario: Wire;
}

/** The scenario the form starts from: a preset, a shared link (`base`), or the blank template. */
async function formBase(c: Context<AppEnv>): Promise<FormStart> {
  const presetId = c.req.query("preset");
  const preset = presetId ? findPreset(presetId) : undefined;
  if (preset)
    return { base: { kind: "preset", id: preset.id }, scenario: presetScenarioIn(preset, langOf(c)) };
  const link = c.req.query("base");
  if (link) {
    const decoded = await decodeScenario(link);
    if (!isObject(decoded)) throw new BrokenLink("not-json");
    return { base: { kind: "link", s: link }, scenario: decoded };
  }
  return { base: { kind: "blank" }, scenario: blankScenarioOn(chinaDay(new Date())) };
}

/** The form as submitted: the hidden `lines` field marks a submission (unchecked boxes are absent). */
function submitted(c: Context<AppEnv>): boolean {
  return c.req.query("lines") !== undefined;
}

function brokenLinkPage(c: Context<AppEnv>, err: BrokenLink) {
  const nav = navOf(c);
  const t = tr(nav.lang);
  const why: Record<BrokenLink["reason"], string> = {
    "too-long": t("链接太长，超过了上限。", "The link is longer than allowed."),
    "not-base64": t(
      "链接里有不该出现的字符，可能复制时被截断或改动了。",
      "The link contains characters it should not; it may have been cut or changed when copied.",
    ),
    "not-deflate": t(
      "链接内容已损坏，可能复制时被截断了。",
      "The link's content is damaged; it was probably cut when copied.",
    ),
    "too-large": t("链接里的方案太大。", "The scenario in the link is too large."),
    "not-json": t("链接内容无法读取为方案。", "The link does not contain a scenario."),
  };
  return html(
    c,
    <ErrorPage
      nav={nav}
      title={t("这个链接打不开", "This link cannot be opened")}
      detail={why[err.reason]}
    />,
    400,
  );
}

/** `work`'s answer, or the page that says why a link (shared, or one it makes) cannot be used. */
async function unlessBrokenLink<T>(c: Context<AppEnv>, work: () => Promise<T>): Promise<T | Response> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof BrokenLink) return brokenLinkPage(c, err);
    throw err;
  }
}

/** The form as the reader has it: where it starts, how many product lines, and the values in them. */
interface FormState {
  start: FormStart;
  lineCount: number;
  values: Record<string, string>;
}

/** The form's lines (one more after "add a product") and the values submitted, or else the base's. */
function formState(c: Context<AppEnv>, start: FormStart): FormState {
  const extra = c.req.query("addLine") ? 1 : 0;
  const lineCount = Math.min(
    lineCountOf(start.scenario, c.req.query("lines"), SCENARIO_LIMITS.productLines) + extra,
    SCENARIO_LIMITS.productLines,
  );
  const values = submitted(c)
    ? c.req.query()
    : valuesOf(start.scenario, formFields(start.scenario, lineCount));
  return { start, lineCount, values };
}

/**
 * "Remove this product" (a submission with `removeLine`): the form without that line, from a new
 * base that carries the other lines' data along.
 */
async function withLineRemoved(c: Context<AppEnv>, form: FormState): Promise<FormState> {
  const { start, lineCount, values } = form;
  const remove = Number(c.req.query("removeLine") ?? "-");
  if (!submitted(c) || !Number.isInteger(remove) || remove < 0 || remove >= lineCount || lineCount <= 1)
    return form;
  const rest = withoutLine(start.scenario, lineCount, values, remove);
  const base: Base = { kind: "link", s: await encodeScenario(rest.scenario) };
  return { start: { base, scenario: rest.scenario }, lineCount: lineCount - 1, values: rest.values };
}

/** The form page: from its base, with a line added or removed (the buttons work without JavaScript). */
async function formRoute(c: Context<AppEnv>) {
  const nav = navOf(c);
  const start = await unlessBrokenLink(c, () => formBase(c));
  if (start instanceof Response) return start;
  const form = await unlessBrokenLink(c, () => withLineRemoved(c, formState(c, start)));
  if (form instanceof Response) return form;
  const { scenario } = form.start;
  // A link opened for editing because it cannot be computed, or the form's "check" button: show what
  // is wrong right away, and which ticked measures would not apply.
  const checked = c.req.query("check") ? checkForm(scenario, form.lineCount, form.values) : undefined;
  return html(
    c,
    <FormPage
      nav={nav}
      base={form.start.base}
      baseScenario={scenario}
      fields={formFields(scenario, form.lineCount)}
      values={form.values}
      lineCount={form.lineCount}
      problems={checked && !checked.ok ? checked.problems : []}
      notes={checked?.ok ? measureNotesOf(checked.p, nav.lang) : undefined}
    />,
  );
}

webApp.get("/", formRoute);

/**
 * Live validation for the form's script: what a submission would answer, as the API's problem+json
 * with pointers into the scenario (400 for the form's and the schema's problems, 422 for the
 * projection's), without rendering or encoding anything. A computable form answers 204, or 200 with
 * `notes` when a ticked measure would not apply (its pointer and the reason in the reader's language).
 */
async function formCheckRoute(c: Context<AppEnv>) {
  let start: FormStart;
  try {
    start = await formBase(c);
  } catch {
    return problemResponse(c, "validation", { zh: "分享链接已损坏", en: "The shared link is damaged" }, [
      { pointer: "", zh: "分享链接已损坏", en: "The shared link is damaged" },
    ]);
  }
  const lineCount = lineCountOf(start.scenario, c.req.query("lines"), SCENARIO_LIMITS.productLines);
  const checked = checkForm(start.scenario, lineCount, c.req.query());
  if (checked.ok) {
    // Computable: what is left to say is which ticked measures would not apply, and why.
    const notes = Object.entries(measureNotesOf(checked.p, langOf(c)));
    if (!notes.length) return c.body(null, 204);
    return c.json({ notes: notes.map(([s, message]) => ({ pointer: `/measures/${s}`, message })) }, 200);
  }
  const n = checked.problems.length;
  return problemResponse(
    c,
    checked.status === 422 ? "unprocessable" : "validation",
    checked.status === 422
      ? {
          zh: `${n} 处数值组合无法计算，请修改后重试`,
          en: `${n} value(s) cannot be computed together; correct and retry`,
        }
      : { zh: `${n} 个字段有误，请逐一修改后重试`, en: `${n} field(s) are invalid; correct each and retry` },
    checked.problems,
  );
}

webApp.get("/form/check", formCheckRoute);

type Computed =
  | { ok: true; input: ScenarioInput; p: ReportProjection }
  | { ok: false; problems: FieldProblem[]; status: 400 | 422 };

function compute(scenario: unknown): Computed {
  const checked = validate(scenario);
  if (!checked.ok) return { ok: false, problems: checked.problems, status: 400 };
  try {
    return { ok: true, input: checked.input, p: projectionResponse(checked.input) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, problems: err.problems, status: 422 };
    throw err;
  }
}

/**
 * A submitted form, checked as its submission is: the scenario it describes, then the form's own
 * problems with the schema's (400), and only when there are none, the projection (422 or a result).
 */
function checkForm(
  base: Wire,
  lineCount: number,
  values: Record<string, string | undefined>,
): Computed & { scenario: Wire } {
  const built = scenarioOf(base, lineCount, values);
  // A product sold two ways is two lines of the scenario; their problems belong to its one form line.
  const onForm = (problems: FieldProblem[]) => onFormLines(problems, lineCount, built.origins);
  if (!built.problems.length) {
    const computed = compute(built.scenario);
    return {
      ...(computed.ok ? computed : { ...computed, problems: onForm(computed.problems) }),
      scenario: built.scenario,
    };
  }
  const checked = validate(built.scenario);
  const problems = mergeProblems(built.problems, checked.ok ? [] : onForm(checked.problems));
  return { ok: false, problems, status: 400, scenario: built.scenario };
}

function reportTitle(scenario: Wire, lang: "zh" | "en"): string {
  const t = tr(lang);
  const names = Array.isArray(scenario.productLines)
    ? scenario.productLines.map((l) => String((l as Wire).name))
    : [];
  const first = names[0] ?? "";
  return names.length > 1
    ? t(
        `现金流测算：${first} 等 ${names.length} 个产品`,
        `Cash-flow projection: ${first} and ${names.length - 1} more`,
      )
    : t(`现金流测算：${first}`, `Cash-flow projection: ${first}`);
}

/** Loads the scenario of a `?s=` link, or answers with the page that says why it cannot be used. */
function fromLink(c: Context<AppEnv>, s: string): Promise<Wire | Response> {
  return unlessBrokenLink(c, async () => {
    const scenario = await decodeScenario(s);
    if (!isObject(scenario)) throw new BrokenLink("not-json");
    return scenario;
  });
}

function invalidScenarioPage(c: Context<AppEnv>, s: string, problems: FieldProblem[], status: 400 | 422) {
  const nav = navOf(c);
  const t = tr(nav.lang);
  return html(
    c,
    <ErrorPage
      nav={nav}
      title={t("这个方案算不出来", "This scenario cannot be computed")}
      detail={t("链接里的方案有以下问题：", "The scenario in the link has these problems:")}
      items={problems.map((p) => `${p.pointer || "/"}: ${pick(p, nav.lang)}`)}
      action={{
        href: href(nav, `/?base=${s}&check=1`),
        label: t("在表单中打开并修改", "Open it in the form and fix it"),
      }}
    />,
    status,
  );
}

/** A form submission: checked, then sent to the shareable URL of its scenario, or back with its problems. */
async function submittedFormRoute(c: Context<AppEnv>) {
  const nav = navOf(c);
  const start = await unlessBrokenLink(c, () => formBase(c));
  if (start instanceof Response) return start;
  const lineCount = lineCountOf(start.scenario, c.req.query("lines"), SCENARIO_LIMITS.productLines);
  const fields = formFields(start.scenario, lineCount);
  const values = submitted(c) ? c.req.query() : valuesOf(start.scenario, fields);
  const checked = checkForm(start.scenario, lineCount, values);
  if (checked.ok) return c.redirect(href(nav, `/report?s=${await encodeScenario(checked.scenario)}`), 303);
  return html(
    c,
    <FormPage
      nav={nav}
      base={start.base}
      baseScenario={start.scenario}
      fields={fields}
      values={values}
      lineCount={lineCount}
      problems={checked.problems}
    />,
    checked.status,
  );
}

/** Where a report's links go: its downloads, the form, a comparison with no measures, and itself. */
async function reportLinks(
  c: Context<AppEnv>,
  s: string,
  scenario: Wire,
  input: ScenarioInput,
): Promise<ReportLinks> {
  const nav = navOf(c);
  const base = new URL(c.req.url).origin;
  const measuresOff = await encodeScenario(withMeasures(scenario, () => false));
  const anyChosen = Object.values(input.measures).some(Boolean);
  return {
    csv: href(nav, `/report.csv?s=${s}`),
    xlsx: href(nav, `/report.xlsx?s=${s}`),
    edit: href(nav, `/?base=${s}`),
    compareWithout: anyChosen ? href(nav, `/compare?a=${measuresOff}&b=${s}`) : undefined,
    share: `${base}${href(nav, `/report?s=${s}`)}`,
  };
}

/** The report of the scenario a `?s=` link carries; without one, the form's submission. */
async function reportRoute(c: Context<AppEnv>) {
  const s = c.req.query("s");
  if (!s) return submittedFormRoute(c);
  const nav = navOf(c);
  const loaded = await fromLink(c, s);
  if (loaded instanceof Response) return loaded;
  const result = compute(loaded);
  if (!result.ok) return invalidScenarioPage(c, s, result.problems, result.status);
  const links = await reportLinks(c, s, loaded, result.input);
  const title = reportTitle(loaded, nav.lang);
  return html(
    c,
    <Page nav={nav} title={title} wide>
      <ReportView
        p={result.p}
        nav={nav}
        title={title}
        minimumCash={result.input.minimumCash.toFixed(2)}
        input={result.input}
        made={new Date().toISOString().slice(0, 10)}
        links={links}
      />
    </Page>,
  );
}

webApp.get("/report", reportRoute);

webApp.get("/report.csv", async (c) => {
  const s = c.req.query("s") ?? "";
  const loaded = await fromLink(c, s);
  if (loaded instanceof Response) return loaded;
  const result = compute(loaded);
  if (!result.ok) return invalidScenarioPage(c, s, result.problems, result.status);
  const lang = langOf(c);
  const header = CSV_COLUMNS.map((k) => pick(CSV_LABELS[k], lang));
  // The scenario and the day in the name, so that several downloads stay apart (RFC 6266 / 5987).
  const name = `${reportTitle(loaded, lang)} ${new Date().toISOString().slice(0, 10)}.csv`;
  const ascii = name.replace(/[^A-Za-z0-9 ._-]+/g, "_");
  return c.body(`\uFEFF${csvOf(result.p.periods, header)}`, 200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
});

webApp.get("/report.xlsx", async (c) => {
  const s = c.req.query("s") ?? "";
  const loaded = await fromLink(c, s);
  if (loaded instanceof Response) return loaded;
  const result = compute(loaded);
  if (!result.ok) return invalidScenarioPage(c, s, result.problems, result.status);
  return c.body(projectionWorkbook({ ...result.p, ruleset: RULESET }, langOf(c)), 200, {
    "content-type": XLSX_TYPE,
    "content-disposition": 'attachment; filename="cashflow.xlsx"',
  });
});

webApp.get("/import", (c) => html(c, <ImportPage nav={navOf(c)} />));

/** The uploaded files of a multipart form post (field `file`), refused past MAX_UPLOAD_BYTES. */
async function uploads(c: Context<AppEnv>): Promise<File[] | null> {
  if (Number(c.req.header("content-length") ?? 0) > MAX_UPLOAD_BYTES) return null;
  const form = await c.req.parseBody({ all: true });
  const files = [form.file].flat().filter((f): f is File => f instanceof File);
  return files.length > 0 && files.every((f) => f.size <= MAX_UPLOAD_BYTES) ? files : null;
}

function noUpload(c: Context<AppEnv>) {
  const nav = navOf(c);
  const en = `Choose a file of at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB`;
  const zh = `请选择不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB 的文件`;
  return html(c, <ImportPage nav={nav} problems={[{ pointer: "", en, zh }]} />, 400);
}

webApp.post("/import/workbook", async (c) => {
  const files = await uploads(c);
  if (!files) return noUpload(c);
  const read = scenarioFromUpload(new Uint8Array(await files[0].arrayBuffer()));
  if (!read.ok) return html(c, <ImportPage nav={navOf(c)} problems={read.problems} />, 400);
  return c.redirect(href(navOf(c), `/report?s=${await encodeScenario(read.scenario)}`), 303);
});

webApp.post("/import/settlement", async (c) => {
  const files = await uploads(c);
  if (!files) return noUpload(c);
  const texts = await Promise.all(files.map((f) => f.text()));
  return html(
    c,
    <SettlementPage nav={navOf(c)} text={texts.map((x) => x.replace(/[\r\n]*$/, "\n")).join("")} />,
  );
});

/** The same scenario with its measure switches set by `on`. */
function withMeasures(scenario: Wire, on: (s: MeasureSwitch, chosen: boolean) => boolean): Wire {
  const measures = (isObject(scenario.measures) ? scenario.measures : {}) as Record<string, boolean>;
  return {
    ...scenario,
    measures: Object.fromEntries(Object.entries(measures).map(([k, v]) => [k, on(k as MeasureSwitch, v)])),
  };
}

/** A comparison side from a picker value: a preset id, or "<id>~off" for the preset without measures. */
function pickedScenario(
  value: string,
  lang: "zh" | "en",
): { scenario: Wire; title: string; titleEn: string } | undefined {
  const off = value.endsWith("~off");
  const preset = findPreset(off ? value.slice(0, -4) : value);
  if (!preset) return undefined;
  const scenario = presetScenarioIn(preset, lang);
  return {
    scenario: off ? withMeasures(scenario, () => false) : scenario,
    title: `${preset.title.zh}${off ? "（不用任何措施）" : ""}`,
    titleEn: `${preset.title.en}${off ? " (no measures)" : ""}`,
  };
}

/** A side of the comparison before it is computed: its scenario, its title and its link. */
interface NamedScenario {
  scenario: Wire;
  title: string;
  s: string;
}

/** A side from a shared link, titled as its report is (and said to be without measures when all are off). */
async function linkedSide(c: Context<AppEnv>, link: string): Promise<NamedScenario | Response> {
  const nav = navOf(c);
  const t = tr(nav.lang);
  const scenario = await fromLink(c, link);
  if (scenario instanceof Response) return scenario;
  const allOff = Object.values(isObject(scenario.measures) ? scenario.measures : {}).every((v) => !v);
  const title = `${reportTitle(scenario, nav.lang)}${allOff ? t("（不用任何措施）", " (no measures)") : ""}`;
  return { scenario, title, s: link };
}

/** A side from the picker: a preset as it comes or without its measures; 404 for one there is not. */
async function pickedSide(c: Context<AppEnv>, value: string): Promise<NamedScenario | Response> {
  const nav = navOf(c);
  const choice = pickedScenario(value, nav.lang);
  if (!choice) {
    const t = tr(nav.lang);
    return html(c, <ErrorPage nav={nav} title={t("没有这个例子", "No such example")} detail={value} />, 404);
  }
  const title = nav.lang === "en" ? choice.titleEn : choice.title;
  return { scenario: choice.scenario, title, s: await encodeScenario(choice.scenario) };
}

/** Two scenarios side by side: shared links (`a`, `b`), or presets from the picker (`pa`, `pb`). */
async function compareRoute(c: Context<AppEnv>) {
  const nav = navOf(c);
  const sides: Side[] = [];
  const first = PRESETS[0]?.id ?? "";
  const picked = { a: c.req.query("pa") || `${first}~off`, b: c.req.query("pb") || first };
  for (const key of ["a", "b"] as const) {
    const link = c.req.query(key);
    const named = link ? await linkedSide(c, link) : await pickedSide(c, picked[key]);
    if (named instanceof Response) return named;
    const result = compute(named.scenario);
    if (!result.ok) return invalidScenarioPage(c, named.s, result.problems, result.status);
    const minimumCash = result.input.minimumCash.toFixed(2);
    sides.push({ title: named.title, p: result.p, minimumCash, report: href(nav, `/report?s=${named.s}`) });
  }
  const fromLinks = c.req.query("a") !== undefined || c.req.query("b") !== undefined;
  return html(c, <ComparePage nav={nav} a={sides[0]} b={sides[1]} picked={fromLinks ? undefined : picked} />);
}

webApp.get("/compare", compareRoute);

webApp.get("/measures", (c) => html(c, <MeasuresIndex nav={navOf(c)} />));

/**
 * A measure's worked example: the first preset that uses it, projected with it and without it (none
 * for a measure no preset uses, and a sentence instead when either projection cannot be computed).
 */
async function workedExample(
  nav: Nav,
  s: MeasureSwitch | undefined,
): Promise<{ example?: WorkedExample; exampleError?: string }> {
  const preset = s
    ? PRESETS.find((p) => (p.scenario.measures as Record<string, boolean> | undefined)?.[s])
    : undefined;
  if (!s || !preset) return {};
  const on = presetScenarioIn(preset, nav.lang);
  const off = withMeasures(on, (k, v) => (k === s ? false : v));
  const [withIt, without] = [compute(on), compute(off)];
  if (!withIt.ok || !without.ok)
    return { exampleError: tr(nav.lang)("例子暂时算不出来。", "The example cannot be computed right now.") };
  const [sOn, sOff] = [await encodeScenario(on), await encodeScenario(off)];
  return {
    example: {
      presetTitle: pick(preset.title, nav.lang),
      on: withIt.p,
      off: without.p,
      reportOn: href(nav, `/report?s=${sOn}`),
      reportOff: href(nav, `/report?s=${sOff}`),
      compare: href(nav, `/compare?a=${sOff}&b=${sOn}`),
    },
  };
}

/** A measure's page: its documents and dates, in plain words, its parameters and its worked example. */
async function measureRoute(c: Context<AppEnv, "/measures/:id">) {
  const nav = navOf(c);
  const m = findMeasure(c.req.param("id"));
  if (!m) {
    const t = tr(nav.lang);
    return html(
      c,
      <ErrorPage nav={nav} title={t("没有这项措施", "No such measure")} detail={c.req.param("id")} />,
      404,
    );
  }
  const worked = await workedExample(nav, m.switch as MeasureSwitch | undefined);
  return html(c, <MeasurePage nav={nav} measure={m} {...worked} />);
}

webApp.get("/measures/:id", measureRoute);

const ASSET_CACHE = "public, max-age=86400";
webApp.get("/assets/app.css", (c) =>
  c.body(APP_CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": ASSET_CACHE }),
);
webApp.get("/assets/app.js", (c) =>
  c.body(APP_JS, 200, { "content-type": "text/javascript; charset=utf-8", "cache-control": ASSET_CACHE }),
);

/** /docs: the API reference rendered from the OpenAPI document the app serves at /openapi.json. */
export function apiReferencePage(c: Context<AppEnv>, contract: object) {
  return html(c, <ApiReferencePage nav={navOf(c)} doc={contract as Record<string, unknown>} />);
}
