/** axe-core run in the page under test: its serious and critical violations (accessibility, auth, workbench and other e2e tests). */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function seriousViolations(target: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the app's
  // Content-Security-Policy (graph/http/securityHeaders.ts) refuses scripts without its nonce.
  await target.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
