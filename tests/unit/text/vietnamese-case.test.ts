import { describe, expect, it } from 'vitest';
import { isInCapitals, isVietnameseSyllable, nameInNormalCase, textInNormalCase } from '../../../shared/text/vietnamese-case';

describe('names written in capitals', () => {
  it('capitalises each word of a name, whatever its Vietnamese letters and tones', () => {
    expect(nameInNormalCase('NGUYỄN VĂN AN')).toBe('Nguyễn Văn An');
    expect(nameInNormalCase('ĐẶNG THỊ ƯƠNG')).toBe('Đặng Thị Ương');
    expect(nameInNormalCase('TRƯƠNG ĐÌNH ƠN')).toBe('Trương Đình Ơn');
    expect(nameInNormalCase('LÂM QUỐC ẨN')).toBe('Lâm Quốc Ẩn');
    expect(nameInNormalCase('HỒ THỊ HOÀ')).toBe('Hồ Thị Hoà');
    expect(nameInNormalCase('VŨ  ĐỨC   THẮNG')).toBe('Vũ  Đức   Thắng');
    expect(nameInNormalCase("H'HEN NIÊ")).toBe("H'Hen Niê");
    expect(nameInNormalCase('KSOR Y PHƯỚC')).toBe('Ksor Y Phước');
  });

  it('leaves a name already written in mixed case, or with no letters, as it is', () => {
    expect(nameInNormalCase('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(nameInNormalCase('Nguyễn văn AN')).toBe('Nguyễn văn AN');
    expect(nameInNormalCase('nguyễn văn an')).toBe('nguyễn văn an');
    expect(nameInNormalCase('123')).toBe('123');
    expect(nameInNormalCase('')).toBe('');
  });
});

describe('titles and names of congresses and organisations written in capitals', () => {
  it('writes a congress name as Party documents do: the Party, the organisation and the place in capitals, the rest not', () => {
    expect(textInNormalCase('ĐẠI HỘI ĐẢNG BỘ PHƯỜNG HÒA AN LẦN THỨ III')).toBe('Đại hội Đảng bộ phường Hòa An lần thứ III');
    expect(textInNormalCase('ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ LẦN THỨ XVII')).toBe('Đại hội đại biểu Đảng bộ tỉnh Thừa Thiên Huế lần thứ XVII');
    expect(textInNormalCase('ĐẢNG BỘ PHƯỜNG HÒA AN')).toBe('Đảng bộ phường Hòa An');
    expect(textInNormalCase('ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH')).toBe('Đảng bộ Khối các cơ quan tỉnh');
    expect(textInNormalCase('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe('Đảng Cộng sản Việt Nam');
  });

  it('keeps the capitals of the Party’s bodies: Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra, Bí thư, Trung ương', () => {
    expect(textInNormalCase('BẦU BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA V, NHIỆM KỲ 2025 - 2030')).toBe('Bầu Ban Chấp hành Đảng bộ xã khóa V, nhiệm kỳ 2025 - 2030');
    expect(textInNormalCase('BẦU BAN THƯỜNG VỤ ĐẢNG ỦY')).toBe('Bầu Ban Thường vụ Đảng ủy');
    expect(textInNormalCase('BẦU ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ AN PHÚ KHÓA VI')).toBe('Bầu Ủy ban Kiểm tra Đảng ủy xã An Phú khóa VI');
    expect(textInNormalCase('BẦU CHỦ NHIỆM ỦY BAN KIỂM TRA')).toBe('Bầu Chủ nhiệm Ủy ban Kiểm tra');
    expect(textInNormalCase('BẦU PHÓ BÍ THƯ CHI BỘ 5')).toBe('Bầu Phó Bí thư Chi bộ 5');
    expect(textInNormalCase('ĐẠI BIỂU DỰ ĐẠI HỘI ĐẢNG TOÀN QUỐC, BAN CHẤP HÀNH TRUNG ƯƠNG')).toBe('Đại biểu dự đại hội Đảng toàn quốc, Ban Chấp hành Trung ương');
  });

  it('keeps the text’s own letters: an old tone placement stays, only the case changes', () => {
    expect(textInNormalCase('BẦU UỶ BAN KIỂM TRA KHOÁ IV')).toBe('Bầu Uỷ ban Kiểm tra khoá IV');
    expect(textInNormalCase('ĐẢNG BỘ XÃ HOÀ AN')).toBe('Đảng bộ xã Hoà An');
  });

  it('keeps roman numerals and abbreviations in capitals, and a numeral that is also a word after khóa or lần thứ', () => {
    expect(textInNormalCase('BẦU BCH, BTV VÀ UBKT KHÓA XVII')).toBe('Bầu BCH, BTV và UBKT khóa XVII');
    expect(textInNormalCase('ĐẠI HỘI LẦN THỨ VI')).toBe('Đại hội lần thứ VI');
    expect(textInNormalCase('ĐẠI HỘI XIV')).toBe('Đại hội XIV');
    expect(textInNormalCase('BẦU VI')).toBe('Bầu vi');
    expect(textInNormalCase('HĐND VÀ UBND PHƯỜNG')).toBe('HĐND và UBND phường');
  });

  it('writes an administrative unit in lower case and the place’s name in capitals; a unit before a number with a capital', () => {
    expect(textInNormalCase('HUYỆN ĐẠI LỘC, TỈNH QUẢNG NAM')).toBe('Huyện Đại Lộc, tỉnh Quảng Nam');
    expect(textInNormalCase('ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU')).toBe('Đảng bộ tỉnh Bà Rịa - Vũng Tàu');
    expect(textInNormalCase('ĐẢNG BỘ THỊ XÃ BUÔN HỒ KHÓA III')).toBe('Đảng bộ thị xã Buôn Hồ khóa III');
    expect(textInNormalCase('CHI BỘ KHU PHỐ ĐÔNG (NHIỆM KỲ 2025 - 2027)')).toBe('Chi bộ khu phố Đông (nhiệm kỳ 2025 - 2027)');
    expect(textInNormalCase('ĐẢNG BỘ QUẬN 1')).toBe('Đảng bộ Quận 1');
    expect(textInNormalCase('ĐẢNG BỘ XÃ EA KAR')).toBe('Đảng bộ xã Ea Kar');
    expect(textInNormalCase('ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH')).toBe('Đảng bộ Thành phố Hồ Chí Minh');
  });

  it('keeps party membership and Party life in lower case', () => {
    expect(textInNormalCase('ĐẠI HỘI ĐẢNG VIÊN CHI BỘ 3')).toBe('Đại hội đảng viên Chi bộ 3');
    expect(textInNormalCase('MIỄN CÔNG TÁC VÀ SINH HOẠT ĐẢNG')).toBe('Miễn công tác và sinh hoạt đảng');
  });

  it('starts the text and each sentence with a capital', () => {
    expect(textInNormalCase('KẾT QUẢ. BẦU BỔ SUNG')).toBe('Kết quả. Bầu bổ sung');
    expect(textInNormalCase('PHƯỜNG HÒA AN')).toBe('Phường Hòa An');
  });

  it('leaves text already in mixed case as it is', () => {
    for (const text of ['Đại hội ĐẢNG BỘ PHƯỜNG HÒA AN', 'Bầu Ban Chấp hành Đảng bộ phường khóa III', 'BẢNG KIỂM PHIẾU (mỗi cột một phiếu)', 'Số lượng cần bầu: 9', '2025 - 2030', '']) expect(textInNormalCase(text)).toBe(text);
  });
});

describe('what counts as capitals and as a syllable', () => {
  it('takes a text for capitals when it has a capital and no small letter', () => {
    expect(isInCapitals('ĐẢNG BỘ 5')).toBe(true);
    expect(isInCapitals('Đ')).toBe(true);
    expect(isInCapitals('ĐẢNG bộ')).toBe(false);
    expect(isInCapitals('2025')).toBe(false);
  });

  it('knows Vietnamese syllables, with any initial, vowels and final, from abbreviations and numerals', () => {
    for (const word of ['nghiệm', 'khuyết', 'quốc', 'gì', 'giữa', 'ương', 'người', 'ngoài', 'tuyển', 'xoong', 'phiếu', 'ỦY', 'UỶ', 'Ơn', 'Ẩn', 'a', 'oanh', 'chính']) expect(isVietnameseSyllable(word)).toBe(true);
    for (const word of ['BCH', 'UBKT', 'HĐND', 'THCS', 'TW', 'XVII', 'III', 'IV', 'X', 'Ksor', 'ea']) expect(isVietnameseSyllable(word)).toBe(false);
  });
});
