/** A file name from Vietnamese text: "Bầu Ban Chấp hành khóa III" → "bau-ban-chap-hanh-khoa-iii". */
export function fileNameSlug(text: string, maxLength = 80): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
