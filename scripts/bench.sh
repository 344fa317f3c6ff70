#!/usr/bin/env bash
# Speed of the store on a centre-sized caseload, measured on the release build (make bench runs `swift build -c
# release` first). Prints timings; asserts nothing: targets live in Docs/architecture.md, not in tests.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/teczka
FAMILIES=${FAMILIES:-1000}
YEARS=${YEARS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export TECZKA_PASSPHRASE="bench-passphrase-1"
STORE="$WORK/bench.sqlite"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }

start=$(now)
# Families with casework over the last $YEARS years (cooperations, problems, plans, visits, assessments …).
"$BIN" demo --store "$STORE" --families "$FAMILIES" --years "$YEARS" --seed 1 >/dev/null
created=$(now)
# Opening = lock, checks, one scrypt derivation, decrypting every revision, re-admitting each (digests, chain links,
# the newest signature of each chain, the authority table) into memory; then one family is added.
"$BIN" demo --store "$STORE" --families 1 --seed 2 >/dev/null
opened=$(now)

size=$(du -k "$STORE" | cut -f1)
revisions=$(sqlite3 "$STORE" 'SELECT COUNT(*) FROM revision' 2>/dev/null || echo '?')
printf 'Demo store with %s families over %s years: created in %.2f s (%s KiB, %s revisions)\n' \
  "$FAMILIES" "$YEARS" "$(elapsed "$start" "$created")" "$size" "$revisions"
printf 'Open, unlock, load all revisions and add one family: %.2f s\n' "$(elapsed "$created" "$opened")"

# Signing and checking 50,000 revisions in 1,000 chains on their own (target: checking adds under 1 s to opening).
"$BIN" bench-signatures --count 50000 --chains 1000

# Log-in with 1, 10 and 50 accounts, right and wrong passphrase (target: under 1.5 s, whatever the number of accounts).
"$BIN" bench-login --accounts 1,10,50

# Every report available in the store for one year, computed once the store is open (target: under 0.5 s).
REPORT_YEAR=$(( $(date +%Y) - 1 ))
"$BIN" report --all --year "$REPORT_YEAR" --store "$STORE" --timing --output "$WORK/reports.txt" 2>"$WORK/timing.txt"
printf 'All reports for %s (%s)\n' "$REPORT_YEAR" "$(sed 's/^teczka: //' "$WORK/timing.txt")"
