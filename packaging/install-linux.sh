#!/bin/sh
# Install the frozen Liblitz (pyinstaller build.spec → dist/liblitz) for the current user: the
# folder in ~/.local/opt/liblitz, a launcher in the applications menu, the icon in every size.
#   sh dist/liblitz/install-linux.sh        (build.spec copies this script and liblitz.desktop there)
#   sh packaging/install-linux.sh [FOLDER]  (from a checkout; FOLDER defaults to dist/liblitz)
#   sh dist/liblitz/install-linux.sh --remove
# Nothing needs root; the data folder (~/.local/share/Liblitz) is never touched, not even by --remove.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/liblitz
launcher=$data_home/applications/liblitz.desktop
icons=$data_home/icons/hicolor

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$target" "$launcher"
  find "$icons" -path '*/apps/liblitz.*' -delete 2>/dev/null || true
  echo "Liblitz est désinstallé (vos souvenirs restent dans $data_home/Liblitz)."
  exit 0
fi

if [ -x "$here/liblitz" ]; then default=$here; else default=$here/../dist/liblitz; fi
bundle=${1:-$default}
if [ ! -x "$bundle/liblitz" ]; then
  echo "Pas d'application construite dans « $bundle » : lancez d'abord « pyinstaller build.spec »." >&2
  exit 2
fi
bundle=$(cd "$bundle" && pwd)
if [ "$bundle" != "$target" ]; then  # a new version replaces the old folder whole
  rm -rf "$target" && mkdir -p "$target" && cp -a "$bundle/." "$target/"
fi
mkdir -p "$(dirname "$launcher")"
drawn=$target/_internal/resources/icons  # PyInstaller ≥ 6 keeps data files in _internal/
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$drawn/liblitz-$size.png" "$icons/${size}x${size}/apps/liblitz.png"
done
mkdir -p "$icons/scalable/apps" && cp "$drawn/liblitz.svg" "$icons/scalable/apps/liblitz.svg"
sed "s|@EXEC@|$target/liblitz|g" "$here/liblitz.desktop" > "$launcher"
chmod 0644 "$launcher"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "Liblitz est installé : $target/liblitz, et dans le menu des applications."
