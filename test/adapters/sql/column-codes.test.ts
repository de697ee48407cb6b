import { CHANNEL, RESOLUTION, STATUS, SUBJECT_KIND, TRAIL_KIND, type ColumnCode } from '../../../src/adapters/sql/column-codes';
import { CHANNELS, RESOLUTIONS, STATUSES, TRAIL_KINDS } from '../../../src/domain/complaint';

/** What one column's codes do with every value of its domain list. */
const roundTrip = <T extends string>(code: ColumnCode<T>, values: readonly T[]) => {
  const codes = values.map(code.encode);
  return {
    values,
    distinctCodes: new Set(codes).size,
    decoded: codes.map(code.decode),
    // MySQL drivers may send a small int back as a string.
    decodedFromText: codes.map(String).map(code.decode),
    decodeUnknown: () => code.decode(0),
  };
};

describe.each([
  ['status', roundTrip(STATUS, STATUSES)],
  ['channel', roundTrip(CHANNEL, CHANNELS)],
  ['resolution', roundTrip(RESOLUTION, RESOLUTIONS)],
  ['subject kind', roundTrip(SUBJECT_KIND, ['employee', 'service'])],
  ['trail kind', roundTrip(TRAIL_KIND, TRAIL_KINDS)],
])('the %s codes', (_name, trip) => {
  it('give every domain value its own code and read each back', () => {
    expect(trip.distinctCodes).toBe(trip.values.length);
    expect(trip.decoded).toEqual(trip.values);
    expect(trip.decodedFromText).toEqual(trip.values);
  });

  it('refuse a code nobody wrote', () => {
    expect(trip.decodeUnknown).toThrow(expect.objectContaining({ code: 'STORE_ERROR' }) as Error);
  });
});
