import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { findPreset } from "../src/policy/presets";
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
