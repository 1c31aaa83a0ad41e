/** The operators of the plan Neo4j makes for `query` (EXPLAIN: nothing runs), for tests that check a write stays linear. */
import { transactions } from '@/graph/db/driver';

const { read } = transactions('test');

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

export async function planOperators(query: string, params: Record<string, unknown> = { rows: [], dataset: 'x', run: 'y' }): Promise<string[]> {
  return read(async (tx) => {
    const result = await tx.run(`EXPLAIN ${query}`, params);
    const names: string[] = [];
    const walk = (plan: PlanNode) => {
      names.push(plan.operatorType);
      plan.children.forEach(walk);
    };
    walk(result.summary.plan as unknown as PlanNode);
    return names;
  });
}
