#!/usr/bin/env bash
# Starts the original AIMLAC bidding API (github.com/mmesiti/aimlac-cc-api-auction) from YOUR checkout of it, for a
# manual check of live mode against it. Its code has no licence, so Convergence never ships or copies it; this script
# only runs the checkout you point it at.
#
#   CONVERGENCE_EXCHANGE_KEY=<a team key> scripts/original-exchange.sh /path/to/aimlac-cc-api-auction [WORKDIR]
#
# Then, in another shell, with exchange.mode: http in settings.yaml:
#   CONVERGENCE_EXCHANGE_URL=http://127.0.0.1:5000 CONVERGENCE_EXCHANGE_KEY=<the same key> ./convergence run
# The original serves only /auction/bidding/set and /auction/bidding/get: the run's price history passes over the
# exchange (HTTP 404) to the next of prices.sources, and its report says so.
#
# What it does: uses a Python that has the packages the checkout's Pipfile names (flask, flask-socketio, eventlet,
# pandas; $ORIGINAL_EXCHANGE_PYTHON, python3, or /usr/bin/python3 with Debian's python3-* packages), else makes a
# virtual environment in WORKDIR (default: a new temporary folder) and pip-installs them; the key stored in a new SQLite database there
# with the checkout's programs/add_key.py, then programs/bidding_api.py with the endpoint name auction/bidding, on
# port 5000 of every interface (the original's flask-socketio default), its clock in UTC (the original's 09:00 gate
# is server time). Ctrl-C stops it. The key is read from the environment and never printed.
set -euo pipefail

checkout="${1:-}"
if [[ -z "$checkout" || ! -f "$checkout/programs/bidding_api.py" || ! -f "$checkout/src/bid_api.py" ]]; then
  echo "usage: CONVERGENCE_EXCHANGE_KEY=KEY $0 CHECKOUT_OF_aimlac-cc-api-auction [WORKDIR]" >&2
  echo "error: '$checkout' is not a checkout of mmesiti/aimlac-cc-api-auction (no programs/bidding_api.py)" >&2
  exit 2
fi
if [[ -z "${CONVERGENCE_EXCHANGE_KEY:-}" ]]; then
  echo "error: set CONVERGENCE_EXCHANGE_KEY to the team key the exchange should know" >&2
  exit 2
fi
checkout="$(cd "$checkout" && pwd)"
work="${2:-$(mktemp -d -t original-exchange.XXXXXX)}"
mkdir -p "$work"
# a Python that already has the packages (e.g. Debian's python3-flask python3-flask-socketio python3-eventlet
# python3-pandas) is used as is; otherwise a virtual environment is made and pip installs them
python="${ORIGINAL_EXCHANGE_PYTHON:-}"
for candidate in $python python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null \
      && "$candidate" -c 'import flask, flask_socketio, eventlet, pandas' 2>/dev/null; then
    python="$candidate"
    break
  fi
  python=""
done
if [[ -z "$python" ]]; then
  command -v python3 >/dev/null || { echo "error: python3 is needed" >&2; exit 1; }
  if [[ ! -x "$work/venv/bin/python" ]]; then
    echo "creating a Python environment in $work/venv" >&2
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet flask flask-socketio eventlet pandas
  fi
  python="$work/venv/bin/python"
fi

db="$work/orders.sqlite"
log="$work/exchange.log"
export TZ=UTC
export PYTHONPATH="$checkout/src"
"$python" "$checkout/programs/add_key.py" --dbfile "$db" --logfile "$log" \
  --key "$CONVERGENCE_EXCHANGE_KEY"
echo "original AIMLAC exchange on http://127.0.0.1:5000 (database $db, log $log); Ctrl-C stops it" >&2
exec "$python" "$checkout/programs/bidding_api.py" --dbfile "$db" --logfile "$log" \
  --endpointname auction/bidding --port 5000
