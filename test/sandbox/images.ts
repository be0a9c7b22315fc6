/** Placeholder images (the real ones come from TikTok's CDN, which the test browser cannot reach). */

function hue(id: string): number {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

export function placeholderSvg(kind: 'avatar' | 'product', id: string): string {
  const h = hue(id);
  const shape =
    kind === 'avatar'
      ? `<circle cx="32" cy="32" r="32" fill="hsl(${h},60%,70%)"/><circle cx="32" cy="26" r="11" fill="#fff" opacity=".85"/><rect x="14" y="42" width="36" height="18" rx="9" fill="#fff" opacity=".85"/>`
      : `<rect width="64" height="64" rx="6" fill="hsl(${h},45%,85%)"/><rect x="18" y="14" width="28" height="36" rx="4" fill="hsl(${h},55%,55%)"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${shape}</svg>`;
}
