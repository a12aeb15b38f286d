#!/usr/bin/env bash
# Runs the nightly Pardaz job for cron or a systemd timer: processes what is new or changed in
# INPUT into OUTPUT and appends JSON log lines to LOG. Pardaz holds its own lock on OUTPUT, so no
# flock(1) is needed: when an earlier run is still going, this one exits at once with 75 ("try
# again later") and the next tick picks up the work.
#
#   pardaz-cron.sh INPUT OUTPUT [LOG]
#   PARDAZ=/opt/pardaz/bin/pardaz PARDAZ_JOBS=4 pardaz-cron.sh /srv/articles /srv/pardaz-out
set -uo pipefail
input=${1:?usage: pardaz-cron.sh INPUT OUTPUT [LOG]}
output=${2:?usage: pardaz-cron.sh INPUT OUTPUT [LOG]}
log=${3:-$output/.pardaz/run.log}
pardaz=${PARDAZ:-pardaz}
mkdir -p "$(dirname "$log")"
args=(run --input "$input" --output "$output" --log-format json)
[[ -n "${PARDAZ_JOBS:-}" ]] && args+=(--jobs "$PARDAZ_JOBS")
"$pardaz" "${args[@]}" 2>>"$log"
status=$?
case $status in
  0) ;;                                           # all processed or up to date
  1) echo "pardaz: some documents failed; see $log and NAME.error.json in $output" >&2 ;;
  75) exit 0 ;;                                   # another run is busy: not an error for cron
  *) echo "pardaz: run ended with status $status; see $log" >&2 ;;
esac
exit $status
