/** A polite live region for confirmations; errors use role="alert" so they are announced at once. */
export interface Status {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export function StatusLine({ status }: { status: Status | null }) {
  if (!status) return <p class="status" role="status" />;
  return status.kind === 'error' ? (
    <p class="status status--error" role="alert">
      {status.text}
    </p>
  ) : (
    <p class={`status status--${status.kind}`} role="status">
      {status.text}
    </p>
  );
}
