/** WCAG 2.x contrast between two computed CSS colours ("rgb(r, g, b)" or "rgba(…)"). */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

/** Channels 0–1 of "rgb(r, g, b)", "rgba(…)" or "color(srgb r g b)" (how Chromium reports color-mix()). */
function channels(color: string): number[] {
  const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (rgb) return rgb.slice(1, 4).map((part) => Number(part) / 255);
  const srgb = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(color);
  if (srgb) return srgb.slice(1, 4).map(Number);
  throw new Error(`not an rgb() or color(srgb) colour: ${color}`);
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
