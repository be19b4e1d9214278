/**
 * Fictional wire stories for the queue tests and benchmark: invented cities, people and agencies,
 * each story with a dateline, events, a quote and dates, so that every layer has work to do.
 * Sentences are drawn from word pools by a seeded generator, so stories differ as real ones do
 * (the store's near-duplicate grouping sees distinct texts, not 2,000 copies of one template).
 * `paragraphs` sets the length (1: a cheap ~250-character story; 4–6: a typical wire story).
 *
 * @example wireStories(2000, { paragraphs: () => 1 }) // 2,000 distinct articles, the same each run
 */
import type { Article } from '../../src/document/document.js';

const CITIES = ['Varnok', 'Lindgrad', 'Osterholm', 'Kettering Bay', 'Sarn', 'Port Mirren', 'Valmora', 'Talsk', 'Dunmere', 'Orvik', 'Castel Rhun', 'Bressa'];
const PEOPLE = ['Minister Elsa Varga', 'General Tomas Rell', 'President Ana Kordel', 'Mayor Ivo Senn', 'Envoy Mira Dahl',
  'Prime Minister Jon Halvard', 'Senator Rosa Imbert', 'Commander Piet Ostrander', 'Judge Lena Farrow', 'Governor Abel Marsh'];
const GROUPS = ['the farmers union', 'the port authority', 'rebel commanders', 'opposition lawmakers', 'the central bank',
  'aid agencies', 'the border police', 'striking miners', 'the election board', 'church leaders'];
const ACTS = ['met', 'accused', 'signed an accord with', 'called for talks with', 'sent aid to', 'threatened sanctions against',
  'praised', 'criticised', 'rejected an offer from', 'agreed to mediate between rival factions in'];
const TOPICS = ['river tolls', 'grain exports', 'a disputed border', 'fishing rights', 'a rail link', 'fuel prices',
  'a prisoner exchange', 'flood relief', 'mining licences', 'a ceasefire', 'water sharing', 'a new constitution'];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'late on Sunday', 'earlier this month'];
const SAYS = ['said', 'told reporters', 'said in a statement', 'told state radio', 'wrote on social media'];
const QUOTES = ['We will not accept any delay', 'This is a step toward peace', 'Our patience has limits',
  'The talks were frank and useful', 'Nobody wants another winter like the last', 'We expect an answer within days',
  'The region cannot afford more uncertainty', 'Every family deserves clean water'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** mulberry32: a small seeded generator, so every run makes the same stories. */
function generator(seed: number): <T>(list: readonly T[]) => T {
  let state = seed >>> 0;
  return (list) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    return list[Math.floor(r * list.length)]!;
  };
}

function paragraph(pick: ReturnType<typeof generator>): string {
  const speaker = pick(PEOPLE);
  return `${pick(PEOPLE)} ${pick(ACTS)} ${pick(GROUPS)} from ${pick(CITIES)} over ${pick(TOPICS)} ${pick(DAYS)}, `
    + `as ${pick(GROUPS)} weighed ${pick(TOPICS)}. "${pick(QUOTES)}," ${speaker.split(' ').slice(-2).join(' ')} ${pick(SAYS)}.`;
}

export function wireStory(i: number, paragraphs: number): Article {
  const pick = generator(i + 1);
  const city = pick(CITIES);
  const month = i % 12;
  const day = 1 + (i % 28);
  const body = Array.from({ length: paragraphs }, () => paragraph(pick)).join('\n\n');
  const agency = pick(AGENCIES);
  return {
    id: `wire-${i}`,
    text: `${city.toUpperCase()}, ${MONTHS[month]} ${day} (${agency}) - ${body}`,
    title: `${city} talks on ${pick(TOPICS)}, report ${i}`,
    url: null, source: agency, language: 'en', author: null,
    published: `2024-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

export function wireStories(count: number, options: { paragraphs: (i: number) => number }): Article[] {
  return Array.from({ length: count }, (_, i) => wireStory(i, options.paragraphs(i)));
}

export function toJsonl(articles: readonly Article[]): string {
  return `${articles.map((article) => JSON.stringify(article)).join('\n')}\n`;
}
