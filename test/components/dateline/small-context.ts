/** The dateline component over the small hand-made gazetteer and agency table of the unit tests. */
import { createDatelineComponent } from '../../../src/components/dateline/dateline-component.js';
import { parseAgencies } from '../../../src/components/dateline/agency-table.js';
import type { Document } from '../../../src/document/document.js';
import type { Dateline } from '../../../src/document/layers.js';
import { smallGazetteer } from '../../gazetteer/small-gazetteer.js';

export const AGENCIES_TSV = [
  'TASS\tRUS\tITAR-TASS',
  'Reuters\tGBR\tReuter',
  'AP\tUSA\tAssociated Press',
  'AFP\tFRA\tAgence France-Presse',
  'Xinhua\tCHN\t-',
  'UPI\tUSA\t-',
].join('\n');

const gazetteer = smallGazetteer();
const agencies = parseAgencies(AGENCIES_TSV, 'agencies.tsv');
const component = createDatelineComponent({ gazetteer: () => gazetteer, agencies: () => agencies });

export function documentOf(text: string, published: string | null): Document {
  return { meta: { id: 't', title: null, url: null, source: null, published, language: 'en', author: null }, text, layers: {} };
}

/** The dateline of `text`, as the component reads it. */
export function datelineOf(text: string, published: string | null = '2023-11-01'): Dateline | null {
  return component.run(documentOf(text, published));
}
