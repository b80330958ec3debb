import { readCongressFile } from '../congress-file/read';
import type { CongressFile } from '../congress-file/schema';
import { ok, type Result } from '../result';
import { issueDetails } from '../validation/issues';
import { canonicalJson, canonicalJsonOfParsed } from './canonical-json';
import { packageFailure } from './errors';
import { PACKAGE_FORMATS, PACKAGE_NAMES, PACKAGE_VERSION, setupPackageSchema, stationPackageSchema, type PackageKind, type SetupPackage, type StationPackage } from './formats';
import { ERROR_CODES } from '../api/errors';

/** A package file read as JSON, once: its text without the final newline (what must be canonical) and the value. */
export interface PackageJson {
  body: string;
  value: unknown;
}

export interface ParsedPackage<P> {
  /** The header; the congress file it carries is `congress`, checked. */
  package: Omit<P, 'congress'>;
  congress: CongressFile;
  /** The canonical JSON of the package without its signature: what the signature covers. */
  signedText: string;
}

const SCHEMAS = { setup: setupPackageSchema, station: stationPackageSchema } as const;

function describeFormat(format: unknown): string {
  const kind = (Object.keys(PACKAGE_FORMATS) as PackageKind[]).find((k) => PACKAGE_FORMATS[k] === format);
  if (kind) return `đây là ${PACKAGE_NAMES[kind]}`;
  if (format === 'kiem-phieu.congress') return 'đây là tệp đại hội, không có chữ ký';
  return `không phải gói của chương trình (format ${JSON.stringify(format ?? null)})`;
}

/**
 * Why a package of another format version is refused. Version 1 is not accepted even though the
 * chair could check it: its signature was made with the congress key, which every version 1
 * setup package handed out, so any station could have signed it as any team.
 */
function versionRefusal(kind: PackageKind, version: number): string {
  if (version > PACKAGE_VERSION) return `gói do phiên bản mới hơn của chương trình lập (định dạng ${version}, chương trình này đọc đến ${PACKAGE_VERSION}): hãy cập nhật chương trình`;
  return kind === 'setup'
    ? `gói thiết lập định dạng cũ (phiên bản ${version}) mang khóa chung của cả đại hội nên không còn được dùng: xin máy chủ tịch đoàn xuất lại gói thiết lập cho tổ của máy này`
    : `gói định dạng cũ (phiên bản ${version}) được ký bằng khóa chung của cả đại hội nên không còn được nhận: máy trạm cần xuất lại gói bằng phiên bản mới của chương trình`;
}

/** A package file's text without its final newline: what must be the canonical JSON. */
export function packageBody(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** A package file's text as JSON: refused, naming the package, when empty or not whole JSON (cut short). */
export function readPackageJson(text: string, label: string): Result<PackageJson> {
  const body = packageBody(text);
  if (body.trim() === '') return packageFailure(ERROR_CODES.packageUnreadable, label, 'tệp rỗng');
  try {
    return ok({ body, value: JSON.parse(body) as unknown });
  } catch {
    return packageFailure(ERROR_CODES.packageUnreadable, label, 'tệp bị cắt cụt hoặc hỏng (không phải JSON trọn vẹn)');
  }
}

type PackageOf<K extends PackageKind> = K extends 'setup' ? SetupPackage : StationPackage;

/**
 * Checks a package read as JSON up to, not including, its signature (which needs the key: see
 * src-main/services/packages.ts). Refused, naming the package: the wrong kind of package, a
 * package of another congress, a file changed outside the program (not in the canonical form it
 * was written in), a malformed header or congress file.
 */
export function checkPackage<K extends PackageKind>(json: PackageJson, kind: K, label: string, expectedIdentity: string | null): Result<ParsedPackage<PackageOf<K>>> {
  const { body, value: raw } = json;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return packageFailure(ERROR_CODES.packageUnreadable, label, 'tệp không phải một gói dữ liệu');
  const object = raw as Record<string, unknown>;
  if (object.format !== PACKAGE_FORMATS[kind]) return packageFailure(ERROR_CODES.packageWrongKind, label, `cần ${PACKAGE_NAMES[kind]}, nhưng ${describeFormat(object.format)}`);
  if (expectedIdentity !== null && object.congressId !== expectedIdentity) return packageFailure(ERROR_CODES.packageForeign, label, 'gói của một đại hội khác (mã đại hội không khớp với hồ sơ đang mở)');
  if (typeof object.version === 'number' && object.version !== PACKAGE_VERSION) {
    return packageFailure(object.version < PACKAGE_VERSION ? ERROR_CODES.packageOldVersion : ERROR_CODES.packageInvalid, label, versionRefusal(kind, object.version));
  }
  // The canonical text of each member once: the whole must be the file, the rest is what was signed.
  const members = Object.keys(object)
    .sort()
    .map((key) => ({ key, text: canonicalJsonOfParsed(object[key]) }));
  const canonical = members.every((m) => m.text !== null) && `{${members.map((m) => `${JSON.stringify(m.key)}:${m.text}`).join(',')}}` === body;
  if (!canonical) return packageFailure(ERROR_CODES.packageTampered, label, 'tệp đã bị sửa bên ngoài chương trình (không còn đúng dạng chương trình đã ghi)');
  const parsed = SCHEMAS[kind].safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const details = issueDetails(parsed.error.issues);
    return packageFailure(ERROR_CODES.packageInvalid, label, `phần đầu gói không hợp lệ: ${details[0]?.path}: ${details[0]?.message}`, details);
  }
  const congress = readCongressFile(object.congress);
  if (!congress.ok) {
    const details = (congress.error.details ?? []).map((d) => ({ path: d.path ? `congress.${d.path}` : 'congress', message: d.message }));
    return packageFailure(ERROR_CODES.packageInvalid, label, `tệp đại hội trong gói không hợp lệ: ${details[0]?.path}: ${details[0]?.message}`, details);
  }
  const signedText = `{${members.filter((m) => m.key !== 'signature').map((m) => `${JSON.stringify(m.key)}:${m.text}`).join(',')}}`;
  // The header without the congress as read: only the checked copy is kept.
  const { congress: _asRead, ...header } = parsed.data as PackageOf<K>;
  return ok({ package: header, congress: congress.value, signedText });
}

/** Reads and checks a package's text (readPackageJson, then checkPackage). */
export function parsePackage<K extends PackageKind>(text: string, kind: K, label: string, expectedIdentity: string | null): Result<ParsedPackage<PackageOf<K>>> {
  const json = readPackageJson(text, label);
  return json.ok ? checkPackage(json.value, kind, label, expectedIdentity) : json;
}

/** The file text of a package: its canonical JSON and a newline. */
export function packageText(signed: Record<string, unknown>, signature: string): string {
  return `${canonicalJson({ ...signed, signature })}\n`;
}
