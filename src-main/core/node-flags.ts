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
 * - `--v8-pool-size=0`: Node sizes V8's pool of background threads (optimising compiler, parallel
 *   garbage collection) to the machine, one fewer than its cores (at least one), instead of 4 whatever
 *   it has. On a kiosk's 2 cores, 4 such threads took turns with the main thread on the one core left.
 * - `--max-inlined-bytecode-size=120`: the optimising compiler inlines functions of up to 120 bytes of
 *   bytecode (V8's default is 460), so small helpers still, but no longer pinyin-pro's converter (354
 *   bytes) into each of our functions that call it. Compiling it again into every caller made jobs of 50
 *   to 65 ms at a fresh start, and the index build's loops ran unoptimised while they waited.
 *   With both flags, a fresh build of 3,000 items took 31 ms less (paired median of 10 alternating
 *   runs: 234 → 204 ms on a busy machine; 47 ms less with 60 bytes, but queries were then 10 % slower,
 *   while with 120 their p95 at 3,000 and 30,000 items is unchanged).
 */
export const KIOSK_NODE_FLAGS: readonly string[] = [
  '--min-semi-space-size=16',
  '--initial-old-space-size=64',
  '--v8-pool-size=0',
  '--max-inlined-bytecode-size=120',
];
