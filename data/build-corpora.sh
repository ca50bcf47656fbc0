#!/usr/bin/env bash
# Builds the four corpora revnas is judged on into data/corpora/<pair> from pinned Debian packages
# (see docs/corpora.md). Downloaded .debs are kept in data/corpora/.debs and reused; both are ignored
# by git. A corpus that is already built is verified against its manifest, never overwritten.
#
#   data/build-corpora.sh            build what is missing
#   data/build-corpora.sh --samples  then redraw the committed samples in data/samples/<pair>
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpora="$root/data/corpora"
samples="$root/data/samples"
revnas="$root/bin/revnas"
pairs=(en-de en-fr en-cs en-es)

# en-es is exported with mod2imp; as root, install it (nothing else is installed: texts are only unpacked).
if ! command -v mod2imp >/dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get install -y -q libsword-utils >&2
  else
    echo "build-corpora: mod2imp is missing: sudo apt-get install libsword-utils" >&2
    exit 2
  fi
fi
# apt-get download needs the package lists.
if ! ls /var/lib/apt/lists/ 2>/dev/null | grep -q '_Packages'; then
  if [[ $(id -u) -eq 0 ]]; then apt-get update -q >&2; else echo "build-corpora: run 'sudo apt-get update' first" >&2; exit 2; fi
fi

mkdir -p "$corpora"
for pair in "${pairs[@]}"; do
  if [[ -e "$corpora/$pair" ]]; then
    "$revnas" corpus verify "$corpora/$pair"
  else
    "$revnas" corpus build --pair "$pair" --out "$corpora/$pair" --deb-cache "$corpora/.debs"
  fi
done

if [[ "${1:-}" == "--samples" ]]; then
  for pair in "${pairs[@]}"; do
    # Bible verses are long: 1,000 training verses keep the en-es sample about as small as the others.
    train=2000
    [[ "$pair" == en-es ]] && train=1000
    rm -rf "$samples/$pair"
    mkdir -p "$samples"
    "$revnas" corpus sample --from "$corpora/$pair" --out "$samples/$pair" --train "$train" --valid 200 --test 200
  done
fi
