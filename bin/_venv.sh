# Sourced by bin/run, bin/test and bin/bench: makes .venv with Python 3.12 and installs the
# locked dependencies, doing nothing when the lock has not changed since the last install.
# PROB_LOCK names the lock: requirements.lock (what runs, as production installs it) by
# default; bin/test and bin/bench ask for requirements-dev.lock (that and the test tools).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_python() {
    local want
    want=$(cat .python-version)
    if command -v "python$want" >/dev/null 2>&1; then
        command -v "python$want"
        return
    fi
    if command -v pyenv >/dev/null 2>&1; then
        local found
        found=$(pyenv which python 2>/dev/null || true)
        if [ -n "$found" ] && "$found" -c "import sys; assert sys.version.startswith('$want')" 2>/dev/null; then
            echo "$found"
            return
        fi
        for candidate in "$(pyenv root)"/versions/"$want".*/bin/python; do
            [ -x "$candidate" ] && echo "$candidate" && return
        done
    fi
    if command -v python3 >/dev/null 2>&1 && python3 -c "import sys; assert sys.version.startswith('$want')" 2>/dev/null; then
        command -v python3
        return
    fi
    echo "PROB needs Python $want (see .python-version); install it, e.g. with pyenv." >&2
    exit 1
}

if [ ! -x .venv/bin/python ]; then
    "$(find_python)" -m venv .venv
fi
lock=${PROB_LOCK:-requirements.lock}
stamp=.venv/.$lock.sha256
if ! sha256sum --status -c "$stamp" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r "$lock" 2> >(grep -v "^WARNING: Location" >&2)
    sha256sum "$lock" > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
