/**
 * Counts characters the way a person does: "🇬🇧", "👍🏽" and "é" are one each, while `string.length`
 * counts UTF-16 units (an emoji is 2 or more). The name and message limits are stated in these terms.
 * Caveat: an HTML `maxlength` counts UTF-16 units, so code that types text into the page should still
 * compare `string.length` with the input's own maxlength before writing.
 */

let segmenter: Intl.Segmenter | null | undefined;

export function countGraphemes(text: string): number {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  // Printable ASCII is one grapheme per unit; skip the segmenter for it, since names are checked often.
  if (/^[ -~]*$/.test(text)) return text.length;
  if (!segmenter) return Array.from(text).length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
