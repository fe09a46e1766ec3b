#!/usr/bin/env bash
# Installs what building and testing Salesfloor needs on Debian or Ubuntu:
# the C headers for Ebiten's cgo build on Linux, a virtual X server and Mesa
# for the real-window test, qemu-user-static for the arm64 determinism run,
# and Node.js for the js/wasm run. Idempotent: when everything is present it
# only checks, in well under a second.
set -euo pipefail

want=(libc6-dev libgl1-mesa-dev libxcursor-dev libxi-dev libxinerama-dev libxrandr-dev
      libxxf86vm-dev libasound2-dev pkg-config xvfb xauth libgl1-mesa-dri qemu-user-static)
# Node.js runs the js/wasm tests; any recent node on PATH will do.
command -v node >/dev/null 2>&1 || want+=(nodejs)
# Extra packages a target asks for (the browser test adds chromium).
want+=("$@")

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "deps: missing ${missing[*]}, and this is not a Debian/Ubuntu system with apt-get." >&2
  echo "deps: install the equivalents by hand (see README, 'Requirements')." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "deps: missing ${missing[*]}; run as root or install sudo." >&2
    exit 1
  fi
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
