/**
 * The pipeline order, in one place. Each line says why it stands where it does.
 * Components are created here explicitly: nothing registers itself by being imported.
 */
import type { Component } from './component.js';
import { createSentenceComponent } from '../components/sentences/sentence-component.js';
import { createDatelineComponent } from '../components/dateline/dateline-component.js';
import { createTimeComponent } from '../components/times/time-component.js';
import { createQuoteComponent } from '../components/quotes/quote-component.js';
import { createEntityComponent } from '../components/entities/entity-component.js';
import { createEventComponent } from '../components/events/event-component.js';
import { createPlaceComponent } from '../components/places/place-component.js';

/** Every component in the order it runs. */
export function createPipeline(): readonly Component[] {
  return [
    // Sentences first: every later component works sentence by sentence.
    createSentenceComponent(),
    // The dateline early: it reads only the opening; entities take its agency as an organisation,
    // and the times layer resolves against its date.
    createDatelineComponent(),
    // Entities after the dateline: the name model reads sentence by sentence, and quotes
    // (speakers) and events (actors) resolve to its entities.
    createEntityComponent(),
    // Times after the dateline: its date is the reference that relative times resolve against.
    createTimeComponent(),
    // Places after entities (its candidates are their place-typed names) and the dateline (whose
    // country is evidence for which Paris is meant); before events, which take their place from it.
    createPlaceComponent(),
    // Quotes after sentences (reported speech is found sentence by sentence) and entities
    // (speakers and addressees resolve to them).
    createQuoteComponent(),
    // Events last: actors come from entities, dates from times, and acts inside direct quotes
    // are dropped, so it needs all three (and places, when that layer runs before it).
    createEventComponent(),
  ];
}
