/**
 * The key to the graph: each node kind's shape and colour, and each edge style (colour, line
 * style, arrow head and sign), drawn as small SVGs with the same values the stylesheet uses.
 * Given the elements on screen it lists only what they hold (legendContent.ts).
 */
import type { CSSProperties } from 'react';
import type cytoscape from 'cytoscape';
import type { Elements } from '@/graph/model/elements';
import { KIND_STYLES, kindColour, kindShape, STYLE_DEFAULTS } from '@/components/graph/style';
import { EDGE_ENTRIES, legendContent, type EdgeEntry, type LegendContent } from '@/components/graph/legendContent';

export interface LegendProps {
  /** The elements shown: the legend lists their kinds and edge styles only. Without them, everything the stance graph uses. */
  elements?: Elements;
  className?: string;
}

/** Every kind and stance style, for views of the stance graph as a whole. */
const FULL_LEGEND: LegendContent = { kinds: Object.keys(KIND_STYLES), edges: EDGE_ENTRIES.filter((e) => e !== 'relationship'), stances: true };

/** SVG polygon points (in a 18x18 box) for the node shapes the stylesheet uses. */
const POLYGONS: Partial<Record<cytoscape.Css.NodeShape, string>> = {
  triangle: '9,1 17,16 1,16',
  hexagon: '5,1 13,1 17,9 13,17 5,17 1,9',
  octagon: '6,1 12,1 17,6 17,12 12,17 6,17 1,12 1,6',
  pentagon: '9,1 17,7 14,17 4,17 1,7',
  diamond: '9,1 17,9 9,17 1,9',
  tag: '1,3 12,3 17,9 12,15 1,15',
  rhomboid: '5,3 17,3 13,15 1,15',
};

function ShapeIcon({ kind }: { kind: string }) {
  const shape = kindShape(kind);
  const fill = kindColour(kind);
  const polygon = POLYGONS[shape];
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden focusable="false">
      {polygon ? (
        <polygon points={polygon} fill={fill} />
      ) : shape === 'ellipse' ? (
        <circle cx="9" cy="9" r="8" fill={fill} />
      ) : (
        <rect x="1" y="2" width="16" height="14" rx={shape === 'round-rectangle' ? 4 : shape === 'barrel' ? 6 : 0} fill={fill} />
      )}
    </svg>
  );
}

type EdgeSample = { label: string; colour: string; dash?: string; head: 'arrow' | 'tee' | 'hollow'; width: number; sign: string };
const c = STYLE_DEFAULTS.colours;
export const EDGE_SAMPLES: Record<EdgeEntry, EdgeSample> = {
  backs: { label: 'backs (supports, recognises…)', colour: c.backs, head: 'arrow', width: 2, sign: '+' },
  opposes: { label: 'opposes (sanctions, accuses…)', colour: c.opposes, head: 'tee', width: 3, sign: '−' },
  neutral: { label: 'neutral tie (mediates, member of…)', colour: c.neutral, dash: '2 3', head: 'hollow', width: 2, sign: '○' },
  claimed: { label: 'claimed or alleged (dashed)', colour: c.backs, dash: '6 3', head: 'arrow', width: 2, sign: '?' },
  // Relationships that are not stances carry no polarity: drawn like a neutral tie, captioned by type.
  relationship: { label: 'relationship (its type is written on the line)', colour: c.neutral, dash: '2 3', head: 'hollow', width: 2, sign: '' },
};

function EdgeIcon({ sample }: { sample: EdgeSample }) {
  return (
    <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden focusable="false">
      <line x1="2" y1="7" x2="34" y2="7" stroke={sample.colour} strokeWidth={sample.width} strokeDasharray={sample.dash} />
      {sample.head === 'arrow' ? <polygon points="32,2 42,7 32,12" fill={sample.colour} /> : null}
      {sample.head === 'tee' ? <line x1="38" y1="1" x2="38" y2="13" stroke={sample.colour} strokeWidth={3} /> : null}
      {sample.head === 'hollow' ? <polyline points="33,2 42,7 33,12" fill="none" stroke={sample.colour} strokeWidth={1.5} /> : null}
    </svg>
  );
}

/**
 * The rings the stylesheet draws around nodes (style.ts: `node.focus`, `node:selected`,
 * `node:locked`), each named and drawn in its own colour, so the key matches the canvas.
 */
export const RING_SAMPLES = [
  { key: 'focus', colour: c.focus, label: 'Amber ring: the actor in focus', double: false },
  { key: 'selected', colour: c.selected, label: 'Blue ring: selected', double: false },
  { key: 'pinned', colour: '#1d2327', label: 'Double ring: pinned in place', double: true },
] as const;

function RingIcon({ colour, double }: { colour: string; double: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden focusable="false">
      <circle cx="9" cy="9" r="6.5" fill="#d9dde1" stroke={colour} strokeWidth={double ? 1.2 : 3} />
      {double ? <circle cx="9" cy="9" r="4" fill="none" stroke={colour} strokeWidth={1.2} /> : null}
    </svg>
  );
}

const row: CSSProperties = { display: 'flex', alignItems: 'center', gap: 6, fontSize: 12, lineHeight: '18px' };

export default function Legend({ elements, className }: LegendProps) {
  const content = elements ? legendContent(elements) : FULL_LEGEND;
  return (
    <section className={className} aria-label="Legend" data-testid="legend" style={{ fontSize: 12 }}>
      <h2 style={{ fontSize: 12, textTransform: 'uppercase', letterSpacing: 0.5, margin: '0 0 4px', color: 'var(--muted, #5b6670)' }}>Legend</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: '2px 10px' }}>
        {content.kinds.map((kind) => (
          <li key={kind} style={row}>
            <ShapeIcon kind={kind} /> {KIND_STYLES[kind]?.label ?? kind}
          </li>
        ))}
      </ul>
      <ul style={{ listStyle: 'none', margin: '6px 0 0', padding: 0 }}>
        {content.edges.map((entry) => (
          <li key={entry} style={row} data-legend-edge={entry}>
            <EdgeIcon sample={EDGE_SAMPLES[entry]} />
            <span aria-hidden style={{ fontWeight: 700, color: EDGE_SAMPLES[entry].colour, width: 10 }}>
              {EDGE_SAMPLES[entry].sign}
            </span>
            {EDGE_SAMPLES[entry].label}
          </li>
        ))}
        {content.stances
          ? RING_SAMPLES.map((ring) => (
              <li key={ring.key} style={row} data-legend-ring={ring.key} data-colour={ring.colour}>
                <RingIcon colour={ring.colour} double={ring.double} /> {ring.label}
              </li>
            ))
          : null}
        {content.stances ? <li style={row}>Node size: how many back or oppose it.</li> : null}
        {content.stances ? (
          <li style={row} data-legend-dense>
            Views of over {STYLE_DEFAULTS.denseEdges.toLocaleString('en')} stances draw them as straight lines, with the arrow or bar halfway along.
          </li>
        ) : null}
        {content.stances ? (
          <li style={row} data-legend-large>
            Views of over {STYLE_DEFAULTS.largeGraphElements.toLocaleString('en')} actors and stances draw plain lines, without arrows or dashes; the details say each stance&apos;s polarity and certainty.
          </li>
        ) : null}
      </ul>
    </section>
  );
}
