#!/usr/bin/env bash
# `oblige graph` output must open in Graphviz (dot renders the DOT to SVG) and in yEd (well-formed GraphML
# with the keys yEd reads). Usage: graph_opens.sh OBLIGE PLAN.obl
set -euo pipefail
oblige=$1 plan=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
"$oblige" graph "$plan" --format dot >"$work/g.dot" || status=$?
[ "$status" -le 1 ] || { echo "oblige graph exited $status"; exit 1; }
dot -Tsvg "$work/g.dot" -o "$work/g.svg"
grep -q "<svg" "$work/g.svg"
grep -q -- "->" "$work/g.dot"
status=0
"$oblige" graph "$plan" --format graphml >"$work/g.graphml" || status=$?
[ "$status" -le 1 ] || { echo "oblige graph --format graphml exited $status"; exit 1; }
xmllint --noout "$work/g.graphml"
grep -q '<graphml' "$work/g.graphml"
grep -q 'attr.name="label"' "$work/g.graphml"
nodes=$(grep -c '<node ' "$work/g.graphml")
edges=$(grep -c '<edge ' "$work/g.graphml")
[ "$nodes" -gt 10 ] && [ "$edges" -gt 10 ] || { echo "too small a graph: $nodes nodes, $edges edges"; exit 1; }
echo "dot and graphml ok: $nodes nodes, $edges edges"
