/** The timeline, as the explorer mounts it: one panel; the map helpers for other callers (benchmarks, tests). */
export { TimelinePanel, type TimelinePanelProps } from '@/components/timeline/TimelinePanel';
export { showDay, clearInForce, applyInForce, OUT_OF_TIME } from '@/components/timeline/applyInForce';
export { inForceOn } from '@/components/timeline/inForce';
export type { Compare } from '@/components/timeline/useTimeline';
