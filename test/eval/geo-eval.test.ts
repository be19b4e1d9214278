import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addArticle, distanceKm, emptyGeoCounts, summarise } from '../../src/eval/geo-score.js';
import { readGeoVirus } from '../../src/eval/geovirus-reader.js';
import { readLgl } from '../../src/eval/lgl-reader.js';

test('great-circle distances: one degree of latitude is about 111 km', () => {
  assert.ok(Math.abs(distanceKm(0, 0, 1, 0) - 111.2) < 0.5);
  assert.equal(distanceKm(31.78, 35.22, 31.78, 35.22), 0);
});

test('toponyms match by overlap, once each; resolution counts only matched toponyms with gold coordinates', () => {
  const counts = emptyGeoCounts();
  const gold = [
    { start: 0, end: 5, text: 'Pandi', lat: 14.87, lon: 120.95 },
    { start: 10, end: 17, text: 'Bulacan', lat: 15.0, lon: 121.08 },
    { start: 30, end: 40, text: 'Main Stret', lat: null, lon: null },
    { start: 50, end: 55, text: 'Xanas', lat: 1, lon: 1 },
  ];
  const predicted = [
    { start: 0, end: 5, lat: 14.9, lon: 120.9 },
    { start: 12, end: 17, lat: 40, lon: -75 },
    { start: 30, end: 34, lat: null, lon: null },
    { start: 60, end: 64, lat: 0, lon: 0 },
  ];
  const missed: string[] = [];
  addArticle(counts, gold, predicted, (toponym) => missed.push(toponym.text));
  assert.deepEqual([counts.gold, counts.predicted, counts.matched, counts.resolvable, counts.unplaced], [4, 4, 3, 2, 0]);
  const summary = summarise(counts);
  assert.equal(summary.precision, 0.75);
  assert.equal(summary.recall, 0.75);
  assert.equal(summary.accuracy161, 0.5);
  assert.deepEqual(missed, ['Bulacan']);
});

test('LGL: articles, offsets into the CDATA text, and toponyms without a gazetteer entry', () => {
  const xml = `<?xml version="1.0"?>
<articles>
  <article docid="7">
    <dltime>2009-03-20 12:24:52-05</dltime>
    <text><![CDATA[Zorb & Quill met in Farlow, Tex.]]></text>
    <toponyms>
      <toponym><start>20</start><end>26</end><phrase>Farlow</phrase>
        <gaztag geonameid="1"><name>Farlow</name><lat>31.5</lat><lon>-97.1</lon></gaztag></toponym>
      <toponym><start>28</start><end>32</end><phrase>Tex.</phrase></toponym>
    </toponyms>
  </article>
</articles>`;
  const [article] = readLgl(xml);
  assert.equal(article?.id, '7');
  assert.equal(article?.published, '2009-03-20');
  assert.deepEqual(article?.toponyms, [
    { start: 20, end: 26, text: 'Farlow', lat: 31.5, lon: -97.1 },
    { start: 28, end: 32, text: 'Tex.', lat: null, lon: null },
  ]);
});

test('GeoVirus: escaped text, commented-out locations skipped, offsets one off realigned on the name', () => {
  const xml = `<articles>
    <article>
        <source>https://example.org/wiki/Fictional_outbreak</source>
        <text>Cases in Farlow &amp; Quill rose.</text>
        <locations>
            <location><name>Farlow</name><start>10</start><end>16</end><lat>31.5</lat><lon>-97.1</lon><page>x</page></location>
            <!--<location><name>Quill</name><start>19</start><end>24</end></location>-->
        </locations>
    </article>
</articles>`;
  const [article] = readGeoVirus(xml);
  assert.equal(article?.text, 'Cases in Farlow & Quill rose.');
  assert.deepEqual(article?.toponyms, [{ start: 9, end: 15, text: 'Farlow', lat: 31.5, lon: -97.1 }]);
});
