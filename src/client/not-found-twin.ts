// On the root 404 page, served for a miss anywhere: when the address asked for is in the
// Traditional twin, put the twin's 404 page in its place, keeping the address. The twin's home is
// where the page's 简/繁 switch points, so the prefix is written nowhere but src/core/urls.ts.

export async function swapInTwinNotFound(doc: Document = document): Promise<boolean> {
  const root = doc.documentElement;
  const twinHome = doc.querySelector('[data-script-switch]')?.getAttribute('href');
  // Already the twin's page (a host that serves per-folder 404 pages), or not a twin address.
  if (!twinHome || root.lang === 'zh-Hant' || !doc.location.pathname.startsWith(twinHome)) return false;
  try {
    const response = await fetch(`${twinHome}404.html`);
    if (!response.ok) return false;
    const twin = new DOMParser().parseFromString(await response.text(), 'text/html');
    doc.replaceChild(doc.importNode(twin.documentElement, true), root);
    return true;
  } catch {
    return false;
  }
}
