/**
 * The camps of a network: the two-camp partition attaining the frustration index, the k-camp
 * Doreian–Mrvar blockmodel, and which of the two the other figures use ("the camps": the two-camp
 * partition when k = 2, the blockmodel otherwise), each with its misfit ties.
 */
import type { Camps } from '@/graph/analysis/analysisTypes';
import type { SignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { blockmodel } from '@/graph/analysis/compute/blockmodel';
import { frustration, type FrustrationResult } from '@/graph/analysis/compute/frustration';
import { campList, misfitTies, partitionRecord } from '@/graph/analysis/compute/partition';

export interface CampsResult {
  camps: Camps;
  /** The partition the other figures use, actor index -> camp. */
  used: Int32Array;
  /** Tie indexes that misfit the partition used. */
  misfits: number[];
}

export function camps(net: SignedNetwork, k: number, alpha: number, limit = Infinity, twoCamps: FrustrationResult = frustration(net)): CampsResult {
  // The two-camp partition is a natural start for the blockmodel (with k = 2 it often is the answer).
  const model = blockmodel(net, { k, alpha, initial: k === 2 ? [twoCamps.partition] : [] });
  const twoMisfits = misfitTies(net, twoCamps.partition);
  const modelMisfits = misfitTies(net, model.partition);
  const list = (ties: number[]) => ties.slice(0, limit).map((t) => net.ties[t]!);
  const usesTwo = k === 2;
  return {
    camps: {
      used: usesTwo ? 'twoCamps' : 'blockmodel',
      twoCamps: {
        partition: partitionRecord(net, twoCamps.partition),
        camps: campList(net, twoCamps.partition),
        frustration: twoCamps.value,
        misfits: list(twoMisfits),
      },
      blockmodel: {
        k,
        alpha,
        criterion: model.criterion,
        partition: partitionRecord(net, model.partition),
        camps: campList(net, model.partition),
        misfits: list(modelMisfits),
        truncated: modelMisfits.length > limit,
      },
      truncated: twoMisfits.length > limit,
    },
    used: usesTwo ? twoCamps.partition : model.partition,
    misfits: usesTwo ? twoMisfits : modelMisfits,
  };
}

/**
 * Just the partition the figures use, without the blockmodel when k = 2 (for the diff). `prefer`:
 * a partition kept unless a strictly better one exists.
 */
export function campPartition(net: SignedNetwork, k: number, alpha: number, prefer?: Int32Array): Int32Array {
  if (k === 2) return frustration(net, prefer ? { prefer } : {}).partition;
  return blockmodel(net, { k, alpha, initial: prefer ? [prefer] : [] }).partition;
}
