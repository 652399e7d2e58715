# Sourced by bin/run and bin/test: makes .venv with Python 3.12 and installs the locked
# dependencies, doing nothing when requirements.lock has not changed since the last install.
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
stamp=.venv/.requirements.lock.sha256
if ! sha256sum --status -c "$stamp" 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock 2> >(grep -v "^WARNING: Location" >&2)
    sha256sum requirements.lock > "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
