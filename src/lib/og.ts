/** Where a page's link-preview image lives: /og/kms/key-policies.png, and /og/index.png for the home page. */
export function ogImagePath(slug: string): string {
  return `/og/${slug === '' ? 'index' : slug}.png`;
}
