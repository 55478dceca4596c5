/** Today's date in the browser's own time zone, as YYYY-MM-DD: the day a person exports on. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Hands content to the browser as a download named `name`; nothing leaves the machine. */
export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the blob only after the click's task: revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
