#!/usr/bin/env bash
# Renders a report workbook to PNG pages to look at it: LibreOffice → PDF → pdftoppm.
# Usage: scripts/render-report.sh <rapport.xlsx> [outdir]   (prints the PNG paths)
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "Usage : scripts/render-report.sh <rapport.xlsx> [dossier]" >&2
  exit 2
fi
if [ ! -f "$1" ]; then
  echo "Fichier introuvable : $1" >&2
  exit 1
fi

input="$1"
outdir="${2:-$(dirname "$input")/render}"
mkdir -p "$outdir"
stem="$(basename "${input%.*}")"

# A private LibreOffice profile, so that a running instance or a broken profile never interferes.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

libreoffice --headless "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$outdir" "$input" >/dev/null 2>&1
pdf="$outdir/$stem.pdf"
if [ ! -f "$pdf" ]; then
  echo "La conversion en PDF a échoué : $input" >&2
  exit 1
fi

rm -f "$outdir/$stem"-*.png
pdftoppm -png -r 80 "$pdf" "$outdir/$stem"
ls -1 "$outdir/$stem"-*.png
