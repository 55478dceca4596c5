import fc from 'fast-check';

import { DECODER_COPY } from '@/lib/codecs/decoder-copy';
import {
  decodeSavedProgress,
  encodeSavedProgress,
  PROGRESS_FORMAT,
  readSavedProgressVersion,
  type SavedProgress,
} from '@/lib/codecs/saved-progress';
import { answerSet } from '@/tests/fixtures/answer-arbitraries';
import { tinyBank } from '@/tests/fixtures/tiny-bank';

const stamp = { id: tinyBank.id, version: tinyBank.version };
const decode = (text: string) => decodeSavedProgress(text, stamp, tinyBank.questions, DECODER_COPY);
const progress: SavedProgress = {
  form: 'full',
  answers: { 'tech-01': 4, 'speed-1': 'joint' },
  step: 2,
  finished: false,
};

describe('decodeSavedProgress', () => {
  it('restores what was encoded', () => {
    expect(decode(encodeSavedProgress(stamp, progress))).toEqual({
      status: 'restored',
      progress,
      dropped: [],
    });
  });

  it('restores every valid answer set exactly', () => {
    fc.assert(
      fc.property(
        answerSet(tinyBank),
        fc.constantFrom('short' as const, 'full' as const),
        fc.nat(40),
        fc.boolean(),
        (answers, form, step, finished) => {
          const saved = { form, answers, step, finished };
          expect(decode(encodeSavedProgress(stamp, saved))).toEqual({
            status: 'restored',
            progress: saved,
            dropped: [],
          });
        },
      ),
    );
  });

  it('keeps the good answers and lists the ones that no longer fit', () => {
    const text = JSON.stringify({
      format: PROGRESS_FORMAT,
      bank: stamp,
      form: 'full',
      answers: { 'tech-01': 4, 'tech-02': 9, 'gone-01': 3 },
      step: 0,
      finished: false,
    });
    const result = decode(text);
    expect(result.status).toBe('restored');
    if (result.status !== 'restored') return;
    expect(result.progress.answers).toEqual({ 'tech-01': 4 });
    expect(result.dropped.map((p) => p.questionId)).toEqual(['tech-02', 'gone-01']);
  });

  it('reports progress saved against a newer version of the questions', () => {
    const text = encodeSavedProgress({ ...stamp, version: 4 }, progress);
    expect(decode(text)).toEqual({
      status: 'other-version',
      detail: 'it was saved against questions "tiny" version 4; the quiz now uses version 3',
    });
  });

  it('reports progress saved against other questions', () => {
    const text = encodeSavedProgress({ id: 'other', version: 1 }, progress);
    expect(decode(text).status).toBe('other-version');
  });

  it('offers to carry over the answers of an older version that fit the current questions', () => {
    const text = encodeSavedProgress(
      { ...stamp, version: 2 },
      {
        form: 'short',
        answers: { 'tech-01': 4, 'gone-01': 2, 'speed-1': 'retired-option', 'infra-02': 5 },
        step: 3,
        finished: true,
      },
    );
    expect(decode(text)).toEqual({
      status: 'older-version',
      savedVersion: 2,
      finished: true,
      carryOver: { form: 'short', answers: { 'tech-01': 4, 'infra-02': 5 }, count: 2, total: 4 },
    });
  });

  it('restores a save of an older version as it was, read with that version', () => {
    const older = { id: 'tiny', version: 2 };
    const text = encodeSavedProgress(older, { ...progress, finished: true });
    expect(readSavedProgressVersion(text)).toBe(2);
    expect(decodeSavedProgress(text, older, tinyBank.questions, DECODER_COPY)).toEqual({
      status: 'restored',
      progress: { ...progress, finished: true },
      dropped: [],
    });
  });

  it('keeps the step timing, and loads a save without it', () => {
    const timing = [
      { statements: 4, seconds: 21.5 },
      { statements: 4, seconds: 9 },
    ];
    expect(decode(encodeSavedProgress(stamp, { ...progress, timing }))).toEqual({
      status: 'restored',
      progress: { ...progress, timing },
      dropped: [],
    });
    const withoutTiming = JSON.stringify({ format: 1, bank: stamp, ...progress });
    expect(decode(withoutTiming)).toEqual({ status: 'restored', progress, dropped: [] });
  });

  it('leaves out unreadable timing rather than the answers', () => {
    const text = JSON.stringify({ format: 1, bank: stamp, ...progress, timing: [{ seconds: -1 }] });
    expect(decode(text)).toEqual({ status: 'restored', progress, dropped: [] });
  });

  it.each([
    ['text that is not JSON', 'nope'],
    ['a save of another format', '{"format": 7, "bank": {"id": "tiny", "version": 3}}'],
    ['a save without a stamp', '{"format": 1}'],
  ])('reads no version from %s', (_, text) => {
    expect(readSavedProgressVersion(text)).toBeNull();
  });

  it('reports another save format before looking at the rest', () => {
    expect(
      decode('{"format": 7, "bank": {"id": "tiny", "version": 3}, "whatever": true}').status,
    ).toBe('other-version');
  });

  it.each([
    ['text that is not JSON', '{"form": "full", ', 'it is not valid JSON'],
    ['JSON without a stamp', '{"answers": {}}', 'it has no format or question-bank stamp'],
    ['a bare number', '42', 'it has no format or question-bank stamp'],
    ['null', 'null', 'it has no format or question-bank stamp'],
    [
      'unreadable fields',
      JSON.stringify({
        format: 1,
        bank: stamp,
        form: 'tiny',
        answers: [],
        step: -1,
        finished: 'no',
      }),
      'these parts are unreadable: form, answers, step, finished',
    ],
  ])('reports %s as corrupted', (_, text, detail) => {
    expect(decode(text)).toEqual({ status: 'corrupted', detail });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              format: fc.constant(1),
              bank: fc.constant(stamp),
              answers: fc.jsonValue(),
              step: fc.jsonValue(),
            })
            .map((v) => JSON.stringify(v)),
        ),
        (text) => {
          expect(['restored', 'older-version', 'other-version', 'corrupted']).toContain(
            decode(text).status,
          );
        },
      ),
    );
  });
});
