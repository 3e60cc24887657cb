/** Copies a link and says so in a status element (announced by screen readers); shows the link if copying fails. */
export async function copyLink(url: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    status.textContent = 'Link copied.';
  } catch {
    status.textContent = `Copy this link: ${url}`;
  }
}
