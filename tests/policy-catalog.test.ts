import { describe, expect, it } from "vitest";
import { validityOn } from "../src/domain/validity";
import { loadCatalog } from "../src/policy/catalog";
import { findPreset } from "../src/policy/presets";
import { ARCHIVED, CURRENT_SEEDS } from "../src/policy/rulesets";
import { encodeScenario } from "../src/web/share";
import { call, getJson } from "./helpers";

const current = loadCatalog(CURRENT_SEEDS.catalog);
const byId = new Map(current.measures.map((m) => [m.id, m]));
const m = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
};

/** The last day of "两年内有效" from a publication date: the day before the second anniversary. */
function lastDayOfTwoYearsFrom(published: string): string {
  const [y, mo, d] = published.split("-").map(Number);
  const anniversary = new Date(Date.UTC(y + 2, mo - 1, d));
  return new Date(anniversary.getTime() - 86_400_000).toISOString().slice(0, 10);
}

describe("catalog of ruleset 2026.12.1: every measure dated and sourced", () => {
  it("gives every measure its dates in force, the rules that grant it, who promotes it and what is unconfirmed", () => {
    for (const measure of current.measures) {
      expect(measure.validFrom, measure.id).not.toBeUndefined();
      expect(measure.validTo, measure.id).not.toBeUndefined();
      expect(measure.validity, measure.id).toBeDefined();
      expect(measure.grantedBy?.length, measure.id).toBeGreaterThan(0);
      expect(measure.promotedBy, measure.id).toBeDefined();
      expect(measure.sourceStatus, measure.id).toBeDefined();
      expect(measure.unconfirmed, measure.id).toBeDefined();
    }
  });

  it("still loads the archived catalogs, which carry none of the new fields", () => {
    for (const seeds of ARCHIVED) {
      const archived = loadCatalog(seeds.catalog);
      expect(archived.measures.every((x) => x.validFrom === undefined)).toBe(true);
    }
  });

  it("dates 中府办函〔2024〕24号 from its own words: published 2024年04月20日, 本政策措施自发布之日起两年内有效", () => {
    const lastDay = lastDayOfTwoYearsFrom("2024-04-20");
    expect(lastDay).toBe("2026-04-19");
    const local = current.measures.filter((x) => x.document.number === "中府办函〔2024〕24号");
    expect(local.length).toBe(7);
    for (const x of local) {
      expect(x.validFrom).toBe("2024-04-20");
      expect(x.validTo).toBe(lastDay);
      expect(validityOn({ validFrom: x.validFrom!, validTo: x.validTo! }, "2026-12-01")).toBe("lapsed");
    }
  });

  it("names the national rules that keep the Zhongshan tax and netting measures alive after the lapse", () => {
    expect(m("zs-2024-24-m15-no-invoice").grantedBy?.map((r) => r.measure)).toEqual([
      "cs-2018-103",
      "sta-2019-36",
    ]);
    expect(m("zs-2024-24-m16-netting").grantedBy?.map((r) => r.measure)).toEqual(["safe-2020-11"]);
    expect(m("zs-2024-24-m13-finance").grantedBy?.[0].kind).toBe("bank-product");
    for (const id of ["cs-2018-103", "sta-2019-36", "safe-2020-11"]) expect(m(id).validTo).toBeNull();
  });

  it("cites 国家税务总局公告2019年第36号 for the 4% rate (第二条) and the small low-profit relief (第四条)", () => {
    // 第二条: 应税所得率统一按照4%确定; 第四条: 小型微利企业优惠 and 免税收入.
    const clause = m("sta-2019-36").clause;
    expect(clause).toContain("第二条");
    expect(clause).toContain("第四条");
    expect(clause).not.toContain("第三条");
  });

  it("cites each surtax rate to the rule that sets it, and 2021年第28号 for the base only", () => {
    expect(m("mof-sta-2021-28").parameters).toEqual([]);
    expect(m("uct-law-art4").clause).toBe("第四条");
    expect(m("uct-law-art4").parameters[0]).toMatchObject({ name: "urbanConstructionRate", value: "0.07" });
    expect(m("edu-surcharge-rules").parameters[0]).toMatchObject({ name: "educationRate", value: "0.03" });
    expect(m("mof-2010-98").document.number).toBe("财综〔2010〕98号");
    expect(m("mof-2010-98").parameters[0]).toMatchObject({ name: "localEducationRate", value: "0.02" });
  });

  it("never fills in an issuer, a date or a number the document does not state", () => {
    // The Zhuhai opinions reach us as an attachment (附件) with no issuer, date or number.
    expect(m("zh-live-commerce-fund").document).toMatchObject({ number: null, issuer: null, date: null });
    // The Guangzhou measures state issuers and 2025年4月28日, but no document number.
    expect(m("gz-2025-live-commerce-rewards").document).toMatchObject({
      number: null,
      issuer: "广州市市场监督管理局 广州市商务局",
      date: "2025-04-28",
    });
  });

  it("labels the margin-support entry as an example without a source", () => {
    const margin = m("zs-2023-margin-support-reference");
    expect(margin.sourceStatus).toBe("unsourced-example");
    expect(margin.document.number).toBeNull();
    expect(current.measures.filter((x) => x.sourceStatus === "unsourced-example").map((x) => x.id)).toEqual([
      "zs-2023-margin-support-reference",
    ]);
  });

  it("marks the 2026 export announcements whose text could not be checked as unconfirmed", () => {
    for (const id of ["mof-sta-2026-11", "sta-2026-5"]) {
      const fields = (m(id).unconfirmed ?? []).map((u) => u.field);
      expect(fields).toEqual(expect.arrayContaining(["document.title", "document.date", "clause"]));
    }
    // 2026年第2号: title and the dates of its two lists are confirmed; its own date line is not.
    expect(m("mof-sta-2026-2").document.title).toBe("关于调整光伏等产品出口退税政策的公告");
    expect(m("mof-sta-2026-2").validFrom).toBe("2026-04-01");
    expect((m("mof-sta-2026-2").unconfirmed ?? []).map((u) => u.field)).toContain("document.date");
  });

  it("carries the small-scale relief of 2023年第19号 in the document's own words", () => {
    const relief = m("mof-sta-2023-19");
    // 一、对月销售额10万元以下（含本数）…免征增值税。二、…适用3%征收率的应税销售收入，减按1%征收率…三、本公告执行至2027年12月31日。
    expect(relief.validTo).toBe("2027-12-31");
    const value = (name: string) => relief.parameters.find((p) => p.name === name)?.value;
    expect(value("monthlyExemptSalesCny")).toBe("100000");
    expect(value("reducedFromLevyRate")).toBe("0.03");
    expect(value("reducedLevyRate")).toBe("0.01");
    expect(m("cs-2012-39").parameters.map((p) => p.name)).not.toContain("deemedDomesticSmallScaleLevyRate");
  });
});

describe("GET /v1/measures: validity, granting rule and provenance", () => {
  it("says which measures are in force on a date", async () => {
    const res = await getJson("/v1/measures?on=2026-12-01");
    expect(res.status).toBe(200);
    const status = new Map(res.body.measures.map((x: any) => [x.id, x.status]));
    expect(status.get("zs-2024-24-m15-no-invoice")).toBe("lapsed");
    expect(status.get("cs-2018-103")).toBe("in-force");
    expect(status.get("mof-sta-2023-19")).toBe("in-force");
    const m15 = res.body.measures.find((x: any) => x.id === "zs-2024-24-m15-no-invoice");
    expect(m15).toMatchObject({ validFrom: "2024-04-20", validTo: "2026-04-19", sourceStatus: "document" });
    expect(m15.grantedBy[0]).toEqual({
      measure: "cs-2018-103",
      source: "财税〔2018〕103号 第一条",
      kind: "rule",
    });
  });

  it("leaves the status out without a date, and rejects a bad one", async () => {
    const one = await getJson("/v1/measures/zs-2024-24-m16-netting");
    expect(one.status).toBe(200);
    expect(one.body.status).toBeUndefined();
    expect(one.body.validTo).toBe("2026-04-19");
    const bad = await getJson("/v1/measures?on=2026-13-01");
    expect(bad.status).toBe(400);
  });
});

describe("measure pages", () => {
  it("show the dates in force and the granting rule, and keep the unsourced example out of the list", async () => {
    const res = await call("GET", "/measures/zs-2024-24-m15-no-invoice");
    const html = await res.text();
    expect(html).toContain("有效期：2024-04-20 至 2026-04-19");
    expect(html).toContain("财税〔2018〕103号 第一条");
    const list = await (await call("GET", "/measures")).text();
    expect(list).not.toContain("zs-2023-margin-support-reference");
    const example = await (await call("GET", "/measures/zs-2023-margin-support-reference")).text();
    expect(example).toContain("无来源示例");
  });
});

describe("report page", () => {
  it("says a projection from 2026-12 rests on national rules, 中府办函〔2024〕24号 having lapsed", async () => {
    const scenario = structuredClone(findPreset("shaxi-apparel-9610-no-invoice")!.scenario) as any;
    scenario.startDate = "2026-12-01";
    scenario.grants = [];
    const res = await call("GET", `/report?s=${await encodeScenario(scenario)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("文件有效期");
    expect(html).toContain("中府办函〔2024〕24号 第15条 落实电商税收政策 已于 2026-04-19 失效");
    expect(html).toContain("财税〔2018〕103号 第一条");
  });
});
