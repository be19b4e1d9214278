#!/usr/bin/env bash
# Evaluations against the shared development data (never in the repo), run by CI when it is beside
# the clone. Each prints its figures (docs/quality.md records them); a command that fails to run
# fails the run.
set -euo pipefail
shared=${1:-../shared}
data="$shared/data"
cli="node bin/dateline.js"

echo "-- shipped data"
$cli data check

echo "-- the seed"
$cli extract "$shared/seed/000_7b0557956f3372bd.txt" --layers dateline,times --jobs 0 | head -c 1500; echo

echo "-- datelines: TASS sample and Reuters-21578"
$cli eval datelines --tass "$data/corpora/tass-politics-sample/seed-layout" --gold "$data/tass-gold"
$cli eval datelines --reuters "$data/corpora/reuters21578"

echo "-- HTML body extraction"
$cli eval html --pages "$data/corpora/article-extraction/html" --truth "$data/corpora/article-extraction/ground-truth.json"

echo "-- throughput (first 2,000 Reuters stories, all layers)"
$cli bench --input reuters --limit 2000 "$data/corpora/reuters21578"
