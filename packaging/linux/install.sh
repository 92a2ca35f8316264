#!/usr/bin/env bash
# Installs JourneyMap's Linux desktop integration: the menu entry (.desktop), the AppStream
# metainfo, the application/x-journeymap MIME type (*.journeymap, and JSON starting with
# "format": "journeymap") with its document icon, and the app icon in every size. After it,
# double-clicking a .journeymap file opens it in JourneyMap.
#
#   packaging/linux/install.sh                     for this user (~/.local/share)
#   packaging/linux/install.sh --prefix /usr/local for everyone (run as root)
#   packaging/linux/install.sh --exec /opt/JourneyMap/journeymap
#   packaging/linux/install.sh --uninstall
#
# It works from a source checkout (icons in ../../icons), from an installed wheel, where
# `journeymap install-desktop` runs it (journeymap_desktop/resources/linux, icons in
# ../../icons), and from the bundle built by packaging/build_bundle.sh (this folder copied to
# JourneyMap/linux/, icons beside it).
set -euo pipefail

APP_ID=io.github.journeymap.JourneyMap
MIME_ICON=application-x-journeymap
SIZES=(16 24 32 48 64 128 256 512)
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  cat <<EOF
Usage: $(basename "$0") [--prefix DIR | --datadir DIR] [--exec COMMAND] [--no-update] [--uninstall]

  --prefix DIR    install into DIR/share (default: \${XDG_DATA_HOME:-~/.local/share})
  --datadir DIR   install into DIR itself (e.g. a package's staging share/ folder)
  --exec COMMAND  what the menu entry runs: a path to the journeymap program, or a bare
                  name looked up on PATH (default: the bundle's own program when run from
                  the bundle, else the journeymap found on PATH, as an absolute path)
  --no-update     do not refresh the MIME, desktop and icon caches (for packagers)
  --uninstall     remove what an earlier install put there
EOF
}

datadir="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_cmd=""
update=1
uninstall=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; datadir="$2/share"; shift 2 ;;
    --datadir) [ $# -ge 2 ] || { usage >&2; exit 2; }; datadir="$2"; shift 2 ;;
    --exec) [ $# -ge 2 ] || { usage >&2; exit 2; }; exec_cmd="$2"; shift 2 ;;
    --no-update) update=0; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ -d "$HERE/icons" ]; then icons="$HERE/icons"; else icons="$HERE/../../icons"; fi
icons="$(cd "$icons" && pwd)"

app_png() { echo "$datadir/icons/hicolor/${1}x${1}/apps/$APP_ID.png"; }
mime_png() { echo "$datadir/icons/hicolor/${1}x${1}/mimetypes/$MIME_ICON.png"; }
TARGETS=(
  "$datadir/applications/$APP_ID.desktop"
  "$datadir/metainfo/$APP_ID.metainfo.xml"
  "$datadir/mime/packages/$APP_ID.xml"
  "$datadir/icons/hicolor/scalable/apps/$APP_ID.svg"
  "$datadir/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
)
for size in "${SIZES[@]}"; do TARGETS+=("$(app_png "$size")" "$(mime_png "$size")"); done

refresh_caches() {
  [ "$update" = 1 ] || return 0
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$datadir/mime" ]; then
    update-mime-database "$datadir/mime" || echo "install.sh: update-mime-database failed" >&2
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$datadir/applications" ]; then
    update-desktop-database -q "$datadir/applications" || echo "install.sh: update-desktop-database failed" >&2
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$datadir/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$datadir/icons/hicolor" || true
  fi
  if [ -d "$datadir/icons/hicolor" ]; then touch "$datadir/icons/hicolor"; fi  # icon themes watch the folder time
}

if [ "$uninstall" = 1 ]; then
  for target in "${TARGETS[@]}"; do rm -f "$target"; done
  refresh_caches
  echo "install.sh: removed JourneyMap's desktop integration from $datadir"
  exit 0
fi

# What the menu entry runs.
if [ -z "$exec_cmd" ]; then
  if [ -x "$HERE/../journeymap" ] && [ -f "$HERE/../journeymap" ]; then
    exec_cmd="$(cd "$HERE/.." && pwd)/journeymap"   # run from inside the bundle
  elif command -v journeymap >/dev/null 2>&1; then
    exec_cmd="$(command -v journeymap)"
  else
    echo "install.sh: no 'journeymap' program on PATH; install JourneyMap first or pass --exec PATH" >&2
    exit 1
  fi
fi
case "$exec_cmd" in
  */*) [ -x "$exec_cmd" ] || echo "install.sh: warning: $exec_cmd is not an executable file (yet)" >&2 ;;
esac

# Desktop Entry quoting: an argument with reserved characters goes in double quotes with
# " ` $ \ escaped; then the value itself escapes \ (string rule) and % (field codes).
exec_quoted() {
  local arg="$1"
  if [[ -z "$arg" || "$arg" == *[[:space:]\"\'\\\>\<~\|\&\;\$\*\?\#\(\)\`]* ]]; then
    arg="${arg//\\/\\\\}"; arg="${arg//\"/\\\"}"; arg="${arg//\`/\\\`}"; arg="${arg//\$/\\\$}"
    arg="\"$arg\""
  fi
  arg="${arg//\\/\\\\}"
  printf '%s' "${arg//%/%%}"
}
string_escaped() { local value="${1//\\/\\\\}"; printf '%s' "$value"; }

install -d "$datadir/applications" "$datadir/metainfo" "$datadir/mime/packages" \
  "$datadir/icons/hicolor/scalable/apps" "$datadir/icons/hicolor/scalable/mimetypes"
desktop_tmp="$(mktemp "$datadir/applications/.$APP_ID.XXXXXX")"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec=%s %s\n' "$(exec_quoted "$exec_cmd")" "${line#Exec=journeymap }" ;;
    TryExec=*) printf 'TryExec=%s\n' "$(string_escaped "$exec_cmd")" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$HERE/$APP_ID.desktop" >"$desktop_tmp"
chmod 644 "$desktop_tmp"
mv -f "$desktop_tmp" "$datadir/applications/$APP_ID.desktop"

install -m 644 "$HERE/$APP_ID.metainfo.xml" "$datadir/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/$APP_ID.mime.xml" "$datadir/mime/packages/$APP_ID.xml"
install -m 644 "$icons/journeymap.svg" "$datadir/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 644 "$icons/journeymap-document.svg" "$datadir/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
for size in "${SIZES[@]}"; do
  install -D -m 644 "$icons/app/journeymap-$size.png" "$(app_png "$size")"
  install -D -m 644 "$icons/app/journeymap-document-$size.png" "$(mime_png "$size")"
done

refresh_caches
echo "install.sh: installed JourneyMap's desktop integration into $datadir (runs: $exec_cmd)"
