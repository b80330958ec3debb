/** How an election's status is said on the screens. */
export const STATUS_LABELS = { open: 'đang nhập', locked: 'đã chốt', paused: 'tạm dừng' } as const;
