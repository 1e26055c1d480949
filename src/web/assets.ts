/**
 * The pages' stylesheet and script, served from our own origin (no CDN: users in mainland China;
 * the CSP allows scripts from 'self' only). Both are small enough to keep the report under 100 KB.
 */

/** On one line: the page weight budget counts the stylesheet too. */
export const APP_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1a1a1a;background:#fff}
a{color:#0645ad}
a:visited{color:#4b2a8a}
:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:2}
header.site{display:flex;flex-wrap:wrap;gap:4px 16px;align-items:baseline;justify-content:space-between;padding:10px 16px;border-bottom:2px solid #1a1a1a}
.brand{font-weight:700;color:#1a1a1a;text-decoration:none}
header.site nav{display:flex;flex-wrap:wrap;gap:4px 14px}
main{max-width:760px;margin:0 auto;padding:12px 16px 32px}
main.wide{max-width:1200px}
footer.site{max-width:760px;margin:0 auto;padding:12px 16px 24px;color:#555;font-size:14px;border-top:1px solid #ccc}
h1{font-size:1.5rem;line-height:1.3;margin:.6em 0 .4em}
h2{font-size:1.2rem;margin:1.4em 0 .5em}
.lead{color:#333}
.hint,.note,.source{color:#555;font-size:.875rem;margin:.2em 0}
fieldset{border:1px solid #bbb;border-radius:6px;margin:0 0 16px;padding:8px 12px 4px;min-width:0}
legend{font-weight:700;padding:0 4px}
.field{margin:0 0 12px}
.field label{display:block;font-weight:600}
.unit{font-weight:400;color:#444}
.req{color:#b00020;text-decoration:none;margin-left:2px}
input[type=text],input[type=date],select{display:block;width:100%;max-width:100%;font:inherit;padding:8px 10px;border:1px solid #767676;border-radius:4px;background:#fff;color:#1a1a1a;min-height:44px}
.field.check{display:flex;flex-wrap:wrap;gap:0 8px;align-items:flex-start}
.field.check input{width:22px;height:22px;margin:2px 0 0;flex:none}
.field.check label{flex:1;font-weight:400}
.field.check .error{flex-basis:100%}
.measure-choice .source{margin:-10px 0 10px 30px}
.measure-note{margin:-6px 0 12px 30px;padding:6px 10px;border-left:4px solid #8a5a00;background:#fff8e6;color:#4a3000;font-size:.875rem}
.measure-note:empty{display:none}
.error{color:#b00020;font-size:.875rem;margin:.2em 0 0}
.error:empty{display:none}
.field.invalid input,.field.invalid select{border:2px solid #b00020}
fieldset.costs[aria-invalid=true]{border:2px solid #b00020}
.problems{border:2px solid #b00020;border-radius:6px;padding:8px 12px;margin:12px 0}
.problems h2,.problems h1{margin:.2em 0;font-size:1.1rem;color:#b00020}
button{font:inherit;min-height:44px;padding:8px 16px;border-radius:4px;cursor:pointer}
button.primary{background:#1a5fb4;color:#fff;border:2px solid #1a5fb4;font-weight:700;width:100%}
button.secondary{background:#fff;color:#1a5fb4;border:2px solid #1a5fb4}
button.remove{color:#b00020;border-color:#b00020;margin:0 0 12px}
button.implicit{position:absolute;left:-9999px;width:1px;overflow:hidden}
.row{display:flex;gap:8px}
.row select{flex:1}
.preset-picker{background:#f3f6fa;border-radius:6px;padding:10px 12px;margin:12px 0 16px}
.preset-picker label{font-weight:700}
details.more{margin:16px 0}
details.more>summary{cursor:pointer;font-weight:700;padding:8px 0;color:#0645ad}
.actions{margin:16px 0}
ul.actions{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
[hidden]{display:none!important}
.verdict{font-size:1.05rem;margin:8px 0 4px}
.headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;margin:12px 0}
.figure{border:1px solid #999;border-radius:6px;padding:8px 10px;min-width:0;container-type:inline-size}
.figure .label{margin:0;font-size:.875rem;color:#333}
.figure .value{margin:.1em 0;font-size:clamp(1rem,4.4vw,1.4rem);font-size:clamp(.75rem,10.5cqi,1.4rem);font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.explain summary{cursor:pointer;color:#0645ad;font-size:.875rem}
.explain dl{margin:.3em 0;font-size:.875rem}
.explain dl div{display:flex;justify-content:space-between;gap:8px;border-bottom:1px dotted #ccc}
.explain dt,.explain dd{margin:0}
.explain p,.explain ol{font-size:.875rem}
.share input{font-size:.8rem}
figure{margin:8px 0 16px}
.chart,.chart-zoom{max-width:760px}
.chart>svg,.chart-zoom>svg{width:100%;height:auto;display:block}
.legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.8rem}
.legend li{display:flex;align-items:center;gap:4px;white-space:nowrap}
svg .axis text{fill:#333}
.waterfall{max-width:760px}
.waterfall ol{list-style:none;padding:0;margin:0}
.waterfall li{display:grid;grid-template-columns:1fr auto;gap:0 8px;margin:0 0 8px}
.waterfall .wf-label{font-size:.9rem}
.waterfall .wf-value{font-variant-numeric:tabular-nums;font-weight:600;text-align:right}
.waterfall .wf-bar{grid-column:1/-1;width:100%;height:14px;display:block}
.waterfall li.total .wf-label{font-weight:700}
.waterfall figcaption{font-size:.875rem;color:#555;margin-bottom:6px}
svg.defs{position:absolute;width:0;height:0}
.table-wrap{overflow-x:auto;margin:8px 0 16px}
table{border-collapse:collapse;font-size:.875rem;min-width:100%}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border-bottom:1px solid #ccc;padding:6px 8px;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #1a1a1a;white-space:nowrap}
table.monthly th,table.compare tbody th{white-space:nowrap}
table.monthly th{position:sticky;background:#fff}
table.monthly thead th{top:0;z-index:2}
table.monthly tbody th{left:0;z-index:1}
table.monthly thead th:first-child{left:0;z-index:3}
@media (max-width:700px){.table-wrap:has(table.monthly){max-height:75vh;overflow:auto}}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.na{color:#555}
table.measures tbody th{min-width:8em}
table.measures td.src{min-width:16em}
cite{font-style:normal}
.doc-title{color:#555}
@media (max-width:600px){.doc-title{display:none}}
.sides{display:grid;gap:16px}
.sides>section{min-width:0}
@media (max-width:600px){
.stack,.stack>*,.stack tr,.stack th,.stack td{display:block}
.stack thead th:not([data-side]),.stack td:empty{display:none}
.stack thead th{border:0;white-space:normal;padding:2px 0}
.stack tbody tr{border-bottom:1px solid #ccc;padding:4px 0}
.stack tbody th,.stack td{border:0;padding:2px 0}
table.compare td{display:flex;justify-content:space-between;gap:8px}
.stack td::before{content:attr(data-col);color:#555}
}
@media (min-width:601px){table.compare thead th:not(:first-child){text-align:right}}
@media (min-width:1000px){.visuals{display:grid;grid-template-columns:1fr 1fr;gap:24px;align-items:start}}
@media (min-width:900px){.sides{grid-template-columns:1fr 1fr}}
.compare-picker{display:grid;gap:8px;margin:12px 0}
@media (min-width:700px){.compare-picker{grid-template-columns:1fr 1fr auto;align-items:end}}
dl.lines div{border-bottom:1px solid #ccc;padding:6px 0}
dl.lines dt{font-weight:700}
dl.lines dd{margin:0;overflow-wrap:anywhere}
.measure-list{padding-left:1.2em}
.measure-list li{margin-bottom:12px}
blockquote{margin:0;padding:4px 12px;border-left:4px solid #999}
table.params tbody th{min-width:8em}
.param-list{margin:0;padding-left:1.1em}
.print-only{display:none}
.toc>ul{columns:18em;padding-left:1.2em}
.toc li{break-inside:avoid}
section.operation,section.schema{border-top:1px solid #ccc;margin-top:24px}
h3 code{font-size:1rem}
section.example{overflow:auto;background:#f3f6fa;border:1px solid #bbb;border-radius:4px;padding:8px 10px;font-size:.8125rem;max-height:28em}
section.example pre{margin:0}
table.fields th[scope=row]{white-space:nowrap;font-weight:400}
.limits{display:block;color:#555;font-size:.8125rem;overflow-wrap:anywhere}
.req-word{color:#b00020;font-size:.8125rem}
@media print{
@page{size:A4;margin:12mm}
html{font-size:9pt}
body{font-size:9pt}
header.site,.no-print,.skip,.preset-picker,details.explain{display:none!important}
footer.site{max-width:none;padding:4pt 0 0}
.print-only{display:block}
main,main.wide{max-width:none;padding:0}
.table-wrap{max-height:none!important;overflow:visible!important}
h1{font-size:15pt;margin:0 0 4pt}
h2{font-size:12pt;margin:8pt 0 4pt}
.headline{grid-template-columns:repeat(4,1fr);gap:6pt;margin:4pt 0}
.figure{padding:4pt 6pt}
.figure .value{font-size:13pt}

table.measures tbody th{min-width:6em}
table.measures td.src{min-width:12em}
thead th{white-space:normal}
table.measures .note{display:block}
caption{padding:1pt 0}
.visuals{display:grid;grid-template-columns:1fr 1fr;gap:12pt}
.waterfall li{margin:0 0 2pt}
.waterfall .wf-bar{height:7pt}
.table-wrap{overflow:visible}
table{font-size:8pt}
th,td{padding:2pt 4pt}
.doc-title{display:none}
a{color:#000;text-decoration:none}
figure,tr,.figure,dl.lines div{break-inside:avoid}
h2{break-after:avoid}
.sides{grid-template-columns:1fr 1fr}
}
`.replaceAll("\n", "");

/** The script without its indentation and whole-line comments: the page weight budget counts it. */
function compact(source: string): string {
  return source
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("//"))
    .join("\n");
}

export const APP_JS = compact(`(function () {
  "use strict";
  document.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("[data-print]")) window.print();
  });
  var share = document.getElementById("share-url");
  if (share) share.addEventListener("focus", function () { share.select(); });
  var problems = document.getElementById("problems");
  if (problems) problems.focus();
  var form = document.getElementById("scenario-form");
  if (!form) return;

  // Show only the payment fields of each product's chosen sales channel.
  function syncChannels() {
    var fields = form.querySelectorAll("[data-channel]");
    for (var i = 0; i < fields.length; i++) {
      var el = fields[i];
      var channel = form.querySelector('[name="l' + el.getAttribute("data-line") + '.channel"]');
      el.hidden = !!channel && channel.value !== el.getAttribute("data-channel");
    }
  }
  syncChannels();

  // Live validation: the server builds the scenario from the form and answers with the API's
  // problem+json; each error's pointer names the input (data-pointer) it belongs to.
  // Inputs and the groups whose problems are about several inputs (a line's overseas costs).
  var inputs = form.querySelectorAll("[data-pointer]");
  // Problems show on fields the user has changed, or that the server already flagged.
  var touched = {};
  for (var k = 0; k < inputs.length; k++) {
    var shown = document.getElementById(inputs[k].id + "-err");
    if (shown && shown.textContent) touched[inputs[k].id] = true;
  }
  function isTouched(el) {
    if (touched[el.id]) return true;
    var inner = el.querySelectorAll("[data-pointer]");
    for (var i = 0; i < inner.length; i++) if (touched[inner[i].id]) return true;
    return false;
  }
  function fieldOf(pointer) {
    var best = null;
    for (var i = 0; i < inputs.length; i++) {
      var p = inputs[i].getAttribute("data-pointer");
      if ((pointer === p || pointer.indexOf(p + "/") === 0) && (!best || p.length > best.getAttribute("data-pointer").length)) best = inputs[i];
    }
    return best;
  }
  // The projection's problems (422) come only once every field is valid: all of them are shown.
  function show(errors, all) {
    var messages = {};
    for (var i = 0; i < errors.length; i++) {
      var input = fieldOf(errors[i].pointer);
      if (input && (all || isTouched(input))) (messages[input.id] = messages[input.id] || []).push(errors[i].message);
    }
    for (var j = 0; j < inputs.length; j++) {
      var el = inputs[j];
      var out = document.getElementById(el.id + "-err");
      var list = messages[el.id];
      if (out) out.textContent = list ? list.join(" ") : "";
      if (list) el.setAttribute("aria-invalid", "true"); else el.removeAttribute("aria-invalid");
      var wrap = el.closest(".field");
      if (wrap) wrap.classList.toggle("invalid", !!list);
    }
  }
  // A ticked measure that would not apply: the reason beside its checkbox (200 with notes).
  var notes = form.querySelectorAll(".measure-note");
  var lead = form.querySelector("[data-note-prefix]");
  function showNotes(list) {
    var text = {};
    for (var i = 0; i < list.length; i++) text["f-m-" + list[i].pointer.slice(10) + "-note"] = lead.getAttribute("data-note-prefix") + list[i].message;
    for (var j = 0; j < notes.length; j++) if (notes[j].textContent !== (text[notes[j].id] || "")) notes[j].textContent = text[notes[j].id] || "";
  }
  var seq = 0;
  var timer = null;
  function check() {
    var mine = ++seq;
    var query = new URLSearchParams(new FormData(form)).toString();
    fetch(form.getAttribute("data-check") + "?" + query, { headers: { accept: "application/problem+json" } })
      .then(function (res) {
        if (res.status === 204) return { errors: [] };
        return res.json().then(function (body) { body.all = res.status === 422; return body; });
      })
      .then(function (body) {
        if (mine !== seq) return;
        show(body.errors || [], body.all);
        showNotes(body.notes || []);
      })
      .catch(function () {});
  }
  // Ticked measures are checked once on arrival (a preset or a link may tick one that will not apply).
  if (form.querySelector('[name^="m."]:checked')) check();
  form.addEventListener("change", function (e) {
    if (e.target.id) touched[e.target.id] = true;
    if (/\\.channel$/.test(e.target.name || "")) syncChannels();
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
})();
`);
