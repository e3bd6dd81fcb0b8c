#!/bin/sh
# Make sure a Chromium for the browser tests and PNG export is installed.
# Uses FRONTLINE_CHROMIUM when set, else Debian's chromium (installed when missing and root).
set -e
if [ -n "$FRONTLINE_CHROMIUM" ] && [ -x "$FRONTLINE_CHROMIUM" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian chromium for browser tests and PNG export..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    exit 0
fi
echo "No Chromium found: browser tests will be skipped and PNG export is unavailable." >&2
echo "Install it with 'sudo apt-get install chromium' (Debian/Ubuntu) or set FRONTLINE_CHROMIUM=/path/to/chrome." >&2
exit 0
