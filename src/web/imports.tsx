import { pick } from "../api/i18n";
import { ScenarioSchema } from "../api/scenario-schema";
import { readScenarioWorkbook } from "../api/scenario-workbook";
import { fieldProblems } from "../api/validation";
import { readWorkbook, WorkbookError } from "../api/xlsx";
import type { FieldProblem } from "../domain/errors";
import { InputError } from "../domain/errors";
import { analyseSettlements, proposeLines } from "../domain/imports/amazon-settlement";
import { readSettlementFile, SettlementFileError } from "../domain/imports/settlement-file";
import { fen, fixed } from "../domain/money";
import { href, type Nav, Page } from "./layout";
import { type Tr, tr } from "./text";

/**
 * Bringing your own numbers on the web: upload a filled-in workbook (it opens as a report) or
 * Amazon settlement reports (their figures per SKU). Plain multipart forms: they work with or
 * without JavaScript.
 */

/** Uploads read here at most (the API's caps). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

export type WorkbookUpload = { ok: true; scenario: unknown } | { ok: false; problems: FieldProblem[] };

/** The scenario in an uploaded workbook, or its problems naming sheet and cell. */
export function scenarioFromUpload(bytes: Uint8Array): WorkbookUpload {
  try {
    const located = readScenarioWorkbook(readWorkbook(bytes));
    if (located.problems.length > 0) return { ok: false, problems: located.problems };
    const parsed = ScenarioSchema.safeParse(located.scenario);
    if (parsed.success) return { ok: true, scenario: located.scenario };
    const problems = fieldProblems(parsed.error, located.scenario).map((p) => {
      const where = located.cells.get(p.pointer);
      return where ? { ...p, en: `${where}: ${p.en}`, zh: `${where}：${p.zh}` } : p;
    });
    return { ok: false, problems };
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return {
      ok: false,
      problems: [
        { pointer: "", en: "not an .xlsx workbook", zh: "不是 .xlsx 工作簿，请另存为“Excel 工作簿”后上传" },
      ],
    };
  }
}

/** The problems of an uploaded file, listed above the forms so the reader can correct and retry. */
function UploadProblems({ problems, nav }: { problems?: FieldProblem[]; nav: Nav }) {
  if (!problems?.length) return null;
  const t = tr(nav.lang);
  return (
    <div class="problems" role="alert">
      <p>{t("文件有误，请修改后重新上传：", "The file has problems; correct them and upload it again:")}</p>
      <ul>
        {problems.map((p) => (
          <li>{pick(p, nav.lang)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The workbook upload, with the blank template to fill in (in the reader's language). */
function WorkbookUploadForm({ nav }: { nav: Nav }) {
  const t = tr(nav.lang);
  const template = `/v1/scenarios/template.xlsx${nav.lang === "en" ? "?lang=en" : ""}`;
  return (
    <section>
      <h2>{t("上传 Excel 方案", "Upload a scenario workbook")}</h2>
      <p>
        <a href={template}>{t("下载空白模板", "Download the blank template")}</a>
        {t("，填好后上传，即可看到测算报告。", ", fill it in and upload it to see the report.")}
      </p>
      <form method="post" action={href(nav, "/import/workbook")} enctype="multipart/form-data">
        <input type="file" name="file" accept=".xlsx" required />
        <button type="submit">{t("上传并测算", "Upload and project")}</button>
      </form>
    </section>
  );
}

/** The settlement reports' upload, several files at once, with where Seller Central keeps them. */
function SettlementUploadForm({ nav }: { nav: Nav }) {
  const t = tr(nav.lang);
  return (
    <section>
      <h2>{t("上传亚马逊结算报告", "Upload Amazon settlement reports")}</h2>
      <p>
        {t(
          "卖家平台“付款 > 所有结算 > 下载平面文件 V2”，可一次选多个文件。",
          "Seller Central: Payments > All statements > Download flat file V2; several files at once.",
        )}
      </p>
      <form method="post" action={href(nav, "/import/settlement")} enctype="multipart/form-data">
        <input
          type="file"
          name="file"
          accept=".txt,.tsv,text/plain,text/tab-separated-values"
          multiple
          required
        />
        <button type="submit">{t("读取报告", "Read the reports")}</button>
      </form>
    </section>
  );
}

export function ImportPage(props: { nav: Nav; problems?: FieldProblem[] }) {
  const { nav } = props;
  const t = tr(nav.lang);
  return (
    <Page nav={nav} title={t("导入数据", "Bring your own numbers")}>
      <h1>{t("导入数据", "Bring your own numbers")}</h1>
      <UploadProblems problems={props.problems} nav={nav} />
      <WorkbookUploadForm nav={nav} />
      <SettlementUploadForm nav={nav} />
    </Page>
  );
}

type Settlements = ReturnType<typeof analyseSettlements>;

/** The settlement reports read and analysed, or the import page naming the line that cannot be read. */
function readSettlements(
  nav: Nav,
  text: string,
): { analysis: Settlements } | { page: ReturnType<typeof ImportPage> } {
  const t = tr(nav.lang);
  try {
    return { analysis: analyseSettlements(readSettlementFile(text)) };
  } catch (error) {
    if (error instanceof SettlementFileError) {
      const at = t(`第 ${error.line} 行`, `line ${error.line}`) + (error.column ? ` ${error.column}` : "");
      return {
        page: (
          <ImportPage
            nav={nav}
            problems={[{ pointer: "", en: `${at}: ${error.en}`, zh: `${at}：${error.zh}` }]}
          />
        ),
      };
    }
    if (error instanceof InputError) return { page: <ImportPage nav={nav} problems={error.problems} /> };
    throw error;
  }
}

/** Each settlement period: its dates, what was deposited and how long the payout took. */
function SettlementPeriods({ analysis, t }: { analysis: Settlements; t: Tr }) {
  const c = analysis.currency;
  return (
    <table>
      <thead>
        <tr>
          <th>{t("结算编号", "Settlement")}</th>
          <th>{t("期间", "Period")}</th>
          <th>{t("到账日", "Deposit")}</th>
          <th class="num">{t(`到账金额（${c}）`, `Deposited (${c})`)}</th>
          <th class="num">{t("回款间隔（天）", "Payout lag (days)")}</th>
        </tr>
      </thead>
      <tbody>
        {analysis.periods.map((p) => (
          <tr>
            <td>{p.settlementId}</td>
            <td>{`${p.startDate} – ${p.endDate}`}</td>
            <td>{p.depositDate}</td>
            <td class="num">{fen(p.totalAmount)}</td>
            <td class="num">{String(p.payoutLagDays)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The product lines the reports suggest, one per SKU ("–" where the reports do not say). */
function ProposedLines({ analysis, t }: { analysis: Settlements; t: Tr }) {
  const c = analysis.currency;
  return (
    <table>
      <thead>
        <tr>
          <th>SKU</th>
          <th class="num">{t("月销量", "Units a month")}</th>
          <th class="num">{t(`售价（${c}）`, `Price (${c})`)}</th>
          <th class="num">{t("退货率", "Returns")}</th>
          <th class="num">{t("平台佣金占比", "Referral fees, share")}</th>
          <th class="num">{t(`FBA 配送费/件（${c}）`, `FBA fee per unit (${c})`)}</th>
        </tr>
      </thead>
      <tbody>
        {proposeLines(analysis).map((l) => (
          <tr>
            <td>{l.sku}</td>
            <td class="num">{String(l.monthlyUnits)}</td>
            <td class="num">{l.sellingPrice ? fen(l.sellingPrice) : "–"}</td>
            <td class="num">{l.returnsRate ? fixed(l.returnsRate, 4) : "–"}</td>
            <td class="num">{l.commission.shareOfSales ? fixed(l.commission.shareOfSales, 4) : "–"}</td>
            <td class="num">{l.fulfilment.perUnit ? fen(l.fulfilment.perUnit) : "–"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The settlement reports' figures per SKU, or the problem with the file. */
export function SettlementPage(props: { nav: Nav; text: string }) {
  const { nav } = props;
  const t = tr(nav.lang);
  const read = readSettlements(nav, props.text);
  if ("page" in read) return read.page;
  const { analysis } = read;
  const c = analysis.currency;
  return (
    <Page nav={nav} title={t("结算报告", "Settlement reports")} wide>
      <h1>{t("结算报告", "Settlement reports")}</h1>
      <SettlementPeriods analysis={analysis} t={t} />
      <h2>{t("按 SKU 建议的产品线", "Proposed product lines by SKU")}</h2>
      <ProposedLines analysis={analysis} t={t} />
      <h2>{t("未归入产品线的金额", "Amounts on no product line")}</h2>
      <ul>
        {analysis.unplaced.map((u) => (
          <li>{`${t(`第 ${u.line} 行`, `line ${u.line}`)}: ${u.amountType} / ${u.amountDescription} ${fen(u.amount)} ${c}`}</li>
        ))}
      </ul>
      <p>
        <a href={href(nav, "/import")}>{t("返回导入", "Back to imports")}</a>
      </p>
    </Page>
  );
}
