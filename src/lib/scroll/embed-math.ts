/**
 * Scroll maths inside an auto-resized iframe, where the host page scrolls and the iframe never
 * does: positions come from the host's viewport messages (the iframe's top in host px) and the
 * embed's own layout (document px). Pure, so the embed driver and the tests share it.
 */
import { stepAtLine, type Span, type StepPosition } from './step-math';
import type { HostViewport } from '$lib/embed/protocol';

/** The host's trigger line (`trigger` × host viewport height) in the embed's document px. */
export function lineInFrame(v: HostViewport, trigger: number): number {
  return v.vh * trigger - v.top;
}

/** Active step and progress for step boxes (embed document px) under the host's trigger line. */
export function embedStep(steps: readonly Span[], v: HostViewport, trigger: number): StepPosition {
  return stepAtLine(steps, lineInFrame(v, trigger));
}

/**
 * How far to move the graphic down from its place at the top of the section so it sits at the
 * top of the HOST viewport, as `position: sticky` would: 0 before the section reaches the top,
 * at most (section height − graphic height) once the section's end scrolls past.
 */
export function holdOffset(v: HostViewport, section: Span, graphicHeight: number): number {
  const room = Math.max(0, section.bottom - section.top - graphicHeight);
  const want = -v.top - section.top;
  return Math.round(Math.min(room, Math.max(0, want)));
}

/**
 * How far to move a card down so its top rides the trigger line (as `position: sticky; top:
 * trigger` would), without leaving its step: 0 until the line reaches the card, at most the room
 * between the card's bottom and the step's bottom.
 */
export function cardOffset(line: number, card: Span, stepBottom: number): number {
  const room = Math.max(0, stepBottom - card.bottom);
  return Math.round(Math.min(room, Math.max(0, line - card.top)));
}
