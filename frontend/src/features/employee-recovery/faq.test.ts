import { describe, expect, it } from 'vitest';
import { faqSegments } from './faq';
import faqEn from './faq.en.json';
import faqNl from './faq.nl.json';

describe('the help page’s FAQ', () => {
  it('has the same questions, in the same order and shape, in Dutch and English', () => {
    expect(faqEn.items.map((i) => i.id)).toEqual(faqNl.items.map((i) => i.id));
    faqNl.items.forEach((item, n) => {
      const en = faqEn.items[n]!;
      expect(en.answer.map((b) => ('steps' in b ? b.steps?.length : 'p'))).toEqual(
        item.answer.map((b) => ('steps' in b ? b.steps?.length : 'p')),
      );
    });
  });

  it('uses only links the page knows, the same ones in both languages', () => {
    const links = (faq: typeof faqNl) =>
      faq.items.flatMap((i) =>
        i.answer.flatMap((b) => ('steps' in b && b.steps ? b.steps : [b.p ?? ''])).flatMap((t) => faqSegments(t)),
      );
    const nl = links(faqNl).filter((s) => 'link' in s);
    const en = links(faqEn).filter((s) => 'link' in s);
    expect(nl.map((s) => ('link' in s ? s.link : ''))).toEqual(en.map((s) => ('link' in s ? s.link : '')));
    expect(JSON.stringify(faqNl)).not.toMatch(/<(?!\/?(forgotPassword|forgotUsername|login)>)[a-z]/i);
  });

  it('splits text and links', () => {
    expect(faqSegments('Klik op <forgotPassword>Wachtwoord vergeten?</forgotPassword> en dan.')).toEqual([
      { text: 'Klik op ' },
      { link: 'forgotPassword', text: 'Wachtwoord vergeten?' },
      { text: ' en dan.' },
    ]);
    expect(faqSegments('<unknown>x</unknown>')).toEqual([{ text: 'x' }]);
  });
});
