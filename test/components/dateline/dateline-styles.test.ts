import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineOf } from './small-context.js';

interface Expected {
  readonly text: string;
  readonly placeText: string;
  readonly place: string | null;
  readonly country: string | null;
  readonly date: string | null;
  readonly agency: string | null;
}

// [opening, publication date, expected]: the span always starts at 0 unless the test says otherwise.
const CASES: [string, string | null, Expected][] = [
  ['BEIJING, November 1. /TASS/. Chinese Foreign Minister Wang Yi', '2023-11-01',
    { text: 'BEIJING, November 1. /TASS/.', placeText: 'BEIJING', place: 'Beijing', country: 'CHN', date: '2023-11-01', agency: 'TASS' }],
  ['IGORA /Leningrad Region/, December 26. /TASS/. Russia could use Oreshnik again', '2024-12-26',
    { text: 'IGORA /Leningrad Region/, December 26. /TASS/.', placeText: 'IGORA /Leningrad Region/', place: 'Igora', country: 'RUS', date: '2024-12-26', agency: 'TASS' }],
  ['IGORA /Leningrad region/, December 26. /TASS/. Russia is still maintaining', '2024-12-26',
    { text: 'IGORA /Leningrad region/, December 26. /TASS/.', placeText: 'IGORA /Leningrad region/', place: 'Igora', country: 'RUS', date: '2024-12-26', agency: 'TASS' }],
  ['MOSCOW, December 26. /ITAR-TASS/. The Kremlin said', '2024-12-26',
    { text: 'MOSCOW, December 26. /ITAR-TASS/.', placeText: 'MOSCOW', place: 'Moscow', country: 'RUS', date: '2024-12-26', agency: 'TASS' }],
  ['WASHINGTON, March 3 - The Treasury said', '1987-03-03T15:17:11Z',
    { text: 'WASHINGTON, March 3 -', placeText: 'WASHINGTON', place: 'Washington', country: 'USA', date: '1987-03-03', agency: null }],
  ['ROCHESTER, N.Y., Feb 26 - Champion Products Inc said', '1987-02-26T15:17:11Z',
    { text: 'ROCHESTER, N.Y., Feb 26 -', placeText: 'ROCHESTER, N.Y.', place: 'Rochester', country: 'USA', date: '1987-02-26', agency: null }],
  ['FARMINGTON Conn., March 9 - The company said', '1987-03-09',
    { text: 'FARMINGTON Conn., March 9 -', placeText: 'FARMINGTON Conn.', place: 'Farmington', country: 'USA', date: '1987-03-09', agency: null }],
  ['NEW YORK, March 2 -The New York Mercantile Exchange expects', '1987-03-02',
    { text: 'NEW YORK, March 2 -', placeText: 'NEW YORK', place: 'New York', country: 'USA', date: '1987-03-02', agency: null }],
  ['NEW YORK , March  5 - Stocks rose', '1987-03-05',
    { text: 'NEW YORK , March  5 -', placeText: 'NEW YORK', place: 'New York', country: 'USA', date: '1987-03-05', agency: null }],
  ['WASHINGTON, March 25, Reuter - The Senate voted', '1987-03-25',
    { text: 'WASHINGTON, March 25, Reuter -', placeText: 'WASHINGTON', place: 'Washington', country: 'USA', date: '1987-03-25', agency: 'Reuters' }],
  ['PORTLAND, Ore., Apri 13 - The utility said', '1987-04-13',
    { text: 'PORTLAND, Ore., Apri 13 -', placeText: 'PORTLAND, Ore.', place: 'Portland', country: 'USA', date: '1987-04-13', agency: null }],
  ['LONDON (Reuters) - Oil prices rose on Monday', '2023-10-09',
    { text: 'LONDON (Reuters) -', placeText: 'LONDON', place: 'London', country: 'GBR', date: null, agency: 'Reuters' }],
  ['MOSCOW, Nov 1 (Reuters) - Russia said', '2023-11-01',
    { text: 'MOSCOW, Nov 1 (Reuters) -', placeText: 'MOSCOW', place: 'Moscow', country: 'RUS', date: '2023-11-01', agency: 'Reuters' }],
  ['WASHINGTON (AP) — President Biden said', '2023-11-01',
    { text: 'WASHINGTON (AP) —', placeText: 'WASHINGTON', place: 'Washington', country: 'USA', date: null, agency: 'AP' }],
  ['WASHINGTON (Associated Press) _ The House voted', '2023-11-01',
    { text: 'WASHINGTON (Associated Press) _', placeText: 'WASHINGTON', place: 'Washington', country: 'USA', date: null, agency: 'AP' }],
  ['WASHINGTON (AP)—The House voted', '2023-11-01',
    { text: 'WASHINGTON (AP)—', placeText: 'WASHINGTON', place: 'Washington', country: 'USA', date: null, agency: 'AP' }],
  ['PORTLAND, Maine (AP) — A storm', '2023-11-01',
    { text: 'PORTLAND, Maine (AP) —', placeText: 'PORTLAND, Maine', place: 'Portland', country: 'USA', date: null, agency: 'AP' }],
  ['PARIS (AFP) - France said', '2023-11-01',
    { text: 'PARIS (AFP) -', placeText: 'PARIS', place: 'Paris', country: 'FRA', date: null, agency: 'AFP' }],
  ['BEIJING, Nov. 1 (Xinhua) -- China and Oman', '2023-11-01',
    { text: 'BEIJING, Nov. 1 (Xinhua) --', placeText: 'BEIJING', place: 'Beijing', country: 'CHN', date: '2023-11-01', agency: 'Xinhua' }],
  ['GAZA CITY, Oct 7 (Reuters) - Hamas fighters', '2023-10-07',
    { text: 'GAZA CITY, Oct 7 (Reuters) -', placeText: 'GAZA CITY', place: 'Gaza City', country: 'PSE', date: '2023-10-07', agency: 'Reuters' }],
  ['KYIV/MOSCOW, Oct 7 (Reuters) - Ukraine and Russia', '2023-10-07',
    { text: 'KYIV/MOSCOW, Oct 7 (Reuters) -', placeText: 'KYIV/MOSCOW', place: 'Kyiv', country: 'UKR', date: '2023-10-07', agency: 'Reuters' }],
  ['UNITED NATIONS, Oct 27 (Reuters) - The General Assembly', '2023-10-27',
    { text: 'UNITED NATIONS, Oct 27 (Reuters) -', placeText: 'UNITED NATIONS', place: 'United Nations', country: 'USA', date: '2023-10-27', agency: 'Reuters' }],
  ['HANOI, 26 December (UPI) - Vietnam said', '2024-12-26',
    { text: 'HANOI, 26 December (UPI) -', placeText: 'HANOI', place: 'Hanoi', country: 'VNM', date: '2024-12-26', agency: 'UPI' }],
  ['NEW YORK, March 3 - Stocks fell', '1987-03-03',
    { text: 'NEW YORK, March 3 -', placeText: 'NEW YORK', place: 'New York', country: 'USA', date: '1987-03-03', agency: null }],
  ['BAHRAIN, March 25 - OPEC ministers', '1987-03-25',
    { text: 'BAHRAIN, March 25 -', placeText: 'BAHRAIN', place: 'Bahrain', country: 'BHR', date: '1987-03-25', agency: null }],
  ['WASHINGTON - The Senate voted', '1987-03-25',
    { text: 'WASHINGTON -', placeText: 'WASHINGTON', place: 'Washington', country: 'USA', date: null, agency: null }],
  ['ATLANTIS, March 3 - A wire town the gazetteer lacks', '1987-03-03',
    { text: 'ATLANTIS, March 3 -', placeText: 'ATLANTIS', place: null, country: null, date: '1987-03-03', agency: null }],
];

for (const [opening, published, expected] of CASES) {
  test(`reads ${JSON.stringify(expected.text)}`, () => {
    const dateline = datelineOf(opening, published);
    assert.ok(dateline, 'a dateline is found');
    assert.equal(dateline.start, 0);
    assert.equal(dateline.end, expected.text.length);
    assert.equal(dateline.text, expected.text);
    assert.equal(opening.slice(dateline.start, dateline.end), dateline.text);
    assert.equal(dateline.placeText, expected.placeText);
    assert.equal(dateline.place?.name ?? null, expected.place);
    assert.equal(dateline.place?.country ?? null, expected.country);
    assert.equal(dateline.date, expected.date);
    assert.equal(dateline.agency, expected.agency);
    assert.equal(dateline.by, 'dateline.v1');
  });
}

test('the place carries coordinates', () => {
  const place = datelineOf('BEIJING, November 1. /TASS/. Text')?.place;
  assert.ok(place);
  assert.ok(Math.abs((place.lat ?? 0) - 39.9) < 0.1 && Math.abs((place.lon ?? 0) - 116.4) < 0.1);
});

test('a dateline on a later line near the top is found, with its offsets into the whole text', () => {
  const text = 'Oil prices rise\nLONDON (Reuters) - Oil prices rose';
  const dateline = datelineOf(text);
  assert.equal(dateline?.start, 16);
  assert.equal(dateline?.end, 34);
  assert.equal(dateline?.text, 'LONDON (Reuters) -');
});

test('a misspelt town in wire capitals resolves, and the rule says it was misspelt', () => {
  const dateline = datelineOf('WASINGTON, March 13 - The Senate voted', '1987-03-13');
  assert.equal(dateline?.place?.name, 'Washington');
  assert.equal(dateline?.place?.country, 'USA');
  assert.equal(dateline?.date, '1987-03-13');
  assert.equal(dateline?.rule, 'date-dash/near-miss');
});

test('asterisks before a dateline are not part of it', () => {
  const dateline = datelineOf('****LONDON, March 5 - Sterling rose', '1987-03-05');
  assert.equal(dateline?.start, 4);
  assert.equal(dateline?.text, 'LONDON, March 5 -');
  assert.equal(dateline?.place?.name, 'London');
});

test('the rule says which finder read it and how the place resolved', () => {
  assert.equal(datelineOf('BEIJING, November 1. /TASS/. Text')?.rule, 'slash-agency/place');
  assert.equal(datelineOf('BAHRAIN, March 25 - Text', '1987-03-25')?.rule, 'date-dash/country');
  assert.equal(datelineOf('ATLANTIS, March 3 - Text', '1987-03-03')?.rule, 'date-dash/unresolved-place');
});
