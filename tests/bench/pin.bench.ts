import { hashPin, pinMatches, PIN_SCRYPT_COST, type ScryptCost } from '../../src-main/services/chair-pin';
import { median, ms, timeRuns, type BenchRow } from './measure';

const SIX_DIGIT_PINS = 1_000_000;

/** One check of a PIN against a hash of the given cost (a wrong PIN: what an offline search does). */
async function oneCheck(cost: ScryptCost | 'legacy'): Promise<number[]> {
  const stored = cost === 'legacy' ? legacyHash('246813') : hashPin('246813', cost);
  pinMatches('000000', stored); // warm up
  return timeRuns(7, () => pinMatches('135790', stored));
}

/** The format before issue 10: `scrypt$salt$hash` at Node's default cost (N = 2^14). */
function legacyHash(pin: string): string {
  const [, , , , salt, hash] = hashPin(pin, { N: 2 ** 14, r: 8, p: 1 }).split('$');
  return `scrypt$${salt}$${hash}`;
}

const hours = (checkMs: number) => (checkMs * SIX_DIGIT_PINS) / 3_600_000;

/** Issue 10: a person waits under a second for one check; trying every 6-digit PIN from a copy of the file takes hours of a core. */
export async function pinBenchmarks(): Promise<BenchRow[]> {
  const { N, r, p } = PIN_SCRYPT_COST;
  const times = await oneCheck(PIN_SCRYPT_COST);
  const legacy = await oneCheck('legacy');
  const check = median(times);
  const spread = `trung vị của 7 lần; nhanh nhất ${ms(Math.min(...times))}, chậm nhất ${ms(Math.max(...times))}`;
  return [
    { name: `Kiểm tra một mã PIN (scrypt N=2^${Math.log2(N)}, r=${r}, p=${p}, ${(128 * N * r) / 2 ** 20} MiB)`, value: ms(check), target: '≤ 1 s trên máy chậm', met: check <= 1000, note: spread },
    { name: 'Thử mọi mã PIN 6 chữ số từ bản sao tệp, một lõi (ước tính)', value: `${hours(check).toFixed(0)} giờ`, target: '≥ 3 giờ', met: hours(check) >= 3, note: `${SIX_DIGIT_PINS.toLocaleString('vi-VN')} × ${ms(check)}` },
    { name: 'Cũng vậy với cách lưu cũ (scrypt N=2^14, mã 4 chữ số)', value: `${((median(legacy) * 10_000) / 1000).toFixed(0)} s`, target: 'chỉ để so sánh', met: null, note: `một lần kiểm tra ${ms(median(legacy))}` },
  ];
}
