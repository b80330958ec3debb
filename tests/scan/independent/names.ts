/**
 * Candidate lists for the independent scan set: realistic Vietnamese names (some long, every kind of
 * diacritic), in ballot order (by given name, RULES R8). Ids are c01, c02, … in ballot order.
 */

/** 55 names for 50 seats (format A): a delegates' election. */
export const NAMES_55: readonly string[] = [
  'Hồ Thị An', 'Nguyễn Văn An', 'Trần Thị Ngọc Anh', 'Lê Hoàng Bảo', 'Đỗ Văn Bảy',
  'Phạm Thị Bích', 'Võ Đình Cẩn', 'Huỳnh Công Chánh', 'Lương Thị Châu', 'Đặng Quốc Cường',
  'Bùi Thị Diệu', 'Ngô Văn Dũng', 'Tôn Nữ Thị Hoàng Dung', 'Phan Đình Dương', 'Trịnh Thị Đào',
  'Lê Văn Đạt', 'Nguyễn Hữu Đức', 'Hoàng Thị Giang', 'Vũ Mạnh Hà', 'Đinh Thị Thu Hằng',
  'Mai Xuân Hiếu', 'Trương Công Hòa', 'Công Tằng Tôn Nữ Thị Bích Hồng', 'Lâm Quang Huy', 'Châu Thị Hương',
  'Nguyễn Phước Khang', 'Tạ Thị Khánh', 'Lê Hoàng Nguyên Khương', 'Kiều Văn Lâm', 'Dương Thị Mỹ Lệ',
  'Quách Tuấn Linh', 'Nguyễn Thị Loan', 'Phó Đức Lợi', 'Âu Dương Minh', 'Hà Thị Nga',
  'Ông Văn Nghĩa', 'Ưng Thị Ngọc', 'Thái Bá Nhân', 'Trần Thị Hồng Nhung', 'Lý Văn Phúc',
  'Đoàn Thị Phượng', 'Nguyễn Quang Quý', 'Vương Thị Quỳnh', 'Cao Văn Sơn', 'Hứa Thị Tâm',
  'Nguyễn Thị Phương Thảo', 'Lục Văn Thắng', 'Triệu Thị Thơm', 'Khúc Đình Thừa', 'Ninh Thị Thủy',
  'Giáp Văn Tiến', 'Mạc Thị Trang', 'Văn Đình Trường', 'Lã Thị Tuyết', 'Yên Văn Ước',
];

/** 17 names for 15 seats (format A): the Ban Chấp hành. */
export const NAMES_17: readonly string[] = [
  'Nguyễn Thị Ánh', 'Đỗ Văn Bảy', 'Trần Quốc Bửu', 'Lê Thị Diễm', 'Phạm Đức Được',
  'Hồ Thị Hạnh', 'Võ Văn Hưởng', 'Tôn Nữ Thị Hoàng Khuê', 'Huỳnh Tấn Lộc', 'Nguyễn Thị Mỹ',
  'Đặng Văn Nghiệp', 'Bùi Thị Oanh', 'Lương Xuân Quảng', 'Trịnh Thị Sương', 'Ngô Quang Thưởng',
  'Dương Thị Uyên', 'Châu Văn Ửng',
];

/** 5 names for 5 seats (format B): the Ủy ban kiểm tra. */
export const NAMES_5: readonly string[] = [
  'Lê Thị Ánh Tuyết', 'Nguyễn Văn Đông', 'Trần Thị Hạnh', 'Phan Văn Lực', 'Đỗ Thị Thanh Xuân',
];

/** 1 name for 1 seat (format B): bầu trực tiếp bí thư. */
export const NAMES_1: readonly string[] = ['Nguyễn Hoàng Thắng'];
