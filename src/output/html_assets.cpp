// The HTML page's inline style sheet and script. Neither refers to anything outside the page: no fonts,
// images or scripts are fetched, so the page works offline and from a USB stick.
#include "output/html_sections.hpp"

namespace oblige::output {

const char* const html_style = R"css(
:root { --bad: #b3261e; --bad-bg: #fde7e4; --warn: #8a5a00; --warn-bg: #fff1cc; --ok: #1b6e2a;
  --ok-bg: #e3f4e6; --line: #c9ced6; --muted: #5b6470; --head: #eef1f5; --accent: #1d4f91; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1c2026;
  background: #fff; }
header.top { position: sticky; top: 0; z-index: 5; background: var(--accent); color: #fff; padding: 8px 20px; }
header.top h1 { margin: 0; font-size: 20px; }
header.top nav a { color: #fff; margin-right: 14px; font-size: 13px; }
main { padding: 4px 20px 40px; }
section { margin-top: 22px; scroll-margin-top: 70px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--accent); padding-bottom: 3px; color: var(--accent); }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 3px 7px; vertical-align: top; }
thead th { background: var(--head); text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bad, td.bad { color: var(--bad); font-weight: bold; }
.warn, td.warn { color: var(--warn); font-weight: bold; }
.ok { color: var(--ok); }
.hint { color: var(--muted); font-size: 12px; }
.notice { background: var(--warn-bg); padding: 6px 10px; border-left: 4px solid var(--warn); }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
table.counts th { text-align: left; font-weight: normal; min-width: 150px; }
table.counts td { min-width: 60px; }
.scroll { overflow-x: auto; max-width: 100%; }
.id { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; }
.name { display: block; color: var(--muted); font-size: 12px; font-weight: normal; }
table.sortable thead th { cursor: pointer; white-space: nowrap; }
html.js table.sortable thead th::after { content: " \2195"; color: var(--muted); font-size: 11px; }
table.scorecard tbody th { text-align: left; font-weight: normal; min-width: 220px; }
table.scorecard .name { display: inline; margin-left: 8px; }
table.scorecard th, table.scorecard td { padding: 2px 7px; }
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
.graph-wrap { overflow-x: auto; border: 1px solid var(--line); margin: 8px 0; }
svg.graph { display: block; margin: 0 auto; font: 11px "DejaVu Sans Mono", monospace; }
svg .edge { stroke: #7d8794; stroke-width: 1; opacity: 0.6; }
svg .edge.problem { stroke: var(--bad); opacity: 0.9; }
svg .edge.back { stroke-dasharray: 4 3; }
svg .arrowhead { fill: #7d8794; }
svg .node rect { fill: #fff; stroke: #56606c; stroke-width: 1.2; }
svg .node text { text-anchor: middle; fill: #1c2026; }
svg .node.issuer rect, .swatch.node.issuer { fill: #dce8f7; background: #dce8f7; stroke: var(--accent); stroke-width: 2.5; border: 2px solid var(--accent); }
svg .node.missing rect, .swatch.node.missing { fill: var(--warn-bg); background: var(--warn-bg); stroke: #d99a00; border-color: #d99a00; }
svg .node.chain rect, .swatch.node.chain { stroke: var(--bad); stroke-width: 2.5; border: 2px solid var(--bad); }
svg .node.dissolved rect, .swatch.node.dissolved { fill: #eceef1; background: #eceef1; stroke-dasharray: 5 3; border-style: dashed; }
svg .node.dissolved text { fill: var(--muted); text-decoration: line-through; }
table.findings { font-size: 13px; width: 100%; }
table.findings td.loc code { font-size: 11px; word-break: break-all; }
table.findings td:first-child code { white-space: nowrap; }
table.findings tr.error td.sev { color: var(--bad); font-weight: bold; }
table.findings tr.warning td.sev { color: var(--warn); font-weight: bold; }
table.findings tr.note td.sev { color: var(--muted); }
table.findings .source, table.findings ul.related { color: var(--muted); font-size: 12px; margin: 2px 0 0; }
table.findings ul.related { padding-left: 18px; }
.controls { margin: 8px 0; }
.controls select { margin-right: 12px; }
.js-only { display: none; }
html.js .js-only { display: block; }
html.js p.js-only { display: block; }
tr[hidden] { display: none; }
@media print {
  header.top, table.matrix thead th, table.matrix th.corner, table.matrix tbody th { position: static; }
  header.top { background: none; color: #000; border-bottom: 2px solid #000; }
  header.top nav, .controls, .js-only, .hint { display: none !important; }
  .matrix-wrap, .scroll, .graph-wrap { overflow: visible; max-height: none; border: none; }
  thead { display: table-header-group; }
  tr, figure, dl.legend { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section { break-before: auto; }
  body { font-size: 11px; }
  svg.graph { max-width: 100%; height: auto; }
}
)css";

const char* const html_script = R"js(
(function () {
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };
  document.documentElement.className += ' js';
  each(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.querySelectorAll('thead th');
    each(heads, function (th, index) {
      th.setAttribute('tabindex', '0');
      var sort = function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = th.getAttribute('data-type') === 'number';
        var current = th.getAttribute('aria-sort');
        var dir = current ? (current === 'ascending' ? -1 : 1) : (numeric ? -1 : 1);
        each(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[index];
          var v = cell.getAttribute('data-sort');
          if (v === null) v = cell.textContent;
          return numeric ? (parseFloat(v) || 0) : v;
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = numeric ? x - y : String(x).localeCompare(String(y));
          return c * dir;
        });
        each(rows, function (r) { body.appendChild(r); });
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
    });
  });
  var severity = document.getElementById('filter-severity');
  var code = document.getElementById('filter-code');
  var count = document.getElementById('filter-count');
  if (severity && code) {
    var rows = document.querySelectorAll('#findings-table tbody tr');
    var apply = function () {
      var shown = 0;
      each(rows, function (r) {
        var ok = (!severity.value || r.getAttribute('data-severity') === severity.value) &&
                 (!code.value || r.getAttribute('data-code') === code.value);
        r.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = shown + ' / ' + rows.length;
    };
    severity.addEventListener('change', apply);
    code.addEventListener('change', apply);
    apply();
  }
})();
)js";

} // namespace oblige::output
