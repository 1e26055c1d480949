import { type Lang, pick } from "../api/i18n";
import type { GrantRow } from "../domain/cashflow/report";
import type { AwardReport } from "../domain/grants/report";
import { cny, signedCny } from "./format";
import { href, type Nav } from "./layout";
import { type Tr, tr } from "./text";

const PAYEES = {
  firm: ["企业", "the firm"],
  employees: ["员工本人（不计入企业现金）", "the employees (not the firm's cash)"],
  district: ["区财政", "the district"],
} as const;

/** An award's amount: "不超过 ¥1,500,000.00" where the document gives a ceiling. */
function amountText(a: AwardReport, t: Tr): string {
  if (a.amount === null) return t("由区政策确定", "set by the district");
  return a.upTo ? t(`不超过 ${cny(a.amount)}`, `up to ${cny(a.amount)}`) : cny(a.amount);
}

/** When it is paid: the date, or the year (and whether the year is the document's or an estimate). */
function whenText(a: AwardReport, t: Tr): string {
  const when = a.date ?? (a.payableYear === undefined ? "-" : String(a.payableYear));
  return a.timing === "assumed" ? t(`${when}（估计）`, `${when} (estimate)`) : when;
}

/** Why an award is refused: its first failed test. */
function refusal(a: AwardReport, lang: Lang): string {
  const failed = a.explain.find((s) => s.key.startsWith("test:") && s.value === "failed");
  return failed ? pick(failed, lang) : "";
}

/** One award of a programme: its year, amount, when and to whom it is paid, and whether it is granted. */
function AwardRow({ row, a, nav, t }: { row: GrantRow; a: AwardReport; nav: Nav; t: Tr }) {
  return (
    <tr class={a.eligible ? undefined : "na"}>
      <th scope="row">
        <a href={href(nav, `/measures/${row.programme}`)}>{pick(row.title, nav.lang)}</a>
      </th>
      <td>{a.basisYear ?? "-"}</td>
      <td class="num">{a.eligible ? amountText(a, t) : "-"}</td>
      <td>{a.eligible ? whenText(a, t) : "-"}</td>
      <td>{t(PAYEES[a.payee][0], PAYEES[a.payee][1])}</td>
      <td>{a.eligible ? t("符合", "eligible") : `${t("不符合：", "refused: ")}${refusal(a, nav.lang)}`}</td>
      <td class="src">
        <cite>{row.source}</cite>
      </td>
    </tr>
  );
}

/** What each programme changes: the cash booked as the firm's, and the change in ending cash. */
function GrantEffects({ rows, nav, t }: { rows: readonly GrantRow[]; nav: Nav; t: Tr }) {
  return (
    <ul class="grant-effects">
      {rows.map((row) => (
        <li>
          {pick(row.title, nav.lang)}
          {t("：计入企业现金 ", ": booked as the firm's cash ")}
          {row.booked.upTo
            ? t(`不超过 ${cny(row.booked.amount)}`, `up to ${cny(row.booked.amount)}`)
            : cny(row.booked.amount)}
          {t("；期末现金变化 ", "; ending cash changes by ")}
          {signedCny(row.marginal.endingCashChange)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The programmes a scenario's grants name (ruleset 2026.12.1 on): each award with its year, amount
 * ("up to" for a ceiling), payee and clause, and what the programme changes in the projection.
 */
export function GrantsSection({ rows, nav }: { rows: readonly GrantRow[] | undefined; nav: Nav }) {
  if (!rows || rows.length === 0) return null;
  const t = tr(nav.lang);
  return (
    <section aria-labelledby="grants-h" class="table-wrap" tabindex={0}>
      <h2 id="grants-h">{t("补贴与奖励", "Grants and rewards")}</h2>
      <table class="grants">
        <caption>
          {t(
            "按各项政策条款逐项检验；“不超过”为文件规定的上限，按上限计入现金；员工申领的补贴不计入企业现金。",
            "Each programme tested clause by clause; 'up to' is the document's ceiling, booked at the ceiling; subsidies the employees claim are not the firm's cash.",
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("项目", "Programme")}</th>
            <th scope="col">{t("所属年度", "For")}</th>
            <th scope="col">{t("金额", "Amount")}</th>
            <th scope="col">{t("支付时间", "Paid")}</th>
            <th scope="col">{t("收款人", "Paid to")}</th>
            <th scope="col">{t("结果", "Result")}</th>
            <th scope="col">{t("文件与条款", "Document and clause")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) => row.awards.map((a) => <AwardRow row={row} a={a} nav={nav} t={t} />))}
        </tbody>
      </table>
      <GrantEffects rows={rows} nav={nav} t={t} />
    </section>
  );
}
