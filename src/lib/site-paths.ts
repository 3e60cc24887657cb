/** Splits a site path such as "/kms/key-policies/#default-key-policy" into the page slug and the anchor. */
export function parseSitePath(path: string): { slug: string; anchor: string | undefined } {
  const [pathname = '/', anchor] = path.split('#');
  return { slug: pathname.replace(/^\/|\/$/g, ''), anchor: anchor || undefined };
}
