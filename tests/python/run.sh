#!/usr/bin/env bash
# Python checks of newsframe's outputs and package: creates target/pyenv (once),
# installs tests/python/requirements.txt from PyPI, builds the release binary
# and installs the newsframe Python package from this checkout,
# then runs every tests/python/test_*.py with unittest. A test whose engine
# cannot be installed skips with a message; everything else must pass.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PYTHON:-python3}
ENV=target/pyenv
if [ ! -x "$ENV/bin/python" ]; then
    "$PY" -m venv "$ENV"
fi
"$ENV/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/python/requirements.txt
cargo build --release --quiet
# The newsframe package from this checkout (maturin builds python/ into the
# same target/, so only the extension's own crates compile).
PATH="$PWD/$ENV/bin:$PATH" "$ENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-build-isolation .
NEWSFRAME_BIN="$PWD/target/release/newsframe" "$ENV/bin/python" -m unittest discover -s tests/python -p 'test_*.py' -v
