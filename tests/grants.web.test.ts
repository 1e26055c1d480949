import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { findPreset } from "../src/policy/presets";
import { formFields, valuesOf } from "../src/web/form";
import { encodeScenario } from "../src/web/share";

async function page(path: string) {
  const res = await exports.default.fetch(new Request(`http://localhost${path}`));
  return { status: res.status, html: await res.text() };
}

describe("the report's grants section", () => {
  it("shows the Zhuhai preset's district award with its year, amount, payee and clause", async () => {
    const preset = findPreset("xiangzhou-live-commerce-9610-district-award")!;
    const { status, html } = await page(`/report?s=${await encodeScenario(preset.scenario)}`);
    expect(status).toBe(200);
    const section = html.slice(html.indexOf('id="grants-h"'));
    expect(section).toContain("补贴与奖励");
    expect(section).toContain("¥200,000.00");
    expect(section).toContain("2026");
    expect(section).toContain("四、保障措施（三）加强财政保障");
    expect(section).toContain("企业");
  });

  it("a report without programme grants has no grants section", async () => {
    const preset = findPreset("dachong-furniture-0110-factoring")!;
    const { html } = await page(`/report?s=${await encodeScenario(preset.scenario)}`);
    expect(html).not.toContain('id="grants-h"');
  });
});

describe("the form's grants section", () => {
  const dachong = findPreset("dachong-furniture-0110-factoring")!;
  const formQuery = (grantValues: Record<string, string>) => {
    const base = dachong.scenario;
    const lines = (base.productLines as unknown[]).length;
    const values = valuesOf(base, formFields(base, lines));
    const sent = Object.entries({ ...values, ...grantValues }).filter(([, v]) => v !== "");
    return new URLSearchParams([...sent, ["lines", String(lines)], ["preset", dachong.id]]).toString();
  };

  it("lists only the chosen city's programmes, each with the facts it needs", async () => {
    const { html } = await page(`/?${formQuery({ "g.present": "1", "g.city": "Zhuhai" })}`);
    expect(html).toContain('name="g.districtAmount"');
    expect(html).not.toContain('name="g.sales.2025"');
    expect(html).not.toContain('name="g.trainees"');
  });

  it("a Zhongshan training subsidy typed in the form goes to the employees, not the firm's cash", async () => {
    const query = formQuery({
      "g.present": "1",
      "g.city": "Zhongshan",
      "g.certificate": "网商运营",
      "g.trainees": "5",
      "g.traineeYear": "2026",
    });
    const res = await exports.default.fetch(
      new Request(`http://localhost/report?${query}`, { redirect: "manual" }),
    );
    expect(res.status).toBe(303);
    const { html } = await page(res.headers.get("location")!);
    const section = html.slice(html.indexOf('id="grants-h"'));
    expect(section).toContain("¥4,000.00"); // 5 x 800 (中商务电函〔2023〕10号 三: 131,200 / 164)
    expect(section).toContain("员工本人（不计入企业现金）");
  });
});

describe("the form's cost-share percentage", () => {
  const dachong = findPreset("dachong-furniture-0110-factoring")!;
  const costShare = (share: string) => {
    const base = dachong.scenario;
    const lines = (base.productLines as unknown[]).length;
    const values = valuesOf(base, formFields(base, lines));
    const grants = {
      "g.present": "1",
      "g.city": "Zhongshan",
      "g.spendCategory": "overseasWarehouse",
      "g.spendAmount": "100000",
      "g.spendDate": "2026-03-01",
      "g.share": share,
      "g.lag": "6",
    };
    const sent = Object.entries({ ...values, ...grants }).filter(([, v]) => v !== "");
    return new URLSearchParams([...sent, ["lines", String(lines)], ["preset", dachong.id]]).toString();
  };

  it("a share that is not a number is the user's mistake, named on the form, never a 500", async () => {
    for (const path of [`/?${costShare("abc")}`, `/report?${costShare("abc")}`]) {
      const res = await exports.default.fetch(new Request(`http://localhost${path}`, { redirect: "manual" }));
      expect(res.status, path).toBeLessThan(500);
      expect(res.status, path).not.toBe(303);
      const html = await res.text();
      // The typed text stays in its field, with the schema's message beside it.
      expect(html.includes('name="g.share"'), path).toBe(true);
      expect(html.includes('value="abc"'), path).toBe(true);
    }
    // Submitted, the summary names the field by its label and links to it, not by the scenario's pointer.
    const res = await exports.default.fetch(new Request(`http://localhost/report?${costShare("abc")}`));
    const html = await res.text();
    expect(html.includes('<a href="#g-share">补助比例</a>')).toBe(true);
    expect(html.includes("/grantFacts/")).toBe(false);
  });

  it("a share typed as a percentage goes to the programme as a fraction", async () => {
    const res = await exports.default.fetch(
      new Request(`http://localhost/report?${costShare("50%")}`, { redirect: "manual" }),
    );
    expect(res.status).toBe(303);
    const { html } = await page(res.headers.get("location")!);
    expect(html.includes('id="grants-h"')).toBe(true);
  });
});
