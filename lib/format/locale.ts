/**
 * The Intl locale for a Seller Center page: its language as written in its shop's region (en-GB, en-US,
 * id-ID, vi-VN, en-MY…), so numbers, money and dates read the way sellers there expect ("25 Nov 2026" in
 * the UK, "Nov 25, 2026" in the US). The language alone when the region is unknown or not a valid tag.
 */
export function pageLocale(language: string, region: string | null | undefined): string {
  if (!region) return language;
  try {
    return Intl.getCanonicalLocales(`${language}-${region}`)[0] ?? language;
  } catch {
    return language;
  }
}
