import type { Context } from "hono";
import type { Bilingual } from "../domain/explain";

export type Lang = "zh" | "en";

/** ?lang= wins; then the first of zh/en in Accept-Language; Chinese by default (our users). */
export function langOf(c: Context): Lang {
  const q = c.req.query("lang");
  if (q) return q.toLowerCase().startsWith("en") ? "en" : "zh";
  const header = c.req.header("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const qParam = params.find((p) => p.trim().startsWith("q="));
      return { tag, q: qParam ? Number(qParam.trim().slice(2)) : 1, i };
    })
    .filter((x) => x.tag && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag.startsWith("en")) return "en";
    if (tag.startsWith("zh")) return "zh";
  }
  return "zh";
}

export type { Bilingual } from "../domain/explain";

export function pick(text: Bilingual, lang: Lang): string {
  return lang === "en" ? text.en : text.zh;
}
