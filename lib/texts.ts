/**
 * A table of message keys read as an object of texts. Each property looks its text up when it is read,
 * never when the table is made, so it follows the language a context chooses at start-up.
 */
import { type MessageKey, t } from './i18n/index';

export function texts<K extends PropertyKey>(keys: Readonly<Record<K, MessageKey>>): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const [name, key] of Object.entries(keys) as [K, MessageKey][])
    Object.defineProperty(out, name, { get: () => t(key), enumerable: true, configurable: true });
  return out;
}
