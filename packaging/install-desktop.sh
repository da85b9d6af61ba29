#!/usr/bin/env bash
# Register an unpacked Press Desk bundle with the desktop, for the current user:
# `pressdesk` on the PATH (~/.local/bin), the menu entry, "Open with Press Desk" for the file
# types it imports, the icons and the AppStream metainfo. Run from the bundle folder:
#   bash ~/.local/opt/pressdesk/install-desktop.sh            (add --uninstall to undo)
set -euo pipefail
bundle=$(cd "$(dirname "$0")" && pwd)
app_id=org.pressdesk.PressDesk
assets="$bundle/_internal/desktop/_assets"
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin="$HOME/.local/bin"

if [ "${1:-}" = --uninstall ]; then
  rm -f "$bin/pressdesk" "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
  find "$data/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
else
  mkdir -p "$bin" "$data/applications" "$data/metainfo" "$data/icons"
  ln -sf "$bundle/pressdesk" "$bin/pressdesk"
  install -m 644 "$assets/desktop/$app_id.desktop" "$data/applications/$app_id.desktop"
  install -m 644 "$assets/desktop/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
  cp -r "$assets/hicolor" "$data/icons/"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$data/icons/hicolor" || true
echo "done (pressdesk -> $bin; make sure it is on your PATH)" >&2
