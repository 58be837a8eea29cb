#!/usr/bin/env bash
# The NFC reader's end-to-end test (NfcCardReaderPcscdTest) reads a virtual card through the real PC/SC stack:
# Debian's pcscd with the vsmartcard-vpcd reader driver, and libpcsclite1 for the JDK's javax.smartcardio. Install
# them when they are missing and this user may; otherwise say what to do. The test starts a pcscd of its own, so
# the package's service need not run (policy-rc.d may keep apt from starting it: that is fine).
set -euo pipefail
missing=()
[ -x /usr/sbin/pcscd ] || missing+=(pcscd)
[ -e /usr/lib/pcsc/drivers/serial/libifdvpcd.so ] || missing+=(vsmartcard-vpcd)
ldconfig -p 2>/dev/null | grep -q 'libpcsclite\.so\.1 ' || missing+=(libpcsclite1)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the NFC reader's end-to-end test ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The NFC reader's end-to-end test needs Debian's ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
exit 1
