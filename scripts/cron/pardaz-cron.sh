#!/usr/bin/env bash
# Runs the nightly Pardaz job for cron or a systemd timer: processes what is new or changed in
# INPUT into OUTPUT and appends JSON log lines to LOG. Pardaz holds its own lock on OUTPUT, so no
# flock(1) is needed: when an earlier run is still going, this one exits at once with 75 ("try
# again later") and the next tick picks up the work. A run that has held the folder for longer
# than PARDAZ_STALL_HOURS (default 12) is not taken for busy: the wrapper says the archive is
# stalled and exits 75 non-silently, so that cron mails it. Exit 3 (some files or folders could
# not be read or written; retried next run) is reported like 1.
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
  3) echo "pardaz: some files or folders could not be read or written (retried next run); see $log" >&2 ;;
  75)                                             # another run is busy: not an error for cron, unless it is stuck
    lock="$output/.pardaz/lock"
    stall_minutes=$(( ${PARDAZ_STALL_HOURS:-12} * 60 ))
    if [[ -n "$(find "$lock" -mmin +"$stall_minutes" 2>/dev/null)" ]]; then
      echo "pardaz: the run holding $output started $(sed -n 2p "$lock") (pid $(sed -n 1p "$lock")) and is still going; the archive may be stalled" >&2
      exit 75
    fi
    exit 0 ;;
  *) echo "pardaz: run ended with status $status; see $log" >&2 ;;
esac
exit $status
