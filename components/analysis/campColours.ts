/**
 * One colour per camp, used alike on the map ("colour by camp") and beside each camp's name in
 * the Analysis panel, so a reader can match them. Chosen apart from the polarity colours of
 * edges and readable on white; camps past the list repeat its colours (k is at most 6).
 */
export const CAMP_COLOURS = ['#1b7837', '#b2182b', '#2166ac', '#e08214', '#762a83', '#35978f'] as const;
/** Actors outside every camp: no signed tie in view. */
export const NO_CAMP_COLOUR = '#9aa3ab';

export function campColour(camp: number | null | undefined): string {
  return camp === null || camp === undefined ? NO_CAMP_COLOUR : (CAMP_COLOURS[camp % CAMP_COLOURS.length] ?? NO_CAMP_COLOUR);
}

/** Camps are numbered from 0 in the API; people count from 1. */
export function campName(camp: number): string {
  return `Camp ${camp + 1}`;
}
