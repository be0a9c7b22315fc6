/** Local calendar dates as the DatePicker shows them (YYYY-MM-DD). */
export function ymd(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The end of the chosen day, local time: the collaboration runs through its last day. */
export function endOfDay(date: string): number {
  return new Date(`${date}T23:59:59`).getTime();
}
