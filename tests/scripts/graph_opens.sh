#!/usr/bin/env bash
# `oblige graph` output must open in Graphviz (dot renders the DOT to SVG), in yEd (well-formed GraphML
# with the keys and yFiles labels yEd reads) and in a browser (well-formed SVG); it exits 0 once drawn.
# Usage: graph_opens.sh OBLIGE PLAN.obl
set -euo pipefail
oblige=$1 plan=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
"$oblige" graph "$plan" --format dot >"$work/g.dot" || status=$?
[ "$status" -eq 0 ] || { echo "oblige graph exited $status (0 whenever the graph is drawn)"; exit 1; }
dot -Tsvg "$work/g.dot" -o "$work/g.svg"
grep -q "<svg" "$work/g.svg"
grep -q -- "->" "$work/g.dot"
status=0
"$oblige" graph "$plan" --format graphml >"$work/g.graphml" || status=$?
[ "$status" -eq 0 ] || { echo "oblige graph --format graphml exited $status"; exit 1; }
xmllint --noout "$work/g.graphml"
grep -q '<graphml' "$work/g.graphml"
grep -q 'attr.name="label"' "$work/g.graphml"
grep -q '<y:NodeLabel>' "$work/g.graphml"
nodes=$(grep -c '<node ' "$work/g.graphml")
edges=$(grep -c '<edge ' "$work/g.graphml")
[ "$nodes" -gt 10 ] && [ "$edges" -gt 10 ] || { echo "too small a graph: $nodes nodes, $edges edges"; exit 1; }
"$oblige" graph "$plan" --format svg >"$work/g.svg" 2>/dev/null || { echo "oblige graph --format svg failed"; exit 1; }
xmllint --noout "$work/g.svg"
echo "dot, graphml and svg ok: $nodes nodes, $edges edges"
