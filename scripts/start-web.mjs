// `npm run start:web`: the browser shell. The user interface and the server are built only when
// missing or older than their sources, so that a second start is immediate.
import { ensureBuilt } from './builds.mjs';

const LABELS = { renderer: 'giao diện', web: 'máy chủ của trình duyệt' };
await ensureBuilt(['renderer', 'web'], (name) => process.stdout.write(`Đang dựng ${LABELS[name]} (chỉ khi mã nguồn thay đổi)…\n`));
await import('../dist/web/main.js');
