// Generated from openapi/openapi.json by scripts/generate-client.ts (openapi-typescript). Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: status, service version and ruleset version */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The measures catalog: every policy measure the calculators apply, with its source */
        get: operations["listMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One measure of the catalog */
        get: operations["getMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement/overseas-warehouse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Overseas-warehouse netting settlement: gross versus netted cost, deviation and reports owed
         * @description Compares repatriating all proceeds and paying every overseas cost from China (gross) with netting the nettable costs abroad and repatriating the net (中府办函〔2024〕24号 第16条, 汇发〔2020〕11号). FX cost is the loss against the middle rate; fees are per remittance; outward payments above USD 50,000 are flagged for tax filing.
         */
        post: operations["compareOverseasWarehouseSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/payout-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Marketplace payout rules (Amazon, TikTok Shop tiers, Temu) as presets of one generic rule, with sources */
        get: operations["listPayoutRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement/payout-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turns deliveries into dated marketplace payouts under a payout rule */
        post: operations["payoutSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/financing/annualized-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Annualized rate of a loan's cash flows (PBoC 2021-3): periodic IRR, simple and compound; XIRR for dated flows
         * @description Periodic: principal, upfront fee and payments per period. Dated: signed cash flows on dates (borrower's view), solved as an XIRR with a named day count. 422 when no rate exists (flows of one sign, no root) or when it is not unique.
         */
        post: operations["financingAnnualizedRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/financing/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price one financing product: advance, interest, fees, subsidy, total cost, schedule, annualized rate
         * @description interest = advance x annual rate x days / basis (ACT/360: 360, ACT/365F: 365), rounded to the fen; fees = fee rate x fee base + fixed fees; subsidy = min(cap, interest x share or advance x points x days / basis, interest), paid lagDays after repayment; totalCost = interest + fees + premium - subsidy. Annualized rate per 中国人民银行公告〔2021〕第3号 over the tenor: simple = IRR x basis / days, compound = (1 + IRR)^(basis / days) - 1; gross and net of the subsidy. Every default applied is named in defaultsApplied and explain.
         */
        post: operations["financingQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/financing/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare financing products for one funding need: cost, annualized rate and coverage, ranked
         * @description Each product draws min(need, its capacity) from fromDate to untilDate and is ranked by its annualized rate net of any subsidy (中国人民银行公告〔2021〕第3号): the periodic IRR over the common tenor, so interest deducted at drawdown or a fee paid up front ranks below the same cost paid at maturity (ties: larger coverage first, then request order); cost per 100 covered is shown beside it. Defaults: 1-year LPR 3.00% (since 2025-05-20) + spread, typical advance rates and fees from the catalog; each one applied is named in explain.
         */
        post: operations["financingCompare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A scenario as an Excel workbook to fill in (blank, or a preset's)
         * @description Sheets: the company and the measures; one row per product line (units by month on their own sheet, overseas costs and B2B payment terms by line number); the timing; FX rates and hedging; financing and its products; grants (an amount on a date, or a programme to estimate); the firm's facts for grant programmes (city and district, online retail sales, trainees, eligible spend, cost-share terms, district awards); notes. Drop-down lists for every enumeration. Figures are numeric cells whose number format shows the decimals written (money with a thousands separator, rates as fractions), and import reads those decimals back, so figures come back as written; an amount of more than 15 significant digits is a text cell (a double would not carry it), named on the notes sheet. Chinese by default, English with `lang=en`. POST it back to /v1/scenarios/import.
         */
        get: operations["getScenarioTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The scenario a filled-in workbook describes
         * @description Reads a workbook from GET /v1/scenarios/template.xlsx (in either language) and answers the scenario, ready to POST to /v1/cashflow/projection. The same workbook always gives the same scenario; a preset's workbook gives back the preset's scenario exactly. Every problem names the sheet and the cell (pointer /sheets/{sheet}/{cell}), in Chinese or English. At most 1024 KB.
         */
        post: operations["importScenarioWorkbook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling bank's saved scenarios, newest first */
        get: operations["listScenarios"];
        put?: never;
        /**
         * Save a scenario; with an API key in the bank's scope, without one as a public share link
         * @description Stores the scenario as canonical JSON together with the ruleset version in force, so its projection reads the same later. The id is 128 random bits: it cannot be guessed, so it can serve as a share link. Without a key (a public share link): at most 24 KB of scenario (413 beyond), a save limit per client lower than the general one (429), and the link expires 90 days after saving (expiresAt; 410 afterwards, deleted 30 days later). Send an Idempotency-Key to make a retry safe.
         */
        post: operations["createScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios/{id}/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cash-flow projection of a saved scenario, under the ruleset it was saved with
         * @description Recomputes the saved scenario with the ruleset version recorded at saving, read and computed as that version did, so a figure shown last month reads the same bytes today. A scenario saved under a version this server no longer carries answers 422 `/problems/ruleset-not-carried`, naming the version and the `recompute` path: `?ruleset=current` computes it under the version in force instead, and says so in `ruleset`. Never different figures under the old label.
         */
        get: operations["projectSavedScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A saved scenario, exactly as saved
         * @description With an API key: the bank's own scenarios only. Without: public scenarios only. Any other id, malformed or another bank's, answers 404, so ids are never confirmed.
         */
        get: operations["getScenario"];
        put?: never;
        post?: never;
        /**
         * Delete a saved scenario
         * @description With an API key: any of the bank's scenarios. Without: a public scenario, with the X-Delete-Token returned when it was saved (holding the id lets anyone read a share link, not delete it).
         */
        delete: operations["deleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling bank's requests per day
         * @description Every request made with one of the bank's API keys and admitted by the rate limit counts on its calendar day in China Standard Time (UTC+8). Days without requests are left out. Counting is at most once: a request is never counted twice, but the counts an instance holds in memory (at most its last second) are lost if it stops, and a batch whose write to the database fails is dropped. The figures are for monitoring, not billing.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tenant */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant (a bank) with its first API key
         * @description The tenant and its key are written in one transaction. The key is in the answer, once.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tenants/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant's API keys (prefixes only), revoked ones included */
        get: operations["listApiKeys"];
        put?: never;
        /** Issue another API key for a tenant (rotation: issue, switch, then revoke the old one) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key: it answers 401 within 30 seconds
         * @description The key is kept, marked revoked, for the record. Revoking twice keeps the first date. The instance that revokes it refuses it at once; other instances trust a key they found valid for up to 30 seconds, so that requests with a key do not each wait on the database.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Outright forward against CNY (USD/CNY by default) by covered interest parity (money-market form)
         * @description F = S x (1 + rCNY x d/basis) / (1 + rFOR x d/basis). CNY rates default to ACT/365F; the foreign rate to its currency's money-market day count (USD, EUR, JPY ACT/360; GBP, HKD ACT/365F); both are stated in the answer.
         */
        post: operations["fxForward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx/option-price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Price a USD/CNY option (European or American) with greeks, fees and the first-option waiver
         * @description European by Garman–Kohlhagen; American by default by the Andersen–Lake–Offengelder fixed-point method (price within 1e-8 relative), or by name Barone-Adesi–Whaley or a Leisen–Reimer lattice. With a notional, the quote shows the premium, the bank's handling fee before and after the Zhongshan first-option waiver, and which rule applied (or why not).
         */
        post: operations["fxOptionPrice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx/implied-vol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Implied volatility from a bank's quoted premium
         * @description Solves model price(vol) = quoted price by Brent's method for vol in [0.001, 3]. A price no vol can give is a 422 naming /price.
         */
        post: operations["fxImpliedVol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx/hedge-compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare unhedged, forward, bought put and zero-cost collar over expected USD receipts
         * @description Deterministic spot shocks and a seeded Monte Carlo (geometric Brownian motion). Per strategy: CNY received (mean, p5, p50, p95, worst), hedge cost with and without the first-option waiver, protected floor, breakeven. The same seed gives byte-identical output.
         */
        post: operations["fxHedgeCompare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tax/export-vat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export VAT: which regime applies, its figures to the fen, surtaxes, refund timing, alternatives
         * @description Decides (or checks) the VAT treatment of an export from the enterprise's facts — exempt-credit-refund, exempt-refund, exempt (incl. 无票免税 under 财税〔2018〕103号 and market procurement) or taxed as a domestic sale — and computes it with the dated rates and the rules in force on the export date (财税〔2012〕39号 up to 2025-12-31, 公告2026年第11号 after). A requested regime whose conditions fail is refused with 422 naming each failing condition.
         */
        post: operations["exportVat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tax/income-tax": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Corporate income tax: deemed profit (4% of revenue) or actual profit, small low-profit relief, payment dates
         * @description Deemed profit (国家税务总局公告2019年第36号) requires the no-invoice exemption, so deemed-profit and auto requests carry its facts. Small low-profit relief (财政部 税务总局公告2023年第12号, until 2027-12-31): 5% on the whole taxable income when income ≤ 3,000,000, employees ≤ 300 and assets ≤ 50,000,000; above any limit, 25% on the whole. Tax years 2019–2022 take that year's bands (财税〔2019〕13号, 2021年第12号, 2022年第13号); earlier years are not modelled (25%, with a warning). An individual business (个体工商户) pays individual income tax, not CIT: 422.
         */
        post: operations["incomeTax"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/refund-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The VAT and export-refund rate of an HS code on an export date (dated table, longest prefix)
         * @description Rows cover the product groups typical of Zhongshan with their validity dates and source documents (e.g. batteries 8507: 9% from 2024-12-01 by 公告2024年第15号, 6% from 2026-04-01 and 0 from 2027-01-01 by 公告2026年第2号). 404 when no row covers the code; 422 when the code's rows do not cover the date.
         */
        get: operations["getRefundRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cashflow/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Month-by-month cash flow under the chosen measures, with each measure's effect
         * @description Folds the tax, settlement, FX and financing calculators into months. Returns the periods, a summary, the baseline with every measure off, and per measure its effect alone and its marginal effect. `Accept: text/csv` or `?format=csv` returns the periods as CSV; `?format=xlsx` (or an Accept of the spreadsheet type) a workbook: the months, the summary and each measure's effects alone and at the margin with its document, and the explanation steps, headers in the request's language (?lang=, Accept-Language), money as numbers shown to the fen.
         */
        post: operations["projectCashflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Starting scenarios for typical Zhongshan exporters */
        get: operations["listPresets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/presets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One preset with its complete scenario */
        get: operations["getPreset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cashflow/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Many scenarios projected in one request, each answered on its own
         * @description Up to 100 scenarios, each with the caller's id. Each item answers the summary and the measures' effects of POST /v1/cashflow/projection for that scenario alone (the same bytes), or a problem naming the item: one bad item never fails the batch. The months come with `periods: true`. A batch counts as one request per item for the rate limit and the usage. The body may be up to 1024 KB; over the whole batch at most 18000 months x product lines are projected (100 scenarios of 36 months and 5 lines), and items past that answer a problem of their own.
         */
        post: operations["projectCashflowBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/amazon-settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read Amazon settlement reports (flat file V2) into totals, SKUs, the payout lag and product lines
         * @description The body is one or more Seller Central settlement reports, flat file V2 (tab-separated, as downloaded: Reports > Payments > All statements > Download flat file V2), one after another, each starting with its header row; `Content-Type: text/tab-separated-values` or `text/plain`. Columns are found by name. At most 4 MiB. The answer gives each period, its deposit and payout lag, totals by amount type and description to the cent in the report's currency, units and sales per SKU, a proposed patch to a scenario's product lines, and every line it could not place on one. A file that is not a settlement report, or is malformed, is answered 400 naming the line and the column (pointer /line/{n}/{column}); reports in two currencies or a settlement posted twice, 422.
         */
        post: operations["importAmazonSettlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grants and rewards a firm can receive from Guangzhou, Zhuhai and Zhongshan programmes, each test explained
         * @description Each programme is read from its own clause: Guangzhou's tier rewards (穗 三（一）2: sales above 30/100/200/500/1000亿 in 2025-2027 with average growth of at least 10/6/4/3/2% over the two years before; up to 150/250/400/600/1000万 the next year; a higher tier later pays the difference), 鸿鹄 (up to 100万) and park operators (三（一）1, the district's amount); Zhuhai's district awards and the city's reimbursement of the district (四（三）, ≤80%); Zhongshan's skill subsidy (中商务电函〔2023〕10号 三, paid to the worker) and cost-share programmes (your share, cap and lag). Activities are tested against each programme's window; 422 when a spend lacks its terms.
         */
        post: operations["estimateGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /**
             * @description Always ok when the service answers
             * @enum {string}
             */
            status: "ok";
            /**
             * @description The service's version
             * @example 0.1.0
             */
            version: string;
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        Measure: {
            /**
             * @description Measure id (GET /v1/measures/{id})
             * @example zs-2024-24-m16-netting
             */
            id: string;
            /** @description Where it applies (national, Guangdong, a city) */
            jurisdiction: string;
            /** @description The document the measure comes from */
            document: {
                /**
                 * @description Document number (文号); null: the document carries none
                 * @example 财税〔2018〕103号
                 */
                number: string | null;
                /** @description Document title */
                title: string;
                /** @description Issuing authority; null: not stated in the document (文件未载明) */
                issuer: string | null;
                /** @description Date issued (YYYY-MM-DD); null: not stated in the document (文件未载明) */
                date: string | null;
            };
            /** @description The article or clause within the document */
            clause: string;
            /** @description What the measure does */
            summary: {
                /** @description In Chinese (zh-CN) */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description The calculators that apply it */
            calculators: string[];
            /** @description Name of the switch in the cash-flow projection's `measures` */
            switch?: string;
            /** @description Ids of the measures this one restates or builds on */
            basedOn?: string[];
            /** @description The figures the measure sets, with provenance */
            parameters: components["schemas"]["MeasureParameter"][];
            /**
             * @description First day in force (inclusive); null: not stated in the document
             * @example 2024-04-20
             */
            validFrom: string | null;
            /**
             * @description Last day in force (inclusive); null: open-ended
             * @example 2026-04-19
             */
            validTo: string | null;
            /** @description Where the dates in force come from: the document's own words, or why they are open */
            validity: {
                /** @description In Chinese (zh-CN) */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description The rules that grant the benefit; a benefit keeps computing under these after a promoting local document lapses */
            grantedBy: components["schemas"]["MeasureRuleRef"][];
            /** @description The documents that promote the measure (a local document restating a rule) */
            promotedBy: components["schemas"]["MeasureRuleRef"][];
            /**
             * @description document: from a seed document or a national rule; unsourced-example: from no document, an example only (never shown in a briefing)
             * @enum {string}
             */
            sourceStatus: "document" | "unsourced-example";
            /** @description Facts not confirmed against the published text; empty when all were */
            unconfirmed: {
                /** @description The catalog field (document.date, clause, validTo, ...) */
                field: string;
                /** @description What could not be confirmed against the published text */
                note: string;
            }[];
            /**
             * @description Only when the request gives `on`: whether the measure is in force on that date
             * @enum {string}
             */
            status?: "not-yet" | "in-force" | "lapsed";
        };
        MeasureParameter: {
            /** @description Parameter name, as the calculator's rules use it */
            name: string;
            /** @description Default value; overridable in the calculator's input */
            value?: unknown;
            /** @description Unit of the value (fraction, CNY, days, ...) */
            unit?: string;
            /**
             * @description document: stated by the source; market-default: typical value you should override; unconfirmed: not verified
             * @enum {string}
             */
            provenance: "document" | "market-default" | "unconfirmed";
            /** @description What the value means, or why it is unconfirmed */
            note?: string;
        };
        MeasureRuleRef: {
            /** @description The catalog measure, when the rule is one */
            measure?: string;
            /**
             * @description Document number and clause
             * @example 财税〔2018〕103号 第一条
             */
            source: string;
            /**
             * @description rule: a law, regulation or government document; bank-product: granted by a bank, not by a document; not-identified: the granting rule is not named
             * @enum {string}
             */
            kind: "rule" | "bank-product" | "not-identified";
        };
        /** @description RFC 9457 problem details, in the language chosen by ?lang= or Accept-Language */
        Problem: {
            /**
             * @description The kind of problem (stable; switch on it)
             * @example /problems/validation
             */
            type: string;
            /** @description Short title of the kind of problem */
            title: string;
            /**
             * @description The HTTP status
             * @example 400
             */
            status: number;
            /** @description What went wrong with this request */
            detail: string;
            /** @description The request path and request id */
            instance: string;
            /** @description Quote it when reporting a problem */
            requestId?: string;
            /** @description Every offending field, for validation problems */
            errors?: {
                /**
                 * @description RFC 6901 JSON pointer into the request
                 * @example /fob/amount
                 */
                pointer: string;
                /** @description What is wrong with the field and how to correct it */
                message: string;
            }[];
        };
        SettlementComparison: {
            currency: string;
            nettableCategories: ("warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other")[];
            /**
             * @description Amount in the request's currency
             * @example 89970.00
             */
            nettedCosts: string;
            /**
             * @description Amount in the request's currency
             * @example 89970.00
             */
            notNettedCosts: string;
            gross: components["schemas"]["SettlementPath"];
            netted: components["schemas"]["SettlementPath"];
            saving: {
                /**
                 * @description gross.totalCost - netted.totalCost, full precision then rounded
                 * @example 12345.67
                 */
                cny: string;
                /**
                 * @description netted costs x (offer - bid)
                 * @example 12345.67
                 */
                spread: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                fees: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                filingFunding: string | null;
                /** @description Days of filing delay avoided */
                days: number;
            };
            deviation: {
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                amount: string;
                /**
                 * @description Fraction as a decimal string (0.13 = 13%)
                 * @example 0.1280
                 */
                ratio: string;
                /** @enum {boolean} */
                permitted: true;
                clause: string;
                measure: string;
                threshold: string;
                warning: boolean;
                receiptDays: number | null;
                reportsOwed: {
                    /** @enum {string} */
                    key: "restored-gross" | "deferred-receipt" | "advance-receipt";
                    /** @enum {string} */
                    status: "owed" | "not-owed" | "conditional";
                    dueDate?: string;
                    zh: string;
                    en: string;
                }[];
            };
            advance: {
                firm: string;
                categories: ("warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other")[];
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                amount: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                amountCny: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                cost: string;
                /** @enum {string} */
                basis: "fee" | "interest";
                /**
                 * @description Fraction as a decimal string (0.13 = 13%)
                 * @example 0.1280
                 */
                annualizedRate: string;
                repaymentDays: number;
            } | null;
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        SettlementPath: {
            inward: {
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                amount: string;
                remittances: number;
                /**
                 * @description amount x bid, before fees
                 * @example 12345.67
                 */
                cny: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                fxCost: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                fees: string;
            };
            outward: {
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                amount: string;
                remittances: number;
                /**
                 * @description amount x offer, before fees
                 * @example 12345.67
                 */
                cny: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                fxCost: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                fees: string;
            };
            /**
             * @description Loss against the middle rate, CNY
             * @example 12345.67
             */
            fxCost: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            fees: string;
            filings: {
                /** @description Index in overseasCosts */
                cost: number;
                /**
                 * @description Overseas cost category: warehousing (storage, fulfilment), logistics, tax (import duty, VAT abroad), platform (commissions), advertising, other
                 * @example warehousing
                 * @enum {string}
                 */
                category: "warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other";
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                remittanceAmount: string;
                usdEquivalent: string;
                /** @description Contracts the cost's remittances pay */
                contracts: number;
                /** @description Filings: one per contract (2021年第19号), each before the contract's first payment */
                count: number;
            }[];
            filingDelayDays: number;
            /**
             * @description Only when fundingRate is given
             * @example 12345.67
             */
            filingFundingCost: string | null;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            totalCost: string;
            /**
             * @description CNY left after converting, paying costs from China and fees
             * @example 12345.67
             */
            netCny: string;
        };
        ExplainStep: {
            /**
             * @description Stable name of the step (what it computes)
             * @example taxes
             */
            key: string;
            /** @description What was computed and how, in Chinese */
            zh: string;
            /** @description What was computed and how, in English */
            en: string;
            /** @description The formula in words, with the input names */
            formula?: string;
            /** @description The inputs the formula used, as decimal strings */
            inputs?: {
                [key: string]: string;
            };
            /** @description The figure the step produced */
            value: string;
            /** @description Measure id in /v1/measures */
            measure?: string;
            /** @description Document number and clause */
            source?: string;
        };
        SettlementRequest: {
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            currency: string;
            /**
             * @description Customs-declared FOB value of the goods shipped to the warehouse, in the currency (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 25500
             */
            declaredValue: string | number;
            /**
             * @description What the marketplace or buyers paid abroad for those goods, in the currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 89970
             */
            salesProceeds: string | number;
            /**
             * @description Inward remittances the proceeds arrive in, the same in both paths (absent = 1)
             * @example 1
             */
            proceedsRemittances?: number;
            /** @description Costs incurred abroad for these sales */
            overseasCosts: {
                /**
                 * @description Overseas cost category: warehousing (storage, fulfilment), logistics, tax (import duty, VAT abroad), platform (commissions), advertising, other
                 * @example warehousing
                 * @enum {string}
                 */
                category: "warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other";
                /**
                 * @description Cost in the currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 15600
                 */
                amount: string | number;
                /**
                 * @description Outward remittances this cost is paid in when paid from China (absent = 1)
                 * @example 1
                 */
                remittances?: number;
                /**
                 * @description Contracts those remittances pay, 1 to remittances (absent = 1): a contract paid in several remittances is filed once, before its first payment (国家税务总局 国家外汇管理局公告2021年第19号 第一条)
                 * @example 1
                 */
                contracts?: number;
            }[];
            /** @description Categories that may be netted (absent = the catalog's: warehousing, logistics, tax) */
            nettableCategories?: ("warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other")[];
            /** @description Net platform commissions too (absent = catalog default false: unconfirmed, ask your bank) */
            platformFeesNettable?: boolean;
            fx: {
                /**
                 * @description Middle rate, CNY per one unit of the currency (a bank's per-100 quote divided by 100) (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                 * @example 7.1000
                 */
                mid: string | number;
                /**
                 * @description Bank buying rate (what converting proceeds gets), CNY per one unit of the currency (a bank's per-100 quote divided by 100) (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                 * @example 7.0858
                 */
                bid: string | number;
                /**
                 * @description Bank selling rate (what buying currency for a cost costs), CNY per one unit of the currency (a bank's per-100 quote divided by 100) (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                 * @example 7.1142
                 */
                offer: string | number;
                /**
                 * @description CNY per USD middle rate, required when the currency is not USD: the USD 50,000 tax-filing threshold is tested on mid x amount / usdMid, CNY per one unit of the currency (a bank's per-100 quote divided by 100) (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                 * @example 7.1000
                 */
                usdMid?: string | number;
            };
            fees: {
                /** @description Bank charge per remittance: clamp(rate x amount, min, max) + fixed, in CNY */
                inward: {
                    /**
                     * @description Fee as a fraction of each remittance's amount in CNY at the middle rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.001
                     */
                    rate: string | number;
                    /**
                     * @description Minimum fee per remittance in CNY (absent = 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 50
                     */
                    min?: string | number;
                    /**
                     * @description Maximum fee per remittance in CNY (absent = no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 1000
                     */
                    max?: string | number;
                    /**
                     * @description Flat fee per remittance in CNY, such as a cable fee (absent = 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 150
                     */
                    fixed?: string | number;
                };
                /** @description Bank charge per remittance: clamp(rate x amount, min, max) + fixed, in CNY */
                outward: {
                    /**
                     * @description Fee as a fraction of each remittance's amount in CNY at the middle rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.001
                     */
                    rate: string | number;
                    /**
                     * @description Minimum fee per remittance in CNY (absent = 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 50
                     */
                    min?: string | number;
                    /**
                     * @description Maximum fee per remittance in CNY (absent = no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 1000
                     */
                    max?: string | number;
                    /**
                     * @description Flat fee per remittance in CNY, such as a cable fee (absent = 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 150
                     */
                    fixed?: string | number;
                };
            };
            /**
             * @description Warn when |proceeds - declared| / declared exceeds this (absent = catalog default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 100)
             * @example 0.30
             */
            deviationWarningRatio?: string | number;
            /**
             * @description Days a tax filing holds up an outward payment (absent = catalog default)
             * @example 3
             */
            filingDelayDays?: number;
            /**
             * @description Annual CNY funding rate; when given, filing delays are also costed in CNY (ACT/365F) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.035
             */
            fundingRate?: string | number;
            /**
             * Format: date
             * @description Export declaration date, to check receipt reports
             * @example 2026-05-01
             */
            exportDate?: string;
            /**
             * Format: date
             * @description Date the proceeds are received
             * @example 2026-05-01
             */
            receiptDate?: string;
            /** @description A domestic firm paying overseas costs now, repaid from proceeds later (代垫) */
            advancedBy?: {
                /** @description Logistics or platform firm advancing the costs */
                firm: string;
                categories: ("warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other")[];
                /**
                 * @description Flat fee as a fraction of the advanced amount (or annualRate) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.005
                 */
                feeRate?: string | number;
                /**
                 * @description Interest per year on the advanced amount, ACT/365F (or feeRate) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.06
                 */
                annualRate?: string | number;
                /**
                 * @description Days until repaid
                 * @example 60
                 */
                repaymentDays: number;
            };
        };
        PayoutRulePreset: {
            id: string;
            marketplace: string;
            tier?: string;
            name: {
                zh: string;
                en: string;
            };
            rule: components["schemas"]["PayoutRule"];
            bankDaysRange?: number[];
            since?: string;
            /** @enum {string} */
            provenance: "document" | "market-default" | "unconfirmed";
            note: string;
            sources: {
                title: string;
                url?: string;
            }[];
        };
        PayoutRule: {
            /** @example 7 */
            reserveDaysAfterDelivery: number;
            /**
             * @description Settlement every N days
             * @example 14
             */
            cycleDays: number;
            /**
             * Format: date
             * @description One settlement day of the account
             * @example 2026-05-01
             */
            cycleAnchor: string;
            /**
             * @description Business days to the bank
             * @example 5
             */
            bankDays: number;
            /** @example 45 */
            fallbackDaysAfterPickup?: number;
        };
        PayoutSchedule: {
            /** @description The payout rule applied */
            rule: {
                /**
                 * @description The preset the rule came from, or custom
                 * @example amazon-us
                 */
                id: string;
                /** @example 7 */
                reserveDaysAfterDelivery: number;
                /**
                 * @description Settlement every N days
                 * @example 14
                 */
                cycleDays: number;
                /**
                 * Format: date
                 * @description One settlement day of the account
                 * @example 2026-05-01
                 */
                cycleAnchor: string;
                /**
                 * @description Business days to the bank
                 * @example 5
                 */
                bankDays: number;
                /** @example 45 */
                fallbackDaysAfterPickup?: number;
            };
            currency: string;
            deliveries: {
                availableOn: string;
                settledOn: string;
                paidOn: string;
                daysToCash: number;
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                amount: string;
            }[];
            payouts: {
                date: string;
                /**
                 * @description Amount in the request's currency
                 * @example 89970.00
                 */
                amount: string;
            }[];
            /**
             * @description Amount in the request's currency
             * @example 89970.00
             */
            total: string;
            averageDaysToCash: string | null;
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        PayoutScheduleRequest: {
            /**
             * @description A preset id from /v1/reference/payout-rules (or give rule)
             * @example amazon-us
             */
            preset?: string;
            rule?: components["schemas"]["PayoutRule"] & unknown;
            /**
             * Format: date
             * @description Your account's settlement day, replacing the preset's placeholder anchor
             * @example 2026-05-01
             */
            cycleAnchor?: string;
            /** @description Replaces the preset's bank days */
            bankDays?: number;
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            currency: string;
            /** @description 1 to 2000 deliveries (the cap keeps one request cheap); deliveries on the same date may be given as one, summed */
            deliveries: {
                /**
                 * Format: date
                 * @description Delivery (scan) date
                 * @example 2026-05-01
                 */
                date?: string;
                /**
                 * Format: date
                 * @description Pickup date, when there is no delivery scan
                 * @example 2026-05-01
                 */
                pickupDate?: string;
                /**
                 * @description Proceeds of the delivery, in the currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 2999.00
                 */
                amount: string | number;
            }[];
        };
        AnnualizedRate: {
            /** @enum {string} */
            method: "periodic" | "dated";
            /**
             * @description Dated flows: the XIRR's day count
             * @example ACT/360
             * @enum {string|null}
             */
            dayCount: "ACT/360" | "ACT/365F" | null;
            periodsPerYear: string;
            /** @description IRR per period (dated: per year), 10 decimals */
            periodicIrr: string;
            /**
             * @description Simple annualized rate = periodic IRR x periods per year (null for dated flows)
             * @example 0.1280
             */
            simple: string | null;
            /**
             * @description Compound annualized rate, IRR method
             * @example 0.1280
             */
            compound: string;
            /**
             * @description Dated flows: the XIRR on actual dates (= compound)
             * @example 0.1280
             */
            xirr: string | null;
            /** @enum {string} */
            solvedBy: "closed-form" | "solver";
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        AnnualizedRateRequest: {
            /** @enum {string} */
            method: "periodic";
            /**
             * @description Principal lent (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 100000
             */
            principal: string | number;
            /**
             * @description Fees deducted or paid at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 1000
             */
            upfrontFee?: string | number;
            payments: {
                /** @description Period number (1 = first) */
                period: number;
                /**
                 * @description Payment by the borrower in that period (interest and principal) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 8833.30
                 */
                amount: string | number;
            }[];
            /**
             * @description Periods per year (12 for monthly) (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 366)
             * @example 12
             */
            periodsPerYear: string | number;
        } | {
            /** @enum {string} */
            method: "dated";
            /**
             * @description Day count of the XIRR time: ACT/365F (default) or ACT/360
             * @example ACT/365F
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            flows: {
                /**
                 * Format: date
                 * @description ISO 8601 calendar date
                 * @example 2026-05-01
                 */
                date: string;
                /**
                 * @description Borrower's view: positive received, negative paid (a decimal string, or a JSON number; at most 6 decimal places; at least -1e15 and at most 1000000000000000)
                 * @example -5000
                 */
                amount: string | number;
            }[];
        };
        /** @description Gross: every cost the borrower pays the bank */
        FinancingRate: {
            /**
             * @description Day-count convention: ACT/360 or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount: "ACT/360" | "ACT/365F";
            /** @description Day basis / tenor days (one period = the tenor) */
            periodsPerYear: string;
            /**
             * @description IRR over the tenor (10 decimals)
             * @example 0.0125313283
             */
            periodicIrr: string;
            /**
             * @description Simple annualized rate = periodic IRR x periods per year (6 decimals)
             * @example 0.1280
             */
            simple: string;
            /**
             * @description Compound annualized rate (IRR method) = (1 + periodic IRR)^periods per year - 1 (6 decimals)
             * @example 0.1280
             */
            compound: string;
        };
        FinancingQuote: {
            product: string;
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            currency: string;
            /**
             * @description Day-count convention: ACT/360 or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount: "ACT/360" | "ACT/365F";
            /** @description 360 (ACT/360) or 365 (ACT/365F) */
            dayBasis: number;
            days: number;
            startDate: string | null;
            maturityDate: string | null;
            /**
             * @description Face amount financed (order, invoice, refund due...)
             * @example 12345.67
             */
            face: string;
            /**
             * @description Fraction as a decimal string (0.13 = 13%)
             * @example 0.1280
             */
            advanceRate: string;
            /**
             * @description Loan/discount rate a year (duty guarantee: the guarantee fee rate)
             * @example 0.1280
             */
            annualRate: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            advance: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            interest: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            fees: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            premium: string;
            /**
             * @description interest + fees + premium
             * @example 12345.67
             */
            grossCost: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            subsidy: string;
            /**
             * @description grossCost - subsidy (the subsidy netted)
             * @example 12345.67
             */
            totalCost: string;
            /** @enum {string|null} */
            recourse: "with-recourse" | "without-recourse" | null;
            /**
             * @description Duty guarantee: cost of the cash deposit instead
             * @example 12345.67
             */
            depositCost: string | null;
            /**
             * @description Duty guarantee: depositCost - totalCost
             * @example 12345.67
             */
            saving: string | null;
            /** @description The borrower's cash flows, day 0 = drawdown */
            schedule: {
                day: number;
                date: string | null;
                /** @enum {string} */
                kind: "advance" | "fee" | "premium" | "interest" | "repayment" | "subsidy";
                /**
                 * @description Borrower's view: positive received, negative paid
                 * @example 12345.67
                 */
                amount: string;
            }[];
            annualizedRate: components["schemas"]["FinancingRate"];
            netAnnualizedRate: components["schemas"]["FinancingRate"] & unknown;
            defaultsApplied: {
                field: string;
                value: string;
                measure?: string;
                source: string;
            }[];
        };
        FinancingQuoteRequest: {
            /** @enum {string} */
            product: "working-capital-loan";
            /**
             * @description Loan amount (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 500000
             */
            amount: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.04
             */
            annualRate?: string | number;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.002
             */
            feeRate?: string | number;
            /**
             * @description What the fee rate applies to; default face for factoring, advance otherwise
             * @enum {string}
             */
            feeBase?: "advance" | "face";
            /**
             * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
             * @enum {string}
             */
            interestPaid?: "at-maturity" | "upfront";
            subsidy?: components["schemas"]["InterestSubsidy"];
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        } | {
            /** @enum {string} */
            product: "order-financing";
            /**
             * @description Order value (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 1000000
             */
            orderAmount: string | number;
            /**
             * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
             * @example 0.8
             */
            advanceRate?: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.04
             */
            annualRate?: string | number;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.002
             */
            feeRate?: string | number;
            /**
             * @description What the fee rate applies to; default face for factoring, advance otherwise
             * @enum {string}
             */
            feeBase?: "advance" | "face";
            /**
             * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
             * @enum {string}
             */
            interestPaid?: "at-maturity" | "upfront";
            subsidy?: components["schemas"]["InterestSubsidy"];
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        } | {
            /** @enum {string} */
            product: "factoring";
            /**
             * @description Invoice amount (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 1000000
             */
            invoiceAmount: string | number;
            /**
             * @description Whether the seller keeps the buyer's credit risk
             * @example with-recourse
             * @enum {string}
             */
            recourse: "with-recourse" | "without-recourse";
            /**
             * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
             * @example 0.8
             */
            advanceRate?: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.04
             */
            annualRate?: string | number;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.002
             */
            feeRate?: string | number;
            /**
             * @description What the fee rate applies to; default face for factoring, advance otherwise
             * @enum {string}
             */
            feeBase?: "advance" | "face";
            /**
             * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
             * @enum {string}
             */
            interestPaid?: "at-maturity" | "upfront";
            subsidy?: components["schemas"]["InterestSubsidy"];
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        } | {
            /** @enum {string} */
            product: "tax-refund-loan";
            /**
             * @description Export tax refund due (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 200000
             */
            refundDue: string | number;
            /**
             * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
             * @example 0.8
             */
            advanceRate?: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.04
             */
            annualRate?: string | number;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.002
             */
            feeRate?: string | number;
            /**
             * @description What the fee rate applies to; default face for factoring, advance otherwise
             * @enum {string}
             */
            feeBase?: "advance" | "face";
            /**
             * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
             * @enum {string}
             */
            interestPaid?: "at-maturity" | "upfront";
            subsidy?: components["schemas"]["InterestSubsidy"];
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        } | {
            /** @enum {string} */
            product: "payout-advance";
            /**
             * @description Recent marketplace payouts the advance is based on (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 300000
             */
            recentPayouts: string | number;
            /**
             * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
             * @example 0.8
             */
            advanceRate?: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.04
             */
            annualRate?: string | number;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.002
             */
            feeRate?: string | number;
            /**
             * @description What the fee rate applies to; default face for factoring, advance otherwise
             * @enum {string}
             */
            feeBase?: "advance" | "face";
            /**
             * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
             * @enum {string}
             */
            interestPaid?: "at-maturity" | "upfront";
            subsidy?: components["schemas"]["InterestSubsidy"];
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        } | {
            /** @enum {string} */
            product: "policy-financing";
            /**
             * @description Receivable insured by export credit insurance (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 1000000
             */
            insuredReceivable: string | number;
            /**
             * @description Insurance premium as a fraction of the insured receivable (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.005
             */
            premiumRate?: string | number;
            /**
             * @description Insurance premium as an amount (instead of premiumRate) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 5000
             */
            premium?: string | number;
            /**
             * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
             * @example 0.8
             */
            advanceRate?: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.04
             */
            annualRate?: string | number;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.002
             */
            feeRate?: string | number;
            /**
             * @description What the fee rate applies to; default face for factoring, advance otherwise
             * @enum {string}
             */
            feeBase?: "advance" | "face";
            /**
             * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
             * @enum {string}
             */
            interestPaid?: "at-maturity" | "upfront";
            subsidy?: components["schemas"]["InterestSubsidy"];
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        } | {
            /** @enum {string} */
            product: "duty-guarantee";
            /**
             * @description Cash deposit the guarantee replaces (关税保证金) (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 300000
             */
            depositAmount: string | number;
            /**
             * @description Guarantee fee a year on the deposit; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.01
             */
            guaranteeFeeRate?: string | number;
            /**
             * @description Yearly cost of the cash a deposit would tie up; default the loan rate (LPR + spread) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.035
             */
            opportunityRate?: string | number;
            /**
             * @description Fixed fees of the guarantee (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            fixedFees?: string | number;
            /**
             * @description Currency of the amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            dayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Tenor in actual days, drawdown to repayment
             * @example 90
             */
            days: number;
            /**
             * Format: date
             * @description Drawdown date; when given, the schedule carries dates
             * @example 2026-05-01
             */
            startDate?: string;
        };
        /** @description Interest subsidy (贷款贴息): min(cap, interest x share or advance x points x days / basis, interest), paid lagDays after repayment. No confirmed Guangdong figures: enter the programme's terms. */
        InterestSubsidy: {
            /**
             * @description Share of the interest the subsidy pays (0.5 = half) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.5
             */
            share?: string | number;
            /**
             * @description Rate points a year paid on the advance (0.01 = 1 percentage point), instead of a share (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.01
             */
            points?: string | number;
            /**
             * @description Most the subsidy pays for this loan (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 5000
             */
            cap?: string | number;
            /**
             * @description Days after the repayment until the subsidy is paid
             * @example 60
             */
            lagDays: number;
        };
        FinancingComparison: {
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            currency: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            need: string;
            fromDate: string;
            untilDate: string;
            days: number;
            ranking: {
                rank: number;
                /** @description Position of the product in the request */
                index: number;
                product: string;
                name: {
                    zh: string;
                    en: string;
                };
                /**
                 * @description min(need, face x advance rate)
                 * @example 12345.67
                 */
                covered: string;
                /**
                 * @description need - covered: what the advance leaves unfinanced
                 * @example 12345.67
                 */
                shortfall: string;
                /**
                 * @description Cash in hand at drawdown: covered less the fees, premium and interest deducted then
                 * @example 12345.67
                 */
                inHand: string;
                /** @description True when the cash in hand at drawdown is at least the need */
                coversNeed: boolean;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                totalCost: string;
                /** @description Net total cost per 100 covered (shown; not the ranking key) */
                costPer100: string;
                annualizedRate: components["schemas"]["FinancingRate"] & unknown;
                netAnnualizedRate: components["schemas"]["FinancingRate"] & unknown;
                quote: components["schemas"]["FinancingQuote"];
            }[];
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        FinancingCompareRequest: {
            /**
             * @description Currency of all amounts (default CNY)
             * @example USD
             */
            currency?: string;
            /**
             * @description Amount of money needed (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
             * @example 600000
             */
            need: string | number;
            /**
             * Format: date
             * @description When the money is needed
             * @example 2026-05-01
             */
            fromDate: string;
            /**
             * @description What ends the need: a date (default), the export refund's arrival (untilDate defaults to fromDate + the catalog's refund arrival days) or the marketplace payout (untilDate required)
             * @enum {string}
             */
            until?: "date" | "refund-arrives" | "payout-arrives";
            /**
             * Format: date
             * @description When the money comes back
             * @example 2026-05-01
             */
            untilDate?: string;
            /** @description The products available; omitted terms take the catalog's defaults */
            products: ({
                /** @enum {string} */
                product: "working-capital-loan";
                /**
                 * @description Credit limit; without it the loan covers the whole need (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 500000
                 */
                creditLimit?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                annualRate?: string | number;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
                /**
                 * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.002
                 */
                feeRate?: string | number;
                /**
                 * @description What the fee rate applies to; default face for factoring, advance otherwise
                 * @enum {string}
                 */
                feeBase?: "advance" | "face";
                /**
                 * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
                 * @enum {string}
                 */
                interestPaid?: "at-maturity" | "upfront";
                subsidy?: components["schemas"]["InterestSubsidy"];
            } | {
                /** @enum {string} */
                product: "order-financing";
                /**
                 * @description Order value (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 1000000
                 */
                orderAmount: string | number;
                /**
                 * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
                 * @example 0.8
                 */
                advanceRate?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                annualRate?: string | number;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
                /**
                 * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.002
                 */
                feeRate?: string | number;
                /**
                 * @description What the fee rate applies to; default face for factoring, advance otherwise
                 * @enum {string}
                 */
                feeBase?: "advance" | "face";
                /**
                 * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
                 * @enum {string}
                 */
                interestPaid?: "at-maturity" | "upfront";
                subsidy?: components["schemas"]["InterestSubsidy"];
            } | {
                /** @enum {string} */
                product: "factoring";
                /**
                 * @description Invoice amount (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 1000000
                 */
                invoiceAmount: string | number;
                /**
                 * @description Whether the seller keeps the buyer's credit risk
                 * @example with-recourse
                 * @enum {string}
                 */
                recourse: "with-recourse" | "without-recourse";
                /**
                 * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
                 * @example 0.8
                 */
                advanceRate?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                annualRate?: string | number;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
                /**
                 * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.002
                 */
                feeRate?: string | number;
                /**
                 * @description What the fee rate applies to; default face for factoring, advance otherwise
                 * @enum {string}
                 */
                feeBase?: "advance" | "face";
                /**
                 * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
                 * @enum {string}
                 */
                interestPaid?: "at-maturity" | "upfront";
                subsidy?: components["schemas"]["InterestSubsidy"];
            } | {
                /** @enum {string} */
                product: "tax-refund-loan";
                /**
                 * @description Export tax refund due (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 200000
                 */
                refundDue: string | number;
                /**
                 * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
                 * @example 0.8
                 */
                advanceRate?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                annualRate?: string | number;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
                /**
                 * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.002
                 */
                feeRate?: string | number;
                /**
                 * @description What the fee rate applies to; default face for factoring, advance otherwise
                 * @enum {string}
                 */
                feeBase?: "advance" | "face";
                /**
                 * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
                 * @enum {string}
                 */
                interestPaid?: "at-maturity" | "upfront";
                subsidy?: components["schemas"]["InterestSubsidy"];
            } | {
                /** @enum {string} */
                product: "payout-advance";
                /**
                 * @description Recent marketplace payouts the advance is based on (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 300000
                 */
                recentPayouts: string | number;
                /**
                 * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
                 * @example 0.8
                 */
                advanceRate?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                annualRate?: string | number;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
                /**
                 * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.002
                 */
                feeRate?: string | number;
                /**
                 * @description What the fee rate applies to; default face for factoring, advance otherwise
                 * @enum {string}
                 */
                feeBase?: "advance" | "face";
                /**
                 * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
                 * @enum {string}
                 */
                interestPaid?: "at-maturity" | "upfront";
                subsidy?: components["schemas"]["InterestSubsidy"];
            } | {
                /** @enum {string} */
                product: "policy-financing";
                /**
                 * @description Receivable insured by export credit insurance (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 1000000
                 */
                insuredReceivable: string | number;
                /**
                 * @description Insurance premium as a fraction of the insured receivable (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.005
                 */
                premiumRate?: string | number;
                /**
                 * @description Insurance premium as an amount (instead of premiumRate) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 5000
                 */
                premium?: string | number;
                /**
                 * @description Advance rate: fraction of the face amount lent; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1)
                 * @example 0.8
                 */
                advanceRate?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Annual loan or discount rate; default 1-year LPR + the catalog's SME spread (payout advance: its own default) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                annualRate?: string | number;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
                /**
                 * @description Handling fee as a fraction of feeBase, charged at drawdown (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.002
                 */
                feeRate?: string | number;
                /**
                 * @description What the fee rate applies to; default face for factoring, advance otherwise
                 * @enum {string}
                 */
                feeBase?: "advance" | "face";
                /**
                 * @description Fixed fees charged at drawdown (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Interest paid at maturity (default) or deducted at drawdown (discounting)
                 * @enum {string}
                 */
                interestPaid?: "at-maturity" | "upfront";
                subsidy?: components["schemas"]["InterestSubsidy"];
            } | {
                /** @enum {string} */
                product: "duty-guarantee";
                /**
                 * @description Cash deposit the guarantee replaces (关税保证金) (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 300000
                 */
                depositAmount: string | number;
                /**
                 * @description Guarantee fee a year on the deposit; default from the catalog (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.01
                 */
                guaranteeFeeRate?: string | number;
                /**
                 * @description Yearly cost of the cash a deposit would tie up; default the loan rate (LPR + spread) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.035
                 */
                opportunityRate?: string | number;
                /**
                 * @description Fixed fees of the guarantee (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                fixedFees?: string | number;
                /**
                 * @description Currency of the amounts (default CNY)
                 * @example USD
                 */
                currency?: string;
                /**
                 * @description Day count of interest and of the annualized rate: ACT/360 (default, the CNY loan usage) or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount?: "ACT/360" | "ACT/365F";
            })[];
        };
        Scenario: {
            /**
             * @description Months projected, from `startDate`; batches are shipped in every month
             * @example 12
             */
            horizonMonths: number;
            /**
             * Format: date
             * @description First day of the first month
             * @example 2026-01-01
             */
            startDate: string;
            /**
             * @description Cash at the start, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 2000000
             */
            openingCash: string | number;
            /**
             * @description Cash the business keeps at least; financing covers any gap, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 300000
             */
            minimumCash: string | number;
            /** @description The exporter: the facts that decide its VAT regime, income tax and waivers */
            company: {
                /**
                 * @description 生产企业 or 外贸企业
                 * @enum {string}
                 */
                kind: "manufacturer" | "trader";
                /**
                 * @description 一般纳税人 or 小规模纳税人
                 * @enum {string}
                 */
                vatPayer: "general" | "small_scale";
                /** @description The facts of 财税〔2018〕103号 that decide the no-invoice exemption */
                pilotZone: {
                    /** @description Registered in a CBEC comprehensive pilot zone (综试区) */
                    registered: boolean;
                    /** @description Exports recorded on the zone's online platform */
                    platformRecorded: boolean;
                    /** @description Declared as e-commerce exports through the zone city's customs */
                    zoneCustoms: boolean;
                };
                /**
                 * @description Headcount (small low-profit enterprise test: at most 300)
                 * @example 120
                 */
                employees: number;
                /**
                 * @description Total assets, CNY (small low-profit test) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 30000000
                 */
                totalAssets: string | number;
                /**
                 * @description Enterprise size class (the option-fee waiver is for small and micro firms)
                 * @enum {string}
                 */
                size: "individual" | "micro" | "small" | "medium" | "large";
                /** @description Has never traded an FX derivative with its bank */
                firstTimeHedger: boolean;
                /**
                 * @description The reading of the first-option waiver to apply: handling-fee (default; 减免其买入期权的办理费用 read as the bank's handling fee, an assumption) or premium (the words 减免期权费: the premium waived). From ruleset 2026.12.1
                 * @enum {string}
                 */
                waiverReading?: "handling-fee" | "premium";
                /** @description Your bank confirmed its first-option fee waiver still runs. The documents (中商务电函〔2023〕10号, 11号) report it for 2023 only; without this, months after 2023 assume it (from ruleset 2026.12.1) */
                waiverConfirmedByBank?: boolean;
            };
            /** @description What the business exports: one batch per line per month */
            productLines: {
                /**
                 * @description The product line's name, as the report shows it
                 * @example LED desk lamp
                 */
                name: string;
                /**
                 * @description HS code (4 to 10 digits); decides the VAT and refund rates
                 * @example 940520
                 */
                hsCode: string;
                /**
                 * @description Customs supervision mode: 0110 general trade, 9610 CBEC retail, 9710 B2B direct, 9810 overseas warehouse, 1039 market procurement
                 * @example 9810
                 * @enum {string}
                 */
                customsCode: "1039" | "9610" | "9710" | "9810" | "0110";
                /**
                 * @description Destination market
                 * @example US
                 */
                market: string;
                /**
                 * @description ISO 4217 currency code
                 * @example USD
                 */
                currency: string;
                /**
                 * @description Units shipped per month: one number for every month, or one per month
                 * @example 3000
                 */
                monthlyUnits: number | number[];
                /**
                 * @description Purchase or production cost per unit in CNY, excluding VAT (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 38
                 */
                unitCost: string | number;
                /**
                 * @description How the cost is invoiced: special VAT invoice (专票), ordinary (普票), none (无票)
                 * @example special
                 * @enum {string}
                 */
                purchaseInvoice: "special" | "ordinary" | "none";
                /**
                 * @description VAT rate on the supplier's invoice (0 when none) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.13
                 */
                invoiceVatRate: string | number;
                /**
                 * @description Customs FOB value per unit, in the line's currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 8.50
                 */
                declaredUnitValue: string | number;
                /**
                 * @description What the buyer or marketplace customer pays per unit, in the line's currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 29.99
                 */
                sellingPrice: string | number;
                /**
                 * @description Share of units returned and refunded (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.04
                 */
                returnsRate?: string | number;
                /**
                 * @description First-mile freight per unit in CNY, paid at shipment (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 4.26
                 */
                freightPerUnit?: string | number;
                /**
                 * @description Costs incurred abroad as units sell (fulfilment, storage, commission, advertising, duty): netted against proceeds when `measures.netting` is on, else bought and wired out
                 * @default []
                 */
                overseasCosts: {
                    /**
                     * @description Cost category (decides whether it may be netted)
                     * @enum {string}
                     */
                    category: "warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other";
                    /**
                     * @description Cost per unit sold, in the line's currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 5.20
                     */
                    perUnit?: string | number;
                    /**
                     * @description Cost as a share of sales (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.15
                     */
                    shareOfSales?: string | number;
                    /**
                     * @description Contracts the cost is paid under over the horizon, one after another, at most the months it is paid in (absent: one). Each is filed once, before its first payment above USD 50,000 (国家税务总局 国家外汇管理局公告2021年第19号). From ruleset 2026.12.1
                     * @example 1
                     */
                    contracts?: number;
                }[];
                /** @description How the money comes back: a marketplace payout rule or B2B payment terms */
                sales: {
                    /**
                     * @description Sold through a marketplace that pays out
                     * @enum {string}
                     */
                    channel: "marketplace";
                    /**
                     * @description Payout rule id (GET /v1/reference/payout-rules)
                     * @example amazon-us
                     */
                    payoutRule: string;
                } | {
                    /**
                     * @description Sold to a business buyer on payment terms
                     * @enum {string}
                     */
                    channel: "b2b";
                    /** @description When the buyer pays: shares of the invoice that add up to 1 */
                    terms: {
                        /**
                         * @description Share of the invoice (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 1
                         */
                        share: string | number;
                        /**
                         * @description Days from shipment (negative = before)
                         * @example 60
                         */
                        daysAfterShipment: number;
                    }[];
                };
                timing?: components["schemas"]["Timing"];
                /**
                 * @description VAT rate; default from the dated refund-rate table by HS code (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.13
                 */
                vatRate?: string | number;
                /**
                 * @description Export refund rate; default from the dated refund-rate table by HS code (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.13
                 */
                refundRate?: string | number;
            }[];
            timing: components["schemas"]["Timing"] & unknown;
            /** @description Exchange rates, bank spreads and fees, and the hedge */
            fx: {
                /** @description One rate set per currency the lines sell in */
                rates: {
                    /**
                     * @description ISO 4217 currency code
                     * @example USD
                     */
                    currency: string;
                    /**
                     * @description Middle rate, CNY per unit (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                     * @example 7.1000
                     */
                    spot: string | number;
                    /**
                     * @description The currency's money-market rate, on `dayCount` (a decimal string, or a JSON number; at most 10 decimal places; at least -0.05 and at most 0.5)
                     * @example 0.043
                     */
                    foreignRate: string | number;
                    /**
                     * @description Day count of foreignRate; default the currency's money-market convention (ACT/360 for USD, EUR, JPY, CHF; ACT/365F for GBP, HKD, SGD, AUD ...); required for a currency outside that table
                     * @example ACT/360
                     * @enum {string}
                     */
                    dayCount?: "ACT/360" | "ACT/365F";
                    /**
                     * @description Annual volatility (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 2)
                     * @example 0.05
                     */
                    vol: string | number;
                }[];
                /**
                 * @description CNY money-market rate (ACT/365F) (a decimal string, or a JSON number; at most 10 decimal places; at least -0.05 and at most 0.5)
                 * @example 0.015
                 */
                domesticRate: string | number;
                /**
                 * @description Bank buying rate below the middle rate, as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 0.1)
                 * @example 0.0015
                 */
                bidSpread: string | number;
                /**
                 * @description Bank selling rate above the middle rate, as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 0.1)
                 * @example 0.0015
                 */
                offerSpread: string | number;
                /** @description Bank fee per inward remittance (each payout or payment) */
                inwardFee: {
                    /**
                     * @description Fee as a share of the remitted amount (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.001
                     */
                    rate: string | number;
                    /**
                     * @description Minimum fee, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 20
                     */
                    min: string | number;
                    /**
                     * @description Maximum fee, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 200
                     */
                    max: string | number;
                    /**
                     * @description Fixed fee per remittance (cable), CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 0
                     */
                    fixed: string | number;
                };
                /** @description Bank fee per outward remittance (each overseas cost paid gross) */
                outwardFee: {
                    /**
                     * @description Fee as a share of the remitted amount (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.001
                     */
                    rate: string | number;
                    /**
                     * @description Minimum fee, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 20
                     */
                    min: string | number;
                    /**
                     * @description Maximum fee, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 200
                     */
                    max: string | number;
                    /**
                     * @description Fixed fee per remittance (cable), CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 0
                     */
                    fixed: string | number;
                };
                /** @description The hedge applied to each receipt */
                hedge: {
                    /**
                     * @description How receipts are hedged: none (sold at spot), forward (sold forward at covered interest parity), put (a bought put at `strikeRatio` of spot)
                     * @enum {string}
                     */
                    strategy: "none" | "forward" | "put";
                    /**
                     * @description Share of each receipt hedged (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 1
                     */
                    ratio: string | number;
                    /**
                     * @description Put strike as a fraction of the spot (a decimal string, or a JSON number; at most 10 decimal places; at least 0.5 and at most 1.5)
                     * @example 0.98
                     */
                    strikeRatio: string | number;
                    /**
                     * @description Bank handling fee of an option, fraction of the CNY notional (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 0.05)
                     * @example 0.001
                     */
                    handlingFeeRate: string | number;
                };
            };
            /** @description How a shortfall below the minimum cash is financed */
            financing: {
                /**
                 * @description Working-capital loan rate (1-year LPR 3.00% plus spread) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 0.36)
                 * @example 0.035
                 */
                workingCapitalRate: string | number;
                /**
                 * @description Day-count convention: ACT/360 or ACT/365F
                 * @example ACT/360
                 * @enum {string}
                 */
                dayCount: "ACT/360" | "ACT/365F";
                /** @description Supply-chain products on offer, drawn cheapest first before the loan when `measures.supplyChainFinance` is on */
                products: {
                    /**
                     * @description Supply-chain product, lent against what it finances (receivables, orders, refunds, payouts)
                     * @enum {string}
                     */
                    product: "tax-refund-loan" | "payout-advance" | "factoring" | "order-financing";
                    /**
                     * @description Annual rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 0.36)
                     * @example 0.032
                     */
                    annualRate: string | number;
                    /**
                     * @description Share of the receivable lent (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.8
                     */
                    advanceRate: string | number;
                    /**
                     * @description One-off fee, a fraction of its fee base, paid out of each draw (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 0.1)
                     * @example 0
                     */
                    feeRate: string | number;
                    /**
                     * @description What the fee is charged on: the amount drawn (advance) or the receivable, order, refund or payouts it is lent against (face = advance / advanceRate). Default as POST /v1/financing/quote: face for factoring, advance for the others. Read from ruleset 2026.12.1 on (earlier versions charge every fee on the amount drawn and refuse this field)
                     * @enum {string}
                     */
                    feeBase?: "advance" | "face";
                }[];
            };
            /**
             * @description Subsidies and rewards: an amount on a date, or (ruleset 2026.12.1 on) a programme whose awards the engine estimates from grantFacts
             * @default []
             */
            grants: ({
                /** @description What the grant is for */
                name: string;
                /**
                 * @description Grant, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 4000
                 */
                amount: string | number;
                /**
                 * Format: date
                 * @description ISO 8601 calendar date
                 * @example 2026-05-01
                 */
                date: string;
                /** @description Catalog measure id */
                measure?: string;
            } | {
                /**
                 * @description A grant programme (catalog measure id): the engine estimates its awards from grantFacts
                 * @example zh-live-commerce-fund
                 * @enum {string}
                 */
                programme: "gz-2025-live-commerce-rewards" | "gz-2025-honghu-reward" | "gz-2025-park-operator-reward" | "zh-live-commerce-fund" | "zs-2023-10-training-subsidy" | "zs-2024-24-m12-overseas-warehouse" | "zs-2023-10-exhibition-support" | "zs-2023-10-platform-support" | "zs-2023-10-rent-subsidy" | "zs-2023-10-loan-interest-subsidy";
                /**
                 * Format: date
                 * @description Payment date, when known (absent: the award's own date, or the last day of its payable year)
                 * @example 2026-05-01
                 */
                date?: string;
            })[];
            /** @description The firm's facts the named grant programmes test (see POST /v1/grants/estimate) */
            grantFacts?: {
                /**
                 * @description The city the firm is registered in
                 * @example Guangzhou
                 * @enum {string}
                 */
                city: "Guangzhou" | "Zhuhai" | "Zhongshan";
                /**
                 * @description District (区), as the firm names it
                 * @example 白云区
                 */
                district?: string;
                /**
                 * @description Annual online retail sales of physical goods, one row a year (the years before the window feed the growth test)
                 * @default []
                 */
                onlineRetailSales: {
                    /**
                     * @description Sales year
                     * @example 2025
                     */
                    year: number;
                    /**
                     * @description Annual 实物商品网上零售额, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 3001000000
                     */
                    amount: string | number;
                }[];
                /** @description How 平均增长率 is read; the clause does not say (default compound, before the break year) */
                growthReading?: {
                    /**
                     * @description compound: (end / start)^(1/2) - 1 (national statistics' 水平法, the default); arithmetic: the mean of the two annual rates
                     * @enum {string}
                     */
                    average: "compound" | "arithmetic";
                    /**
                     * @description before-break-year: the two growth years before the year the tier is broken (突破每档前, the default); ending-break-year: the two ending with it
                     * @enum {string}
                     */
                    years: "before-break-year" | "ending-break-year";
                };
                /** @description The firm's listing as a Guangzhou 鸿鹄 live-commerce firm */
                honghu?: {
                    /**
                     * @description The Honghu selection year the firm entered the list
                     * @example 2025
                     */
                    listedYear: number;
                    /**
                     * @description The firm was never on the list before
                     * @example true
                     */
                    firstListing: boolean;
                };
                /**
                 * @description Employees certified in e-commerce skills (Zhongshan training subsidy)
                 * @default []
                 */
                trainees: {
                    /**
                     * @description Certificate (职业/工种), e.g. 网店美工, 网商运营, 电商数据分析, 互联网营销师
                     * @example 网商运营
                     */
                    certificate: string;
                    /**
                     * @description Trainees certified
                     * @example 5
                     */
                    count: number;
                    /**
                     * @description Year the certificates are issued
                     * @example 2025
                     */
                    year: number;
                    /**
                     * @description Subsidy per trainee, CNY, from the current Guangdong list (absent = the document's own figures) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 800
                     */
                    perTrainee?: string | number;
                }[];
                /**
                 * @description Who receives the skill subsidy: the workers claim it themselves unless your arrangement pays the firm
                 * @default employees
                 * @enum {string}
                 */
                trainingPaidTo: "employees" | "firm";
                /**
                 * @description Eligible spending, each one claim
                 * @default []
                 */
                spend: {
                    /**
                     * @description Eligible spend: overseasWarehouse (中府办函〔2024〕24号 第12条), exhibition, platform (platforms and independent sites), rent (factory rent), loanInterest (interest paid), the last four from 中商务电函〔2023〕10号 五
                     * @example overseasWarehouse
                     * @enum {string}
                     */
                    category: "overseasWarehouse" | "exhibition" | "platform" | "rent" | "loanInterest";
                    /**
                     * @description Eligible spend, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 200000
                     */
                    amount: string | number;
                    /**
                     * Format: date
                     * @description Date of the spend (the programme must be in force then)
                     * @example 2026-05-01
                     */
                    date: string;
                }[];
                /**
                 * @description Share, cap and payment lag of each category you spend on (required for each)
                 * @default {}
                 */
                costShareTerms: {
                    /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                    overseasWarehouse?: {
                        /**
                         * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0.3
                         */
                        share: string | number;
                        /**
                         * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 500000
                         */
                        cap?: string | number;
                        /**
                         * @description Months from the spend to the payment
                         * @example 6
                         */
                        paidAfterMonths: number;
                    };
                    /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                    exhibition?: {
                        /**
                         * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0.3
                         */
                        share: string | number;
                        /**
                         * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 500000
                         */
                        cap?: string | number;
                        /**
                         * @description Months from the spend to the payment
                         * @example 6
                         */
                        paidAfterMonths: number;
                    };
                    /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                    platform?: {
                        /**
                         * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0.3
                         */
                        share: string | number;
                        /**
                         * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 500000
                         */
                        cap?: string | number;
                        /**
                         * @description Months from the spend to the payment
                         * @example 6
                         */
                        paidAfterMonths: number;
                    };
                    /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                    rent?: {
                        /**
                         * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0.3
                         */
                        share: string | number;
                        /**
                         * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 500000
                         */
                        cap?: string | number;
                        /**
                         * @description Months from the spend to the payment
                         * @example 6
                         */
                        paidAfterMonths: number;
                    };
                    /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                    loanInterest?: {
                        /**
                         * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0.3
                         */
                        share: string | number;
                        /**
                         * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 500000
                         */
                        cap?: string | number;
                        /**
                         * @description Months from the spend to the payment
                         * @example 6
                         */
                        paidAfterMonths: number;
                    };
                };
                /**
                 * @description Awards a district paid or promised under its own policy (Zhuhai live-commerce awards; Guangzhou park operators)
                 * @default []
                 */
                districtAwards: {
                    /**
                     * @description The programme the district paid under
                     * @enum {string}
                     */
                    programme: "zh-live-commerce-fund" | "gz-2025-park-operator-reward";
                    /**
                     * @description What the district paid or promised the firm, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 500000
                     */
                    amount: string | number;
                    /**
                     * @description Year the district pays
                     * @example 2025
                     */
                    year: number;
                }[];
            };
            /** @description One switch per measure (see /v1/measures, field `switch`) */
            measures: {
                /** @description Netting overseas costs against proceeds (海外仓轧差结算): 中府办函〔2024〕24号 第16条 便利跨境支付结算; catalog measure zs-2024-24-m16-netting */
                netting: boolean;
                /** @description No-invoice VAT exemption (无票免税): 中府办函〔2024〕24号 第15条 落实电商税收政策; catalog measure zs-2024-24-m15-no-invoice */
                noInvoiceExemption: boolean;
                /** @description Deemed-profit income tax (4%) (所得税核定征收（4%）): 国家税务总局公告2019年第36号 第一条、第二条、第四条; catalog measure sta-2019-36 */
                deemedProfitTax: boolean;
                /** @description First-option handling-fee waiver (首笔期权办理费减免): 中商务电函〔2023〕10号 二、关于加强金融授信扶持力度的建议 三是（另见中商务电函〔2023〕11号 （五）加大金融服务）; catalog measure zs-2023-option-fee-waiver */
                optionFeeWaiver: boolean;
                /** @description Supply-chain finance (供应链融资): 中府办函〔2024〕24号 第13条 积极发展供应链金融; catalog measure zs-2024-24-m13-finance */
                supplyChainFinance: boolean;
                /** @description 9810 refund on departure (9810离境即退税): 国家税务总局公告2025年第3号 第一条、第二条; catalog measure sta-2025-3 */
                departureRefund: boolean;
            };
        };
        /** @description This line's own timing, when it differs from the scenario's */
        Timing: {
            /**
             * @description Share of the supplier cost paid when the batch is ordered (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.30
             */
            supplierDepositShare: string | number;
            /**
             * @description Days after shipment the supplier balance is paid
             * @example 0
             */
            supplierBalanceDays: number;
            /**
             * @description Days from order to shipment (production or purchasing)
             * @example 25
             */
            productionDays: number;
            /**
             * @description Days from shipment to arrival abroad
             * @example 35
             */
            transitDays: number;
            /**
             * @description Days from arrival to the first sale (warehouse check-in)
             * @example 7
             */
            checkInDays: number;
            /**
             * @description Days over which a batch sells; 0 = sold on arrival (B2B delivery)
             * @example 60
             */
            sellThroughDays: number;
            /**
             * @description Days from filing a VAT refund claim to the money arriving
             * @example 20
             */
            refundDays: number;
        };
        CreatedScenario: components["schemas"]["SavedScenario"] & {
            /** @description Public scenarios only, shown once: send it as X-Delete-Token to delete the scenario. Keep it private; share only the id. */
            deleteToken?: string;
        };
        SavedScenario: {
            /**
             * @description Scenario id: 32 lowercase hex digits (128 random bits)
             * @example 3f9c2a7e5b1d4c8fa06e92b7d41c5e80
             */
            id: string;
            /** @description The name it was saved under */
            name: string;
            /**
             * @description tenant: saved with an API key, visible only to that bank's keys; public: saved anonymously, readable by anyone holding the id (a share link)
             * @enum {string}
             */
            visibility: "tenant" | "public";
            /**
             * @description Catalog version in force when saved; the scenario's projection recomputes under it
             * @example 2026.12.1
             */
            ruleset: string;
            /**
             * Format: date-time
             * @description When it was saved (ISO 8601, UTC)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Public share links only: the link stops working 90 days after it was saved (ISO 8601, UTC); reading it afterwards answers 410. null for a bank's scenarios, which do not expire.
             */
            expiresAt: string | null;
            /** @description The scenario, as saved */
            scenario: {
                [key: string]: unknown;
            };
        };
        CreateScenarioRequest: {
            /**
             * @description A name people recognize the scenario by
             * @example 中山家居 2027 年海外仓方案
             */
            name: string;
            scenario: components["schemas"]["Scenario"] & unknown;
        };
        ScenarioList: {
            /** @description One page of saved scenarios, newest first, without their contents */
            scenarios: {
                /**
                 * @description Scenario id: 32 lowercase hex digits (128 random bits)
                 * @example 3f9c2a7e5b1d4c8fa06e92b7d41c5e80
                 */
                id: string;
                /** @description The name it was saved under */
                name: string;
                /**
                 * @description Catalog version in force when saved; the scenario's projection recomputes under it
                 * @example 2026.12.1
                 */
                ruleset: string;
                /**
                 * Format: date-time
                 * @description When it was saved (ISO 8601, UTC)
                 */
                createdAt: string;
            }[];
            /** @description Pass as cursor for the next page; null at the end */
            nextCursor: string | null;
        };
        Projection: {
            /** @description One per month of the horizon */
            periods: components["schemas"]["Period"][];
            summary: components["schemas"]["ProjectionSummary"];
            baseline: components["schemas"]["ProjectionSummary"] & unknown;
            /** @description Per measure: what it gives alone and at the margin of the chosen set */
            measures: {
                /**
                 * @description The switch in the request's `measures`
                 * @enum {string}
                 */
                switch: "netting" | "noInvoiceExemption" | "deemedProfitTax" | "optionFeeWaiver" | "supplyChainFinance" | "departureRefund";
                /** @description Catalog measure id */
                measure: string;
                /** @description Document number and clause; from ruleset 2026.12.1, when a promoting document lapses before the horizon ends, the rules that grant the benefit (e.g. 汇发〔2020〕11号 for netting) */
                source: string;
                /** @description The measure's name */
                title: {
                    /** @description In Chinese (zh-CN) */
                    zh: string;
                    /** @description In English */
                    en: string;
                };
                /** @description When a promoting document lapses before the horizon ends (e.g. 中府办函〔2024〕24号, lapsed 2026-04-19): the documents that promoted the measure, with their dates, while source cites the granting rule (from ruleset 2026.12.1) */
                promotedBy?: {
                    /** @description The promoting document and clause */
                    source: string;
                    /** @description Its last day in force (YYYY-MM-DD); null: open-ended */
                    validTo: string | null;
                    /** @description validTo falls before the horizon's last day */
                    lapsed: boolean;
                }[];
                /** @description Switched on in the request */
                chosen: boolean;
                /** @description False when nothing in the scenario is touched by the measure */
                applies: boolean;
                /** @description When applies is false: why, and what would make the measure apply (from ruleset 2026.12.1) */
                notApplicable?: {
                    zh: string;
                    en: string;
                    /** @description The measure's document and clause */
                    source: string;
                };
                /** @description Baseline plus this measure alone, minus the baseline */
                alone: {
                    /**
                     * @description Change in total cost (negative = the measure saves)
                     * @example 12345.67
                     */
                    totalCostChange: string;
                    /**
                     * @description Change in the peak funding need
                     * @example 12345.67
                     */
                    peakFundingNeedChange: string;
                    /**
                     * @description Change in ending cash
                     * @example 12345.67
                     */
                    endingCashChange: string;
                    /**
                     * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                     * @example 12345.67
                     */
                    endingPositionChange: string;
                };
                /** @description With the measure minus without it, all other chosen measures as chosen */
                marginal: {
                    /**
                     * @description Change in total cost (negative = the measure saves)
                     * @example 12345.67
                     */
                    totalCostChange: string;
                    /**
                     * @description Change in the peak funding need
                     * @example 12345.67
                     */
                    peakFundingNeedChange: string;
                    /**
                     * @description Change in ending cash
                     * @example 12345.67
                     */
                    endingCashChange: string;
                    /**
                     * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                     * @example 12345.67
                     */
                    endingPositionChange: string;
                };
            }[];
            /** @description Each product line's VAT regime and rates, and why */
            lines: {
                /** @description The product line's name */
                name: string;
                /** @description Export VAT regime of the line's batches: exempt-credit-refund, exempt-refund, exempt or taxed-as-domestic */
                regime: string;
                /**
                 * @description VAT rate applied
                 * @example 0.1280
                 */
                vatRate: string;
                /**
                 * @description Export refund rate applied
                 * @example 0.1280
                 */
                refundRate: string;
                /** @description Why this regime applies */
                reason: {
                    /** @description In Chinese (zh-CN) */
                    zh: string;
                    /** @description In English */
                    en: string;
                };
                /** @description Document number and clause of the regime */
                source?: string;
            }[];
            outwardFilings?: components["schemas"]["OutwardFilings"];
            /** @description Per programme the scenario's grants name (ruleset 2026.12.1 on): its awards and effects */
            grants?: {
                /** @description Catalog measure id of the programme */
                programme: string;
                /** @description The programme's name */
                title: {
                    /** @description In Chinese (zh-CN) */
                    zh: string;
                    /** @description In English */
                    en: string;
                };
                /** @description Document number and clause */
                source: string;
                awards: components["schemas"]["GrantAwardReport"][];
                /** @description What its awards book as the firm's cash in the horizon (caps booked at the cap) */
                booked: {
                    /**
                     * @description Decimal string, CNY to the fen
                     * @example 12345.67
                     */
                    amount: string;
                    /** @description Part of it is a ceiling ('up to') */
                    upTo: boolean;
                };
                /** @description False when none of its awards is the firm's cash in the horizon */
                applies: boolean;
                /** @description Baseline plus this programme alone, minus the baseline */
                alone: {
                    /**
                     * @description Change in total cost (negative = the measure saves)
                     * @example 12345.67
                     */
                    totalCostChange: string;
                    /**
                     * @description Change in the peak funding need
                     * @example 12345.67
                     */
                    peakFundingNeedChange: string;
                    /**
                     * @description Change in ending cash
                     * @example 12345.67
                     */
                    endingCashChange: string;
                    /**
                     * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                     * @example 12345.67
                     */
                    endingPositionChange: string;
                };
                /** @description The chosen set minus the chosen set without this programme */
                marginal: {
                    /**
                     * @description Change in total cost (negative = the measure saves)
                     * @example 12345.67
                     */
                    totalCostChange: string;
                    /**
                     * @description Change in the peak funding need
                     * @example 12345.67
                     */
                    peakFundingNeedChange: string;
                    /**
                     * @description Change in ending cash
                     * @example 12345.67
                     */
                    endingCashChange: string;
                    /**
                     * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                     * @example 12345.67
                     */
                    endingPositionChange: string;
                };
            }[];
            /** @description How the chosen measures' combined effect divides between them, with no interaction remainder (from ruleset 2026.12.1) */
            attribution?: {
                /**
                 * @description The chosen measures switched on one at a time, from the baseline, in an order where a measure that depends on another comes after it (netting, no-invoice exemption, deemed-profit tax, refund on departure, option waiver, supply-chain finance); each credited with what it adds
                 * @enum {string}
                 */
                method: "sequential";
                /** @description One per chosen measure, in the order switched on */
                steps: {
                    /**
                     * @description The switch of this step
                     * @enum {string}
                     */
                    switch?: "netting" | "noInvoiceExemption" | "deemedProfitTax" | "optionFeeWaiver" | "supplyChainFinance" | "departureRefund";
                    /** @description Or the grant programme of this step (programmes come first) */
                    programme?: string;
                    /** @description With this and the measures before it minus without it, as differences of reported figures: the steps add up to summary minus baseline to the fen */
                    effect: {
                        /**
                         * @description Change in total cost (negative = the measure saves)
                         * @example 12345.67
                         */
                        totalCostChange: string;
                        /**
                         * @description Change in the peak funding need
                         * @example 12345.67
                         */
                        peakFundingNeedChange: string;
                        /**
                         * @description Change in ending cash
                         * @example 12345.67
                         */
                        endingCashChange: string;
                        /**
                         * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                         * @example 12345.67
                         */
                        endingPositionChange: string;
                    };
                }[];
            };
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        Period: {
            /**
             * @description The calendar month (YYYY-MM)
             * @example 2026-01
             */
            month: string;
            /** @description 0 for the first month of the horizon */
            index: number;
            /**
             * @description Cash at the start of the month (the previous close), CNY
             * @example 12345.67
             */
            openingBalance: string;
            /** @description Cash in by category, CNY */
            inflows: {
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                salesReceipts: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                vatRefunds: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                grants: string;
            };
            /** @description Cash out by category, CNY (negative) */
            outflows: {
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                suppliers: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                freight: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                overseasCosts: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                bankFees: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                hedging: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                vat: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                surtaxes: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                incomeTax: string;
            };
            /** @description Financing this month: draws and repayments keep the cash at the minimum */
            financing: {
                /**
                 * @description Financing drawn this month, CNY
                 * @example 12345.67
                 */
                drawn: string;
                /**
                 * @description Principal repaid this month, CNY (negative)
                 * @example 12345.67
                 */
                repaid: string;
                /**
                 * @description Interest paid this month, CNY (negative)
                 * @example 12345.67
                 */
                interest: string;
                /**
                 * @description Financing fees paid this month, CNY (negative)
                 * @example 12345.67
                 */
                fees: string;
                /**
                 * @description Financing owed at the month's end, all sources, CNY
                 * @example 12345.67
                 */
                outstanding: string;
            };
            /**
             * @description Sum of the month's inflows, outflows and financing, CNY
             * @example 12345.67
             */
            net: string;
            /**
             * @description openingBalance + net, CNY
             * @example 12345.67
             */
            closingBalance: string;
        };
        /** @description The scenario with the measures as chosen */
        ProjectionSummary: {
            /**
             * @description Sales net of returns, CNY at the middle rate, batches shipped in the horizon
             * @example 12345.67
             */
            revenue: string;
            /**
             * @description VAT paid + surtaxes + income tax + input VAT not refunded
             * @example 12345.67
             */
            taxes: string;
            /**
             * @description What conversions at the bank's bid and offer lost against the middle rate
             * @example 12345.67
             */
            fxCost: string;
            /**
             * @description Inward and outward remittance fees
             * @example 12345.67
             */
            bankFees: string;
            /**
             * @description Option premiums and handling fees
             * @example 12345.67
             */
            hedgingCost: string;
            /**
             * @description Interest and fees of the financing drawn in the horizon
             * @example 12345.67
             */
            financingCost: string;
            /**
             * @description taxes + fxCost + bankFees + hedgingCost + financingCost
             * @example 12345.67
             */
            totalCost: string;
            /**
             * @description Most the business must borrow on its own credit (working-capital loan) to keep the minimum cash
             * @example 12345.67
             */
            peakFundingNeed: string;
            /** @description Month (YYYY-MM) of the peak funding need; null when nothing is borrowed */
            peakFundingMonth: string | null;
            /**
             * @description Most financing outstanding at once, all sources
             * @example 12345.67
             */
            peakFinancingOutstanding: string;
            /** @description Days from paying suppliers to receiving sales money (amount-weighted) */
            cashConversionCycleDays: number;
            /**
             * @description Cash at the end of the horizon (the last closing balance)
             * @example 12345.67
             */
            endingCash: string;
            /**
             * @description endingCash + receivablesAfterHorizon - payablesAfterHorizon - financing outstanding: not moved by the horizon's cut-off
             * @example 12345.67
             */
            endingPosition: string;
            /**
             * @description Inflows of shipped batches that arrive after the horizon
             * @example 12345.67
             */
            receivablesAfterHorizon: string;
            /**
             * @description Outflows of shipped batches due after the horizon
             * @example 12345.67
             */
            payablesAfterHorizon: string;
            /** @description Month (YYYY-MM) when the most is owed, all sources together; null when nothing is borrowed (from ruleset 2026.12.1) */
            peakFinancingMonth?: string | null;
            /** @description What each source had outstanding in peakFinancingMonth; the amounts add up to peakFinancingOutstanding (from ruleset 2026.12.1) */
            peakFinancingBySource?: {
                /** @description A supply-chain product of the scenario's financing, or working-capital-loan: the rest, which no chosen product covers */
                product: string;
                /**
                 * @description Outstanding in peakFinancingMonth, CNY
                 * @example 12345.67
                 */
                amount: string;
            }[];
        };
        /** @description The tax filings of the outward payments for overseas costs, per contract (国家税务总局 国家外汇管理局公告2021年第19号), with and without netting (from ruleset 2026.12.1) */
        OutwardFilings: {
            /** @description A single outward payment above this USD equivalent (exclusive) is filed first (国家税务总局 国家外汇管理局公告2013年第40号 第一条) */
            thresholdUsd: string;
            /** @description Days a filing takes before the payment it precedes (market default). Payments are booked on their day, the filing made ahead: no figure moves and no cost is booked */
            delayDays: number;
            /** @description Each overseas cost of each line, as one contract unless contracts says otherwise */
            costs: {
                /** @description Index of the product line */
                line: number;
                /** @description The product line's name */
                name: string;
                /** @description Index of the cost in the line's overseasCosts */
                cost: number;
                /** @enum {string} */
                category: "warehousing" | "logistics" | "tax" | "platform" | "advertising" | "other";
                /** @description Contracts the cost is paid under (1 unless given) */
                contracts: number;
                /** @description Monthly payments in the horizon */
                payments: number;
                /** @description The largest single payment in USD, 2 decimals; null without a USD rate for the line's currency */
                largestPaymentUsd: string | null;
                /** @description Filings when wired out: one per contract before its first payment above the threshold (2021年第19号 第一条); null when the threshold cannot be judged (no USD rate) */
                filings: number | null;
                /** @description A payout may deduct it (netting removes its payments and filings) */
                nettable: boolean;
                /** @description Netted under the chosen measures: not wired out, not filed */
                netted: boolean;
                /** @description One per filing contract */
                filed: {
                    /** @description The first payment the filing precedes */
                    firstPayment: string;
                    /** @description firstPayment - delayDays */
                    fileBy: string;
                    /** @description That payment, left to wait delayDays for the filing, would fall in a later month */
                    waitCrossesMonth: boolean;
                }[];
            }[];
            /** @description Filings with every cost wired out */
            withoutNetting: number;
            /** @description Filings under the chosen measures */
            chosen: number;
            /** @description Filings netting removes (the nettable costs are no longer wired out) */
            avoidedByNetting: number;
            /** @description Costs whose threshold could not be judged */
            notJudged: number;
        };
        GrantAwardReport: {
            /** @description Catalog measure id of the programme */
            programme: string;
            /** @description Every test passed (see explain) */
            eligible: boolean;
            /**
             * @description CNY; when upTo, the document's ceiling (不超过), not a promise; null when another body sets it
             * @example 12345.67
             */
            amount: string | null;
            /** @description The amount is a ceiling ('up to') */
            upTo: boolean;
            /** @description The year of the sales, listing, training or spend the award is for */
            basisYear?: number;
            /** @description The year it is paid */
            payableYear?: number;
            /** @description The payment date, where one is known (cost-share lags) */
            date?: string;
            /**
             * @description Where the year or date comes from: the document, your input, or an estimate (the document states none)
             * @enum {string}
             */
            timing: "document" | "user" | "assumed";
            /**
             * @description Who receives the money
             * @enum {string}
             */
            payee: "firm" | "employees" | "district";
            /** @description Zhuhai: how the district's award is funded (not more cash for the firm) */
            split?: {
                /**
                 * @description What the city pays the district back: up to this
                 * @example 12345.67
                 */
                cityUpTo: string;
                /**
                 * @description What the district bears itself: at least this
                 * @example 12345.67
                 */
                districtAtLeast: string;
            };
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
        };
        /** @description RFC 9457 problem details, in the language chosen by ?lang= or Accept-Language */
        SavedProjectionProblem: components["schemas"]["Problem"] & {
            /**
             * @description ruleset-not-carried: the version the scenario was saved under, which this server cannot compute
             * @example 2025.6.0
             */
            savedRuleset?: string;
            /**
             * @description ruleset-not-carried: the version in force, under which `recompute` computes
             * @example 2026.12.1
             */
            currentRuleset?: string;
            /**
             * @description ruleset-not-carried: GET this path for the projection under the version in force (its `ruleset` says so)
             * @example /v1/scenarios/3f9c2a7e5b1d4c8fa06e92b7d41c5e80/projection?ruleset=current
             */
            recompute?: string;
        };
        Usage: {
            /** @description The tenant the calling key belongs to */
            tenant: {
                /** @description Tenant id */
                id: string;
                /** @description Tenant name */
                name: string;
            };
            /**
             * @description First day covered (UTC+8)
             * @example 2026-10-24
             */
            from: string;
            /**
             * @description Today (UTC+8)
             * @example 2026-11-23
             */
            to: string;
            /** @description Requests over the days listed */
            total: number;
            /** @description Days with requests, oldest first */
            days: {
                /** @description The day (YYYY-MM-DD, UTC+8) */
                day: string;
                /** @description Requests with the tenant's keys that day */
                requests: number;
            }[];
        };
        CreatedTenant: {
            tenant: components["schemas"]["Tenant"];
            key: components["schemas"]["NewApiKey"];
        };
        Tenant: {
            /**
             * @description Tenant id
             * @example 8d2f0c4b6a1e4f3d9b7c5a2e1f0d3c4b
             */
            id: string;
            /** @description The bank or team the tenant is */
            name: string;
            /**
             * Format: date-time
             * @description When it was created (ISO 8601, UTC)
             */
            createdAt: string;
        };
        NewApiKey: components["schemas"]["ApiKeyInfo"] & {
            /**
             * @description The API key. Shown only now: store it in the bank's secret store; it cannot be recovered.
             * @example cbec_Xq3v9Tz0bV4mK8wR2yN6pL1sD5fH7jA3cE9gU0iO2kM
             */
            key: string;
        };
        ApiKeyInfo: {
            /** @description Key id (to revoke it); not the key itself */
            id: string;
            /** @description The tenant the key belongs to */
            tenantId: string;
            /**
             * @description The key's first characters, to tell keys apart
             * @example cbec_Xq3v9Tz
             */
            prefix: string;
            /** @description What the key is for */
            label: string;
            /**
             * Format: date-time
             * @description When it was created (ISO 8601, UTC)
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was revoked; null while it is valid
             */
            revokedAt: string | null;
        };
        CreateTenantRequest: {
            /**
             * @description The bank or team
             * @example 某银行广东省分行 跨境金融部
             */
            name: string;
            /**
             * @description Label of the first key; default "default"
             * @example production
             */
            keyLabel?: string;
        };
        CreateApiKeyRequest: {
            /**
             * @description What the key is for
             * @example production
             */
            label: string;
        };
        FxForwardResponse: {
            /**
             * @description The foreign currency (ISO 4217)
             * @example USD
             */
            foreignCurrency: string;
            /** @description Days to the value date */
            days: number;
            /**
             * @description Day-count convention: ACT/360 or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            domesticDayCount: "ACT/360" | "ACT/365F";
            /**
             * @description Day-count convention: ACT/360 or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            foreignDayCount: "ACT/360" | "ACT/365F";
            /**
             * @description Outright forward, CNY per USD, 4 decimals
             * @example 7.0505
             */
            forward: string;
            /**
             * @description (forward - spot) x 10000 from the forward as shown (4 decimals, not the unrounded one), so spot + forwardPoints / 10000 = forward; 2 decimals (exact for a spot of up to 6 decimals)
             * @example -495.00
             */
            forwardPoints: string;
            /**
             * @description notional x forward (4 decimals), to the fen
             * @example 12345.67
             */
            cnyAmount?: string;
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        FxForwardRequest: {
            /**
             * @description The foreign currency (ISO 4217) of the spot, the foreign rate and the amounts; default USD. Sets the default day count of the foreign rate: ACT/360 for USD, EUR, JPY, CHF, DKK, NOK, SEK; ACT/365F for GBP, HKD, SGD, INR, PLN, ZAR, AUD, CAD, NZD; any other needs foreignDayCount
             * @example USD
             */
            foreignCurrency?: string;
            /**
             * @description USD/CNY spot: CNY per 1 USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 7.1000
             */
            spot: string | number;
            /**
             * @description CNY money-market rate (simple, annual) as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.015
             */
            domesticRate: string | number;
            /**
             * @description Foreign-currency (default USD) money-market rate (simple, annual) as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.043
             */
            foreignRate: string | number;
            /**
             * @description Days to delivery; or give valuationDate and maturityDate
             * @example 90
             */
            days?: number;
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            valuationDate?: string;
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            maturityDate?: string;
            /**
             * @description Day count of the CNY rate; default ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            domesticDayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Day count of the foreign rate; default the currency's money-market convention (USD ACT/360, GBP ACT/365F)
             * @example ACT/360
             * @enum {string}
             */
            foreignDayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Foreign currency to sell forward (optional): gives the CNY locked in (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 100000
             */
            notional?: string | number;
        };
        FxOptionPriceResponse: {
            /**
             * @description call: right to buy USD at the strike; put: right to sell USD at the strike (an exporter's protection)
             * @enum {string}
             */
            type: "call" | "put";
            /**
             * @description european: exercise at expiry only; american: any day up to expiry
             * @enum {string}
             */
            style: "european" | "american";
            /**
             * @description Default garman-kohlhagen for european, andersen-lake-offengelder for american (the exercise boundary by the Andersen–Lake–Offengelder fixed-point method: price within 1e-8 relative of the converged value); barone-adesi-whaley (an approximation, off by up to a few 1e-3) and lattice (Leisen–Reimer binomial, either style; a few 1e-4 at 801 steps) stay available by name
             * @enum {string}
             */
            model: "garman-kohlhagen" | "andersen-lake-offengelder" | "barone-adesi-whaley" | "lattice";
            /** @description Time to expiry in years (ACT/365F when given as dates) */
            years: string;
            /**
             * @description CNY per 1 USD of notional, 8 decimals
             * @example 0.03841234
             */
            price: string;
            greeks: components["schemas"]["FxGreeks"];
            /** @description andersen-lake-offengelder and barone-adesi-whaley: whether early exercise can pay, and the critical rate */
            earlyExercise?: {
                /** @description False when early exercise can never pay (the European price applies) */
                possible: boolean;
                /** @description Spot beyond which exercising today is optimal (a call above it, a put below it); null when never. andersen-lake-offengelder: the boundary of the fixed-point solution at today, within 1e-5, 4 decimals; barone-adesi-whaley: its approximate critical price (Newton to QuantLib's tolerance), within 5e-4, 3 decimals */
                criticalSpot: string | null;
            };
            quote?: components["schemas"]["FxOptionQuote"];
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        /** @description Sensitivities per unit of USD, printed only to the digits the model gets right. garman-kohlhagen (closed form): delta 8, gamma 8, vega 8, theta 8, thetaPerDay 8, rhoDomestic 8, rhoForeign 8 decimals. andersen-lake-offengelder (delta and gamma through the boundary solution, theta from the pricing equation, vega and rhos by central differences; accurate to delta 5e-9, gamma 2e-7, vega 5e-7, theta 5e-7, rhos 5e-5): delta 8, gamma 7, vega 6, theta 6, thetaPerDay 9, rhoDomestic 4, rhoForeign 4. barone-adesi-whaley and lattice (central differences of an approximate price, about ±1e-4, gamma ±1e-3): delta 4, gamma 3, vega 4, theta 4, thetaPerDay 6, rhoDomestic 4, rhoForeign 4 */
        FxGreeks: {
            /** @description d price / d spot (per 1 CNY move of the rate) */
            delta: string;
            /** @description d delta / d spot */
            gamma: string;
            /** @description Per 1.00 of volatility */
            vega: string;
            /** @description Per year */
            theta: string;
            /** @description theta / 365 */
            thetaPerDay: string;
            /** @description Per 1.00 of the CNY rate */
            rhoDomestic: string;
            /** @description Per 1.00 of the USD rate */
            rhoForeign: string;
        };
        FxOptionQuote: {
            /**
             * @description USD notional
             * @example 12345.67
             */
            notional: string;
            /**
             * @description notional x spot, the base of the handling fee
             * @example 12345.67
             */
            notionalCny: string;
            /**
             * @description price (8 decimals) x notional, CNY to the fen
             * @example 12345.67
             */
            premium: string;
            before: components["schemas"]["FxCharges"];
            after: components["schemas"]["FxCharges"];
            /** @description Measure ids of the waivers that applied */
            applied: string[];
            /** @description Every waiver rule of the catalog, and whether it applied */
            waiver: components["schemas"]["FxWaiverDecision"][];
            waiverPeriod?: components["schemas"]["FxWaiverPeriod"];
        };
        FxCharges: {
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            premium: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            handlingFee: string;
            /**
             * @description Cash margin posted (returned at maturity; not a cost)
             * @example 12345.67
             */
            margin: string;
            /**
             * @description premium + handling fee
             * @example 12345.67
             */
            cost: string;
        };
        FxWaiverDecision: {
            /** @description Measure id of the waiver (GET /v1/measures/{id}) */
            measure: string;
            /** @description Document number and clause of the waiver */
            source: string;
            /** @description True when the firm and the deal qualify */
            applies: boolean;
            /** @description Why it applies, or every reason it does not */
            reasons: {
                /** @description In Chinese (zh-CN) */
                zh: string;
                /** @description In English */
                en: string;
            }[];
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            waivedHandlingFee: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            waivedPremium: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            coveredMargin: string;
            /** @description True when the waiver's cap limited what was waived */
            capped: boolean;
        };
        /** @description With firm facts and the first-option waiver evaluated: whether it is reported for the valuation date (2023) or assumed (continuation unconfirmed) unless waiverConfirmedByBank */
        FxWaiverPeriod: {
            /** @description Measure id of the first-option waiver */
            measure: string;
            /** @description The documents that report it */
            source: string;
            /** @description Last day of the period the documents report (the 2023 campaign) */
            reportedUntil: string;
            /** @description The deal's date the status is for (the valuation date); null when only years were given */
            date: string | null;
            /**
             * @description reported: the date falls in the reported period (2023); assumed: after it (or undated), continuation unconfirmed; bank-confirmed: after it, and the request says the bank confirmed it
             * @enum {string}
             */
            status: "reported" | "assumed" | "bank-confirmed";
        };
        FxOptionPriceRequest: {
            /**
             * @description call: right to buy USD at the strike; put: right to sell USD at the strike (an exporter's protection)
             * @enum {string}
             */
            type: "call" | "put";
            /**
             * @description european: exercise at expiry only; american: any day up to expiry
             * @enum {string}
             */
            style: "european" | "american";
            /**
             * @description USD/CNY spot: CNY per 1 USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 7.1000
             */
            spot: string | number;
            /**
             * @description Strike, CNY per 1 USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 7.0000
             */
            strike: string | number;
            /**
             * @description Domestic (CNY) interest rate, continuously compounded, as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.015
             */
            domesticRate: string | number;
            /**
             * @description Foreign (USD) interest rate, continuously compounded, as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.043
             */
            foreignRate: string | number;
            /**
             * @description Time to expiry in years; or give valuationDate and expiryDate. A fraction computed in floating point (1/12 sent as the JSON number 0.08333333333333333) is taken as sent (a decimal string, or a JSON number; at most 20 decimal places; greater than 0 and at most 30)
             * @example 0.25
             */
            years?: string | number;
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            valuationDate?: string;
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            expiryDate?: string;
            /**
             * @description Default garman-kohlhagen for european, andersen-lake-offengelder for american (the exercise boundary by the Andersen–Lake–Offengelder fixed-point method: price within 1e-8 relative of the converged value); barone-adesi-whaley (an approximation, off by up to a few 1e-3) and lattice (Leisen–Reimer binomial, either style; a few 1e-4 at 801 steps) stay available by name
             * @enum {string}
             */
            model?: "garman-kohlhagen" | "andersen-lake-offengelder" | "barone-adesi-whaley" | "lattice";
            /** @description Lattice steps (odd; an even number is raised by one). Default 801 */
            latticeSteps?: number;
            /**
             * @description Annual volatility as a fraction (0.05 = 5%) (a decimal string, or a JSON number; at most 10 decimal places; at least 0.001 and at most 3)
             * @example 0.05
             */
            vol: string | number;
            /**
             * @description USD notional (optional): gives the premium, fees and waiver in CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 100000
             */
            notional?: string | number;
            firm?: components["schemas"]["FxFirm"];
            fees?: components["schemas"]["FxFees"];
            /** @description Waiver programmes to apply, in order (measure ids). Default: ["zs-2023-option-fee-waiver"]; zs-2023-margin-support-reference is unconfirmed and opt-in */
            waivers?: ("zs-2023-option-fee-waiver" | "zs-2023-margin-support-reference")[];
            /**
             * @description How to read the first-option waiver of 中商务电函〔2023〕10号/11号: handling-fee (default; 减免其买入期权的办理费用 read as the bank's handling fee, an assumption) or premium (the words 减免期权费 read literally: the premium waived)
             * @enum {string}
             */
            waiverReading?: "handling-fee" | "premium";
            /** @description Your bank confirmed that its first-option waiver (reported by 中商务电函〔2023〕10号/11号 for 2023 only) still runs on your date; absent or false: after 2023 the waiver is an assumption, labelled so */
            waiverConfirmedByBank?: boolean;
        };
        /** @description Who is buying: decides whether a waiver applies */
        FxFirm: {
            /**
             * @description individual (个体工商户), micro, small, medium or large
             * @enum {string}
             */
            size: "individual" | "micro" | "small" | "medium" | "large";
            /** @description True when this is the firm's first FX derivative deal with the bank */
            firstDerivativeWithBank: boolean;
        };
        /** @description The bank's handling fee terms; each missing one takes the catalog default */
        FxFees: {
            /**
             * @description Bank handling fee as a fraction of the CNY notional (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
             * @example 0.001
             */
            handlingFeeRate?: string | number;
            /**
             * @description Minimum handling fee per option deal, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            handlingFeeMinCny?: string | number;
            /**
             * @description Fixed charge per option deal on top of the rate, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
             * @example 0
             */
            handlingFeeFixedCny?: string | number;
        };
        FxImpliedVolResponse: {
            /**
             * @description Implied volatility as a fraction, 6 decimals
             * @example 0.050000
             */
            vol: string;
            /** @description Model price at that vol, 8 decimals */
            modelPrice: string;
            /** @description Root-finder (Brent) iterations used */
            iterations: number;
            /**
             * @description Default garman-kohlhagen for european, andersen-lake-offengelder for american (the exercise boundary by the Andersen–Lake–Offengelder fixed-point method: price within 1e-8 relative of the converged value); barone-adesi-whaley (an approximation, off by up to a few 1e-3) and lattice (Leisen–Reimer binomial, either style; a few 1e-4 at 801 steps) stay available by name
             * @enum {string}
             */
            model: "garman-kohlhagen" | "andersen-lake-offengelder" | "barone-adesi-whaley" | "lattice";
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        FxImpliedVolRequest: {
            /**
             * @description call: right to buy USD at the strike; put: right to sell USD at the strike (an exporter's protection)
             * @enum {string}
             */
            type: "call" | "put";
            /**
             * @description european: exercise at expiry only; american: any day up to expiry
             * @enum {string}
             */
            style: "european" | "american";
            /**
             * @description USD/CNY spot: CNY per 1 USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 7.1000
             */
            spot: string | number;
            /**
             * @description Strike, CNY per 1 USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 7.0000
             */
            strike: string | number;
            /**
             * @description Domestic (CNY) interest rate, continuously compounded, as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.015
             */
            domesticRate: string | number;
            /**
             * @description Foreign (USD) interest rate, continuously compounded, as a fraction (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.043
             */
            foreignRate: string | number;
            /**
             * @description Time to expiry in years; or give valuationDate and expiryDate. A fraction computed in floating point (1/12 sent as the JSON number 0.08333333333333333) is taken as sent (a decimal string, or a JSON number; at most 20 decimal places; greater than 0 and at most 30)
             * @example 0.25
             */
            years?: string | number;
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            valuationDate?: string;
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            expiryDate?: string;
            /**
             * @description Default garman-kohlhagen for european, andersen-lake-offengelder for american (the exercise boundary by the Andersen–Lake–Offengelder fixed-point method: price within 1e-8 relative of the converged value); barone-adesi-whaley (an approximation, off by up to a few 1e-3) and lattice (Leisen–Reimer binomial, either style; a few 1e-4 at 801 steps) stay available by name
             * @enum {string}
             */
            model?: "garman-kohlhagen" | "andersen-lake-offengelder" | "barone-adesi-whaley" | "lattice";
            /** @description Lattice steps (odd; an even number is raised by one). Default 801 */
            latticeSteps?: number;
            /**
             * @description Quoted premium, CNY per 1 USD of notional (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 0.0386
             */
            price: string | number;
        };
        FxHedgeCompareResponse: {
            /**
             * @description The receipts' currency (ISO 4217)
             * @example USD
             */
            foreignCurrency: string;
            /**
             * @description Day-count convention: ACT/360 or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            domesticDayCount: "ACT/360" | "ACT/365F";
            /**
             * @description Day-count convention: ACT/360 or ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            foreignDayCount: "ACT/360" | "ACT/365F";
            /** @description Each receipt with the rates the strategies use */
            receipts: {
                /** @description Date of the receipt */
                date: string;
                /** @description Amount expected, in the foreign currency */
                amount: string;
                /** @description Days from the valuation date to the receipt */
                days: number;
                /** @description Outright forward to that date, CNY per unit, 4 decimals */
                forward: string;
                /** @description Premium of the bought put, CNY per unit */
                putPremiumPerUnit: string;
                /** @description Strike of the sold call that makes the collar cost nothing, 4 decimals */
                collarCallStrike: string;
                /** @description What is left of the collar's premium after rounding its call strike, CNY per unit */
                collarNetPremiumPerUnit: string;
            }[];
            /** @description Unhedged, forward, put and collar, side by side */
            strategies: components["schemas"]["FxHedgeStrategy"][];
            waiverPeriod?: components["schemas"]["FxWaiverPeriod"] & unknown;
            /** @description How the Monte Carlo was run */
            monteCarlo: {
                /** @description Paths simulated */
                paths: number;
                /** @description Seed: the same seed gives the same figures */
                seed: number;
                /** @description The pseudo-random generator used */
                generator: string;
            };
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        FxHedgeStrategy: {
            /**
             * @description The strategy compared
             * @enum {string}
             */
            id: "unhedged" | "forward" | "put" | "collar";
            /** @description What the hedge costs, before and after the first-option waiver */
            hedgeCost: {
                withoutWaiver: components["schemas"]["FxCharges"];
                withWaiver: components["schemas"]["FxCharges"];
                /** @description Every waiver rule of the catalog, and whether it applied */
                waiver: components["schemas"]["FxWaiverDecision"][];
            };
            /**
             * @description CNY received however low the rate goes
             * @example 12345.67
             */
            protectedFloor: string | null;
            /**
             * @description protectedFloor per USD received, 4 decimals
             * @example 0.1280
             */
            protectedFloorRate: string | null;
            /** @description Highest flat rate at which this still does at least as well as unhedged */
            breakevenRate: string | null;
            /** @description CNY received under each deterministic spot shock */
            shocks: {
                /** @description Relative move of the spot at every receipt */
                shock: string;
                /** @description The shocked spot, CNY per unit of the foreign currency */
                rate: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                cnyReceived: string;
            }[];
            monteCarlo: components["schemas"]["FxDistribution"];
        };
        /** @description CNY received over the Monte Carlo paths, net of costs after waiver */
        FxDistribution: {
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            mean: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            p5: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            p50: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            p95: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            worst: string;
        };
        FxHedgeCompareRequest: {
            /**
             * Format: date
             * @description ISO 8601 calendar date
             * @example 2026-05-01
             */
            valuationDate: string;
            /**
             * @description The foreign currency (ISO 4217) of the spot, the foreign rate and the amounts; default USD. Sets the default day count of the foreign rate: ACT/360 for USD, EUR, JPY, CHF, DKK, NOK, SEK; ACT/365F for GBP, HKD, SGD, INR, PLN, ZAR, AUD, CAD, NZD; any other needs foreignDayCount
             * @example USD
             */
            foreignCurrency?: string;
            /**
             * @description USD/CNY spot: CNY per 1 USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
             * @example 7.1000
             */
            spot: string | number;
            /**
             * @description CNY money-market rate (simple, annual) (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.015
             */
            domesticRate: string | number;
            /**
             * @description Foreign-currency (default USD) money-market rate (simple, annual) (a decimal string, or a JSON number; at most 10 decimal places; at least -0.1 and at most 1)
             * @example 0.043
             */
            foreignRate: string | number;
            /**
             * @description Default ACT/365F
             * @example ACT/360
             * @enum {string}
             */
            domesticDayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Default the currency's money-market convention (USD ACT/360, GBP ACT/365F)
             * @example ACT/360
             * @enum {string}
             */
            foreignDayCount?: "ACT/360" | "ACT/365F";
            /**
             * @description Annual volatility as a fraction (0.05 = 5%) (a decimal string, or a JSON number; at most 10 decimal places; at least 0.001 and at most 3)
             * @example 0.05
             */
            vol: string | number;
            /** @description Expected USD receipts, 1 to 60 */
            receipts: {
                /**
                 * Format: date
                 * @description ISO 8601 calendar date
                 * @example 2026-05-01
                 */
                date: string;
                /**
                 * @description USD expected on that date (a decimal string, or a JSON number; at most 6 decimal places; greater than 0 and at most 1000000000000000)
                 * @example 50000
                 */
                amount: string | number;
            }[];
            /** @description The hedges to compare with staying unhedged */
            strategies: {
                /**
                 * @description Share of each receipt hedged (forward, put and collar); default 1 (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 1
                 */
                hedgeRatio?: string | number;
                /**
                 * @description Strike of the bought USD put, CNY per USD (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                 * @example 7.0000
                 */
                putStrike: string | number;
                /**
                 * @description Put strike of the zero-cost collar; default putStrike (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                 * @example 6.9500
                 */
                collarPutStrike?: string | number;
            };
            /** @description Spot shocks; default [-0.1, -0.05, 0, 0.05, 0.1] */
            shocks?: (string | number)[];
            /** @description The seeded Monte Carlo of the spot (geometric Brownian motion); defaults when absent */
            monteCarlo?: {
                /** @description Default 2000; paths x receipts at most 240000 */
                paths?: number;
                /** @description Default 20260501 */
                seed?: number;
            };
            firm: components["schemas"]["FxFirm"];
            /** @description The bank's handling fee terms and the forward's margin; each missing one takes the catalog's market default (listed in the answer) */
            fees?: {
                /**
                 * @description Bank handling fee as a fraction of the CNY notional (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.001
                 */
                handlingFeeRate?: string | number;
                /**
                 * @description Minimum handling fee per option deal, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                handlingFeeMinCny?: string | number;
                /**
                 * @description Fixed charge per option deal on top of the rate, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 0
                 */
                handlingFeeFixedCny?: string | number;
                /**
                 * @description Margin on a forward as a fraction of the CNY notional (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                 * @example 0.05
                 */
                forwardMarginRate?: string | number;
            };
            /** @description Waiver programmes to apply, in order (measure ids). Default: ["zs-2023-option-fee-waiver"]; zs-2023-margin-support-reference is unconfirmed and opt-in */
            waivers?: ("zs-2023-option-fee-waiver" | "zs-2023-margin-support-reference")[];
            /**
             * @description How to read the first-option waiver of 中商务电函〔2023〕10号/11号: handling-fee (default; 减免其买入期权的办理费用 read as the bank's handling fee, an assumption) or premium (the words 减免期权费 read literally: the premium waived)
             * @enum {string}
             */
            waiverReading?: "handling-fee" | "premium";
            /** @description Your bank confirmed that its first-option waiver (reported by 中商务电函〔2023〕10号/11号 for 2023 only) still runs on your date; absent or false: after 2023 the waiver is an assumption, labelled so */
            waiverConfirmedByBank?: boolean;
        };
        ExportVatResult: {
            /**
             * @description The regime applied
             * @enum {string}
             */
            regime: "exempt-credit-refund" | "exempt-refund" | "exempt" | "taxed-as-domestic";
            /** @enum {string} */
            requested: "auto" | "exempt-credit-refund" | "exempt-refund" | "exempt" | "taxed-as-domestic";
            eligibility: components["schemas"]["RegimeEligibility"];
            legalBasis: {
                /** @description The article governing the regime applied, for this export date (财税〔2012〕39号 第五条 refund formulas, 第六条 exempt, 第七条 taxed; or the 2026 successor) */
                policy: string;
                /** @description The filing rules' document for this export date */
                administration: string;
                era: {
                    from: string;
                    until: string | null;
                };
            };
            rates: {
                /**
                 * @description Fraction as a decimal string (0.13 = 13%)
                 * @example 0.1280
                 */
                vatRate: string;
                /**
                 * @description Fraction as a decimal string (0.13 = 13%)
                 * @example 0.1280
                 */
                refundRate: string;
                /** @enum {string} */
                from: "input" | "table";
                hsCode?: string;
                group?: {
                    zh: string;
                    en: string;
                };
                /** @description Measure id of the document that set the rate */
                source?: string;
            };
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            fobCny: string;
            figures: components["schemas"]["ExportVatFigures"];
            surtax: {
                /**
                 * @description VAT and consumption tax paid + exempt-credit amount
                 * @example 12345.67
                 */
                base: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                urbanConstruction: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                education: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                localEducation: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                total: string;
                /**
                 * @description 1.00, or 0.50 when halved
                 * @example 1.00
                 */
                factor: string;
                rates: {
                    /**
                     * @description Fraction as a decimal string (0.13 = 13%)
                     * @example 0.1280
                     */
                    urbanConstruction: string;
                    /**
                     * @description Fraction as a decimal string (0.13 = 13%)
                     * @example 0.1280
                     */
                    education: string;
                    /**
                     * @description Fraction as a decimal string (0.13 = 13%)
                     * @example 0.1280
                     */
                    localEducation: string;
                };
            };
            summary: components["schemas"]["RegimeCostSummary"];
            /** @description Filing and refund dates; null when taxed (nothing to claim) */
            timing: {
                refundExpected: boolean;
                departureRefund: boolean;
                basisDate: string;
                claimableFrom: string;
                claimWindowEnd: string;
                /** @description From 2026: export date + 36 months */
                filingDeadline: string | null;
                expectedFilingDate: string;
                expectedRefundDate: string | null;
                reconcileBy: string | null;
            } | null;
            alternatives: {
                /**
                 * @description exempt-credit-refund 免抵退税 | exempt-refund 免退税 | exempt 免税 | taxed-as-domestic 视同内销征税
                 * @enum {string}
                 */
                regime: "exempt-credit-refund" | "exempt-refund" | "exempt" | "taxed-as-domestic";
                applies: boolean;
                /** @description Its ground when it applies, else each failing condition */
                reasons: {
                    zh: string;
                    en: string;
                    source: string;
                    fact?: string;
                }[];
                /** @description Its figures; null when they cannot be computed for this export (notComputed says why) */
                figures: components["schemas"]["ExportVatFigures"] | null;
                /** @description Its cost summary; null when its figures cannot be computed (notComputed says why) */
                summary: components["schemas"]["RegimeCostSummary"] | null;
                notComputed?: {
                    zh: string;
                    en: string;
                };
            }[];
            warnings: {
                zh: string;
                en: string;
            }[];
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        RegimeEligibility: {
            /**
             * @description exempt-credit-refund 免抵退税 | exempt-refund 免退税 | exempt 免税 | taxed-as-domestic 视同内销征税
             * @enum {string}
             */
            regime: "exempt-credit-refund" | "exempt-refund" | "exempt" | "taxed-as-domestic";
            applies: boolean;
            /** @description Id of the ground that holds */
            basis: string | null;
            /** @description Each legal ground; the regime applies if one holds */
            grounds: components["schemas"]["TaxGround"][];
        };
        TaxGround: {
            id: string;
            zh: string;
            en: string;
            /** @description True when every condition holds */
            met: boolean;
            source: string;
            measure?: string;
            conditions: components["schemas"]["TaxCondition"][];
        };
        TaxCondition: {
            id: string;
            zh: string;
            en: string;
            met: boolean;
            /** @description JSON pointer of the request field that decides the condition */
            fact: string;
            /** @description Document number and clause */
            source: string;
            measure?: string;
        };
        /** @description The figures of the regime, named as in the textbooks; only those that apply */
        ExportVatFigures: {
            /**
             * @description 不得免征和抵扣税额抵减额 (capped)
             * @example 12345.67
             */
            nonCreditableOffset?: string;
            /**
             * @description 不得免征和抵扣税额, booked to cost
             * @example 12345.67
             */
            nonCreditable?: string;
            /**
             * @description 当期应纳税额; negative = closing credit
             * @example 12345.67
             */
            payable?: string;
            /**
             * @description 免抵退税额抵减额
             * @example 12345.67
             */
            eligibleRefundOffset?: string;
            /**
             * @description 免抵退税额
             * @example 12345.67
             */
            eligibleRefund?: string;
            /**
             * @description 应退税额
             * @example 12345.67
             */
            refund?: string;
            /**
             * @description 免抵税额 (surtax base)
             * @example 12345.67
             */
            exemptCredit?: string;
            /**
             * @description Credit carried to the next period
             * @example 12345.67
             */
            carryForward?: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            invoiceAmountExclVat?: string;
            /**
             * @description Output VAT of a deemed domestic sale
             * @example 12345.67
             */
            outputVat?: string;
            /**
             * @description Non-creditable amount booked earlier, reversed to input VAT (taxed as domestic)
             * @example 12345.67
             */
            nonCreditableReversed?: string;
            /**
             * @description VAT payable in cash for the period
             * @example 12345.67
             */
            vatDue?: string;
            /**
             * @description VAT that ends as cost
             * @example 12345.67
             */
            toCost?: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            consumptionTaxRefund?: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            consumptionTaxDue?: string;
        };
        RegimeCostSummary: {
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            refund: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            vatDue: string;
            /**
             * @description VAT the exports bear (not recovered by credit or refund; the output VAT when taxed)
             * @example 12345.67
             */
            vatCost: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            surtaxes: string;
            /**
             * @description Consumption tax due (taxed as domestic); a trader's consumption-tax refund is in refund
             * @example 12345.67
             */
            consumptionTax: string;
            /**
             * @description vatCost + surtaxes + consumption tax due
             * @example 12345.67
             */
            netCost: string;
            /**
             * @description VAT due + surtaxes + consumption tax due − refunds
             * @example 12345.67
             */
            netCashToTaxOffice: string;
        };
        IncomeTaxResult: {
            /** @enum {string} */
            requested: "auto" | "deemed-profit" | "actual-profit";
            /** @enum {string} */
            method: "deemed-profit" | "actual-profit";
            /**
             * @description Revenue − exempt income (deemed profit)
             * @example 12345.67
             */
            taxableRevenue?: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            taxableIncome: string;
            /**
             * @description Decimal string, CNY to the fen
             * @example 12345.67
             */
            cit: string;
            smallLowProfit: boolean;
            /**
             * @description CIT ÷ taxable income: 0.0500 with the relief from 2023, the blend of the 2019–2022 bands in those years, else 0.2500
             * @example 0.1280
             */
            effectiveRate: string;
            /**
             * @description CIT ÷ revenue
             * @example 0.1280
             */
            burdenOnRevenue: string;
            smallLowProfitTests: {
                id: string;
                zh: string;
                en: string;
                met: boolean;
                limit: string;
                actual: string;
                source: string;
                measure?: string;
            }[];
            /** @description The conditions of 国家税务总局公告2019年第36号 (null for actual-profit) */
            deemedProfitEligibility: {
                applies: boolean;
                conditions: components["schemas"]["TaxCondition"][];
            } | null;
            /** @description Both methods side by side (auto) */
            comparison: {
                /** @enum {string} */
                method: "deemed-profit" | "actual-profit";
                /**
                 * @description Revenue − exempt income (deemed profit)
                 * @example 12345.67
                 */
                taxableRevenue?: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                taxableIncome: string;
                /**
                 * @description Decimal string, CNY to the fen
                 * @example 12345.67
                 */
                cit: string;
                smallLowProfit: boolean;
                /**
                 * @description CIT ÷ taxable income: 0.0500 with the relief from 2023, the blend of the 2019–2022 bands in those years, else 0.2500
                 * @example 0.1280
                 */
                effectiveRate: string;
                /**
                 * @description CIT ÷ revenue
                 * @example 0.1280
                 */
                burdenOnRevenue: string;
                eligible: boolean;
            }[] | null;
            paymentDates: {
                year: number;
                quarters: {
                    quarter: number;
                    periodEnd: string;
                    due: string;
                }[];
                annualSettlementDue: string;
            };
            warnings: {
                zh: string;
                en: string;
            }[];
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        RefundRate: {
            /** @description The HS code asked about */
            hsCode: string;
            /** @description The export date asked about */
            date: string;
            /** @description The longest HS prefix of the table that matches */
            matchedPrefix: string;
            /** @description The product group of the table row */
            group: {
                /** @description In Chinese (zh-CN) */
                zh: string;
                /** @description In English */
                en: string;
            };
            /**
             * @description Fraction as a decimal string (0.13 = 13%)
             * @example 0.1280
             */
            vatRate: string;
            /**
             * @description 0 = no refund (which alone does not cancel the exemption)
             * @example 0.1280
             */
            refundRate: string;
            /** @description First export date the rate applies to */
            validFrom: string;
            /** @description Last export date it applies to; null while in force */
            validTo: string | null;
            /** @description Measure id of the document that set the rate */
            measure: string;
            /** @description Document number and clause */
            source: string;
            /** @description What to check before relying on the rate */
            note?: string;
            /** @description Date of the rate table the answer comes from */
            tablePublished: string;
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        ProjectionBatch: {
            /** @description One per item, in the order sent */
            results: components["schemas"]["ProjectionBatchResult"][];
            /** @description How the items fared */
            counts: {
                /** @description Items projected */
                ok: number;
                /** @description Items answered with a problem */
                problem: number;
            };
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        ProjectionBatchResult: {
            /** @description The item's id, as sent */
            id: string;
            /** @description The item's position in `items`, from 0 */
            index: number;
            /**
             * @description ok: summary and measures are given; problem: `problem` says what is wrong
             * @enum {string}
             */
            status: "ok" | "problem";
            summary?: components["schemas"]["ProjectionSummary"] & unknown;
            /** @description Per measure: what it gives alone and at the margin of the chosen set */
            measures?: {
                /**
                 * @description The switch in the request's `measures`
                 * @enum {string}
                 */
                switch: "netting" | "noInvoiceExemption" | "deemedProfitTax" | "optionFeeWaiver" | "supplyChainFinance" | "departureRefund";
                /** @description Catalog measure id */
                measure: string;
                /** @description Document number and clause; from ruleset 2026.12.1, when a promoting document lapses before the horizon ends, the rules that grant the benefit (e.g. 汇发〔2020〕11号 for netting) */
                source: string;
                /** @description The measure's name */
                title: {
                    /** @description In Chinese (zh-CN) */
                    zh: string;
                    /** @description In English */
                    en: string;
                };
                /** @description When a promoting document lapses before the horizon ends (e.g. 中府办函〔2024〕24号, lapsed 2026-04-19): the documents that promoted the measure, with their dates, while source cites the granting rule (from ruleset 2026.12.1) */
                promotedBy?: {
                    /** @description The promoting document and clause */
                    source: string;
                    /** @description Its last day in force (YYYY-MM-DD); null: open-ended */
                    validTo: string | null;
                    /** @description validTo falls before the horizon's last day */
                    lapsed: boolean;
                }[];
                /** @description Switched on in the request */
                chosen: boolean;
                /** @description False when nothing in the scenario is touched by the measure */
                applies: boolean;
                /** @description When applies is false: why, and what would make the measure apply (from ruleset 2026.12.1) */
                notApplicable?: {
                    zh: string;
                    en: string;
                    /** @description The measure's document and clause */
                    source: string;
                };
                /** @description Baseline plus this measure alone, minus the baseline */
                alone: {
                    /**
                     * @description Change in total cost (negative = the measure saves)
                     * @example 12345.67
                     */
                    totalCostChange: string;
                    /**
                     * @description Change in the peak funding need
                     * @example 12345.67
                     */
                    peakFundingNeedChange: string;
                    /**
                     * @description Change in ending cash
                     * @example 12345.67
                     */
                    endingCashChange: string;
                    /**
                     * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                     * @example 12345.67
                     */
                    endingPositionChange: string;
                };
                /** @description With the measure minus without it, all other chosen measures as chosen */
                marginal: {
                    /**
                     * @description Change in total cost (negative = the measure saves)
                     * @example 12345.67
                     */
                    totalCostChange: string;
                    /**
                     * @description Change in the peak funding need
                     * @example 12345.67
                     */
                    peakFundingNeedChange: string;
                    /**
                     * @description Change in ending cash
                     * @example 12345.67
                     */
                    endingCashChange: string;
                    /**
                     * @description Change in the ending position; prefer it to endingCashChange when a measure only moves timing
                     * @example 12345.67
                     */
                    endingPositionChange: string;
                };
            }[];
            /** @description The months, when the request asked for `periods` */
            periods?: components["schemas"]["Period"][];
            problem?: components["schemas"]["Problem"] & unknown;
        };
        ProjectionBatchRequest: {
            /** @description The scenarios, 1 to 100, each with a distinct id */
            items: {
                /**
                 * @description The caller's own id for this scenario, echoed in its result
                 * @example loan-8812
                 */
                id: string;
                /** @description A scenario as POST /v1/cashflow/projection takes it (schema Scenario); checked on its own, so a bad or missing one fails only its item */
                scenario?: components["schemas"]["Scenario"];
            }[];
            /**
             * @description Also answer each item's months (the projection's periods)
             * @default false
             * @example false
             */
            periods: boolean;
        };
        AmazonSettlementImport: {
            /**
             * @description The reports' currency (ISO 4217)
             * @example USD
             */
            currency: string;
            /** @description Each settlement period covered, in the order posted */
            periods: {
                /** @description settlement-id */
                settlementId: string;
                /** @description Line of the report's header row in the upload */
                line: number;
                /** @description settlement-start-date (YYYY-MM-DD) */
                startDate: string;
                /** @description settlement-end-date (YYYY-MM-DD) */
                endDate: string;
                /** @description deposit-date (YYYY-MM-DD) */
                depositDate: string;
                /** @description total-amount: what was deposited */
                totalAmount: string;
                /** @description The sum of the report's amount lines */
                linesSum: string;
                /** @description linesSum equals totalAmount (false: lines are missing from the file) */
                reconciles: boolean;
                /** @description Calendar days from settlement end to deposit */
                payoutLagDays: number;
                /** @description Amount lines in the report */
                lines: number;
            }[];
            /** @description What the periods cover */
            covered: {
                /** @description Earliest settlement start */
                from: string;
                /** @description Latest settlement end */
                to: string;
                /** @description Calendar days inside the periods, each day once */
                days: number;
            };
            /** @description Sum of the periods' total-amount (the deposits) */
            totalAmount: string;
            /** @description Deposit date minus settlement end, over the periods */
            payoutLag: {
                /** @description Shortest lag seen */
                minDays: number;
                /** @description Longest lag seen */
                maxDays: number;
            };
            /** @description Totals by transaction type, amount type and description, every line counted */
            totals: {
                /** @description transaction-type as in the file (Order, Refund, ServiceFee...) */
                transactionType: string;
                /** @description amount-type as in the file (ItemPrice, ItemFees...) */
                amountType: string;
                /** @description amount-description as in the file (Principal, Commission...) */
                amountDescription: string;
                /**
                 * @description What the amount is, for the scenario
                 * @enum {string}
                 */
                category: "principal" | "refund" | "tax" | "shipping" | "promotion" | "commission" | "fbaFulfilment" | "storage" | "advertising" | "reserve" | "subscription" | "reimbursement" | "transfer" | "other";
                /** @description Decimal string in the report's currency, to the cent */
                amount: string;
                /** @description Lines added up */
                lines: number;
            }[];
            /** @description Totals by category (principal, refund, tax, commission, fbaFulfilment...) */
            categories: {
                /** @enum {string} */
                category: "principal" | "refund" | "tax" | "shipping" | "promotion" | "commission" | "fbaFulfilment" | "storage" | "advertising" | "reserve" | "subscription" | "reimbursement" | "transfer" | "other";
                /** @description Decimal string in the report's currency, to the cent */
                amount: string;
            }[];
            /** @description Units and sales per SKU */
            skus: {
                /** @description The seller's SKU */
                sku: string;
                /** @description Units ordered (quantity-purchased on order principal lines) */
                units: number;
                /** @description Order principal (ItemPrice / Principal), before refunds */
                sales: string;
                /** @description Refunded principal (negative) */
                refunds: string;
                /** @description Referral and closing fees, net of refunded fees (negative) */
                commission: string;
                /** @description FBA fulfilment fees (negative) */
                fbaFulfilment: string;
                /** @description Promotion rebates */
                promotions: string;
                /** @description Tax collected and withheld (nets to zero where the marketplace remits it) */
                tax: string;
                /** @description Shipping and gift wrap charged to buyers */
                shipping: string;
                /** @description Lines placed on the SKU */
                lines: number;
            }[];
            /** @description A proposed patch to a scenario's product lines */
            proposal: {
                /** @description One proposed product line per SKU with sales */
                productLines: {
                    sku: string;
                    /** @description Fields to merge into a scenario product line (hsCode, costs and the rest stay yours) */
                    patch: {
                        /** @description The SKU, as the line's name */
                        name: string;
                        currency: string;
                        /** @description Units ordered x 365 / (12 x days covered), half-up */
                        monthlyUnits: number;
                        /** @description Order principal / units */
                        sellingPrice?: string;
                        /** @description Refunded principal / order principal */
                        returnsRate?: string;
                        /** @description Referral fees as platform shareOfSales; FBA fulfilment as logistics perUnit (the form of the presets) */
                        overseasCosts: {
                            category: string;
                            perUnit: string;
                            shareOfSales: string;
                        }[];
                    };
                    /** @description Both fees as per-unit amounts and as fractions of sales */
                    fees: {
                        /** @description A marketplace fee as an amount per unit and as a fraction of sales */
                        commission: {
                            /** @description The fee paid over the periods (positive = a cost) */
                            amount: string;
                            /** @description Per unit sold, to the cent; null with no units */
                            perUnit: string | null;
                            /** @description As a share of sales; null with no sales */
                            shareOfSales: string | null;
                        };
                        /** @description A marketplace fee as an amount per unit and as a fraction of sales */
                        fbaFulfilment: {
                            /** @description The fee paid over the periods (positive = a cost) */
                            amount: string;
                            /** @description Per unit sold, to the cent; null with no units */
                            perUnit: string | null;
                            /** @description As a share of sales; null with no sales */
                            shareOfSales: string | null;
                        };
                    };
                }[];
            };
            /** @description Lines the proposal could not place (storage, advertising, reserves, transfers...) */
            unplaced: {
                /** @description Every line not placed on a SKU's product line, none dropped */
                lines: {
                    /** @description Line in the upload */
                    line: number;
                    settlementId: string;
                    transactionType: string;
                    amountType: string;
                    amountDescription: string;
                    /** @enum {string} */
                    category: "principal" | "refund" | "tax" | "shipping" | "promotion" | "commission" | "fbaFulfilment" | "storage" | "advertising" | "reserve" | "subscription" | "reimbursement" | "transfer" | "other";
                    /** @description The SKU, empty for account-level amounts */
                    sku: string;
                    /** @description Decimal string in the report's currency, to the cent */
                    amount: string;
                    /** @description Why it was not placed on a product line */
                    reason: {
                        /** @description In Chinese (zh-CN) */
                        zh: string;
                        /** @description In English */
                        en: string;
                    };
                }[];
                /** @description The unplaced lines by category */
                byCategory: {
                    /** @enum {string} */
                    category: "principal" | "refund" | "tax" | "shipping" | "promotion" | "commission" | "fbaFulfilment" | "storage" | "advertising" | "reserve" | "subscription" | "reimbursement" | "transfer" | "other";
                    /** @description Decimal string in the report's currency, to the cent */
                    amount: string;
                    /** @description -amount / all SKUs' sales: what the cost would be as a shareOfSales across lines */
                    shareOfSales: string | null;
                }[];
            };
            /** @description How every figure was computed, in order, with the document each rule comes from */
            explain: components["schemas"]["ExplainStep"][];
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        GrantsEstimate: {
            /** @enum {string} */
            city: "Guangzhou" | "Zhuhai" | "Zhongshan";
            /** @description The reading of 平均增长率 applied */
            growthReading: {
                average: string;
                years: string;
            };
            awards: components["schemas"]["GrantAward"][];
            totals: {
                /** @description Eligible awards paid to the firm */
                firm: {
                    /**
                     * @description Decimal string, CNY to the fen
                     * @example 12345.67
                     */
                    amount: string;
                    /** @description Part of it is a ceiling */
                    upTo: boolean;
                };
                /** @description Eligible awards paid to the employees (not the firm's cash) */
                employees: {
                    /**
                     * @description Decimal string, CNY to the fen
                     * @example 12345.67
                     */
                    amount: string;
                    /** @description Part of it is a ceiling */
                    upTo: boolean;
                };
            };
            /**
             * @description Version of the measures catalog that produced the result
             * @example 2026.12.1
             */
            ruleset: string;
        };
        GrantAward: components["schemas"]["GrantAwardReport"] & {
            /** @description Short name of the programme */
            title: {
                /** @description In Chinese (zh-CN) */
                zh: string;
                /** @description In English */
                en: string;
            };
            /** @description Document number and clause */
            source: string;
        };
        GrantsEstimateRequest: {
            /**
             * @description The city the firm is registered in
             * @example Guangzhou
             * @enum {string}
             */
            city: "Guangzhou" | "Zhuhai" | "Zhongshan";
            /**
             * @description District (区), as the firm names it
             * @example 白云区
             */
            district?: string;
            /**
             * @description Annual online retail sales of physical goods, one row a year (the years before the window feed the growth test)
             * @default []
             */
            onlineRetailSales: {
                /**
                 * @description Sales year
                 * @example 2025
                 */
                year: number;
                /**
                 * @description Annual 实物商品网上零售额, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 3001000000
                 */
                amount: string | number;
            }[];
            /** @description How 平均增长率 is read; the clause does not say (default compound, before the break year) */
            growthReading?: {
                /**
                 * @description compound: (end / start)^(1/2) - 1 (national statistics' 水平法, the default); arithmetic: the mean of the two annual rates
                 * @enum {string}
                 */
                average: "compound" | "arithmetic";
                /**
                 * @description before-break-year: the two growth years before the year the tier is broken (突破每档前, the default); ending-break-year: the two ending with it
                 * @enum {string}
                 */
                years: "before-break-year" | "ending-break-year";
            };
            /** @description The firm's listing as a Guangzhou 鸿鹄 live-commerce firm */
            honghu?: {
                /**
                 * @description The Honghu selection year the firm entered the list
                 * @example 2025
                 */
                listedYear: number;
                /**
                 * @description The firm was never on the list before
                 * @example true
                 */
                firstListing: boolean;
            };
            /**
             * @description Employees certified in e-commerce skills (Zhongshan training subsidy)
             * @default []
             */
            trainees: {
                /**
                 * @description Certificate (职业/工种), e.g. 网店美工, 网商运营, 电商数据分析, 互联网营销师
                 * @example 网商运营
                 */
                certificate: string;
                /**
                 * @description Trainees certified
                 * @example 5
                 */
                count: number;
                /**
                 * @description Year the certificates are issued
                 * @example 2025
                 */
                year: number;
                /**
                 * @description Subsidy per trainee, CNY, from the current Guangdong list (absent = the document's own figures) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 800
                 */
                perTrainee?: string | number;
            }[];
            /**
             * @description Who receives the skill subsidy: the workers claim it themselves unless your arrangement pays the firm
             * @default employees
             * @enum {string}
             */
            trainingPaidTo: "employees" | "firm";
            /**
             * @description Eligible spending, each one claim
             * @default []
             */
            spend: {
                /**
                 * @description Eligible spend: overseasWarehouse (中府办函〔2024〕24号 第12条), exhibition, platform (platforms and independent sites), rent (factory rent), loanInterest (interest paid), the last four from 中商务电函〔2023〕10号 五
                 * @example overseasWarehouse
                 * @enum {string}
                 */
                category: "overseasWarehouse" | "exhibition" | "platform" | "rent" | "loanInterest";
                /**
                 * @description Eligible spend, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 200000
                 */
                amount: string | number;
                /**
                 * Format: date
                 * @description Date of the spend (the programme must be in force then)
                 * @example 2026-05-01
                 */
                date: string;
            }[];
            /**
             * @description Share, cap and payment lag of each category you spend on (required for each)
             * @default {}
             */
            costShareTerms: {
                /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                overseasWarehouse?: {
                    /**
                     * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.3
                     */
                    share: string | number;
                    /**
                     * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 500000
                     */
                    cap?: string | number;
                    /**
                     * @description Months from the spend to the payment
                     * @example 6
                     */
                    paidAfterMonths: number;
                };
                /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                exhibition?: {
                    /**
                     * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.3
                     */
                    share: string | number;
                    /**
                     * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 500000
                     */
                    cap?: string | number;
                    /**
                     * @description Months from the spend to the payment
                     * @example 6
                     */
                    paidAfterMonths: number;
                };
                /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                platform?: {
                    /**
                     * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.3
                     */
                    share: string | number;
                    /**
                     * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 500000
                     */
                    cap?: string | number;
                    /**
                     * @description Months from the spend to the payment
                     * @example 6
                     */
                    paidAfterMonths: number;
                };
                /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                rent?: {
                    /**
                     * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.3
                     */
                    share: string | number;
                    /**
                     * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 500000
                     */
                    cap?: string | number;
                    /**
                     * @description Months from the spend to the payment
                     * @example 6
                     */
                    paidAfterMonths: number;
                };
                /** @description The terms of a cost-share programme: the documents publish none, so they are yours */
                loanInterest?: {
                    /**
                     * @description Share of the eligible spend paid back, from the call for applications (申报指南) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.3
                     */
                    share: string | number;
                    /**
                     * @description Most paid for one claim, CNY (absent = the call states no cap) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 500000
                     */
                    cap?: string | number;
                    /**
                     * @description Months from the spend to the payment
                     * @example 6
                     */
                    paidAfterMonths: number;
                };
            };
            /**
             * @description Awards a district paid or promised under its own policy (Zhuhai live-commerce awards; Guangzhou park operators)
             * @default []
             */
            districtAwards: {
                /**
                 * @description The programme the district paid under
                 * @enum {string}
                 */
                programme: "zh-live-commerce-fund" | "gz-2025-park-operator-reward";
                /**
                 * @description What the district paid or promised the firm, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                 * @example 500000
                 */
                amount: string | number;
                /**
                 * @description Year the district pays
                 * @example 2025
                 */
                year: number;
            }[];
            /** @description The programmes to test (absent = every programme of the firm's city) */
            programmes?: ("gz-2025-live-commerce-rewards" | "gz-2025-honghu-reward" | "gz-2025-park-operator-reward" | "zh-live-commerce-fund" | "zs-2023-10-training-subsidy" | "zs-2024-24-m12-overseas-warehouse" | "zs-2023-10-exhibition-support" | "zs-2023-10-platform-support" | "zs-2023-10-rent-subsidy" | "zs-2023-10-loan-interest-subsidy")[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listMeasures: {
        parameters: {
            query?: {
                /** @description Only measures used by this calculator */
                calculator?: "tax" | "settlement" | "fx" | "financing" | "cashflow";
                /** @description A date (YYYY-MM-DD): each measure then says whether it is in force on it */
                on?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Version of the measures catalog that produced the result
                         * @example 2026.12.1
                         */
                        ruleset: string;
                        /** @description Date this catalog version was published */
                        published: string;
                        /** @description The measures, in catalog order */
                        measures: components["schemas"]["Measure"][];
                    };
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasure: {
        parameters: {
            query?: {
                /** @description A date (YYYY-MM-DD): each measure then says whether it is in force on it */
                on?: string;
            };
            header?: never;
            path: {
                /** @description Measure id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"] & {
                        /**
                         * @description Version of the measures catalog that produced the result
                         * @example 2026.12.1
                         */
                        ruleset: string;
                    };
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareOverseasWarehouseSettlement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currency": "USD",
                 *       "declaredValue": "76500",
                 *       "salesProceeds": "269910",
                 *       "proceedsRemittances": 6,
                 *       "overseasCosts": [
                 *         {
                 *           "category": "warehousing",
                 *           "amount": "50400",
                 *           "remittances": 3
                 *         },
                 *         {
                 *           "category": "logistics",
                 *           "amount": "60000"
                 *         },
                 *         {
                 *           "category": "tax",
                 *           "amount": "19125"
                 *         },
                 *         {
                 *           "category": "advertising",
                 *           "amount": "26991",
                 *           "remittances": 3
                 *         }
                 *       ],
                 *       "fx": {
                 *         "mid": "7.1000",
                 *         "bid": "7.0858",
                 *         "offer": "7.1142"
                 *       },
                 *       "fees": {
                 *         "inward": {
                 *           "rate": "0.001",
                 *           "min": "20",
                 *           "max": "200"
                 *         },
                 *         "outward": {
                 *           "rate": "0.001",
                 *           "min": "50",
                 *           "max": "1000",
                 *           "fixed": "150"
                 *         }
                 *       },
                 *       "fundingRate": "0.035",
                 *       "exportDate": "2026-03-02",
                 *       "receiptDate": "2026-07-10"
                 *     }
                 */
                "application/json": components["schemas"]["SettlementRequest"];
            };
        };
        responses: {
            /** @description The two paths, the saving and the deviation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementComparison"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPayoutRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout-rule presets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        note: string;
                        rules: components["schemas"]["PayoutRulePreset"][];
                        /**
                         * @description Version of the measures catalog that produced the result
                         * @example 2026.12.1
                         */
                        ruleset: string;
                    };
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payoutSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "preset": "amazon-us",
                 *       "cycleAnchor": "2026-03-12",
                 *       "currency": "USD",
                 *       "deliveries": [
                 *         {
                 *           "date": "2026-03-02",
                 *           "amount": "2999.00"
                 *         },
                 *         {
                 *           "date": "2026-03-03",
                 *           "amount": "1499.50"
                 *         },
                 *         {
                 *           "date": "2026-03-20",
                 *           "amount": "4498.50"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PayoutScheduleRequest"];
            };
        };
        responses: {
            /** @description Dated payouts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSchedule"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    financingAnnualizedRate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "periodic",
                 *       "principal": "100000",
                 *       "upfrontFee": "1000",
                 *       "payments": [
                 *         {
                 *           "period": 1,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 2,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 3,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 4,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 5,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 6,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 7,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 8,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 9,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 10,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 11,
                 *           "amount": "8833.30"
                 *         },
                 *         {
                 *           "period": 12,
                 *           "amount": "8833.30"
                 *         }
                 *       ],
                 *       "periodsPerYear": 12
                 *     }
                 */
                "application/json": components["schemas"]["AnnualizedRateRequest"];
            };
        };
        responses: {
            /** @description The annualized rate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualizedRate"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    financingQuote: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "product": "factoring",
                 *       "invoiceAmount": "1000000",
                 *       "recourse": "with-recourse",
                 *       "advanceRate": "0.8",
                 *       "annualRate": "0.04",
                 *       "dayCount": "ACT/360",
                 *       "days": 90,
                 *       "feeRate": "0.002",
                 *       "startDate": "2026-03-02"
                 *     }
                 */
                "application/json": components["schemas"]["FinancingQuoteRequest"];
            };
        };
        responses: {
            /** @description The quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingQuote"] & {
                        /** @description How every figure was computed, in order, with the document each rule comes from */
                        explain: components["schemas"]["ExplainStep"][];
                        /**
                         * @description Version of the measures catalog that produced the result
                         * @example 2026.12.1
                         */
                        ruleset: string;
                    };
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    financingCompare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "need": "600000",
                 *       "fromDate": "2026-03-02",
                 *       "until": "refund-arrives",
                 *       "untilDate": "2026-05-31",
                 *       "products": [
                 *         {
                 *           "product": "working-capital-loan"
                 *         },
                 *         {
                 *           "product": "tax-refund-loan",
                 *           "refundDue": "700000",
                 *           "advanceRate": "0.9"
                 *         },
                 *         {
                 *           "product": "factoring",
                 *           "invoiceAmount": "800000",
                 *           "recourse": "with-recourse",
                 *           "feeRate": "0.002"
                 *         },
                 *         {
                 *           "product": "payout-advance",
                 *           "recentPayouts": "1000000",
                 *           "annualRate": "0.12"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FinancingCompareRequest"];
            };
        };
        responses: {
            /** @description The products ranked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FinancingComparison"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenarioTemplate: {
        parameters: {
            query?: {
                /** @description A preset id (GET /v1/presets); blank form without */
                preset?: string;
                /** @description Language of the sheets (default zh) */
                lang?: "zh" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importScenarioWorkbook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The .xlsx workbook (application/octet-stream is accepted too) */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description The scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listScenarios: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the tenant's scenarios (without their contents) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried save safe: the same key with the same body within 24 hours answers the first save's 201 again (same id, same deleteToken, header Idempotent-Replayed: true) instead of saving twice; the same key with a different body answers 422. Keys are scoped to the bank's tenant (with an API key) or to the calling client's address (without). Use a new random key (a UUID) per save. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "沙溪T恤 2026 年无票免税方案",
                 *       "scenario": {
                 *         "horizonMonths": 12,
                 *         "startDate": "2026-01-01",
                 *         "openingCash": "300000",
                 *         "minimumCash": "50000",
                 *         "company": {
                 *           "kind": "trader",
                 *           "vatPayer": "small_scale",
                 *           "pilotZone": {
                 *             "registered": true,
                 *             "platformRecorded": true,
                 *             "zoneCustoms": true
                 *           },
                 *           "employees": 15,
                 *           "totalAssets": "2000000",
                 *           "size": "small",
                 *           "firstTimeHedger": true
                 *         },
                 *         "productLines": [
                 *           {
                 *             "name": "Casual T-shirts",
                 *             "hsCode": "610910",
                 *             "customsCode": "9610",
                 *             "market": "US",
                 *             "currency": "USD",
                 *             "monthlyUnits": 8000,
                 *             "unitCost": "18",
                 *             "purchaseInvoice": "none",
                 *             "invoiceVatRate": "0",
                 *             "declaredUnitValue": "14.99",
                 *             "sellingPrice": "14.99",
                 *             "returnsRate": "0.06",
                 *             "freightPerUnit": "26.98",
                 *             "overseasCosts": [
                 *               {
                 *                 "category": "platform",
                 *                 "perUnit": "0",
                 *                 "shareOfSales": "0.08"
                 *               }
                 *             ],
                 *             "sales": {
                 *               "channel": "marketplace",
                 *               "payoutRule": "tiktok-shop-standard"
                 *             },
                 *             "timing": {
                 *               "supplierDepositShare": "0",
                 *               "supplierBalanceDays": 0,
                 *               "productionDays": 5,
                 *               "transitDays": 10,
                 *               "checkInDays": 0,
                 *               "sellThroughDays": 0,
                 *               "refundDays": 20
                 *             }
                 *           }
                 *         ],
                 *         "timing": {
                 *           "supplierDepositShare": "0",
                 *           "supplierBalanceDays": 0,
                 *           "productionDays": 5,
                 *           "transitDays": 10,
                 *           "checkInDays": 0,
                 *           "sellThroughDays": 0,
                 *           "refundDays": 20
                 *         },
                 *         "fx": {
                 *           "rates": [
                 *             {
                 *               "currency": "USD",
                 *               "spot": "7.1000",
                 *               "foreignRate": "0.043",
                 *               "vol": "0.05"
                 *             }
                 *           ],
                 *           "domesticRate": "0.015",
                 *           "bidSpread": "0.0015",
                 *           "offerSpread": "0.0015",
                 *           "inwardFee": {
                 *             "rate": "0.001",
                 *             "min": "20",
                 *             "max": "200",
                 *             "fixed": "0"
                 *           },
                 *           "outwardFee": {
                 *             "rate": "0.001",
                 *             "min": "50",
                 *             "max": "1000",
                 *             "fixed": "150"
                 *           },
                 *           "hedge": {
                 *             "strategy": "none",
                 *             "ratio": "0",
                 *             "strikeRatio": "1",
                 *             "handlingFeeRate": "0.001"
                 *           }
                 *         },
                 *         "financing": {
                 *           "workingCapitalRate": "0.045",
                 *           "dayCount": "ACT/360",
                 *           "products": [
                 *             {
                 *               "product": "payout-advance",
                 *               "annualRate": "0.12",
                 *               "advanceRate": "0.5",
                 *               "feeRate": "0"
                 *             }
                 *           ]
                 *         },
                 *         "grants": [
                 *           {
                 *             "programme": "zs-2023-10-training-subsidy"
                 *           }
                 *         ],
                 *         "measures": {
                 *           "netting": false,
                 *           "noInvoiceExemption": true,
                 *           "deemedProfitTax": true,
                 *           "optionFeeWaiver": false,
                 *           "supplyChainFinance": false,
                 *           "departureRefund": false
                 *         },
                 *         "grantFacts": {
                 *           "city": "Zhongshan",
                 *           "trainees": [
                 *             {
                 *               "certificate": "网商运营",
                 *               "count": 5,
                 *               "year": 2026
                 *             }
                 *           ],
                 *           "trainingPaidTo": "employees"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateScenarioRequest"];
            };
        };
        responses: {
            /** @description Saved; Location names it. A retry with the same Idempotency-Key and body answers the first save again, with Idempotent-Replayed: true */
            201: {
                headers: {
                    Location: string;
                    /** @description true when this is the answer of an earlier save with the same key */
                    "Idempotent-Replayed"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedScenario"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used for a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projectSavedScenario: {
        parameters: {
            query?: {
                /** @description saved (default): under the version the scenario was saved with; current: under the version in force */
                ruleset?: "saved" | "current";
            };
            header?: never;
            path: {
                /** @description Scenario id, as returned when saved */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projection, as POST /v1/cashflow/projection returns it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Projection"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The share link has expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The saved version is no longer carried (ruleset-not-carried, with `recompute`), or the scenario cannot be computed under the version asked for (unprocessable, every field named) */
            422: {
                headers: {
                    /** @description ruleset-not-carried: the `recompute` path, rel=alternate */
                    Link: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["SavedProjectionProblem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Scenario id, as returned when saved */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scenario */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedScenario"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The share link has expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteScenario: {
        parameters: {
            query?: never;
            header?: {
                /** @description deleteToken from the creation of a public scenario */
                "x-delete-token"?: string;
            };
            path: {
                /** @description Scenario id, as returned when saved */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsage: {
        parameters: {
            query?: {
                /** @description How many days back, today included */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests per day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenants, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every tenant */
                        tenants: components["schemas"]["Tenant"][];
                    };
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "某银行广东省分行 跨境金融部",
                 *       "keyLabel": "production"
                 *     }
                 */
                "application/json": components["schemas"]["CreateTenantRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenant"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The tenant's keys, revoked ones included */
                        keys: components["schemas"]["ApiKeyInfo"][];
                    };
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tenant id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "label": "rotation 2027-01"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Key id (from the key list), not the key itself */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyInfo"];
                };
            };
            /** @description Valid credentials are required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This feature is not configured on this server; Storage not ready */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fxForward: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "spot": "7.1000",
                 *       "domesticRate": "0.015",
                 *       "foreignRate": "0.043",
                 *       "days": 90,
                 *       "notional": "100000"
                 *     }
                 */
                "application/json": components["schemas"]["FxForwardRequest"];
            };
        };
        responses: {
            /** @description The forward and its points */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxForwardResponse"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fxOptionPrice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "put",
                 *       "style": "european",
                 *       "spot": "7.1000",
                 *       "strike": "7.0000",
                 *       "domesticRate": "0.0149",
                 *       "foreignRate": "0.0425",
                 *       "valuationDate": "2026-05-04",
                 *       "expiryDate": "2026-08-04",
                 *       "vol": "0.05",
                 *       "notional": "200000",
                 *       "firm": {
                 *         "size": "small",
                 *         "firstDerivativeWithBank": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["FxOptionPriceRequest"];
            };
        };
        responses: {
            /** @description Price, greeks and, with a notional, the quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxOptionPriceResponse"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fxImpliedVol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "put",
                 *       "style": "european",
                 *       "spot": "7.1000",
                 *       "strike": "7.0000",
                 *       "domesticRate": "0.0149",
                 *       "foreignRate": "0.0425",
                 *       "years": "0.25",
                 *       "price": "0.0386"
                 *     }
                 */
                "application/json": components["schemas"]["FxImpliedVolRequest"];
            };
        };
        responses: {
            /** @description The implied volatility */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxImpliedVolResponse"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fxHedgeCompare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "valuationDate": "2026-05-04",
                 *       "spot": "7.1000",
                 *       "domesticRate": "0.015",
                 *       "foreignRate": "0.043",
                 *       "vol": "0.05",
                 *       "receipts": [
                 *         {
                 *           "date": "2026-06-30",
                 *           "amount": "50000"
                 *         },
                 *         {
                 *           "date": "2026-08-31",
                 *           "amount": "80000"
                 *         },
                 *         {
                 *           "date": "2026-10-30",
                 *           "amount": "60000"
                 *         }
                 *       ],
                 *       "strategies": {
                 *         "hedgeRatio": "0.8",
                 *         "putStrike": "6.9500"
                 *       },
                 *       "monteCarlo": {
                 *         "paths": 2000,
                 *         "seed": 42
                 *       },
                 *       "firm": {
                 *         "size": "small",
                 *         "firstDerivativeWithBank": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["FxHedgeCompareRequest"];
            };
        };
        responses: {
            /** @description The comparison */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxHedgeCompareResponse"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not sent as JSON: Content-Type must be application/json (parameters such as charset allowed) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportVat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "regime": "auto",
                 *       "enterprise": {
                 *         "kind": "manufacturer",
                 *         "vatPayer": "general",
                 *         "pilotZone": {
                 *           "registered": true,
                 *           "platformRecorded": true,
                 *           "zoneCustoms": true
                 *         }
                 *       },
                 *       "customsCode": "9810",
                 *       "exportDate": "2026-05-01",
                 *       "hsCode": "9405409000",
                 *       "fob": {
                 *         "amount": "25500",
                 *         "currency": "USD"
                 *       },
                 *       "fxRate": "7.1",
                 *       "purchase": {
                 *         "invoice": "special"
                 *       },
                 *       "domesticOutputVat": "13000",
                 *       "inputVat": "14820",
                 *       "openingCredit": "0",
                 *       "domesticSales": "100000"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description auto (default) decides from the facts; a named regime is checked and refused (422) if its conditions fail, except taxed-as-domestic, computed with a warning
                     * @default auto
                     * @enum {string}
                     */
                    regime?: "auto" | "exempt-credit-refund" | "exempt-refund" | "exempt" | "taxed-as-domestic";
                    enterprise: {
                        /**
                         * @description 生产企业 or 外贸企业
                         * @enum {string}
                         */
                        kind: "manufacturer" | "trader";
                        /**
                         * @description 一般纳税人 or 小规模纳税人
                         * @enum {string}
                         */
                        vatPayer: "general" | "small_scale";
                        /**
                         * @description company 企业 (default) or individual_business 个体工商户 (surtaxes halved under 2023年第12号; pays individual income tax, not CIT)
                         * @enum {string}
                         */
                        legalForm?: "company" | "individual_business";
                        /** @description The three firm-level facts of 财税〔2018〕103号 第一条 */
                        pilotZone: {
                            /** @description Registered in a CBEC comprehensive pilot zone (综试区) */
                            registered: boolean;
                            /** @description The export (date, goods, unit, quantity, unit price, amount) is recorded on the zone's online platform */
                            platformRecorded: boolean;
                            /** @description Declared as an e-commerce export through the customs of the zone's city */
                            zoneCustoms: boolean;
                        };
                    };
                    /**
                     * @description Customs supervision code: 0110 general trade, 9610 CBEC retail, 9710 CBEC B2B direct, 9810 CBEC overseas warehouse, 1039 market procurement
                     * @example 9810
                     * @enum {string}
                     */
                    customsCode: "1039" | "9610" | "9710" | "9810" | "0110";
                    /**
                     * Format: date
                     * @description Export date on the customs declaration (picks rates and rules)
                     * @example 2026-05-01
                     */
                    exportDate: string;
                    /**
                     * @description HS code (2–10 digits); rates come from the dated table unless vatRate and refundRate are sent
                     * @example 9405409000
                     */
                    hsCode?: string;
                    /**
                     * @description VAT rate of the goods (with refundRate, overrides the table) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.13
                     */
                    vatRate?: string | number;
                    /**
                     * @description Export refund rate (with vatRate, overrides the table) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.13
                     */
                    refundRate?: string | number;
                    /**
                     * @description FOB value of the exports
                     * @example {
                     *       "amount": "25500",
                     *       "currency": "USD"
                     *     }
                     */
                    fob: {
                        /**
                         * @description Amount in the currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 25500
                         */
                        amount: string | number;
                        /**
                         * @description ISO 4217 currency code
                         * @example USD
                         */
                        currency: string;
                    };
                    /**
                     * @description CNY per unit of the FOB currency on the export date; required unless the FOB is in CNY (a decimal string, or a JSON number; at most 10 decimal places; greater than 0 and at most 1000)
                     * @example 7.1
                     */
                    fxRate?: string | number;
                    /**
                     * @description Output VAT of domestic sales in the period (default 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 13000
                     */
                    domesticOutputVat?: string | number;
                    /**
                     * @description Creditable input VAT of the period (default 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 14820
                     */
                    inputVat?: string | number;
                    /**
                     * @description Credit brought forward (期初留抵, default 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 0
                     */
                    openingCredit?: string | number;
                    /**
                     * @description Domestic sales excl. VAT, to apportion input VAT of exempt exports (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 100000
                     */
                    domesticSales?: string | number;
                    /**
                     * @description Bonded imported and duty-free domestic materials in the exports
                     * @example {
                     *       "amount": "0",
                     *       "currency": "CNY"
                     *     }
                     */
                    dutyFreeMaterials?: {
                        /**
                         * @description Amount in the currency (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 0
                         */
                        amount: string | number;
                        /**
                         * @description ISO 4217 currency code
                         * @example USD
                         */
                        currency: string;
                    };
                    /**
                     * @description 进料加工 planned allocation ratio (planned imports ÷ planned exports, actual-consumption method): bonded materials = FOB × ratio, added to dutyFreeMaterials (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.35
                     */
                    plannedAllocationRatio?: string | number;
                    /**
                     * @description Taxed as domestic (general payer): the non-creditable amount already booked to cost for these goods, reversed back to input VAT (default 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 0
                     */
                    nonCreditableReversed?: string | number;
                    /** @description Purchase of the exported goods: required for traders; for a manufacturer, omitted = vouchers held */
                    purchase?: {
                        /**
                         * @description Purchase voucher of the exported goods: special VAT invoice, ordinary invoice, or none
                         * @enum {string}
                         */
                        invoice: "special" | "ordinary" | "none";
                        /**
                         * @description Invoice amount excluding VAT (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 100000
                         */
                        amountExclVat?: string | number;
                        /**
                         * @description Invoice amount including VAT (divided by 1 + rate, rounded to the fen) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 113000
                         */
                        amountInclVat?: string | number;
                        /**
                         * @description VAT rate printed on the invoice (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0.13
                         */
                        invoiceVatRate?: string | number;
                    };
                    /**
                     * @description Small-scale levy rate for a deemed domestic sale; default: the rate in force on the export date (1% from 2023-01-01 to 2027-12-31 under 财政部 税务总局公告2023年第19号, else 3%) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                     * @example 0.01
                     */
                    levyRate?: string | number;
                    /** @description Small-scale payer: the filing period and its other sales, against which 2023年第19号's exemption threshold is measured (default: monthly, this export the only sale) */
                    smallScale?: {
                        /**
                         * @description monthly: 100,000 CNY a month exempt; quarterly: 300,000 CNY a quarter
                         * @enum {string}
                         */
                        filing: "monthly" | "quarterly";
                        /**
                         * @description The payer's other taxable sales of the same month or quarter, VAT excluded (domestic sales, other taxed exports) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 0
                         */
                        otherSalesExclVat: string | number;
                    };
                    /**
                     * @description Bonded imported materials consumed, deducted from FOB when taxed (default FOB × plannedAllocationRatio when that is sent, else 0) (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 0
                     */
                    bondedMaterialsConsumed?: string | number;
                    /** @description Consumption tax inputs (rare for Zhongshan goods) */
                    consumptionTax?: {
                        /**
                         * @description Ad-valorem base (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 0
                         */
                        adValoremBase?: string | number;
                        /**
                         * @description Ad-valorem rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                         * @example 0
                         */
                        adValoremRate?: string | number;
                        /**
                         * @description Quantity for the specific rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1000)
                         * @example 0
                         */
                        quantity?: string | number;
                        /**
                         * @description Specific rate per unit (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                         * @example 0
                         */
                        specificRate?: string | number;
                    };
                    /** @description The goods are on a list whose export refund AND exemption were cancelled (taxed). A 0% refund rate is not that. Default false */
                    goodsExcludedFromExemption?: boolean;
                    /**
                     * @default {
                     *       "noInvoiceExemption": true,
                     *       "departureRefund": true
                     *     }
                     */
                    measures?: {
                        /**
                         * @description 无票免税 (default on)
                         * @default true
                         */
                        noInvoiceExemption?: boolean;
                        /**
                         * @description 9810 refund on departure (default on)
                         * @default true
                         */
                        departureRefund?: boolean;
                    };
                    parameters?: {
                        /** @description Codes that may use 无票免税 (default [9610], unconfirmed) */
                        qualifyingCustomsCodes?: ("1039" | "9610" | "9710" | "9810" | "0110")[];
                        /** @description 公告2015年第89号 still applies (default true, unconfirmed after 2026) */
                        marketProcurementInForce?: boolean;
                        /** @description Days from filing to refund (default 20) */
                        refundArrivalDays?: number;
                    };
                    surtax?: {
                        rates?: {
                            /**
                             * @description Urban construction tax rate (7% urban, 5% county, 1% elsewhere) (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                             * @example 0.07
                             */
                            urbanConstruction?: string | number;
                            /**
                             * @description Education surcharge rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                             * @example 0.03
                             */
                            education?: string | number;
                            /**
                             * @description Local education surcharge rate (a decimal string, or a JSON number; at most 10 decimal places; at least 0 and at most 1)
                             * @example 0.02
                             */
                            localEducation?: string | number;
                        };
                        /** @description The firm is a small low-profit enterprise (surtaxes halved) */
                        smallLowProfit?: boolean;
                    };
                    /**
                     * Format: date
                     * @description Sale date abroad of a 9810 export without the departure refund
                     * @example 2026-05-01
                     */
                    soldDate?: string;
                };
            };
        };
        responses: {
            /** @description The regime, figures, surtaxes, timing and alternatives */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportVatResult"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    incomeTax: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "auto",
                 *       "revenue": "10200000",
                 *       "profit": "600000",
                 *       "employees": 15,
                 *       "totalAssets": "2000000",
                 *       "taxYear": 2026,
                 *       "enterprise": {
                 *         "pilotZone": {
                 *           "registered": true,
                 *           "platformRecorded": true,
                 *           "zoneCustoms": true
                 *         }
                 *       },
                 *       "customsCode": "9610",
                 *       "purchase": {
                 *         "invoice": "none"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description auto compares both methods and takes the lower eligible CIT
                     * @default auto
                     * @enum {string}
                     */
                    method?: "auto" | "deemed-profit" | "actual-profit";
                    /**
                     * @description Total revenue of the year, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 10200000
                     */
                    revenue: string | number;
                    /**
                     * @description Profit before exempt income (actual-profit and auto) (a decimal string, or a JSON number; at most 6 decimal places; at least -1000000000000000 and at most 1000000000000000)
                     * @example 600000
                     */
                    profit?: string | number;
                    /**
                     * @description Exempt income (企业所得税法 第二十六条), default 0 (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 0
                     */
                    exemptIncome?: string | number;
                    /**
                     * @description Average of the quarterly averages
                     * @example 15
                     */
                    employees: number;
                    /**
                     * @description Total assets, average of the quarterly averages, CNY (a decimal string, or a JSON number; at most 6 decimal places; at least 0 and at most 1000000000000000)
                     * @example 2000000
                     */
                    totalAssets: string | number;
                    /** @example 2026 */
                    taxYear: number;
                    /**
                     * @description In a restricted or prohibited industry (no relief)
                     * @default false
                     */
                    restrictedIndustry?: boolean;
                    enterprise?: {
                        /**
                         * @description company 企业 (default) or individual_business 个体工商户 (surtaxes halved under 2023年第12号; pays individual income tax, not CIT)
                         * @enum {string}
                         */
                        legalForm?: "company" | "individual_business";
                        /** @description The three firm-level facts of 财税〔2018〕103号 第一条 */
                        pilotZone?: {
                            /** @description Registered in a CBEC comprehensive pilot zone (综试区) */
                            registered: boolean;
                            /** @description The export (date, goods, unit, quantity, unit price, amount) is recorded on the zone's online platform */
                            platformRecorded: boolean;
                            /** @description Declared as an e-commerce export through the customs of the zone's city */
                            zoneCustoms: boolean;
                        };
                    };
                    /**
                     * @description Customs supervision code: 0110 general trade, 9610 CBEC retail, 9710 CBEC B2B direct, 9810 CBEC overseas warehouse, 1039 market procurement
                     * @example 9810
                     * @enum {string}
                     */
                    customsCode?: "1039" | "9610" | "9710" | "9810" | "0110";
                    purchase?: {
                        /**
                         * @description Purchase voucher of the exported goods: special VAT invoice, ordinary invoice, or none
                         * @enum {string}
                         */
                        invoice: "special" | "ordinary" | "none";
                    };
                    /** @default false */
                    goodsExcludedFromExemption?: boolean;
                    /**
                     * @default {
                     *       "noInvoiceExemption": true,
                     *       "deemedProfitTax": true
                     *     }
                     */
                    measures?: {
                        /** @default true */
                        noInvoiceExemption?: boolean;
                        /** @default true */
                        deemedProfitTax?: boolean;
                    };
                    parameters?: {
                        qualifyingCustomsCodes?: ("1039" | "9610" | "9710" | "9810" | "0110")[];
                    };
                };
            };
        };
        responses: {
            /** @description CIT, the small low-profit tests, the methods compared and the payment dates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomeTaxResult"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRefundRate: {
        parameters: {
            query: {
                /** @description HS code, 2 to 10 digits */
                hs: string;
                /** @description Export date on the declaration */
                date: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The row in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundRate"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projectCashflow: {
        parameters: {
            query?: {
                /** @description csv for the periods as CSV (like Accept: text/csv); xlsx for the workbook */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The scenario (see GET /v1/presets for complete examples) */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "horizonMonths": 12,
                 *       "startDate": "2026-01-01",
                 *       "openingCash": "300000",
                 *       "minimumCash": "50000",
                 *       "company": {
                 *         "kind": "trader",
                 *         "vatPayer": "small_scale",
                 *         "pilotZone": {
                 *           "registered": true,
                 *           "platformRecorded": true,
                 *           "zoneCustoms": true
                 *         },
                 *         "employees": 15,
                 *         "totalAssets": "2000000",
                 *         "size": "small",
                 *         "firstTimeHedger": true
                 *       },
                 *       "productLines": [
                 *         {
                 *           "name": "Casual T-shirts",
                 *           "hsCode": "610910",
                 *           "customsCode": "9610",
                 *           "market": "US",
                 *           "currency": "USD",
                 *           "monthlyUnits": 8000,
                 *           "unitCost": "18",
                 *           "purchaseInvoice": "none",
                 *           "invoiceVatRate": "0",
                 *           "declaredUnitValue": "14.99",
                 *           "sellingPrice": "14.99",
                 *           "returnsRate": "0.06",
                 *           "freightPerUnit": "26.98",
                 *           "overseasCosts": [
                 *             {
                 *               "category": "platform",
                 *               "perUnit": "0",
                 *               "shareOfSales": "0.08"
                 *             }
                 *           ],
                 *           "sales": {
                 *             "channel": "marketplace",
                 *             "payoutRule": "tiktok-shop-standard"
                 *           },
                 *           "timing": {
                 *             "supplierDepositShare": "0",
                 *             "supplierBalanceDays": 0,
                 *             "productionDays": 5,
                 *             "transitDays": 10,
                 *             "checkInDays": 0,
                 *             "sellThroughDays": 0,
                 *             "refundDays": 20
                 *           }
                 *         }
                 *       ],
                 *       "timing": {
                 *         "supplierDepositShare": "0",
                 *         "supplierBalanceDays": 0,
                 *         "productionDays": 5,
                 *         "transitDays": 10,
                 *         "checkInDays": 0,
                 *         "sellThroughDays": 0,
                 *         "refundDays": 20
                 *       },
                 *       "fx": {
                 *         "rates": [
                 *           {
                 *             "currency": "USD",
                 *             "spot": "7.1000",
                 *             "foreignRate": "0.043",
                 *             "vol": "0.05"
                 *           }
                 *         ],
                 *         "domesticRate": "0.015",
                 *         "bidSpread": "0.0015",
                 *         "offerSpread": "0.0015",
                 *         "inwardFee": {
                 *           "rate": "0.001",
                 *           "min": "20",
                 *           "max": "200",
                 *           "fixed": "0"
                 *         },
                 *         "outwardFee": {
                 *           "rate": "0.001",
                 *           "min": "50",
                 *           "max": "1000",
                 *           "fixed": "150"
                 *         },
                 *         "hedge": {
                 *           "strategy": "none",
                 *           "ratio": "0",
                 *           "strikeRatio": "1",
                 *           "handlingFeeRate": "0.001"
                 *         }
                 *       },
                 *       "financing": {
                 *         "workingCapitalRate": "0.045",
                 *         "dayCount": "ACT/360",
                 *         "products": [
                 *           {
                 *             "product": "payout-advance",
                 *             "annualRate": "0.12",
                 *             "advanceRate": "0.5",
                 *             "feeRate": "0"
                 *           }
                 *         ]
                 *       },
                 *       "grants": [
                 *         {
                 *           "programme": "zs-2023-10-training-subsidy"
                 *         }
                 *       ],
                 *       "measures": {
                 *         "netting": false,
                 *         "noInvoiceExemption": true,
                 *         "deemedProfitTax": true,
                 *         "optionFeeWaiver": false,
                 *         "supplyChainFinance": false,
                 *         "departureRefund": false
                 *       },
                 *       "grantFacts": {
                 *         "city": "Zhongshan",
                 *         "trainees": [
                 *           {
                 *             "certificate": "网商运营",
                 *             "count": 5,
                 *             "year": 2026
                 *           }
                 *         ],
                 *         "trainingPaidTo": "employees"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Scenario"];
            };
        };
        responses: {
            /** @description The projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Projection"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPresets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The presets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every preset, each with a complete scenario to POST */
                        presets: {
                            /** @description Preset id (GET /v1/presets/{id}) */
                            id: string;
                            /** @description The business in a few words */
                            title: {
                                /** @description In Chinese (zh-CN) */
                                zh: string;
                                /** @description In English */
                                en: string;
                            };
                            /** @description The business in one line, and what the measures do for it */
                            story: {
                                /** @description In Chinese (zh-CN) */
                                zh: string;
                                /** @description In English */
                                en: string;
                            };
                            /** @description Where the figures come from (typical values: check before use) */
                            sources: string;
                            /** @description Why the preset differs under the ruleset in force from the published versions' (absent: it does not) */
                            rulesetNote?: {
                                /** @description In Chinese (zh-CN) */
                                zh: string;
                                /** @description In English */
                                en: string;
                            };
                            scenario: components["schemas"]["Scenario"];
                        }[];
                    };
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPreset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Preset id, from GET /v1/presets */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Preset id (GET /v1/presets/{id}) */
                        id: string;
                        /** @description The business in a few words */
                        title: {
                            /** @description In Chinese (zh-CN) */
                            zh: string;
                            /** @description In English */
                            en: string;
                        };
                        /** @description The business in one line, and what the measures do for it */
                        story: {
                            /** @description In Chinese (zh-CN) */
                            zh: string;
                            /** @description In English */
                            en: string;
                        };
                        /** @description Where the figures come from (typical values: check before use) */
                        sources: string;
                        /** @description Why the preset differs under the ruleset in force from the published versions' (absent: it does not) */
                        rulesetNote?: {
                            /** @description In Chinese (zh-CN) */
                            zh: string;
                            /** @description In English */
                            en: string;
                        };
                        scenario: components["schemas"]["Scenario"];
                    };
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    projectCashflowBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The scenarios, each with its id */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "id": "loan-8812",
                 *           "scenario": {
                 *             "horizonMonths": 36,
                 *             "startDate": "2026-01-01",
                 *             "openingCash": "1000000",
                 *             "minimumCash": "300000",
                 *             "company": {
                 *               "kind": "manufacturer",
                 *               "vatPayer": "general",
                 *               "pilotZone": {
                 *                 "registered": true,
                 *                 "platformRecorded": true,
                 *                 "zoneCustoms": true
                 *               },
                 *               "employees": 120,
                 *               "totalAssets": "30000000",
                 *               "size": "medium",
                 *               "firstTimeHedger": false
                 *             },
                 *             "productLines": [
                 *               {
                 *                 "name": "LED desk lamp",
                 *                 "hsCode": "940520",
                 *                 "customsCode": "9810",
                 *                 "market": "US",
                 *                 "currency": "USD",
                 *                 "monthlyUnits": [
                 *                   2400,
                 *                   2400,
                 *                   2700,
                 *                   2700,
                 *                   3000,
                 *                   3000,
                 *                   3000,
                 *                   3300,
                 *                   3900,
                 *                   4200,
                 *                   3600,
                 *                   2400,
                 *                   2400,
                 *                   2400,
                 *                   2700,
                 *                   2700,
                 *                   3000,
                 *                   3000,
                 *                   3000,
                 *                   3300,
                 *                   3900,
                 *                   4200,
                 *                   3600,
                 *                   2400,
                 *                   2400,
                 *                   2400,
                 *                   2700,
                 *                   2700,
                 *                   3000,
                 *                   3000,
                 *                   3000,
                 *                   3300,
                 *                   3900,
                 *                   4200,
                 *                   3600,
                 *                   2400
                 *                 ],
                 *                 "unitCost": "38",
                 *                 "purchaseInvoice": "special",
                 *                 "invoiceVatRate": "0.13",
                 *                 "declaredUnitValue": "8.50",
                 *                 "sellingPrice": "29.99",
                 *                 "returnsRate": "0.04",
                 *                 "freightPerUnit": "4.26",
                 *                 "overseasCosts": [
                 *                   {
                 *                     "category": "logistics",
                 *                     "perUnit": "5.20",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "warehousing",
                 *                     "perUnit": "0.40",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "platform",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.15"
                 *                   },
                 *                   {
                 *                     "category": "advertising",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.10"
                 *                   }
                 *                 ],
                 *                 "sales": {
                 *                   "channel": "marketplace",
                 *                   "payoutRule": "amazon-us"
                 *                 }
                 *               },
                 *               {
                 *                 "name": "LED ceiling light",
                 *                 "hsCode": "940511",
                 *                 "customsCode": "9810",
                 *                 "market": "US",
                 *                 "currency": "USD",
                 *                 "monthlyUnits": 1200,
                 *                 "unitCost": "62",
                 *                 "purchaseInvoice": "special",
                 *                 "invoiceVatRate": "0.13",
                 *                 "declaredUnitValue": "14.00",
                 *                 "sellingPrice": "45.99",
                 *                 "returnsRate": "0.04",
                 *                 "freightPerUnit": "9.90",
                 *                 "overseasCosts": [
                 *                   {
                 *                     "category": "logistics",
                 *                     "perUnit": "7.80",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "warehousing",
                 *                     "perUnit": "0.40",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "platform",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.15"
                 *                   },
                 *                   {
                 *                     "category": "advertising",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.10"
                 *                   }
                 *                 ],
                 *                 "sales": {
                 *                   "channel": "marketplace",
                 *                   "payoutRule": "amazon-us"
                 *                 }
                 *               },
                 *               {
                 *                 "name": "LED strip light kit",
                 *                 "hsCode": "940542",
                 *                 "customsCode": "9810",
                 *                 "market": "US",
                 *                 "currency": "USD",
                 *                 "monthlyUnits": 2500,
                 *                 "unitCost": "21",
                 *                 "purchaseInvoice": "special",
                 *                 "invoiceVatRate": "0.13",
                 *                 "declaredUnitValue": "4.80",
                 *                 "sellingPrice": "19.99",
                 *                 "returnsRate": "0.04",
                 *                 "freightPerUnit": "2.10",
                 *                 "overseasCosts": [
                 *                   {
                 *                     "category": "logistics",
                 *                     "perUnit": "4.10",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "warehousing",
                 *                     "perUnit": "0.40",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "platform",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.15"
                 *                   },
                 *                   {
                 *                     "category": "advertising",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.10"
                 *                   }
                 *                 ],
                 *                 "sales": {
                 *                   "channel": "marketplace",
                 *                   "payoutRule": "amazon-us"
                 *                 }
                 *               },
                 *               {
                 *                 "name": "LED floor lamp",
                 *                 "hsCode": "940520",
                 *                 "customsCode": "9810",
                 *                 "market": "US",
                 *                 "currency": "USD",
                 *                 "monthlyUnits": 600,
                 *                 "unitCost": "95",
                 *                 "purchaseInvoice": "special",
                 *                 "invoiceVatRate": "0.13",
                 *                 "declaredUnitValue": "21.00",
                 *                 "sellingPrice": "69.99",
                 *                 "returnsRate": "0.04",
                 *                 "freightPerUnit": "19.80",
                 *                 "overseasCosts": [
                 *                   {
                 *                     "category": "logistics",
                 *                     "perUnit": "11.50",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "warehousing",
                 *                     "perUnit": "0.40",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "platform",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.15"
                 *                   },
                 *                   {
                 *                     "category": "advertising",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.10"
                 *                   }
                 *                 ],
                 *                 "sales": {
                 *                   "channel": "marketplace",
                 *                   "payoutRule": "amazon-us"
                 *                 }
                 *               },
                 *               {
                 *                 "name": "Rechargeable LED work light",
                 *                 "hsCode": "940540",
                 *                 "customsCode": "9810",
                 *                 "market": "US",
                 *                 "currency": "USD",
                 *                 "monthlyUnits": 1500,
                 *                 "unitCost": "33",
                 *                 "purchaseInvoice": "special",
                 *                 "invoiceVatRate": "0.13",
                 *                 "declaredUnitValue": "7.20",
                 *                 "sellingPrice": "27.99",
                 *                 "returnsRate": "0.04",
                 *                 "freightPerUnit": "3.60",
                 *                 "overseasCosts": [
                 *                   {
                 *                     "category": "logistics",
                 *                     "perUnit": "5.60",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "warehousing",
                 *                     "perUnit": "0.40",
                 *                     "shareOfSales": "0"
                 *                   },
                 *                   {
                 *                     "category": "platform",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.15"
                 *                   },
                 *                   {
                 *                     "category": "advertising",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.10"
                 *                   }
                 *                 ],
                 *                 "sales": {
                 *                   "channel": "marketplace",
                 *                   "payoutRule": "amazon-us"
                 *                 }
                 *               }
                 *             ],
                 *             "timing": {
                 *               "supplierDepositShare": "0.30",
                 *               "supplierBalanceDays": 0,
                 *               "productionDays": 25,
                 *               "transitDays": 35,
                 *               "checkInDays": 7,
                 *               "sellThroughDays": 60,
                 *               "refundDays": 20
                 *             },
                 *             "fx": {
                 *               "rates": [
                 *                 {
                 *                   "currency": "USD",
                 *                   "spot": "7.1000",
                 *                   "foreignRate": "0.043",
                 *                   "vol": "0.05"
                 *                 }
                 *               ],
                 *               "domesticRate": "0.015",
                 *               "bidSpread": "0.0015",
                 *               "offerSpread": "0.0015",
                 *               "inwardFee": {
                 *                 "rate": "0.001",
                 *                 "min": "20",
                 *                 "max": "200",
                 *                 "fixed": "0"
                 *               },
                 *               "outwardFee": {
                 *                 "rate": "0.001",
                 *                 "min": "50",
                 *                 "max": "1000",
                 *                 "fixed": "150"
                 *               },
                 *               "hedge": {
                 *                 "strategy": "none",
                 *                 "ratio": "0",
                 *                 "strikeRatio": "1",
                 *                 "handlingFeeRate": "0.001"
                 *               }
                 *             },
                 *             "financing": {
                 *               "workingCapitalRate": "0.035",
                 *               "dayCount": "ACT/360",
                 *               "products": [
                 *                 {
                 *                   "product": "tax-refund-loan",
                 *                   "annualRate": "0.032",
                 *                   "advanceRate": "0.8",
                 *                   "feeRate": "0"
                 *                 },
                 *                 {
                 *                   "product": "payout-advance",
                 *                   "annualRate": "0.08",
                 *                   "advanceRate": "0.5",
                 *                   "feeRate": "0"
                 *                 }
                 *               ]
                 *             },
                 *             "grants": [],
                 *             "measures": {
                 *               "netting": true,
                 *               "noInvoiceExemption": false,
                 *               "deemedProfitTax": false,
                 *               "optionFeeWaiver": false,
                 *               "supplyChainFinance": true,
                 *               "departureRefund": true
                 *             }
                 *           }
                 *         },
                 *         {
                 *           "id": "loan-8813",
                 *           "scenario": {
                 *             "horizonMonths": 12,
                 *             "startDate": "2026-01-01",
                 *             "openingCash": "300000",
                 *             "minimumCash": "50000",
                 *             "company": {
                 *               "kind": "trader",
                 *               "vatPayer": "small_scale",
                 *               "pilotZone": {
                 *                 "registered": true,
                 *                 "platformRecorded": true,
                 *                 "zoneCustoms": true
                 *               },
                 *               "employees": 15,
                 *               "totalAssets": "2000000",
                 *               "size": "small",
                 *               "firstTimeHedger": true
                 *             },
                 *             "productLines": [
                 *               {
                 *                 "name": "Casual T-shirts",
                 *                 "hsCode": "610910",
                 *                 "customsCode": "9610",
                 *                 "market": "US",
                 *                 "currency": "USD",
                 *                 "monthlyUnits": 8000,
                 *                 "unitCost": "18",
                 *                 "purchaseInvoice": "none",
                 *                 "invoiceVatRate": "0",
                 *                 "declaredUnitValue": "14.99",
                 *                 "sellingPrice": "14.99",
                 *                 "returnsRate": "0.06",
                 *                 "freightPerUnit": "26.98",
                 *                 "overseasCosts": [
                 *                   {
                 *                     "category": "platform",
                 *                     "perUnit": "0",
                 *                     "shareOfSales": "0.08"
                 *                   }
                 *                 ],
                 *                 "sales": {
                 *                   "channel": "marketplace",
                 *                   "payoutRule": "tiktok-shop-standard"
                 *                 },
                 *                 "timing": {
                 *                   "supplierDepositShare": "0",
                 *                   "supplierBalanceDays": 0,
                 *                   "productionDays": 5,
                 *                   "transitDays": 10,
                 *                   "checkInDays": 0,
                 *                   "sellThroughDays": 0,
                 *                   "refundDays": 20
                 *                 }
                 *               }
                 *             ],
                 *             "timing": {
                 *               "supplierDepositShare": "0",
                 *               "supplierBalanceDays": 0,
                 *               "productionDays": 5,
                 *               "transitDays": 10,
                 *               "checkInDays": 0,
                 *               "sellThroughDays": 0,
                 *               "refundDays": 20
                 *             },
                 *             "fx": {
                 *               "rates": [
                 *                 {
                 *                   "currency": "USD",
                 *                   "spot": "7.1000",
                 *                   "foreignRate": "0.043",
                 *                   "vol": "0.05"
                 *                 }
                 *               ],
                 *               "domesticRate": "0.015",
                 *               "bidSpread": "0.0015",
                 *               "offerSpread": "0.0015",
                 *               "inwardFee": {
                 *                 "rate": "0.001",
                 *                 "min": "20",
                 *                 "max": "200",
                 *                 "fixed": "0"
                 *               },
                 *               "outwardFee": {
                 *                 "rate": "0.001",
                 *                 "min": "50",
                 *                 "max": "1000",
                 *                 "fixed": "150"
                 *               },
                 *               "hedge": {
                 *                 "strategy": "none",
                 *                 "ratio": "0",
                 *                 "strikeRatio": "1",
                 *                 "handlingFeeRate": "0.001"
                 *               }
                 *             },
                 *             "financing": {
                 *               "workingCapitalRate": "0.045",
                 *               "dayCount": "ACT/360",
                 *               "products": [
                 *                 {
                 *                   "product": "payout-advance",
                 *                   "annualRate": "0.12",
                 *                   "advanceRate": "0.5",
                 *                   "feeRate": "0"
                 *                 }
                 *               ]
                 *             },
                 *             "grants": [
                 *               {
                 *                 "programme": "zs-2023-10-training-subsidy"
                 *               }
                 *             ],
                 *             "measures": {
                 *               "netting": false,
                 *               "noInvoiceExemption": true,
                 *               "deemedProfitTax": true,
                 *               "optionFeeWaiver": false,
                 *               "supplyChainFinance": false,
                 *               "departureRefund": false
                 *             },
                 *             "grantFacts": {
                 *               "city": "Zhongshan",
                 *               "trainees": [
                 *                 {
                 *                   "certificate": "网商运营",
                 *                   "count": 5,
                 *                   "year": 2026
                 *                 }
                 *               ],
                 *               "trainingPaidTo": "employees"
                 *             }
                 *           }
                 *         }
                 *       ],
                 *       "periods": false
                 *     }
                 */
                "application/json": components["schemas"]["ProjectionBatchRequest"];
            };
        };
        responses: {
            /** @description One result per item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionBatch"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importAmazonSettlement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settlement reports, tab-separated */
        requestBody: {
            content: {
                /**
                 * @example settlement-id	settlement-start-date	settlement-end-date	deposit-date	total-amount	currency	transaction-type	order-id	merchant-order-id	adjustment-id	shipment-id	marketplace-name	amount-type	amount-description	amount	fulfillment-id	posted-date	posted-date-time	order-item-code	merchant-order-item-id	merchant-adjustment-item-id	sku	quantity-purchased	promotion-id
                 *     11800000001	2026-07-01 00:00:00 UTC	2026-07-15 00:00:00 UTC	2026-07-17 00:00:00 UTC	50.28	USD
                 *     11800000001						Order	111-0000001-0000001				Amazon.com	ItemPrice	Principal	59.98	AFN	2026-07-03	2026-07-03 10:00:00 UTC				LAMP-01	2
                 *     11800000001						Order	111-0000001-0000001				Amazon.com	ItemFees	Commission	-9.00	AFN	2026-07-03	2026-07-03 10:00:00 UTC				LAMP-01	2
                 *     11800000001						Order	111-0000001-0000001				Amazon.com	ItemFees	FBAPerUnitFulfillmentFee	-10.40	AFN	2026-07-03	2026-07-03 10:00:00 UTC				LAMP-01	2
                 *     11800000001						Order	111-0000002-0000002				Amazon.com	ItemPrice	Principal	89.97	AFN	2026-07-08	2026-07-08 10:00:00 UTC				LAMP-01	3
                 *     11800000001						Order	111-0000002-0000002				Amazon.com	ItemFees	Commission	-13.50	AFN	2026-07-08	2026-07-08 10:00:00 UTC				LAMP-01	3
                 *     11800000001						Order	111-0000002-0000002				Amazon.com	ItemFees	FBAPerUnitFulfillmentFee	-15.60	AFN	2026-07-08	2026-07-08 10:00:00 UTC				LAMP-01	3
                 *     11800000001						ServiceFee						Cost of Advertising	TransactionTotalAmount	-12.00		2026-07-10	2026-07-10 00:00:00 UTC
                 *     11800000001						other-transaction						other-transaction	Storage Fee	-2.40		2026-07-12	2026-07-12 00:00:00 UTC
                 *     11800000001						other-transaction						other-transaction	Current Reserve Amount	-36.77		2026-07-15	2026-07-15 00:00:00 UTC
                 *     settlement-id	settlement-start-date	settlement-end-date	deposit-date	total-amount	currency	transaction-type	order-id	merchant-order-id	adjustment-id	shipment-id	marketplace-name	amount-type	amount-description	amount	fulfillment-id	posted-date	posted-date-time	order-item-code	merchant-order-item-id	merchant-adjustment-item-id	sku	quantity-purchased	promotion-id
                 *     11800000002	2026-07-15 00:00:00 UTC	2026-07-29 00:00:00 UTC	2026-08-01 00:00:00 UTC	44.24	USD
                 *     11800000002						other-transaction						other-transaction	Previous Reserve Amount Balance	36.77		2026-07-15	2026-07-15 00:00:00 UTC
                 *     11800000002						Order	111-0000003-0000003				Amazon.com	ItemPrice	Principal	29.99	AFN	2026-07-20	2026-07-20 10:00:00 UTC				LAMP-01	1
                 *     11800000002						Order	111-0000003-0000003				Amazon.com	ItemFees	Commission	-4.50	AFN	2026-07-20	2026-07-20 10:00:00 UTC				LAMP-01	1
                 *     11800000002						Order	111-0000003-0000003				Amazon.com	ItemFees	FBAPerUnitFulfillmentFee	-5.20	AFN	2026-07-20	2026-07-20 10:00:00 UTC				LAMP-01	1
                 *     11800000002						Refund	111-0000001-0000001				Amazon.com	ItemPrice	Principal	-29.99	AFN	2026-07-22	2026-07-22 10:00:00 UTC				LAMP-01
                 *     11800000002						Refund	111-0000001-0000001				Amazon.com	ItemFees	Commission	4.50	AFN	2026-07-22	2026-07-22 10:00:00 UTC				LAMP-01
                 *     11800000002						Refund	111-0000001-0000001				Amazon.com	ItemFees	RefundCommission	-0.90	AFN	2026-07-22	2026-07-22 10:00:00 UTC				LAMP-01
                 *     11800000002						Order	111-0000004-0000004				Amazon.com	ItemPrice	Principal	19.99	AFN	2026-07-25	2026-07-25 10:00:00 UTC				CABLE-02	1
                 *     11800000002						Order	111-0000004-0000004				Amazon.com	ItemFees	Commission	-3.00	AFN	2026-07-25	2026-07-25 10:00:00 UTC				CABLE-02	1
                 *     11800000002						Order	111-0000004-0000004				Amazon.com	ItemFees	FBAPerUnitFulfillmentFee	-3.42	AFN	2026-07-25	2026-07-25 10:00:00 UTC				CABLE-02	1
                 */
                "text/tab-separated-values": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description What the reports say */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmazonSettlementImport"];
                };
            };
            /** @description The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    estimateGrants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "city": "Guangzhou",
                 *       "district": "白云区",
                 *       "programmes": [
                 *         "gz-2025-live-commerce-rewards",
                 *         "gz-2025-honghu-reward"
                 *       ],
                 *       "onlineRetailSales": [
                 *         {
                 *           "year": 2022,
                 *           "amount": "2000000000"
                 *         },
                 *         {
                 *           "year": 2023,
                 *           "amount": "2200000000"
                 *         },
                 *         {
                 *           "year": 2024,
                 *           "amount": "2420000000"
                 *         },
                 *         {
                 *           "year": 2025,
                 *           "amount": "3001000000"
                 *         }
                 *       ],
                 *       "honghu": {
                 *         "listedYear": 2025,
                 *         "firstListing": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GrantsEstimateRequest"];
            };
        };
        responses: {
            /** @description One or more awards per programme, eligible or refused with the failed test */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantsEstimate"];
                };
            };
            /** @description The request has invalid fields; The request body is not valid JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key presented is not valid or has been revoked, or Authorization is not 'Bearer <key>' (a call without a key is anonymous and never gets this) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body exceeds 256 KB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The input cannot be computed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this API key (or, anonymous, this client); retry after the Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage (D1) is not configured or not ready on this server: it is needed to check an API key, save or read scenarios, and for the admin routes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
