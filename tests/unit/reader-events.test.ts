/** Reader events: each step reached is announced once; the messages that carry it out of an embed. */
import { describe, expect, it } from 'vitest';
import { NS, parseChildMessage, stepMessages, toStepDetail, VERSION } from '$lib/embed/protocol';
import { STEP_EVENT, stepAnnouncer, type StepEventDetail } from '$lib/scroll/reader-events';

const STEPS = [{ id: 'deal' }, { id: 'range' }, { id: 'speed' }];

function listen() {
  const target = new EventTarget();
  const got: StepEventDetail[] = [];
  target.addEventListener(STEP_EVENT, (e) => got.push((e as CustomEvent<StepEventDetail>).detail));
  return { target, got };
}

describe('stepAnnouncer', () => {
  it('dispatches story-step once per step, with index, id and edition, in the order reached', () => {
    const { target, got } = listen();
    const reach = stepAnnouncer(STEPS, 'en', target);
    for (const i of [0, 0, 1, 0, 2, 1, 2]) reach(i);
    expect(got).toEqual([
      { index: 0, id: 'deal', edition: 'en' },
      { index: 1, id: 'range', edition: 'en' },
      { index: 2, id: 'speed', edition: 'en' }
    ]);
  });

  it('ignores indexes that are not steps; each announcer (page view) starts afresh', () => {
    const { target, got } = listen();
    const reach = stepAnnouncer(STEPS, 'ar', target);
    reach(-1);
    reach(3);
    reach(1);
    stepAnnouncer(STEPS, 'ar', target)(1);
    expect(got).toEqual([
      { index: 1, id: 'range', edition: 'ar' },
      { index: 1, id: 'range', edition: 'ar' }
    ]);
  });
});

describe('reader event messages', () => {
  const detail = { index: 2, id: 'speed', edition: 'en' };

  it('go to the host as our own message, and as a pym message whose payload is the JSON detail', () => {
    const [ours, viaPym] = stepMessages(detail, 'story-embed');
    expect(ours).toEqual({ ns: NS, v: VERSION, type: 'story-step', ...detail });
    expect(viaPym).toBe('pymxPYMxstory-embedxPYMxstory-stepxPYMx{"index":2,"id":"speed","edition":"en"}');
    // pym.js 1.3.2's parent matches /^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$/: type and payload come out whole.
    const m = /^pymxPYMxstory-embedxPYMx(\S+)xPYMx(.*)$/.exec(viaPym as string)!;
    expect([m[1], JSON.parse(m[2])]).toEqual(['story-step', detail]);
    expect(stepMessages(detail, null)).toEqual([ours]);
  });

  it('are read back by the snippet, validated', () => {
    expect(parseChildMessage({ ns: NS, v: VERSION, type: 'story-step', ...detail })).toEqual({ kind: 'step', detail });
    expect(parseChildMessage({ ns: NS, v: VERSION, type: 'story-step', ...detail, extra: '<b>' })).toEqual({ kind: 'step', detail });
    for (const bad of [
      { index: -1 },
      { index: 1.5 },
      { index: '2' },
      { index: 1e6 },
      { id: '<img src=x onerror=alert(1)>' },
      { id: '' },
      { edition: 'english language' },
      { edition: 42 }
    ]) {
      expect(parseChildMessage({ ns: NS, v: VERSION, type: 'story-step', ...detail, ...bad }), JSON.stringify(bad)).toBeNull();
    }
    expect(parseChildMessage({ ns: NS, v: 2, type: 'story-step', ...detail })).toBeNull();
  });

  it('accept step ids and language codes as story.yaml writes them', () => {
    expect(toStepDetail(0, 'bab-el-mandeb_2', 'en')).toEqual({ index: 0, id: 'bab-el-mandeb_2', edition: 'en' });
    expect(toStepDetail(12, 'x', 'pt-BR')).toEqual({ index: 12, id: 'x', edition: 'pt-BR' });
  });
});
