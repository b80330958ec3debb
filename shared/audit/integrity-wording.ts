/**
 * What the integrity check proves and what it cannot, said once for the screen and the papers.
 */
export const INTEGRITY_PROVES =
  'Kiểm tra này chứng minh: không sự kiện nào của nhật ký bị sửa, xóa hay chèn thêm mà chuỗi mã băm không bị đứt; mọi phiếu, số tổng hợp của tổ và trạng thái cuộc bầu trong hồ sơ đúng với những gì nhật ký ghi lại từng việc một; số liệu của mỗi cuộc bầu đã chốt vẫn cho đúng con dấu số lúc chốt; và nhật ký vẫn nối tiếp các bản sao lưu bên cạnh hồ sơ.';

export const INTEGRITY_CANNOT =
  'Kiểm tra này không chứng minh được: người giữ tệp có thể viết lại toàn bộ hồ sơ, cả nhật ký lẫn các bản sao lưu, cho khớp với nhau. Vì vậy chỗ dựa cuối cùng là biên bản đã ký: mỗi trang ghi con dấu số (kèm mã QR) và mã nhật ký; đối chiếu các mã đó trên giấy với hồ sơ là biết hồ sơ có còn đúng như lúc ký hay không.';

/** The log's head as printed on the minutes and shown on screen: the first 16 hexadecimal digits of its hash, in groups. */
export function auditHeadCode(hash: string): string {
  return hash.slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
}
