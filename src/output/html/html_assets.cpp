// The HTML page's inline style sheet and script. Neither refers to anything outside the page: no fonts,
// images or scripts are fetched, so the page works offline and from a USB stick.
#include "output/html/html_sections.hpp"

namespace oblige::output {

const char* const html_style = R"css(
:root { --bad: #b3261e; --bad-bg: #fde7e4; --warn: #8a5a00; --warn-bg: #fff1cc; --ok: #1b6e2a;
  --ok-bg: #e3f4e6; --line: #c9ced6; --muted: #5b6470; --head: #eef1f5; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1c2026;
  background: #fff; }
header.top { position: sticky; top: 0; z-index: 5; background: var(--accent); color: #fff; padding: 8px 20px; }
header.top h1 { margin: 0; font-size: 20px; }
header.top p.about { margin: 0; font-size: 13px; overflow-wrap: anywhere; }
header.top nav a { color: #fff; margin-right: 14px; font-size: 13px; }
main { padding: 4px 20px 40px; max-width: 100%; }
section { margin-top: 22px; scroll-margin-top: 90px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--accent); padding-bottom: 3px; color: var(--accent); }
h3 { font-size: 15px; margin: 14px 0 4px; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 3px 7px; vertical-align: top; }
thead th { background: var(--head); text-align: left; }
td.num, table.scorecard td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bad, td.bad { color: var(--bad); font-weight: bold; }
.warn, td.warn { color: var(--warn); font-weight: bold; }
.ok { color: var(--ok); }
.hint { color: var(--muted); font-size: 12px; max-width: 75em; }
.notice { background: var(--warn-bg); padding: 6px 10px; border-left: 4px solid var(--warn); }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.cards { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
table.counts th { text-align: left; font-weight: normal; min-width: 150px; }
table.counts td { min-width: 60px; }
.scroll { overflow-x: auto; max-width: 100%; }
.id, code.code { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
code.code { display: block; color: var(--muted); font-size: 11px; }
.name { display: block; color: var(--muted); font-size: 12px; font-weight: normal; }
table.sortable thead th:not(.nosort) { cursor: pointer; white-space: nowrap; }
html.js table.sortable thead th:not(.nosort)::after { content: " \2195"; color: var(--muted); font-size: 11px; }
table.scorecard tbody th, table.scorecard tfoot th { text-align: left; font-weight: normal; min-width: 200px;
  max-width: 420px; }
table.scorecard .name { display: inline; margin-left: 8px; }
table.scorecard th, table.scorecard td { padding: 2px 7px; }
table.scorecard td.kind { text-align: left; color: var(--muted); white-space: normal; min-width: 5em; }
table.scorecard td.warn { color: var(--warn); font-weight: bold; }
table.scorecard td.bad { color: var(--bad); font-weight: bold; }
p.unlisted { margin: 2px 0 8px; font-size: 12px; color: var(--muted); }
table.scorecard tr.sum td, table.scorecard tfoot td, table.scorecard tfoot th, table.plan-total td { font-weight: bold; }
table.scorecard tfoot tr { background: var(--head); }
table.scorecard tbody + tbody { border-top: 2px solid var(--line); }
details.fold { margin: 6px 0 6px 0; border-left: 3px solid var(--line); padding-left: 10px; }
details.fold details.fold { margin-left: 8px; }
details.fold > summary { cursor: pointer; padding: 2px 0; }
details.fold > summary .name { display: inline; margin: 0 8px; color: #1c2026; font-size: 13px; }
details.fold > summary .figures { font-size: 12px; font-weight: normal; }
.matrix-wrap { overflow: auto; max-width: 100%; max-height: 85vh; border: 1px solid var(--line); margin: 8px 0; }
table.matrix { font-size: 12px; }
table.matrix th.corner, table.matrix tbody th { position: sticky; left: 0; z-index: 2; background: #fff;
  text-align: left; font-weight: normal; min-width: 260px; max-width: 360px; }
table.matrix thead th { position: sticky; top: 0; z-index: 1; }
table.matrix th.corner { z-index: 3; vertical-align: bottom; }
table.matrix th.agency { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
  font-family: "DejaVu Sans Mono", monospace; font-weight: normal; padding: 6px 2px; }
table.matrix td { text-align: center; min-width: 26px; white-space: nowrap; padding: 2px 3px; }
table.matrix tr.goal th { background: var(--head); font-weight: bold; }
table.matrix tr.goal .name { display: inline; margin-left: 8px; color: #1c2026; font-weight: normal; }
table.matrix tr.parent th .id { font-weight: bold; }
table.matrix th.depth1 { padding-left: 20px; } table.matrix th.depth2 { padding-left: 34px; }
table.matrix th.depth3, table.matrix th.depth4 { padding-left: 48px; }
table.roles td { font-size: 12px; overflow-wrap: anywhere; }
table.roles th { text-align: left; font-weight: normal; min-width: 200px; }
td.role { background: #f3f6fa; }
td.role.lead { background: #dce8f7; font-weight: bold; }
td.role.inherited, .swatch.inherited { font-style: italic; opacity: 0.75; }
tr.gap th, .swatch.gap { background: var(--bad-bg) !important; box-shadow: inset 4px 0 0 var(--bad); }
tr.gap td { background: #fff6f5; }
td.dup, .swatch.dup { background: var(--warn-bg) !important; outline: 2px solid #d99a00; outline-offset: -2px; }
.flag { display: inline-block; font-size: 11px; border-radius: 3px; padding: 0 5px; margin: 2px 4px 0 0; }
.flag.gap { background: var(--bad); color: #fff; }
.flag.dup { background: #d99a00; color: #fff; }
dl.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; margin: 6px 0; font-size: 12px; }
dl.legend div { display: flex; gap: 6px; align-items: center; }
dl.legend dt, dl.legend dd { margin: 0; }
.swatch { display: inline-block; min-width: 26px; height: 18px; text-align: center; border: 1px solid var(--line);
  line-height: 16px; }
.graph-wrap { overflow: auto; max-width: 100%; max-height: 90vh; border: 1px solid var(--line); margin: 8px 0; }
svg.graph { display: block; margin: 0 auto; max-width: 100%; height: auto; font: 13px "DejaVu Sans Mono", monospace; }
svg .edge { stroke: #7d8794; stroke-width: 1; opacity: 0.6; }
svg .edge.problem { stroke: var(--bad); opacity: 0.9; }
svg .edge.back { stroke-dasharray: 4 3; }
svg .arrowhead { fill: #7d8794; }
svg .node rect { fill: #fff; stroke: #56606c; stroke-width: 1.2; }
svg .node text { text-anchor: middle; fill: #1c2026; }
svg .node.issuer rect, .swatch.node.issuer { fill: #dce8f7; background: #dce8f7; stroke: var(--accent); stroke-width: 2.5; border: 2px solid var(--accent); }
svg .node.late rect, .swatch.node.late { fill: var(--warn-bg); background: var(--warn-bg); stroke: #d99a00; stroke-width: 2; border: 2px solid #d99a00; }
svg .node.missing rect, .swatch.node.missing { fill: var(--bad-bg); background: var(--bad-bg); stroke: var(--bad); stroke-width: 2; border: 2px solid var(--bad); }
svg .node.chain rect, .swatch.node.chain { stroke: var(--bad); stroke-width: 3; stroke-dasharray: 2 2; border: 3px dotted var(--bad); }
svg .node.ceasing rect, .swatch.node.ceasing { stroke-dasharray: 6 2; border-style: dashed; }
svg .node.dissolved rect, .swatch.node.dissolved { fill: #eceef1; background: #eceef1; stroke-dasharray: 5 3; border-style: dashed; }
svg .node.dissolved text { fill: var(--muted); text-decoration: line-through; }
table.findings { font-size: 13px; width: 100%; }
table.findings td:nth-child(5) { min-width: 24em; }
table.findings td .loc { font-family: "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted);
  overflow-wrap: anywhere; }
table.findings td:nth-child(3) { white-space: nowrap; font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
table.findings td:nth-child(2) { white-space: nowrap; }
table.findings tr.error td:nth-child(2) { color: var(--bad); font-weight: bold; }
table.findings tr.warning td:nth-child(2) { color: var(--warn); font-weight: bold; }
table.findings tr.note td:nth-child(2) { color: var(--muted); }
table.findings .source, table.findings ul.related { color: var(--muted); font-size: 12px; margin: 2px 0 0; }
table.findings ul.related { padding-left: 18px; }
table.findings ul.related code { overflow-wrap: anywhere; }
.controls { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; }
.js-only { display: none; }
html.js .js-only { display: block; }
html.js .controls.js-only { display: flex; }
tr[hidden] { display: none; }
@page { margin: 12mm; }
@page graph { size: A4 landscape; }
@media print {
  header.top, table.matrix thead th, table.matrix th.corner, table.matrix tbody th { position: static; }
  header.top { background: none; color: #000; border-bottom: 2px solid #000; }
  header.top nav, .controls, .js-only, .hint { display: none !important; }
  .matrix-wrap, .scroll, .graph-wrap { overflow: visible; max-height: none; border: none; }
  html.js table.sortable thead th::after { content: none; }
  thead { display: table-header-group; }
  tr, figure, dl.legend { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section { break-before: auto; }
  section#graph { page: graph; break-before: page; }
  section#graph figure { break-before: page; }
  section#graph figure:first-of-type { break-before: auto; }
  section#findings { break-before: page; }
  body { font-size: 11px; }
  svg.graph { width: 100%; max-height: 170mm; }
  details.fold > summary { list-style: none; }
  table.findings td .loc { white-space: nowrap; overflow-wrap: normal; }
}
)css";

// Sorting any table.sortable by a click or Enter on its column heading (rows grouped in several
// tbody elements move as groups); searching and filtering the findings by text, agency (an id or its
// start: "P01_" for a province's), severity and kind. The page shows everything without it.
const char* const html_script = R"js(
(function () {
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  document.documentElement.className += ' js';
  var vietnamese = document.documentElement.lang === 'vi';
  each(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.querySelectorAll('thead th');
    each(heads, function (th, index) {
      if (th.className.indexOf('nosort') >= 0) return;
      th.setAttribute('tabindex', '0');
      var sort = function () {
        var numeric = th.getAttribute('data-type') === 'number';
        var current = th.getAttribute('aria-sort');
        var dir = current ? (current === 'ascending' ? -1 : 1) : (numeric ? -1 : 1);
        each(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[index];
          if (!cell) return numeric ? 0 : '';
          var v = cell.getAttribute('data-sort');
          if (v === null) v = cell.textContent;
          if (!numeric) return v;
          // Numbers as the page writes them: Vietnamese "1.234" and "66,7%"; "-" (nothing expected) last.
          if (vietnamese) v = v.split('.').join('').replace(',', '.');
          var n = parseFloat(v);
          return isNaN(n) ? -1 : n;
        };
        var compare = function (x, y) {
          var c = numeric ? x - y : String(x).localeCompare(String(y));
          return c * dir;
        };
        if (table.tBodies.length > 1) {
          var groups = Array.prototype.slice.call(table.tBodies);
          // A group (an agency's rows) sorts by its last row: its sum, or its only row.
          var last = function (g) { return g.rows[g.rows.length - 1]; };
          groups.sort(function (a, b) { return compare(key(last(a)), key(last(b))); });
          var foot = table.tFoot;
          each(groups, function (g) { table.insertBefore(g, foot); });
        } else {
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) { return compare(key(a), key(b)); });
          each(rows, function (r) { body.appendChild(r); });
        }
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
    });
  });
  var text = document.getElementById('filter-text');
  var agency = document.getElementById('filter-agency');
  var severity = document.getElementById('filter-severity');
  var code = document.getElementById('filter-code');
  var count = document.getElementById('filter-count');
  if (text && agency && severity && code) {
    var rows = document.querySelectorAll('#findings-table tbody tr');
    var apply = function () {
      var shown = 0;
      var words = text.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
      var who = agency.value.trim().toLowerCase();
      each(rows, function (r) {
        var a = (r.getAttribute('data-agency') || '').toLowerCase();
        var ok = (!severity.value || r.className === severity.value) &&
                 (!code.value || r.getAttribute('data-code') === code.value) &&
                 (!who || a.indexOf(who) === 0);
        if (ok && words.length) {
          var content = r.textContent.toLowerCase();
          ok = words.every(function (w) { return content.indexOf(w) >= 0; });
        }
        r.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = shown + ' / ' + rows.length;
    };
    each([text, agency], function (input) { input.addEventListener('input', apply); });
    each([severity, code], function (input) { input.addEventListener('change', apply); });
    apply();
  }
})();
)js";

} // namespace oblige::output
