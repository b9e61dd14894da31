/**
 * An Arabic news editor's review of both editions' copy (issue 23): the wordings flagged are gone.
 * Absence, not the new words: a translator may reword, so long as the flagged mistake does not
 * come back. What the build writes around the copy (dates, byline, credits) is checked on the view.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseStoryData, parseWords, toView } from '$lib/server/story';
import { mergeEdition } from '$lib/data/edition';
import { dateFormats } from '$lib/i18n/intl';
import { plainText } from '$lib/text/markup';
import type { StoryView } from '$lib/types';
import { localeText, storyText } from '../helpers/story-file';

const files = { ar: parse(localeText('ar')), en: parse(localeText('en')) };

/** Every string at a key path ("steps.range.text", "embed_code", "*" for the whole file), spaces collapsed. */
function at(lang: 'ar' | 'en', key: string): string {
  let v: unknown = files[lang];
  if (key !== '*') for (const k of key.split('.')) v = (v as Record<string, unknown>)?.[k];
  const strings = (x: unknown): string[] => (typeof x === 'string' ? [x] : x && typeof x === 'object' ? Object.values(x).flatMap(strings) : []);
  return strings(v).join('\n').replace(/\s+/g, ' ');
}

/** [key, flagged wording, why]: each must be absent from that key. */
const FLAGGED: Record<'ar' | 'en', [string, string, string][]> = {
  ar: [
    ['steps.range.text', 'المقابلة من البحر الأحمر حتى إريتريا والسعودية', 'Saudi Arabia is on the same shore as Hodeidah, not across'],
    ['steps.range.text', 'وأن تبلغ جنوباً مضيق باب المندب', 'narrows "south through" to "reach"'],
    ['steps.report.text', 'مصادر مطّلعة على المحادثات', '"familiar with", not "involved in"'],
    ['steps.attacks', '{attacks_since}', 'the exact day attributed to Reuters, who gave the month'],
    ['scenes.attacks.count_what', '{attacks_since}', 'the same, in the graphic'],
    ['steps.attacks', 'نوفمبر ٢٠٢٣', 'a typed date'],
    ['meta.dek', 'يحلّق فوق الأمواج', 'drops "low" (sea-skimming)'],
    ['scenes.weapon.warning', '} ث ', 'seconds abbreviated where the build can write the word'],
    ['*', 'جماعة الحوثي', 'the rest says الحوثيون'],
    ['*', 'القصة', 'calque of "story"'],
    ['steps.stakes.kicker', 'لماذا يهمّ ذلك', 'calque of "why it matters"'],
    ['steps.skim.text', 'تقريباً لا أكثر', 'translationese'],
    ['steps.skim.text', 'في اقترابه الأخير', 'calque of "final approach"'],
    ['steps.speed.text', 'والكيلومترات الأخيرة البالغة', 'translationese'],
    ['events', 'سفينة شحن سائب', 'calque of "bulk carrier"'],
    ['scenes.stakes.alarmed_title', 'قلقون، بحسب ما قاله', 'calque of "alarmed, a US official told"'],
    ['steps.stakes.text', 'هجرت السفن المنطقة', 'overstates: hundreds of ships a month still pass'],
    ['steps.report.alt', 'صنعاء، عاصمة الحوثيين', 'Sanaa is the capital the Houthis hold'],
    ['embed_code', 'شيفرة', 'one word for "code" (رمز)'],
    ['embed_code', 'الإطار العادي', 'one word for "plain" (بسيط)'],
    ['page.byline', '·', 'a middle dot reads as the Arabic zero beside the date'],
    ['*', 'شاهد-136', 'the only Latin-digit number in Arabic script'],
    ['*', 'على بعد ', 'على بُعد, one spelling']
  ],
  en: [
    ['steps.range.text', 'to Eritrea and Saudi Arabia', 'Saudi Arabia is up the same coast, not across'],
    ['steps.stakes.text', 'Shipping has already fled', 'overstates: hundreds of ships a month still pass'],
    ['steps.attacks', 'November 2023', 'a typed date'],
    ['steps.attacks', '{attacks_since}', 'the exact day attributed to Reuters, who gave the month'],
    ['scenes.attacks.count_what', '{attacks_since}', 'the same, in the graphic']
  ]
};

describe.each(['ar', 'en'] as const)('%s.yaml', (lang) => {
  it.each(FLAGGED[lang])('%s no longer says "%s" (%s)', (key, flagged) => {
    expect(at(lang, key).length, `${key} is in the file`).toBeGreaterThan(0);
    expect(at(lang, key)).not.toContain(flagged);
  });

  it('steps.range.text says where Eritrea and Jizan lie, each in its own clause', () => {
    const text = at(lang, 'steps.range.text');
    const jizan = files[lang].places.jizan as string;
    const eritrea = lang === 'ar' ? 'إريتريا' : 'Eritrea';
    expect(text).toContain(jizan);
    expect(text).toContain(eritrea);
    // Not one destination "across the sea": something stands between the two names.
    const between = text.slice(Math.min(text.indexOf(jizan), text.indexOf(eritrea)), Math.max(text.indexOf(jizan), text.indexOf(eritrea)));
    expect(between).toMatch(/[,،]/);
  });
});

describe('what the build writes around the copy', () => {
  const data = parseStoryData(storyText());
  const view = (lang: 'ar' | 'en'): StoryView => toView(mergeEdition(data, parseWords(localeText(lang), data, lang), lang));
  const views = { ar: view('ar'), en: view('en') };
  const since = data.attacks.since;

  it.each(['ar', 'en'] as const)('%s: the attacks step dates the count to the month, from story.yaml', (lang) => {
    const v = views[lang];
    const dates = dateFormats(v.edition.tag, files[lang].locale.numerals);
    const step = v.steps.find((s) => s.id === 'attacks')!;
    for (const text of [plainText(step.text), step.alt, v.words.attacks.countWhat]) {
      expect(text).toContain(dates.month(since.slice(0, 7)));
      expect(text).not.toContain(dates.long(since));
    }
  });

  it('ar: the byline joins name and date with a dash, not a dot that reads as zero', () => {
    expect(views.ar.words.page.byline).not.toContain('·');
    expect(views.ar.words.page.byline).toMatch(/[–—-]/);
  });

  it('ar: the seconds before impact are a word with its number form', () => {
    const warning = views.ar.words.weapon.warning;
    expect(warning).not.toMatch(/(^|\s)ث(\s|$)/);
    expect(warning).toMatch(/ثانية|ثانيت|ثوان/);
  });

  it.each(['ar', 'en'] as const)('%s: no credit glues a one-letter conjunction to a Latin name', (lang) => {
    const credits = views[lang].steps.map((s) => s.credit);
    expect(credits.some((c) => /Natural Earth/.test(c))).toBe(true);
    for (const c of credits) expect(c).not.toMatch(/(?<!\p{L})\p{L}(?<!\p{Script=Latin})\p{Script=Latin}/u);
  });
});
