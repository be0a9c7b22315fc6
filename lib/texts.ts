/**
 * A table of message keys read as an object of texts. Each property looks its text up when it is read,
 * never when the table is made, so it follows the language a context chooses at start-up. `more` adds
 * the entries that are not one plain text (functions of their variable parts, nested tables, getters) as
 * they are: its getters stay getters.
 */
import { type MessageKey, t } from './i18n/index';

export function texts<K extends PropertyKey, M extends object = object>(
  keys: Readonly<Record<K, MessageKey>>,
  more?: M,
): Readonly<Record<K, string>> & M {
  const out = Object.defineProperties({}, Object.getOwnPropertyDescriptors(more ?? {})) as Record<K, string> & M;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][])
    Object.defineProperty(out, name, { get: () => t(key), enumerable: true, configurable: true });
  return out;
}
