import { idFromTitle, storedText } from '@/graph/workbench/sources';
import { ApiError } from '@/graph/http/errors';

describe('graph/workbench/sources', () => {
  describe('idFromTitle', () => {
    it('slugs the title with accents folded', () => {
      expect(idFromTitle('Guaidó declares himself president!', 'source')).toBe('guaido-declares-himself-president');
    });
    it('cuts long titles at a hyphen, and falls back when nothing is left', () => {
      const id = idFromTitle('Venezuela crisis: what the United States, Russia, China and the Lima Group said this week', 'source');
      expect(id.length).toBeLessThanOrEqual(60);
      expect(id).toMatch(/^venezuela-crisis-what-the-united-states-russia[a-z-]*[a-z]$/);
      expect(idFromTitle('¿¡…!?', 'source')).toBe('source');
    });
  });

  describe('storedText', () => {
    it('refuses an article over the limit with 413, counting bytes, not characters', () => {
      let refused: unknown;
      try {
        storedText({ text: 'é'.repeat(600) }, 1000);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(ApiError);
      expect(refused).toMatchObject({ status: 413, code: 'TooLarge', details: { bytes: 1200, maxBytes: 1000 } });
      expect(storedText({ text: 'a'.repeat(1000) }, 1000)).toHaveLength(1000);
    });
    it('turns html into text and refuses one with nothing readable (400 naming the field)', () => {
      expect(storedText({ html: '<p>One</p><script>x()</script><p>Two</p>' }, 1000)).toBe('One\n\nTwo');
      expect(() => storedText({ html: '<script>x()</script>' }, 1000)).toThrow(/html: the article has no readable text/);
      expect(() => storedText({ text: ' \n ' }, 1000)).toThrow(/text: the article has no readable text/);
    });
  });
});
