#!/usr/bin/env bash
# Renders pages of the worked example's disclosure PDF to PNG (100 dpi, PDFBox, headless) and copies two of them
# into docs/: disclosure-page-1.png (the first page of 第二部分 情况说明) and disclosure-table-03.png (预算03表, a
# landscape page). The PDF embeds Noto Sans SC, so the images show Chinese text on a machine without any CJK font;
# the script says whether the host has one, to make clear that the embedded font is what is drawn.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v fc-list >/dev/null 2>&1; then
  cjk=$(fc-list :lang=zh | wc -l)
  echo "CJK fonts installed on this host (fc-list :lang=zh): $cjk"
else
  echo "fontconfig is not installed: this host has no system font list at all"
fi

./mvnw -q -B test -Dtest=PdfPageImagesTest -Dsurefire.failIfNoSpecifiedTests=false
cp target/disclosure-pages/narrative.png docs/disclosure-page-1.png
cp target/disclosure-pages/table-03.png docs/disclosure-table-03.png
echo "wrote docs/disclosure-page-1.png and docs/disclosure-table-03.png (all pages rendered: target/disclosure-pages/)"
