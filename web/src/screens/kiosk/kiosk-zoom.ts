/** The screens the kiosk is laid out for, in CSS pixels: landscape 1920×1080, portrait 1080×1920. */
const DESIGN_LONG = 1920;
const DESIGN_SHORT = 1080;
/** Below this the type would be too small for the elderly; such a screen scrolls instead. */
const MIN_ZOOM = 0.5;

/**
 * How much the kiosk is scaled on a screen of `width` × `height` CSS pixels: 1 on its design size (1920×1080
 * landscape, 1080×1920 portrait) or larger, else the largest factor (to 0.01, at least 0.5) at which the
 * design fits both ways, so that a 1366×768, 1280×1024 or 1440×900 kiosk shows the same screen, smaller,
 * with every tile's text inside its tile. kiosk.css applies it as CSS `zoom` (--kiosk-zoom).
 */
export function kioskZoom(width: number, height: number): number {
  // Either way round, the long side is designed at 1920 and the short side at 1080.
  const fit = Math.min(1, Math.max(width, height) / DESIGN_LONG, Math.min(width, height) / DESIGN_SHORT);
  return Math.max(MIN_ZOOM, Math.floor(fit * 100) / 100);
}
