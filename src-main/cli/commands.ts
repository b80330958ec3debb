import { EXPORT_FORMATS } from './export-formats';
import type { CommandSpec } from './io';

/**
 * Every subcommand, described without loading it: `kiem-phieu help` and a usage error need only
 * this; running a command loads its own module (the PDF and Excel libraries only for the
 * commands that use them).
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'tally',
    usage: 'kiem-phieu tally TỆP [--json]        tính kết quả (TỆP: .json tệp đại hội, hoặc .xlsx do kiem-phieu xuất)',
    options: { json: { type: 'boolean' } },
    positionals: { min: 1, max: 1, missing: 'Thiếu tên tệp cần tính kết quả.' },
    load: async () => (await import('./commands/tally')).runTally,
  },
  {
    name: 'import',
    usage: [
      'kiem-phieu import TỆP.xlsx -o TỆP.json       đọc bảng tính Excel (bảng kiểm phiếu cũ hoặc bảng tính kiem-phieu)',
      '    [--sheet TÊN] [--marks struck|kept] [--seats N] [--summoned N] [--kind delegates|members|committee] [--skip-row SHEET!DÒNG]',
    ].join('\n'),
    options: {
      output: { type: 'string', short: 'o' },
      sheet: { type: 'string' },
      marks: { type: 'string' },
      seats: { type: 'string' },
      summoned: { type: 'string' },
      kind: { type: 'string' },
      'skip-row': { type: 'string', multiple: true },
    },
    positionals: { min: 1, max: 1, missing: 'Thiếu tên tệp Excel cần đọc.' },
    load: async () => (await import('./commands/import')).runImport,
  },
  {
    name: 'export',
    usage: `kiem-phieu export TỆP.json ${EXPORT_FORMATS.map((f) => `[${f.usage}]`).join(' ')}   xuất bảng tính và biên bản`,
    options: Object.fromEntries(EXPORT_FORMATS.flatMap((f) => [[f.option, { type: 'string' as const }], ...Object.entries(f.flags ?? {})])),
    checks: Object.assign({}, ...EXPORT_FORMATS.map((f) => f.checks ?? {})),
    positionals: { min: 1, max: 1, missing: 'Thiếu tên tệp đại hội cần xuất.' },
    load: async () => (await import('./commands/export')).runExport,
  },
  {
    name: 'merge',
    usage: 'kiem-phieu merge [--setup THIẾT-LẬP-TỔ.json …] [--accept-corrections] A.json B.json … -o RA.json\n    gộp tệp đại hội và gói của các máy trạm (không tính trùng phiếu); mỗi tổ có gói máy trạm cần một --setup: gói thiết lập đã xuất cho tổ đó',
    options: { output: { type: 'string', short: 'o' }, setup: { type: 'string', multiple: true }, 'accept-corrections': { type: 'boolean' } },
    positionals: { min: 1, max: 10_000, missing: 'Thiếu các tệp cần gộp.' },
    load: async () => (await import('./commands/merge')).runMerge,
  },
  {
    name: 'scan',
    usage: [
      'kiem-phieu scan TỆP.json --election MÃ ẢNH|THƯ-MỤC… [--json]   đọc phiếu bầu đã quét (PNG, JPEG, TIFF; mỗi ảnh một phiếu)',
      '    [--count --operator "HỌ TÊN" [--team "TỔ"]]   tính vào tệp đại hội: phiếu máy đọc chắc chắn được tính ngay, ảnh được lưu trong TỆP.json.scans',
    ].join('\n'),
    options: { election: { type: 'string' }, json: { type: 'boolean' }, count: { type: 'boolean' }, operator: { type: 'string' }, team: { type: 'string' } },
    positionals: { min: 2, max: 100_000, missing: 'Thiếu tệp đại hội hoặc ảnh phiếu cần đọc.' },
    load: async () => (await import('./commands/scan')).runScan,
  },
  {
    name: 'review',
    usage: [
      'kiem-phieu review TỆP.json --election MÃ --operator "HỌ TÊN" [--team "TỔ"]   xác nhận từng phiếu quét máy chưa đọc chắc chắn, bằng các phím của màn hình nhập phiếu',
      '    [--margin]   trước khi chốt: xem lại dòng tên của những người có kết quả cách biệt nhỏ trên mọi phiếu quét',
      '    [--spot-check [--papers K]]   kiểm tra ngẫu nhiên: bốc K phiếu quét (mặc định 5) từ số bốc thăm tại hội trường',
    ].join('\n'),
    options: { election: { type: 'string' }, operator: { type: 'string' }, team: { type: 'string' }, margin: { type: 'boolean' }, 'spot-check': { type: 'boolean' }, papers: { type: 'string' } },
    positionals: { min: 1, max: 1, missing: 'Thiếu tệp đại hội có phiếu quét cần xác nhận.' },
    load: async () => (await import('./commands/review')).runReview,
  },
  {
    name: 'lock',
    usage: [
      'kiem-phieu lock TỆP.json --election MÃ   chốt kết quả cuộc bầu (từ chối khi số liệu còn lỗi hoặc còn phiếu quét chờ xác nhận)',
      '    [--reseal]   đóng con dấu số cho cuộc bầu đã chốt bằng mã kiểm tra cũ (12 ký tự), sau khi đã đối chiếu số liệu với biên bản đã ký',
    ].join('\n'),
    options: { election: { type: 'string' }, reseal: { type: 'boolean' } },
    positionals: { min: 1, max: 1, missing: 'Thiếu tệp đại hội cần chốt kết quả.' },
    load: async () => (await import('./commands/lock')).runLock,
  },
  {
    name: 'verify',
    usage: 'kiem-phieu verify TỆP.json [--code CON-DẤU]   in con dấu số của từng cuộc bầu đã chốt; với --code (đầy đủ hoặc mã ngắn in trên biên bản đã ký): tệp còn khớp không',
    options: { code: { type: 'string' } },
    positionals: { min: 1, max: 1, missing: 'Thiếu tệp đại hội cần đối chiếu.' },
    load: async () => (await import('./commands/verify')).runVerify,
  },
];
