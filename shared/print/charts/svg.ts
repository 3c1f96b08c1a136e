import { escapeHtml } from '../escape.ts';
import { FONT_STACKS } from '../fonts.ts';

/** Series colours: distinct in hue and in lightness, so a black-and-white print still tells them apart. */
export const PALETTE = ['#1f4e79', '#c55a11', '#548235', '#bf9000', '#7030a0', '#5b9bd5', '#7f7f7f', '#843c0c', '#a9d18e', '#ff9999'] as const;

export const colorAt = (i: number): string => PALETTE[i % PALETTE.length]!;

/** A number for an SVG coordinate, in user units (chart geometry, never money). */
export const n = (value: number): string => (Math.round(value * 100) / 100).toString();

/** Escaped <text>; `anchor` is SVG's text-anchor. */
export function svgText(
  x: number,
  y: number,
  text: string,
  options: { anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: 'bold'; fill?: string } = {},
): string {
  const anchor = options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : '';
  const weight = options.weight ? ` font-weight="${options.weight}"` : '';
  const fill = options.fill ? ` fill="${options.fill}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${options.size ?? 14}"${anchor}${weight}${fill}>${escapeHtml(text)}</text>`;
}

/** An <svg> root of the given size in user units, with an accessible title, scaling to its container's width. */
export function svgRoot(width: number, height: number, title: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(title)}" font-family="${escapeHtml(FONT_STACKS.fangsong)}">`,
    `<title>${escapeHtml(title)}</title>`,
    body,
    '</svg>',
  ].join('');
}
