/**
 * The app's own nodes, which are not data: saved snapshots, editors, the audit trail and
 * the data sets browser imports replaced (graph/edit/importBackup.ts). `--reset`
 * keeps them (graph/datasets/load.ts), and neither `npm start`'s "is the database empty?" (graph/datasets/seedPolicy.ts)
 * nor /api/health's node count includes them.
 */
export const APP_LABELS = ['Snapshot', 'Editor', 'Change', 'ImportBackup'] as const;

/** Cypher label expression true for a node `n` that is data; the labels are constants, never input. */
export const IS_DATA_NODE = `NOT (${APP_LABELS.map((label) => `n:${label}`).join(' OR ')})`;
