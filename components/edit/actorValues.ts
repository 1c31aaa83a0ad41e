/** An actor's editable values as the explorer's node data holds them. */
import type { NodeData } from '@/graph/model/elements';
import { ActorKind } from '@/graph/model/schema';

export interface ActorValues {
  name: string;
  kind: ActorKind;
  /** As typed: names separated by semicolons. */
  aliases: string;
  description: string;
}

export interface EditableActor {
  id: string;
  version: number;
  values: ActorValues;
}

export const ACTOR_FIELDS = ['name', 'kind', 'aliases', 'description'] as const;

/** The actor behind a node, or null for topics, sources and nodes of other data. */
export function editableActor(node: NodeData): EditableActor | null {
  const kind = ActorKind.safeParse(node.kind);
  if (!node.labels.includes('Actor') || !node.key || !kind.success) return null;
  const version = node.properties.version;
  return {
    id: node.key,
    version: typeof version === 'number' ? version : 0,
    values: { name: node.label, kind: kind.data, aliases: (node.aliases ?? []).join('; '), description: node.description ?? '' },
  };
}

export const splitAliases = (text: string): string[] => [...new Set(text.split(';').map((a) => a.trim()).filter((a) => a !== ''))];

/** The PATCH body: the version and the fields changed; an emptied description is cleared. */
export function actorPatch(actor: EditableActor, edited: ActorValues): Record<string, unknown> | null {
  const patch: Record<string, unknown> = {};
  if (edited.name.trim() !== actor.values.name) patch.name = edited.name.trim();
  if (edited.kind !== actor.values.kind) patch.kind = edited.kind;
  const aliases = splitAliases(edited.aliases);
  if (aliases.join('; ') !== splitAliases(actor.values.aliases).join('; ')) patch.aliases = aliases;
  if (edited.description.trim() !== actor.values.description) patch.description = edited.description.trim() === '' ? null : edited.description.trim();
  return Object.keys(patch).length === 0 ? null : { version: actor.version, ...patch };
}
