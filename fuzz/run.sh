#!/usr/bin/env bash
# Run each ctdocs fuzz target for a bounded time, both at once, and summarise.
#
#   fuzz/run.sh [SECONDS] [OUT]     default 1800 s per target, OUT=/tmp/fuzz
#
# Writes OUT/<target>.log (libFuzzer's output), OUT/corpus/<target>/ (inputs the
# fuzzer found interesting, kept between runs), OUT/artifacts/<target>/ (crashing
# or hanging inputs) and OUT/summary.txt. A target that finds a crash is started
# again with the time left, so one finding does not end the run; each finding is
# kept in artifacts/. Exit status: 0 when no target found anything, 1 otherwise.
set -uo pipefail
SECONDS_PER_TARGET="${1:-1800}"
OUT="${2:-/tmp/fuzz}"
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-$HERE/../.venv/bin/python}"
mkdir -p "$OUT"
"$PY" "$HERE/make_seeds.py" "$OUT/seeds" || exit 2

run_target() {  # name seeds-subdir timeout max_len
    local name="$1" seeds="$2" timeout="$3" max_len="$4"
    local corpus="$OUT/corpus/$name" art="$OUT/artifacts/$name/" log="$OUT/$name.log"
    mkdir -p "$corpus" "$art"
    : > "$log"
    local deadline=$(( $(date +%s) + SECONDS_PER_TARGET ))
    local round=0
    while :; do
        local left=$(( deadline - $(date +%s) ))
        (( left > 5 )) || break
        round=$(( round + 1 ))
        echo "=== round $round: $left s left ===" >> "$log"
        "$PY" "$HERE/$name.py" "$corpus" "$OUT/seeds/$seeds" \
            -max_total_time="$left" -timeout="$timeout" -max_len="$max_len" \
            -rss_limit_mb=4096 -artifact_prefix="$art" -print_final_stats=1 >> "$log" 2>&1
        local rc=$?
        echo "=== round $round exit $rc ===" >> "$log"
        (( rc == 0 )) && break
    done
}

run_target fuzz_parse_text text 60 16384 &
run_text=$!
run_target fuzz_pdf pdf 120 65536 &
run_pdf=$!
wait "$run_text" "$run_pdf"

found=0
{
    for name in fuzz_parse_text fuzz_pdf; do
        log="$OUT/$name.log"
        # libFuzzer's final stats: "stat::number_of_executed_units: N", one per round
        execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{s+=$2} END {print s+0}')
        rounds=$(grep -c '^=== round .* exit' "$log")
        findings=$(find "$OUT/artifacts/$name" -type f | wc -l)
        echo "$name: $execs executions in $rounds round(s), $findings finding(s) in $OUT/artifacts/$name"
        (( findings > 0 )) && found=1
    done
} | tee "$OUT/summary.txt"
grep -q ' [1-9][0-9]* finding' "$OUT/summary.txt" && exit 1
exit 0
