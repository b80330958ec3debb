const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Võ', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Quang', 'Ngọc', 'Đức', 'Thu', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Phương Thảo', 'Dũng', 'Giang', 'Hạnh', 'Khải', 'Loan', 'Nhân', 'Oanh', 'Phúc', 'Quyên', 'Sơn', 'Thảo', 'Uyên', 'Vinh', 'Xuyến', 'Yến', 'Tường Vy', 'Cúc'];

/** `count` distinct Vietnamese names, the same every time (up to 3000). */
export function names(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    out.push(`${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[Math.floor(i / (FAMILY.length * MIDDLE.length)) % GIVEN.length]}`);
  }
  return out;
}
