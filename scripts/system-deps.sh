#!/usr/bin/env bash
# The Debian packages the tests use. As root, installs the missing ones; otherwise names them.
set -euo pipefail

PACKAGES=(
  chromium            # e2e tests (playwright-core drives /usr/bin/chromium)
  chromium-headless-shell # the web shell's headless browser (tests, CI, bench): launches in about half the time
  socat               # PTY pairs for the serial device emulators
  fonts-noto-cjk      # Chinese text in Chromium screenshots
  fonts-wqy-microhei  # the CJK font also bundled under resources/fonts
  poppler-utils       # pdftotext / pdftoppm to read and look at PDFs and receipts
  cups                # a real print queue for A4 jobs
  cups-bsd            # lp / lpstat
  printer-driver-cups-pdf # the PDF queue the A4 tests print to
  espeak-ng           # 语音播报 (Mandarin voice)
  sox                 # checks synthesised speech
  postgresql          # the district server's PostgreSQL store: tests and bench:server start a private server
  systemd             # systemd-analyze verify of the hall's unit file (build/linux/systemd/)
  pulseaudio          # a null sound sink, so 语音播报 plays (and can be stopped) on machines without a sound card
  faketime            # runs the kiosk at a wrong clock (fault tests)
  strace              # proves fsync precedes each answer (durability test)
  openssl             # makes the certificates of the wrong-clock HTTPS tests
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "missing system packages (install them as root): sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
