/**
 * Whether the text uses a name as local news uses a town's: "a Palestine man", "Lebanon police",
 * "Terry Jolly, 60, Lebanon," or "400 S. Locust St., Lebanon". News writes a country's people and
 * police with its demonym ("a Lebanese woman", "Lebanese police") and never gives a country as a
 * person's home after their age or as the end of a street address; so a country's name written this
 * way is a town of that name (the evidence refiner then drops the country reading).
 *
 * @example isTownUse('A 54-year-old Palestine man was sentenced.', 16, 25) // => true
 */

// Right after the name: the people and local services a town has.
const AFTER = /^ (?:man|woman|men|women|boy|girl|teen|teenager|couple|resident|residents|native|police|Police|City Council|city council|Fire Department|fire department|Independent School District|school district|School District|mayor|Mayor)\b/u;
// Right before the name: a person's age ("Joyce Glover, 22, Palestine"; "Gary Wilson, 54, of Palestine") or a street address.
const BEFORE = /(?:\p{Ll}, \d{1,3}, (?:of )?|\b\d+ (?:[NSEW]\. )?\p{Lu}\p{Ll}+ (?:St|Ave|Blvd|Rd|Dr|Ln)\., )$/u;
const LOOK = 40;

export function isTownUse(text: string, start: number, end: number): boolean {
  return AFTER.test(text.slice(end, end + LOOK)) || BEFORE.test(text.slice(Math.max(0, start - LOOK), start));
}
