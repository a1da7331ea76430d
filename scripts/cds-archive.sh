#!/bin/sh
# Kept for the recipe of docs/benchmark.md of 2026-11-26: scripts/startup-cache.sh builds the class-data-sharing
# archive on JDK 17-23 (and the AOT cache on JDK 24+) from a one-shot training run.
#   scripts/cds-archive.sh [target/zhicheng-sync.jar] [target/cds]
exec "$(dirname "$0")/startup-cache.sh" "${1:-target/zhicheng-sync.jar}" "${2:-target/cds}"
