import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Lang } from "../api/i18n";
import { VERSION } from "../api/system";
import { RULESET } from "../policy/catalog";
import { type Tr, tr } from "./text";

/** Carries an explicit ?lang= choice through the site's links. */
export interface Nav {
  lang: Lang;
  /** "lang=en" when the reader chose a language in the query, else "". */
  langQuery: string;
  /** The current path and query without lang, for the language switch. */
  here: string;
}

/** A site path with the reader's language choice appended. */
export function href(nav: Nav, path: string): string {
  if (!nav.langQuery) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${nav.langQuery}`;
}

function switchTo(nav: Nav, lang: Lang): string {
  return `${nav.here}${nav.here.includes("?") ? "&" : "?"}lang=${lang}`;
}

/** Asset URLs carry the version so a deploy never serves yesterday's script with today's page. */
export const CSS_PATH = `/assets/app.css?v=${VERSION}`;
export const JS_PATH = `/assets/app.js?v=${VERSION}`;

/** The site's name (home), its sections, and the switch to the other language on the same page. */
function SiteHeader({ nav }: { nav: Nav }) {
  const t = tr(nav.lang);
  return (
    <header class="site">
      <a class="brand" href={href(nav, "/")}>
        {t("跨境电商现金流测算", "CBEC cash-flow calculator")}
      </a>
      <nav aria-label={t("网站导航", "Site")}>
        <a href={href(nav, "/")}>{t("填写测算", "New projection")}</a>
        <a href={href(nav, "/compare")}>{t("方案对比", "Compare")}</a>
        <a href={href(nav, "/measures")}>{t("政策措施", "Measures")}</a>
        {nav.lang === "en" ? (
          <a href={switchTo(nav, "zh")} lang="zh-CN">
            中文
          </a>
        ) : (
          <a href={switchTo(nav, "en")} lang="en">
            English
          </a>
        )}
      </nav>
    </header>
  );
}

/** Every page's disclaimer, with the ruleset its figures are computed under. */
function SiteFooter({ t }: { t: Tr }) {
  return (
    <footer class="site">
      {t(
        `测算结果仅供参考，政策以原文为准。规则版本 ${RULESET}。`,
        `Estimates for planning; the documents themselves govern. Ruleset ${RULESET}.`,
      )}{" "}
      <a href="/docs">API</a>
    </footer>
  );
}

export function Page(props: { nav: Nav; title: string; children: Child; wide?: boolean }) {
  const { nav } = props;
  const t = tr(nav.lang);
  return (
    <html lang={nav.lang === "en" ? "en" : "zh-CN"}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t("跨境电商现金流测算", "CBEC cash-flow calculator")}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={CSS_PATH} />
        <script src={JS_PATH} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          {t("跳到正文", "Skip to content")}
        </a>
        <SiteHeader nav={nav} />
        <main id="main" class={props.wide ? "wide" : undefined}>
          {props.children}
        </main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}

/** An HTML document: the doctype and the rendered page. */
export type Rendered = HtmlEscapedString | Promise<HtmlEscapedString>;

export async function documentOf(page: Rendered): Promise<string> {
  return `<!doctype html>${await page}`;
}
