#!/usr/bin/env bash
# Evaluations against the shared development data (never in the repo), run by CI when it is there.
# Each prints its figures; a failing command fails the run.
set -euo pipefail
shared=${1:-../shared}
cli="node bin/dateline.js"

echo "-- seed"
$cli extract "$shared/seed/000_7b0557956f3372bd.txt" --layers dateline
