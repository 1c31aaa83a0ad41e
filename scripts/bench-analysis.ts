/**
 * bench:analysis: the signed-network analysis on the synthetic graph (10k actors, 100k stances;
 * scripts/syntheticGraph.ts, as bench:api builds it) in an isolated Neo4j. Prints, server side:
 * the time to read the stances in view, the time of each measure on those arrays (median of
 * RUNS), the time and answer size of GET /api/analysis for each measure alone and all together,
 * and of /api/analysis/diff; then how large a network the exact frustration index still solves.
 * Nothing is asserted. BENCH_ACTORS / BENCH_STANCES / BENCH_RUNS change the sizes.
 */
import { runBench, timed, timedAsync, withTestNeo4j } from '@/scripts/benchUtil';
import { callRoute } from '@/tests/support/callRoute';
import { syntheticGraph, writeSyntheticGraph } from '@/scripts/syntheticGraph';
import { readStancesInView } from '@/graph/analysis/stancesInView';
import { buildSignedNetwork, components, indexTies, type SignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { triangleBalance } from '@/graph/analysis/compute/triangles';
import { walkBalance } from '@/graph/analysis/compute/walkBalance';
import { frustration, EXACT_BUDGET } from '@/graph/analysis/compute/frustration';
import { blockmodel } from '@/graph/analysis/compute/blockmodel';
import { brokersAndMediators } from '@/graph/analysis/compute/brokers';
import { congruenceNetworks } from '@/graph/analysis/compute/congruence';
import { actorFigures } from '@/graph/analysis/compute/figures';
import { misfitTies } from '@/graph/analysis/compute/partition';
import { diffNetworks } from '@/graph/analysis/compute/diff';
import { MEASURES } from '@/graph/analysis/analysisTypes';
import analysisRoute from '@/pages/api/analysis/index';
import diffRoute from '@/pages/api/analysis/diff';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const STANCES = Number(process.env.BENCH_STANCES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const ms = (t: number) => `${t.toFixed(0)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** The first `size` actors met breadth-first from `start`, with the ties among them. */
function ball(net: SignedNetwork, start: number, size: number): SignedNetwork {
  const order = [start];
  const seen = new Set(order);
  for (let i = 0; i < order.length && order.length < size; i++) {
    const v = order[i]!;
    for (let p = net.offsets[v]!; p < net.offsets[v + 1]! && order.length < size; p++) {
      const w = net.neighbour[p]!;
      if (!seen.has(w)) {
        seen.add(w);
        order.push(w);
      }
    }
  }
  return indexTies(net.ties.filter((_, t) => seen.has(net.tieA[t]!) && seen.has(net.tieB[t]!)));
}

function exactLimit(net: SignedNetwork): void {
  const degree = (v: number) => net.offsets[v + 1]! - net.offsets[v]!;
  const byDegree = net.actors.map((_, v) => v).sort((x, y) => degree(x) - degree(y));
  const typical = byDegree[Math.floor(byDegree.length / 2)] ?? 0;
  console.log(`\nExact frustration index (branch and bound, budget ${EXACT_BUDGET.toLocaleString('en')} search nodes) on growing balls around a typical actor:`);
  console.log('| actors | ties | frustration | method | time |');
  console.log('|---:|---:|---:|:-:|---:|');
  for (const size of [10, 20, 30, 40, 50, 60, 80, 100, 120, 160, 200]) {
    const sub = ball(net, typical, size);
    const t = performance.now();
    const result = frustration(sub, { exactLimit: Infinity });
    const elapsed = performance.now() - t;
    console.log(`| ${sub.actors.length} | ${sub.ties.length} | ${result.method === 'exact' ? result.value : `${result.lowerBound}..${result.upperBound}`} | ${result.method} | ${ms(elapsed)} |`);
    if (result.method !== 'exact') break;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  await withTestNeo4j('bench-analysis', async ({ server, rawDriver }) => {
    console.log(`Neo4j up at ${server.uri}; generating ${ACTORS} actors and ${STANCES} stances...`);
    await writeSyntheticGraph(rawDriver, syntheticGraph(ACTORS, STANCES));

    const read = await timedAsync(() => readStancesInView({}), RUNS);
    const { stances, actors } = read.result;
    const net = timed(() => buildSignedNetwork(stances), RUNS);
    const n = net.result;
    console.log(`\n${stances.length} stances in view -> ${n.actors.length} actors, ${n.ties.length} ties (${components(n).length} components, largest ${components(n)[0]?.length ?? 0})\n`);

    const tri = timed(() => triangleBalance(n, 1000), RUNS);
    const two = timed(() => frustration(n), RUNS);
    const walk = timed(() => walkBalance(n), RUNS);
    const model = timed(() => blockmodel(n, { k: 3, alpha: 0.5 }), RUNS);
    const part = two.result.partition;
    const brokers = timed(() => brokersAndMediators(n, part), RUNS);
    const congruence = timed(() => congruenceNetworks(stances, 'sum', 1000), RUNS);
    const figures = timed(() => actorFigures(n, actors, part, misfitTies(n, part)), RUNS);
    const diff = timed(() => diffNetworks(stances, '2019-03-01', '2019-06-01'), RUNS);
    console.log('| step (server side, on the arrays read) | median time | result |');
    console.log('|---|---:|---|');
    console.log(`| read the stances in view from Neo4j | ${ms(read.ms)} | ${stances.length} stances, ${actors.length} actors |`);
    console.log(`| signed actor network (rule: sum) | ${ms(net.ms)} | ${n.ties.length} ties |`);
    console.log(`| balance by triangles (+ unbalanced listed, 1000) | ${ms(tri.ms)} | ${tri.result.triangles} triangles, ratio ${tri.result.ratio?.toFixed(4)} |`);
    console.log(`| frustration index + two camps | ${ms(two.ms)} | ${two.result.method}: ${two.result.lowerBound}..${two.result.upperBound} |`);
    console.log(`| walk-based balance | ${ms(walk.ms)} | ${walk.result.method}: ${walk.result.value?.toExponential(3)} |`);
    console.log(`| blockmodel k = 3, alpha = 0.5 | ${ms(model.ms)} | criterion ${model.result.criterion} |`);
    console.log(`| brokers and mediators | ${ms(brokers.ms)} | ${brokers.result.brokers.length} brokers, ${brokers.result.mediators.length} mediators |`);
    console.log(`| congruence and conflict (1000 each) | ${ms(congruence.ms)} | truncated: ${congruence.result.truncated} |`);
    console.log(`| per-actor figures | ${ms(figures.ms)} | ${figures.result.length} actors |`);
    console.log(`| diff 2019-03-01 -> 2019-06-01 (two networks, two camp splits) | ${ms(diff.ms)} | ${diff.result.began.length} began, ${diff.result.ended.length} ended, ${diff.result.changedCamp.length} changed camp |`);

    console.log('\n| request (in-process route: parse, read, analyse, JSON) | median time | answer |');
    console.log('|---|---:|---:|');
    const calls: [string, typeof analysisRoute, Record<string, string>][] = [
      ...MEASURES.map((m): [string, typeof analysisRoute, Record<string, string>] => [`GET /api/analysis?measures=${m}`, analysisRoute, { measures: m }]),
      ['GET /api/analysis (all measures)', analysisRoute, {}],
      ['GET /api/analysis/diff?from=2019-03-01&to=2019-06-01', diffRoute, { from: '2019-03-01', to: '2019-06-01' }],
    ];
    for (const [name, route, query] of calls) {
      const call = await timedAsync(() => callRoute(route, { query, parseAnswer: false }), 1);
      if (call.result.status !== 200) throw new Error(`${name}: status ${call.result.status} ${String(call.result.body)}`);
      console.log(`| ${name} | ${ms(call.ms)} | ${kib(String(call.result.body).length)} |`);
    }

    exactLimit(n);
    console.log(`\nTotal run ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  });
}

runBench(main);
