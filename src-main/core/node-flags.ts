/**
 * The V8 flags the kiosk's Node process starts with: `npm start` and the systemd unit of build/linux/
 * pass them (a test keeps both in step with this list), and the benchmarks that time the kiosk's own
 * work spawn with them. Electron's main process cannot take them at run time: the Electron shell runs
 * without them.
 *
 * - `--min-semi-space-size=16`: the young generation starts at 16 MB instead of growing from 1 MB. A
 *   search index build (its first start without a snapshot, or a large catalog change) allocates some
 *   30 MB of short-lived objects; grown from 1 MB, the young generation is scavenged again and again
 *   while the index is half built. Measured on a fresh build of 3,000 items: 362 → 305 ms (median of
 *   8 alternating runs); 32 or 64 MB were slower than 16.
 * - `--initial-old-space-size=64`: the first full (mark-compact) collection waits until the old
 *   generation reaches 64 MB. Started from V8's small default, it fell in the middle of that build, with
 *   the incremental marking before it. The collection is put off, not saved: it comes later (in the
 *   bench, during the next catalog update), when nobody waits for a first index. Nothing is reserved by
 *   it (the heap still grows page by page). Measured on a fresh build of 3,000 items: 282 → 258 ms
 *   (medians of 10 alternating runs; 96 or 128 MB were no better).
 */
export const KIOSK_NODE_FLAGS: readonly string[] = [
  '--min-semi-space-size=16',
  '--initial-old-space-size=64',
];
