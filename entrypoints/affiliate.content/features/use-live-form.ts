import { useEffect, useState } from 'preact/hooks';
import { type CreateForm, readCreateForm } from '@/lib/pages/create-invitation';

const REREAD_MS = 60;

/**
 * The create form as it stands, re-read (debounced) after the seller types, clicks or the page re-renders.
 * Reading is cheap and the result is compared as JSON, so an unchanged form causes no re-render.
 */
export function useLiveForm(url: URL, signal: AbortSignal): { form: CreateForm | null; reread: () => void } {
  const read = () => {
    const r = readCreateForm(document, url);
    return r.ok ? r.form : null;
  };
  const [state, setState] = useState<{ form: CreateForm | null; json: string }>(() => {
    const form = read();
    return { form, json: JSON.stringify(form) };
  });
  const reread = () => {
    const form = read();
    const json = JSON.stringify(form);
    setState((prev) => (prev.json === json ? prev : { form, json }));
  };
  useEffect(() => {
    let timer = 0;
    const schedule = () => {
      if (timer || signal.aborted) return;
      timer = window.setTimeout(() => {
        timer = 0;
        if (!signal.aborted) reread();
      }, REREAD_MS);
    };
    for (const type of ['input', 'change', 'click', 'keyup']) {
      document.addEventListener(type, schedule, { capture: true, passive: true, signal });
    }
    // The page re-renders on its own too (products added in a drawer, creators pre-selected from the URL).
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      window.clearTimeout(timer);
    });
    return () => observer.disconnect();
  }, []);
  return { form: state.form, reread };
}
