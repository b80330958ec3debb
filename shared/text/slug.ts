/**
 * A file name from Vietnamese text: "Bầu Ban Chấp hành khóa III" → "bau-ban-chap-hanh-khoa-iii".
 * A long text is cut between words, never inside one.
 */
export function fileNameSlug(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}
