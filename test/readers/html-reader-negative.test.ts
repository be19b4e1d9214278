// What the HTML reader must NOT take: boilerplate in the body, and metadata that only looks right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/readers/html-reader.js';
import { articleOf } from './collect.js';

const story = [
  'MARSHVILLE - The river crested at six metres on Sunday, the highest level in forty years, the water board said in a statement.',
  'Engineers worked through the night to raise the embankment near the old mill, and no homes in the lower town were flooded.',
  'The board said the level would fall slowly over the coming week if the forecast of dry weather held.',
];

function page(inside: string, head = ''): string {
  return `<!DOCTYPE html><html><head><title>River crests</title>${head}</head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>River crests</h1><p>${story[0]}</p>${inside}<p>${story[1]}</p><p>${story[2]}</p></article>
    <footer>Copyright Marsh Gazette</footer></body></html>`;
}

const BODY_CASES: [string, string, string][] = [
  ['a photo caption', '<figure><img src="a.jpg"><figcaption>The embankment at dawn. Photo: Ilse Varro</figcaption></figure>', 'Photo: Ilse Varro'],
  ['a caption outside a figure', '<div class="image-caption">Sandbags by the mill. Credit: Gazette</div>', 'Credit: Gazette'],
  ['a list of related stories', '<ul><li><a href="/a">Storm closes port for a week</a></li><li><a href="/b">Ferry crews strike over pay</a></li></ul>', 'Ferry crews strike'],
  ['a script', '<script>window.tracker = "do-not-read";</script>', 'do-not-read'],
  ['a style sheet', '<style>.story { color: red }</style>', 'color: red'],
];

for (const [what, inside, unwanted] of BODY_CASES) {
  test(`the body leaves out ${what}`, () => {
    const { text } = articleOf(readHtml(page(inside), 'p'));
    assert.ok(!text.includes(unwanted), text);
    assert.ok(text.includes(story[2]!.slice(0, 40)));
  });
}

test('the body leaves out navigation and the footer', () => {
  const { text } = articleOf(readHtml(page(''), 'p'));
  assert.ok(!text.includes('Home'));
  assert.ok(!text.includes('Copyright'));
});

test('a list of real points in the story (few links) is kept', () => {
  const list = '<ul><li>Three schools will stay closed on Monday.</li><li>The ferry to the islands runs as usual.</li></ul>';
  const { text } = articleOf(readHtml(page(list), 'p'));
  assert.ok(text.includes('Three schools will stay closed on Monday.'));
});

const META_CASES: [string, string, keyof ReturnType<typeof articleOf>][] = [
  ['an author that is a profile URL', '<meta property="article:author" content="https://social.example/gazette">', 'author'],
  ['a placeholder publication date', '<meta property="article:published_time" content="0001-01-01T00:00:00Z">', 'published'],
  ['a date that is not a date', '<meta name="date" content="today">', 'published'],
  ['a relative canonical url', '<link rel="canonical" href="/river">', 'url'],
  ['a language that is not a code', '<meta http-equiv="content-language" content="English please">', 'language'],
];

for (const [what, head, field] of META_CASES) {
  test(`metadata ignores ${what}`, () => {
    assert.equal(articleOf(readHtml(page('', head), 'p'))[field], null);
  });
}

test('JSON-LD that is not JSON is ignored, and the meta tags still count', () => {
  const head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="From meta">';
  assert.equal(articleOf(readHtml(page('', head), 'p')).title, 'From meta');
});

test('a JSON-LD WebPage yields to a NewsArticle, whatever their order', () => {
  const head = '<script type="application/ld+json">[{"@type":"WebPage","name":"Page name"},{"@type":["NewsArticle"],"headline":"Story headline"}]</script>';
  assert.equal(articleOf(readHtml(page('', head), 'p')).title, 'Story headline');
});

// Known misses, kept visible: hover cards nested inside a name link (a person's name followed by
// their latest headlines, hidden by the site's CSS) are read into the body, because no style
// sheet is applied when the page is parsed.
test.todo('the body leaves out hover cards hidden by CSS inside a name link');
