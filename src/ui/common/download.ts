/**
 * Saving text as a file the browser downloads: a Blob, a temporary object URL and an <a download>.
 * The file is whole before the download starts, and browsers write it under a temporary name
 * (.crdownload, .part) renamed on completion, so an interrupted download never leaves a truncated file
 * under the real name nor replaces an older one.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name part from free text: `Moscow 2021` → `moscow-2021`. */
export function fileSlug(text: string, fallback = 'tally-lab'): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
