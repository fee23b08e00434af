#!/usr/bin/env bash
# The project's test command (README "Set up and run", .ci/run): the Rust
# suite, then the Python checks (tests/python/run.sh), which install what they
# need from PyPI into a virtual environment under target/.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release
tests/python/run.sh
