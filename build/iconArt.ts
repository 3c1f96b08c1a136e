/**
 * The artwork of AidPlan's icons as SVG: a cinnabar seal (朱印, the colour of
 * an official stamp) with a white 帮 — the app icon — and a ledger page
 * carrying that seal — the icon of .aidplan documents. Every picture is drawn
 * in a 256-unit square; small sizes get their own, simpler drawing (bigger
 * glyph, no fine lines) so that 16 px still reads, the way hand-hinted icons do.
 */

/** Cinnabar, lighter at the top: the seal's fill. */
const SEAL_TOP = '#E2483A';
const SEAL_BOTTOM = '#B3241B';
/** The glyph's font: Debian's fonts-noto-cjk. */
const GLYPH_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

/** How much detail a pixel size can carry. */
type Detail = 'tiny' | 'small' | 'full';

function detailFor(px: number): Detail {
  if (px <= 24) return 'tiny';
  if (px <= 32) return 'small';
  return 'full';
}

function gradient(id: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${SEAL_TOP}"/><stop offset="1" stop-color="${SEAL_BOTTOM}"/></linearGradient>`;
}

/** White 帮 centred on (cx, cy), `size` units tall; `nudge` moves it down by that share of its size. */
function glyph(cx: number, cy: number, size: number, nudge: number): string {
  const y = cy + size * nudge;
  return `<text x="${cx}" y="${y}" font-family="${GLYPH_FONT}" font-weight="700" font-size="${size}" fill="#ffffff" text-anchor="middle" dominant-baseline="central">帮</text>`;
}

/** A seal (rounded cinnabar square with 帮) with its top-left corner at (x, y), `side` units wide. */
function seal(x: number, y: number, side: number, detail: Detail, gradientId: string): string {
  const radius = side * (detail === 'tiny' ? 0.16 : 0.19);
  const parts = [`<rect x="${x}" y="${y}" width="${side}" height="${side}" rx="${radius}" fill="url(#${gradientId})"/>`];
  if (detail === 'full') {
    // The inner rule of a carved seal; dropped where it would blur into the glyph.
    const inset = side * 0.075;
    parts.push(
      `<rect x="${x + inset}" y="${y + inset}" width="${side - 2 * inset}" height="${side - 2 * inset}" rx="${radius * 0.6}" fill="none" stroke="#ffffff" stroke-opacity="0.7" stroke-width="${side * 0.022}"/>`,
    );
  }
  const glyphShare = detail === 'tiny' ? 0.84 : detail === 'small' ? 0.76 : 0.66;
  // Chromium snaps the baseline of a tiny glyph downwards; lift it so 16 px keeps a bottom margin.
  parts.push(glyph(x + side / 2, y + side / 2, side * glyphShare, detail === 'tiny' ? -0.025 : 0.01));
  return parts.join('');
}

function svg(px: number, body: string, defs: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 256 256"><defs>${defs}</defs>${body}</svg>`;
}

/** The application icon, drawn for a `px`×`px` pixel square. */
export function appIconSvg(px: number): string {
  const detail = detailFor(px);
  // Windows leaves no margin around small icons; large ones breathe a little.
  const margin = detail === 'tiny' ? 0 : detail === 'small' ? 6 : 12;
  return svg(px, seal(margin, margin, 256 - 2 * margin, detail, 'seal'), gradient('seal'));
}

/** The icon of .aidplan documents: a ruled ledger page with the seal, for a `px`×`px` square. */
export function fileIconSvg(px: number): string {
  const detail = detailFor(px);
  const stroke = detail === 'tiny' ? 16 : detail === 'small' ? 10 : 6;
  // At 16–24 px the seal must be nearly as big as the app icon to read: it
  // stands in front of the page's lower left and the page shows behind it.
  const left = detail === 'tiny' ? 72 : 36;
  const right = 256 - (detail === 'tiny' ? 8 : 36);
  const top = 8;
  const bottom = detail === 'tiny' ? 200 : 248;
  const fold = detail === 'tiny' ? 72 : 56;
  const page = `M${left} ${top} H${right - fold} L${right} ${top + fold} V${bottom} H${left} Z`;
  const parts = [
    `<path d="${page}" fill="#ffffff" stroke="#6b7280" stroke-width="${stroke}" stroke-linejoin="round"/>`,
    `<path d="M${right - fold} ${top} V${top + fold} H${right}" fill="#e5e7eb" stroke="#6b7280" stroke-width="${stroke}" stroke-linejoin="round"/>`,
  ];
  if (detail !== 'tiny') {
    // Ledger rules: a table of rows and two columns above the seal.
    const ruleWidth = detail === 'small' ? 10 : 6;
    const rows = detail === 'small' ? [72, 104] : [64, 88, 112];
    for (const y of rows) parts.push(`<line x1="${left + 24}" y1="${y}" x2="${right - 24}" y2="${y}" stroke="#9ca3af" stroke-width="${ruleWidth}"/>`);
    parts.push(`<line x1="${left + 72}" y1="${rows[0]}" x2="${left + 72}" y2="${rows[rows.length - 1]}" stroke="#9ca3af" stroke-width="${ruleWidth}"/>`);
    const side = detail === 'small' ? 132 : 120;
    parts.push(seal(right + stroke / 2 - side, bottom + stroke / 2 - side, side, 'small', 'seal'));
  } else {
    parts.push(seal(0, 64, 192, 'tiny', 'seal'));
  }
  return svg(px, parts.join(''), gradient('seal'));
}
