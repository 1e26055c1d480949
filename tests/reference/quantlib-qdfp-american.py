# QuantLib 1.29 (python3-quantlib, Debian), QdFpAmericanEngine with highPrecisionScheme() and a
# QdFpLegendreScheme(64, 40, 48, 128); Garman–Kohlhagen process, flat continuous rates on ACT/365F,
# American exercise from today to today + days (T = days / 365).
import json, QuantLib as ql
cases = [
  ["call", 7.411, 6.7079, 0.008, 0.0348, 0.1691, 469],
  ["put", 7.0, 7.2, 0.045, 0.01, 0.08, 365],
  ["put", 7.0, 7.2, 0.03, 0.0295, 0.12, 730],
  ["call", 7.0, 7.5, 0.01, 0.05, 0.3, 1825],
  ["put", 7.0, 7.0, 0.02, 0.0, 0.05, 20],
  ["call", 7.1, 7.0, 0.0149, 0.0425, 0.05, 91],
  ["put", 7.1, 7.3, 0.035, 0.015, 0.06, 183],
  ["call", 6.9, 6.5, -0.005, 0.02, 0.1, 548],
  ["put", 6.8, 7.4, 0.05, 0.045, 0.15, 1095],
  ["call", 7.2, 7.25, 0.018, 0.052, 0.045, 60],
]
rows = []
for t, S, K, rd, rf, vol, days in cases:
    today = ql.Date(1, 1, 2026); ql.Settings.instance().evaluationDate = today
    dc = ql.Actual365Fixed()
    h = lambda r: ql.YieldTermStructureHandle(ql.FlatForward(today, r, dc, ql.Continuous))
    proc = ql.GarmanKohlagenProcess(ql.QuoteHandle(ql.SimpleQuote(S)), h(rf), h(rd),
        ql.BlackVolTermStructureHandle(ql.BlackConstantVol(today, ql.NullCalendar(), vol, dc)))
    opt = ql.VanillaOption(ql.PlainVanillaPayoff(ql.Option.Call if t == "call" else ql.Option.Put, K), ql.AmericanExercise(today, today + days))
    opt.setPricingEngine(ql.QdFpAmericanEngine(proc, ql.QdFpAmericanEngine.highPrecisionScheme()))
    high = opt.NPV()
    opt.setPricingEngine(ql.QdFpAmericanEngine(proc, ql.QdFpLegendreScheme(64, 40, 48, 128)))
    legendre = opt.NPV()
    rows.append({"type": t, "spot": S, "strike": K, "domesticRate": rd, "foreignRate": rf, "vol": vol, "days": days,
                 "highPrecision": float("%.12g" % high), "legendre_64_40_48_128": float("%.12g" % legendre)})
print(json.dumps({"source": "QuantLib %s QdFpAmericanEngine" % ql.__version__, "rows": rows}, indent=1))
