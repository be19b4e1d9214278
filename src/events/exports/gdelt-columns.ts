/**
 * The 61 columns of a GDELT 2.0 Events export file, in order, with the value type of each (the
 * GDELT 2.0 Event codebook's column labels). Files are tab-separated, UTF-8, no header, no quoting;
 * every column may be empty.
 */
export type GdeltType = 'INTEGER' | 'FLOAT' | 'STRING';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO: Array<[string, GdeltType]> = [['Type', 'INTEGER'], ['FullName', 'STRING'], ['CountryCode', 'STRING'], ['ADM1Code', 'STRING'], ['ADM2Code', 'STRING'], ['Lat', 'FLOAT'], ['Long', 'FLOAT'], ['FeatureID', 'STRING']];

export const GDELT_EVENT_COLUMNS: ReadonlyArray<readonly [string, GdeltType]> = [
  ['GLOBALEVENTID', 'INTEGER'], ['SQLDATE', 'INTEGER'], ['MonthYear', 'INTEGER'], ['Year', 'INTEGER'], ['FractionDate', 'FLOAT'],
  ...ACTOR.map((name) => [`Actor1${name}`, 'STRING'] as const),
  ...ACTOR.map((name) => [`Actor2${name}`, 'STRING'] as const),
  ['IsRootEvent', 'INTEGER'], ['EventCode', 'STRING'], ['EventBaseCode', 'STRING'], ['EventRootCode', 'STRING'],
  ['QuadClass', 'INTEGER'], ['GoldsteinScale', 'FLOAT'], ['NumMentions', 'INTEGER'], ['NumSources', 'INTEGER'],
  ['NumArticles', 'INTEGER'], ['AvgTone', 'FLOAT'],
  ...GEO.map(([name, type]) => [`Actor1Geo_${name}`, type] as const),
  ...GEO.map(([name, type]) => [`Actor2Geo_${name}`, type] as const),
  ...GEO.map(([name, type]) => [`ActionGeo_${name}`, type] as const),
  ['DATEADDED', 'INTEGER'], ['SOURCEURL', 'STRING'],
];

export const GDELT_COLUMN_NAMES: readonly string[] = GDELT_EVENT_COLUMNS.map(([name]) => name);
