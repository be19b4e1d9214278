import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timesIn } from './time-helpers.js';

// The reference date is Wednesday 1 November 2023 throughout.
// [sentence, expected text, expected TIMEX3 type, expected value]
const CASES: [string, string, string, string][] = [
  ['Israel said on Tuesday it had struck the camp.', 'Tuesday', 'DATE', '2023-10-31'],
  ['The minister told reporters on Wednesday that talks had stalled.', 'Wednesday', 'DATE', '2023-11-01'],
  ['The delegation will arrive on Friday for two days of talks.', 'Friday', 'DATE', '2023-11-03'],
  ['Leaders met last Friday in Cairo.', 'last Friday', 'DATE', '2023-10-27'],
  ['The summit opens next Monday in Geneva.', 'next Monday', 'DATE', '2023-11-06'],
  ['Shelling resumed yesterday along the border.', 'yesterday', 'DATE', '2023-10-31'],
  ['The vote takes place tomorrow.', 'tomorrow', 'DATE', '2023-11-02'],
  ['Rockets were fired overnight, the army said.', 'overnight', 'TIME', '2023-11-01TNI'],
  ['Parliament met this morning in emergency session.', 'this morning', 'TIME', '2023-11-01TMO'],
  ['Hamas attacked Israel on October 7, killing hundreds.', 'October 7', 'DATE', '2023-10-07'],
  ['The accord was signed on 12 March 2021 in Doha.', '12 March 2021', 'DATE', '2021-03-12'],
  ['The ceasefire of Nov. 24, 2023 is holding.', 'Nov. 24, 2023', 'DATE', '2023-11-24'],
  ['Elections are due in March 2024.', 'March 2024', 'DATE', '2024-03'],
  ['The report was published 2023-10-30 by the agency.', '2023-10-30', 'DATE', '2023-10-30'],
  ['Exports fell last month, the ministry said.', 'last month', 'DATE', '2023-10'],
  ['Inflation eased last week, data showed.', 'last week', 'DATE', '2023-W43'],
  ['The bank expects growth to pick up next year.', 'next year', 'DATE', '2024'],
  ['Prices rose sharply this year.', 'this year', 'DATE', '2023'],
  ['The plant closed two years ago.', 'two years ago', 'DATE', '2021'],
  ['The talks collapsed three days ago.', 'three days ago', 'DATE', '2023-10-29'],
  ['The strike has lasted three years.', 'three years', 'DURATION', 'P3Y'],
  ['He was detained for two weeks without charge.', 'two weeks', 'DURATION', 'P2W'],
  ['Troops were deployed for 48 hours.', '48 hours', 'DURATION', 'PT48H'],
  ['She signed a five-year contract.', 'five-year', 'DURATION', 'P5Y'],
  ['Guards patrol the border every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
  ['The newspaper is published weekly.', 'weekly', 'SET', 'P1W'],
  ['Growth was strongest in the 1990s.', 'the 1990s', 'DATE', '199'],
  ['Protests began in the summer of 2020.', 'summer of 2020', 'DATE', '2020-SU'],
  ['The company has grown since 2014.', '2014', 'DATE', '2014'],
  ['Output fell earlier this month.', 'earlier this month', 'DATE', '2023-11'],
  ['Reserves will be rebuilt by the end of the year.', 'the end of the year', 'DATE', '2023'],
  ['The hearing starts at 14:00 in the capital.', '14:00', 'TIME', '2023-11-01T14:00'],
  ['The blast happened at 3 p.m. near the market.', '3 p.m.', 'TIME', '2023-11-01T15:00'],
  ['Profit rose in the third quarter.', 'the third quarter', 'DATE', '2023-Q3'],
  ['Tourism collapsed in the fourth quarter of 2020.', 'the fourth quarter of 2020', 'DATE', '2020-Q4'],
  ['The embassy is closed on Christmas Day.', 'Christmas Day', 'DATE', '2023-12-25'],
  ['The index is now higher than in 2019.', 'now', 'DATE', 'PRESENT_REF'],
  ['Fighting intensified in mid-November.', 'mid-November', 'DATE', '2023-11'],
  ['The inquiry will report in August.', 'August', 'DATE', '2024-08'],
  ['The inquiry reported in August.', 'August', 'DATE', '2023-08'],
  ['Talks are planned in December, officials said.', 'December', 'DATE', '2023-12'],
  ['Trade fell 3% a year earlier, the agency said.', 'a year earlier', 'DATE', '2022'],
  ['Fuel costs $5 a day in the city.', 'a day', 'SET', 'P1D'],
  ['The president will address the nation tonight.', 'tonight', 'DATE', '2023-11-01'],
  ['The minister resigned on Wednesday; his deputy had quit the day before.', 'the day before', 'DATE', '2023-10-31'],
  ['The offensive began in the spring, officials said.', 'spring', 'DATE', '2023-SP'],
  ['The rebels were routed last fall.', 'last fall', 'DATE', '2022-FA'],
  ['The bombing happened in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
  ['Revenue for the year ended June 30 rose 5%.', 'the year', 'DURATION', 'P1Y'],
  ['Sales rose in recent years, the report said.', 'recent years', 'DATE', 'PAST_REF'],
  ['Output fell 2% from the year-earlier level.', 'year-earlier', 'DATE', '2022'],
  ['Voters go to the polls on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '2023-11-23'],
  ['The summit will be held on December 4 and 5.', '5', 'DATE', '2023-12-05'],
  ['The convoy will leave at 4 in the morning.', '4 in the morning', 'TIME', '2023-11-01T04:00'],
  ['A 1996 law tightened the embargo.', '1996', 'DATE', '1996'],
  // "effective" looks forward: the date a rule takes effect is ahead of the story.
  ['The bank said the new rate is effective Feb. 1.', 'Feb. 1', 'DATE', '2024-02-01'],
  // TimeML dates the end of a year as its last day; "since year-end" is the last one passed.
  ['The deal should close by year-end, the company said.', 'year-end', 'DATE', '2023-12-31'],
  ['The index is up 8% since year-end.', 'year-end', 'DATE', '2022-12-31'],
  // A whole number and a half: the half in the next smaller unit.
  ['Refugees lived in the camps for 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['She spent about 5 1/2 hours in Nairobi.', 'about 5 1/2 hours', 'DURATION', 'PT5H30M'],
  // Times that point back at the last date the story gave, not at the story's own date.
  ['On May 22, 1995, he was made a general, and the following year he was posted to Washington.', 'the following year', 'DATE', '1996'],
  ['She fled to Florida in June 1998 and returned later that year.', 'later that year', 'DATE', '1998'],
  ['The board met in March 2019. The following month, the company put itself up for sale.', 'The following month', 'DATE', '2019-04'],
  ['Imports reached $1.5 billion that year, an aide said.', 'that year', 'DATE', '2023'],
  // "one day" after a modal is some future day.
  ['Islam will one day be the second largest religion in the country.', 'one day', 'DATE', 'FUTURE_REF'],
  // A length counted from an event ("three days later") is the length alone.
  ['Three days later, the index was down 3.8%.', 'Three days', 'DURATION', 'P3D'],
  ['The banks must wait 30 days before closing the purchase.', '30 days', 'DURATION', 'P30D'],
  ['A day earlier, scores of trucks had crossed the border.', 'A day', 'DURATION', 'P1D'],
  // In an earnings story only "a year ago" means the same quarter a year back; five years is a year.
  ['Third-quarter profit rose; the unit was sold five years ago.', 'five years ago', 'DATE', '2018'],
  ['Third-quarter profit rose from $5 million a year ago.', 'a year ago', 'DATE', '2022-Q3'],
  // "a quarter-century" is a length: it does not make the story an earnings report.
  ['Wages rose 3.8% from a year earlier, the most in a quarter-century.', 'a year earlier', 'DATE', '2022'],
  // "deadline" and "later" are no tense cues: a deadline or a "later" is as often past as ahead.
  ['Holders tendered 99% of the shares by the Tuesday deadline.', 'Tuesday', 'DATE', '2023-10-31'],
  ['Three days later, on Tuesday, the index fell.', 'Tuesday', 'DATE', '2023-10-31'],
  // A weekday's evening or afternoon is a TIME, as TimeML writes it; its night stays the day.
  ['The ministers met Friday evening in Rome.', 'Friday evening', 'TIME', '2023-10-27TEV'],
  ['The ministers met Monday afternoon in Rome.', 'Monday afternoon', 'TIME', '2023-10-30TAF'],
  ['Crowds rallied Friday night in the capital.', 'Friday night', 'DATE', '2023-10-27'],
  // "as early as" looks forward; a plan told in the past perfect lies behind the story.
  ['The father could come to Washington as early as Tuesday.', 'Tuesday', 'DATE', '2023-11-07'],
  ['The offer had been scheduled to expire Friday.', 'Friday', 'DATE', '2023-10-27'],
  ['Protesters planned a rally on Saturday and were planning to block the airport.', 'Saturday', 'DATE', '2023-11-04'],
  // A count before "more", "additional" or "straight" is the length; "a couple of" is two.
  ['The boy will stay for two more weeks.', 'two more weeks', 'DURATION', 'P2W'],
  ['The loan may be extended for an additional year.', 'an additional year', 'DURATION', 'P1Y'],
  ['Profits fell for three straight years.', 'three straight years', 'DURATION', 'P3Y'],
  ['The mood will stay gloomy for a couple of years.', 'a couple of years', 'DURATION', 'P2Y'],
  ['But a minute and a half later, a pilot called in.', 'a minute and a half', 'DURATION', 'PT1M30S'],
  ['The talks dragged on for a year and a half.', 'a year and a half', 'DURATION', 'P1Y6M'],
  ['Then, a week or so ago, the general picked a date.', 'a week or so ago', 'DATE', '2023-W43'],
  // A month after "each" or "every" recurs.
  ['Orangemen march each July through the town.', 'each July', 'SET', 'XXXX-07'],
  // "this past spring", "the current quarter", "the last half of 1989", spelled decades.
  ['The unit was scrapped this past spring.', 'this past spring', 'DATE', '2023-SP'],
  ['Most business comes in the current quarter.', 'current quarter', 'DATE', '2023-Q4'],
  ['Earnings will be lower for the last half of 1989.', 'the last half of 1989', 'DATE', '1989-H2'],
  ['Hate groups dwindled through the nineties.', 'the nineties', 'DATE', '199'],
  ['Oil fell to the level of the winter of nineteen ninety-four.', 'winter of nineteen ninety-four', 'DATE', '1994-WI'],
  // "year's end" and "year end" are said like "the end of the year": the year itself.
  ['Rules should be in place by year\'s end.', 'year\'s end', 'DATE', '2023'],
  ['The plan cuts 6,000 jobs by year end.', 'year end', 'DATE', '2023'],
  // "last Oct. 23" is that day; "the week of March 6" the week that holds it.
  ['He was shot to death last Oct. 23 at his home.', 'last Oct. 23', 'DATE', '2023-10-23'],
  ['A court hearing will be held the week of March 6.', 'the week of March 6', 'DATE', '2024-W10'],
  // A participle after "be" has no tense of its own: "will" decides.
  ['The election will be held on March 6.', 'March 6', 'DATE', '2024-03-06'],
  // "it's the second day of ...": the day the story is told.
  ["It's the second day of an offensive by the security forces.", 'the second day', 'DATE', '2023-11-01'],
  // A part of the day with the day named after it.
  ['In London at mid-afternoon yesterday, the shares were up.', 'mid-afternoon yesterday', 'TIME', '2023-10-31TAF'],
];

for (const [sentence, text, type, value] of CASES) {
  test(`times: "${text}" in "${sentence}"`, () => {
    const found = timesIn(sentence);
    const hit = found.find((t) => t.text === text);
    assert.ok(hit, `expected "${text}", found ${JSON.stringify(found.map((t) => t.text))}`);
    assert.equal(hit.start, sentence.indexOf(text));
    assert.equal(hit.end, sentence.indexOf(text) + text.length);
    assert.equal(hit.type, type);
    assert.equal(hit.value, value);
    assert.equal(hit.by, 'times.v2');
    assert.ok(hit.rule);
  });
}

test('times: a range gives both ends, the second in the same year', () => {
  const found = timesIn('Fighting raged from March to May, the report said.');
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['March', '2023-03'], ['May', '2023-05']]);
});

test('times: the dateline date wins over the publication date', () => {
  const [hit] = timesIn('The minister spoke on Monday.', '2023-11-05', '2023-11-01');
  assert.equal(hit?.value, '2023-10-30');
});

test('times: a publication date-time is read for its date', () => {
  const [hit] = timesIn('The minister spoke yesterday.', '2023-11-01T23:30:00Z');
  assert.equal(hit?.value, '2023-10-31');
});

test('times: without any reference date, relative times stay unresolved', () => {
  const found = timesIn('Hamas attacked on October 7 and talks resumed yesterday; he left on Friday.', null);
  assert.deepEqual(found.map((t) => [t.text, t.value]), [['October 7', 'XXXX-10-07'], ['yesterday', 'PAST_REF'], ['Friday', 'XXXX-WXX-5']]);
});

test('times: a weekday and its date make one expression', () => {
  const text = 'The deal was signed on Friday, Oct. 13, 2023.';
  const found = timesIn(text);
  assert.deepEqual(found.map((t) => [t.text, t.value, t.start]), [['Friday, Oct. 13, 2023', '2023-10-13', text.indexOf('Friday')]]);
});

test('times: a clock time takes the day named beside it', () => {
  const found = timesIn('The blast happened at 10:35 a.m. Friday.');
  assert.deepEqual(found.map((t) => [t.text, t.type, t.value]), [['10:35 a.m. Friday', 'TIME', '2023-10-27T10:35']]);
});

test.todo('times: spelled-out years ("nineteen ninety-six") are read');
test.todo('times: "the year" as the story year or a one-year length');
test.todo('times: "the day after his death" anchored to the event, not the story date');
