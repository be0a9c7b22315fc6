/**
 * Bidirectional control characters (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069). In a handle,
 * nickname or title from the page they can reorder the text around them: "@abc" followed by U+202E
 * makes our own sentence, or a CSV cell, read backwards from there on. Page text loses them where it
 * enters our model; nothing we show needs them (the browser lays out each language by itself).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
