import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDatelineComponent } from '../../../src/components/dateline/dateline-component.js';
import { parseAgencies } from '../../../src/components/dateline/agency-table.js';
import { smallGazetteer } from '../../gazetteer/small-gazetteer.js';
import { AGENCIES_TSV, documentOf } from './small-context.js';

function countingComponent() {
  let loads = 0;
  const gazetteer = smallGazetteer();
  const agencies = parseAgencies(AGENCIES_TSV, 'agencies.tsv');
  const component = createDatelineComponent({ gazetteer: () => { loads++; return gazetteer; }, agencies: () => agencies });
  return { component, loads: () => loads };
}

test('the component declares the dateline layer and reads no other', () => {
  const { component } = countingComponent();
  assert.equal(component.name, 'dateline');
  assert.equal(component.version, 'v1');
  assert.equal(component.produces, 'dateline');
  assert.deepEqual(component.reads, []);
});

test('the gazetteer is not asked for when no opening looks like a dateline', () => {
  const { component, loads } = countingComponent();
  assert.equal(component.run(documentOf('Chinese Foreign Minister Wang Yi said on Wednesday.', '2023-11-01')), null);
  assert.equal(loads(), 0);
  assert.equal(component.run(documentOf('BEIJING, November 1. /TASS/. Text', '2023-11-01'))?.place?.country, 'CHN');
  assert.ok(loads() > 0);
});

test('the span is a view into the document text', () => {
  const { component } = countingComponent();
  const text = 'GAZA CITY, Oct 7 (Reuters) - Hamas fighters';
  const dateline = component.run(documentOf(text, '2023-10-07'));
  assert.ok(dateline);
  assert.equal(text.slice(dateline.start, dateline.end), dateline.text);
  assert.equal(dateline.by, 'dateline.v1');
});
