#!/usr/bin/env bash
# Opens Blue Helmet COP: on the last mission, else on the start page (new mission, open, training demo).
# On a machine with no screen the window goes to a virtual X display so the command still works.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found: opening the app on a virtual display (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/bluehelmet "$@"
fi
exec .venv/bin/bluehelmet "$@"
