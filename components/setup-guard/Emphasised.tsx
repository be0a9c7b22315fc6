import { currentLanguage } from '@/lib/i18n';
import { formatSubs } from '@/lib/i18n/translate';

/**
 * A translated text with its number in bold, wherever the language puts it: the number is found in the
 * finished text rather than glued to a fragment. Plain text if the number cannot be found.
 */
export function Emphasised({ text, value }: { text: string; value: number }) {
  const shown = formatSubs(currentLanguage(), [value])[0] ?? String(value);
  const at = text.indexOf(shown);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <strong>{shown}</strong>
      {text.slice(at + shown.length)}
    </>
  );
}
