import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giveTakeOf, networkGiveTake } from '@/utils/plan/give-take';
import { entry, person } from '../../helpers/plan';
import { timelinesByPerson } from '@/utils/model/entry';

const AT = Date.UTC(2026, 10, 20);
const helped = (key: string, gave: number, received: number) => [
  ...Array.from({ length: gave }, () => entry(key, 'gave_help', AT)),
  ...Array.from({ length: received }, () => entry(key, 'received_help', AT)),
];

describe('give and take', () => {
  it('counts both ways with one person, other entries aside', () => {
    const timeline = [...helped('aino', 1, 3), entry('aino', 'message', AT), entry('aino', 'note', AT)];
    expect(giveTakeOf(timeline)).toEqual({ gave: 1, received: 3, balance: -2 });
  });

  it('adds up the network and lists whom the user owes, most owed first, ties by key', () => {
    const contacts = ['mikko', 'aino', 'liisa', 'eeva'].map((key) => person(key));
    const timelines = timelinesByPerson([
      ...helped('mikko', 0, 2),
      ...helped('aino', 1, 3),
      ...helped('liisa', 2, 1), // the user gave more: owes nothing
      ...helped('eeva', 0, 1),
      ...helped('deleted-person', 0, 5), // not among the people: left out
    ]);
    expect(networkGiveTake(contacts, timelines)).toEqual({
      gave: 3,
      received: 7,
      balance: -4,
      owedHelp: [
        { key: 'aino', times: 2 },
        { key: 'mikko', times: 2 },
        { key: 'eeva', times: 1 },
      ],
    });
  });

  it('owes the same people whatever order they come in', () => {
    const network = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.tuple(fc.nat(4), fc.nat(4)));
    const withOrder = network.chain((byKey) => {
      const keys = Object.keys(byKey);
      return fc.tuple(fc.constant(byKey), fc.shuffledSubarray(keys, { minLength: keys.length }));
    });
    fc.assert(
      fc.property(withOrder, ([byKey, shuffled]) => {
        const timelines = timelinesByPerson(
          Object.entries(byKey).flatMap(([key, [gave, received]]) => helped(key, gave, received)),
        );
        const inOrder = networkGiveTake(
          Object.keys(byKey).map((key) => person(key)),
          timelines,
        );
        expect(
          networkGiveTake(
            shuffled.map((key) => person(key)),
            timelines,
          ),
        ).toEqual(inOrder);
      }),
    );
  });
});
