/**
 * The shipped dictionary (data/events/news.dict) by CAMEO root: one table row per class of news
 * phrasing ([sentence, an event it must code as SOURCE>TARGET:CODE]), and phrasings that must not
 * code a given event (words of business, sport or name that look like a trigger, and acts that did
 * not happen). Fictional actors; the actor lexicon holds only them, so the dictionary's agents do
 * not join words to them here (the news component takes actors from the entities layer).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeNews as code } from './news-code.js';

const CODES: Array<[string, string]> = [
  // 01 statements
  ["Arnor acknowledged responsibility for the bombing.", 'ARN>-:015'],
  ["Arnor admitted its role in the incident.", 'ARN>-:015'],
  ["Arnor denied any involvement in the attack on Gondor.", 'ARN>-:016'],
  ["Arnor voiced scepticism about the plan.", 'ARN>-:012'],
  ["Arnor laid a wreath at the memorial.", 'ARN>-:017'],
  ["Arnor shares Gondor's concerns about the dam.", 'ARN>GON:019'],
  // 02 appeals
  ["Arnor pleaded with Gondor to spare the city.", 'ARN>GON:020'],
  ["Arnor called for the release of the Gondor sailors.", 'ARN>GON:0253'],
  ["Arnor urged restraint on Gondor.", 'ARN>GON:0256'],
  ["Arnor called for a ceasefire in Gondor.", 'ARN>-:0256'],
  ["Arnor called for an end to the fighting in Gondor.", 'ARN>GON:0256'],
  ["Arnor appealed for calm.", 'ARN>-:025'],
  ["Arnor's call for a ceasefire went unheeded.", 'ARN>-:0256'],
  ["Arnor renewed calls for the release of the Gondor sailors.", 'ARN>-:0253'],
  ["Arnor called on Gondor to show restraint.", 'ARN>GON:0256'],
  ["Arnor reiterated calls for an inquiry.", 'ARN>-:02'],
  ["Arnor called on Gondor to release the sailors.", 'ARN>GON:0253'],
  ["Arnor called for the lifting of sanctions on Gondor.", 'ARN>GON:0254'],
  ["Arnor called for dialogue with Gondor.", 'ARN>GON:026'],
  ["Arnor called for a peaceful settlement with Gondor.", 'ARN>GON:027'],
  ["Arnor called for the resignation of the Gondor president.", 'ARN>GON:0241'],
  ["Arnor asked Gondor for military aid.", 'ARN>GON:0232'],
  ["Arnor sought the extradition of the Gondor banker.", 'ARN>GON:0213'],
  ["Arnor appealed for military aid from Gondor.", 'ARN>GON:0232'],
  ["Arnor asked for military assistance.", 'ARN>-:0232'],
  // 03 intents
  ["Arnor offered humanitarian aid to Gondor.", 'ARN>GON:0333'],
  ["Arnor accepted an invitation from Gondor.", 'ARN>GON:036'],
  ["Arnor accepted mediation by Gondor.", 'ARN>GON:038'],
  ["Arnor offered mediation between Gondor and Rohan.", 'ARN>GON:039'],
  ["Arnor promised political reforms.", 'ARN>-:034'],
  // 04 consult
  ["Arnor conferred with Gondor on the crisis.", 'ARN>GON:040'],
  ["Arnor held a summit with Gondor.", 'ARN>GON:040'],
  ["Arnor and Gondor met in Minas on Monday.", 'ARN>GON:040'],
  ["Arnor spoke with Gondor by telephone.", 'ARN>GON:041'],
  ["Arnor telephoned Gondor on Sunday.", 'ARN>GON:041'],
  ["Arnor flew to Gondor on Tuesday.", 'ARN>GON:042'],
  ["Arnor's trip to Gondor ended early.", 'ARN>GON:042'],
  ["Arnor received a Gondor delegation.", 'ARN>GON:043'],
  ["Arnor welcomed a Gondor delegation.", 'ARN>GON:043'],
  ["Arnor brokered a truce between Gondor and Rohan.", 'ARN>GON:045'],
  ["Arnor and Gondor resumed negotiations.", 'ARN>GON:046'],
  // 05 diplomatic cooperation
  ["Arnor congratulated Gondor on the election.", 'ARN>GON:051'],
  ["Arnor expressed solidarity with Gondor.", 'ARN>GON:051'],
  ["Arnor reaffirmed its support for Gondor.", 'ARN>GON:051'],
  ["Arnor sided with Gondor in the dispute.", 'ARN>GON:051'],
  ["Arnor vouched for Gondor.", 'ARN>GON:052'],
  ["Arnor rallied support for Gondor.", 'ARN>GON:053'],
  ["Arnor mobilised international support for Gondor.", 'ARN>GON:053'],
  ["Arnor and Gondor struck a deal on fishing rights.", 'ARN>GON:057'],
  ["Arnor and Gondor agreed on a plan to share water.", 'ARN>GON:057'],
  ["Arnor ratified the treaty with Gondor.", 'ARN>GON:057'],
  ["Arnor inked a trade pact with Gondor.", 'ARN>GON:057'],
  ["Arnor apologised to Gondor.", 'ARN>GON:055'],
  // 06 material cooperation
  ["Arnor collaborated with Gondor on the project.", 'ARN>GON:060'],
  ["Arnor still maintains a transit of gas to Gondor.", 'ARN>GON:061'],
  ["Arnor maintains trade with Gondor.", 'ARN>GON:061'],
  ["Arnor and Gondor held joint military exercises.", 'ARN>GON:062'],
  ["Arnor conducted joint naval drills with Gondor.", 'ARN>GON:062'],
  ["Arnor handed over the suspects to Gondor.", 'ARN>GON:063'],
  ["Arnor cooperated with the Gondor investigation.", 'ARN>GON:063'],
  // 07 aid
  ["Arnor extended a loan to Gondor.", 'ARN>GON:071'],
  ["Arnor approved a bailout for Gondor.", 'ARN>GON:071'],
  ["Arnor sent military aid to Gondor.", 'ARN>GON:072'],
  ["Arnor sent humanitarian assistance to Gondor.", 'ARN>GON:073'],
  ["Arnor airdropped food to Gondor.", 'ARN>GON:073'],
  ["An aid convoy from Arnor reached Gondor.", 'ARN>-:073'],
  // 08 yield
  ["Arnor set the Gondor fishermen free.", 'ARN>GON:0841'],
  ["Arnor and Gondor carried out a prisoner exchange.", 'ARN>GON:0841'],
  ["Arnor returned the seized property to Gondor.", 'ARN>GON:0842'],
  ["Arnor unfroze Gondor's assets.", 'ARN>GON:085'],
  ["Arnor lifted the curfew in Gondor.", 'ARN>-:0813'],
  ["Arnor lifted the state of emergency in Gondor.", 'ARN>-:0814'],
  ["Arnor allowed aid into Gondor.", 'ARN>GON:0863'],
  ["Arnor accepted peacekeepers from Gondor.", 'ARN>GON:0861'],
  ["Arnor pulled its troops out of Gondor.", 'ARN>GON:0874'],
  ["Arnor halted its offensive against Gondor.", 'ARN>GON:087'],
  ["Arnor backed down.", 'ARN>-:080'],
  ["Arnor dropped its objections to the Gondor plan.", 'ARN>GON:080'],
  ["The Arnor rebels handed in their weapons.", 'ARN>-:0873'],
  // 09 investigate
  ["Arnor ordered an investigation into the Gondor shooting.", 'ARN>GON:090'],
  ["Arnor investigated Gondor for corruption.", 'ARN>GON:091'],
  // 10 demand
  ["Arnor demanded the release of the Gondor hostages.", 'ARN>GON:1053'],
  ["Arnor demanded the resignation of the Gondor president.", 'ARN>GON:1041'],
  ["Arnor demanded an end to the Gondor offensive.", 'ARN>GON:1056'],
  ["Arnor ordered Gondor to leave the island.", 'ARN>GON:100'],
  ["Arnor pressed Gondor to open its borders.", 'ARN>GON:100'],
  // 11 disapprove
  ["Arnor decried Gondor's decision.", 'ARN>GON:111'],
  ["Arnor lambasted Gondor.", 'ARN>GON:111'],
  ["Arnor faulted Gondor for the delays.", 'ARN>GON:111'],
  ["Arnor hit out at Gondor.", 'ARN>GON:111'],
  ["Arnor expressed outrage at Gondor.", 'ARN>GON:111'],
  ["Arnor accused Gondor of war crimes.", 'ARN>GON:1124'],
  ["Arnor accused Gondor of spying.", 'ARN>GON:1125'],
  ["Arnor accused Gondor of aggression.", 'ARN>GON:1123'],
  ["Arnor took Gondor to court.", 'ARN>GON:115'],
  // 12 reject
  ["Arnor voted against the Gondor resolution.", 'ARN>GON:120'],
  ["Arnor snubbed Gondor.", 'ARN>GON:120'],
  ["Arnor ruled out talks with Gondor.", 'ARN>GON:125'],
  ["Arnor withdrew from the treaty with Gondor.", 'ARN>GON:127'],
  ["Arnor pulled out of the deal with Gondor.", 'ARN>GON:127'],
  ["Arnor rejected mediation by Gondor.", 'ARN>GON:126'],
  ["Arnor breached the agreement with Gondor.", 'ARN>GON:128'],
  // 13 threaten
  ["Arnor vowed revenge against Gondor.", 'ARN>GON:138'],
  ["Arnor threatened military action against Gondor.", 'ARN>GON:138'],
  ["Arnor threatened to cut aid to Gondor.", 'ARN>GON:1311'],
  ["Arnor threatened to sever ties with Gondor.", 'ARN>GON:1313'],
  ["Arnor threatened to pull out of talks with Gondor.", 'ARN>GON:134'],
  ["Arnor issued an ultimatum to Gondor.", 'ARN>GON:139'],
  // 14 protest
  ["Arnor students took to the streets.", 'ARN>-:141'],
  ["Arnor activists held a rally against Gondor.", 'ARN>GON:141'],
  ["Arnor workers staged a walkout.", 'ARN>-:143'],
  ["Arnor workers began a nationwide strike.", 'ARN>-:143'],
  ["Arnor prisoners went on a hunger strike.", 'ARN>-:142'],
  // 15 force posture
  ["Arnor deployed warships to the Gondor coast.", 'ARN>GON:154'],
  ["Arnor test-fired a ballistic missile.", 'ARN>-:150'],
  ["Arnor stepped up security in Gondor.", 'ARN>GON:153'],
  ["Arnor conducted military exercises near Gondor.", 'ARN>GON:150'],
  // 16 reduce relations
  ["Arnor expelled two Gondor diplomats.", 'ARN>GON:161'],
  ["Arnor declared the Gondor envoy persona non grata.", 'ARN>GON:161'],
  ["Arnor closed its embassy in Gondor.", 'ARN>GON:161'],
  ["Arnor imposed new sanctions on Gondor.", 'ARN>GON:163'],
  ["Arnor froze the assets of Gondor.", 'ARN>GON:163'],
  ["Arnor banned imports from Gondor.", 'ARN>GON:163'],
  ["Arnor walked away from talks with Gondor.", 'ARN>GON:164'],
  // 17 coerce
  ["Arnor imprisoned Gondor dissidents.", 'ARN>GON:173'],
  ["Arnor indicted the Gondor general.", 'ARN>GON:173'],
  ["Arnor rounded up Gondor activists.", 'ARN>GON:173'],
  ["Arnor placed the Gondor leader under house arrest.", 'ARN>GON:173'],
  ["Arnor demolished Gondor homes.", 'ARN>GON:1712'],
  ["Arnor shut down Gondor newspapers.", 'ARN>GON:1721'],
  ["Arnor declared martial law in Gondor.", 'ARN>GON:1724'],
  ["Arnor police dispersed the protesters with tear gas.", 'ARN>-:175'],
  ["Arnor hacked into Gondor computers.", 'ARN>GON:176'],
  // 18 assault
  ["Arnor took 40 Gondor sailors hostage.", 'ARN>GON:181'],
  ["Arnor murdered the Gondor consul.", 'ARN>GON:1823'],
  ["A roadside bombing by Arnor hit the town.", 'ARN>-:1833'],
  ["Arnor survived an assassination attempt by Gondor.", 'GON>-:185'],
  // 19 fight
  ["Arnor gunned down Gondor villagers.", 'ARN>GON:193'],
  ["Arnor launched a wave of airstrikes on Gondor.", 'ARN>GON:195'],
  ["Arnor carried out drone strikes against Gondor.", 'ARN>GON:1952'],
  ["Arnor fired on Gondor positions.", 'ARN>GON:190'],
  ["Arnor annexed Gondor.", 'ARN>GON:192'],
  ["Heavy fighting between Arnor and Gondor continued.", 'ARN>GON:190'],
  ["Arnor reported a ceasefire violation by Gondor.", 'GON>-:196'],
  ["Arnor waged war on Gondor.", 'ARN>GON:190'],
  // 20 mass violence
  ["Arnor used chemical weapons against Gondor.", 'ARN>GON:2041'],
  ["Arnor carried out mass executions in Gondor.", 'ARN>GON:202'],
];

for (const [text, expected] of CODES) {
  test(`"${text}" codes ${expected}`, () => assert.ok(code(text).includes(expected), `got ${JSON.stringify(code(text))}`));
}

/** [sentence, an event code it must not produce, what it codes instead (or [] for nothing)]. */
const NOT: Array<[string, string, string[]]> = [
  ['Arnor shares fell on concerns about Gondor.', '019', []],
  ['Arnor held the vote in March.', '141', []],
  ['Arnor figures were rounded up to the nearest million.', '173', []],
  ['Arnor received a pardon from the Gondor president.', '043', []],
  ['Arnor threatened to force Gondor out of the market.', '138', ['ARN>GON:130']],
  ['Arnor struck a deal with Gondor.', '190', ['ARN>GON:057']],
  ['Arnor lifted its sanctions on Gondor.', '081', ['ARN>GON:085']],
  ['Arnor accused Gondor of attacking its border posts.', '190', ['ARN>GON:1123']],
  ['Arnor demanded a halt to the shelling of Gondor.', '087', ['ARN>GON:1056']],
  ['Arnor did not pull its troops out of Gondor.', '0874', ['ARN>GON:1246']],
  ['Arnor will impose new sanctions on Gondor.', '163', ['ARN>GON:1312']],
  ['Arnor could launch airstrikes on Gondor.', '195', ['ARN>GON:1384']],
  ['Arnor refused to hold talks with Gondor.', '040', ['ARN>GON:120']],
  ['Arnor demolished Gondor in the final.', '1712', []],
  ['The Arnor striker was ruled out of the Gondor match.', '120', []],
  ['Arnor conducted crisis drills.', '150', []],
  ['Arnor snubs pile up.', '120', []],
  ['Arnor said its proposed equity offering would raise money.', '030', ['ARN>-:010']],
  ['Arnor launched a tender offer for Gondor.', '030', []],
  ['Gondor rejects calls for a ceasefire.', '0256', ['GON>-:120']],
];

for (const [text, unwanted, instead] of NOT) {
  test(`"${text}" does not code ${unwanted}`, () => {
    const got = code(text);
    assert.ok(!got.some((event) => event.endsWith(`:${unwanted}`)), `got ${JSON.stringify(got)}`);
    assert.deepEqual(got, instead);
  });
}
