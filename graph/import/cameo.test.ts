import { CAMEO_KINDS, cameoCode, cameoKind, cameoWords, eventSign } from '@/graph/import/cameo';
import { cameoActor } from '@/graph/import/cameoActors';
import { STANCE_KIND_POLARITY } from '@/graph/model/schema';

describe('graph/import/cameo', () => {
  it('maps event codes to stance kinds by their longest listed prefix', () => {
    expect(cameoKind('163')).toBe('SANCTIONS');
    expect(cameoKind('1621')).toBe('RESTRICTS');
    expect(cameoKind('172')).toBe('SANCTIONS');
    expect(cameoKind('1724')).toBe('SANCTIONS');
    expect(cameoKind('173')).toBe('PRESSURES');
    expect(cameoKind('0231')).toBe('COURTS');
    expect(cameoKind('045')).toBe('MEDIATES');
    expect(cameoKind('054')).toBe('RECOGNISES');
    expect(cameoKind('1122')).toBe('ACCUSES');
    expect(cameoKind('190')).toBe('OPPOSES');
    expect(cameoKind('010')).toBeNull();
    expect(cameoKind('999')).toBeUndefined();
    // Every root code 01-20 is decided.
    for (let root = 1; root <= 20; root++) expect(cameoKind(String(root).padStart(2, '0'))).not.toBeUndefined();
    for (const kind of Object.values(CAMEO_KINDS)) if (kind !== null) expect(STANCE_KIND_POLARITY).toHaveProperty(kind);
  });

  it('falls back to the root code when the event code is missing or does not belong to it', () => {
    expect(cameoCode('043', '04')).toBe('043');
    expect(cameoCode('', '4')).toBe('04');
    expect(cameoCode('43', '04')).toBe('04');
  });

  it('gives each event a sign from its QuadClass, else from its Goldstein score', () => {
    expect(eventSign('1', -2)).toBe(1);
    expect(eventSign('2', 0)).toBe(1);
    expect(eventSign('3', 4)).toBe(-1);
    expect(eventSign('4', NaN)).toBe(-1);
    expect(eventSign('', -6.5)).toBe(-1);
    expect(eventSign('', NaN)).toBe(0);
  });

  it('describes events in words for source titles', () => {
    expect(cameoWords('1121')).toBe('accused');
    expect(cameoWords('163')).toBe('imposed an embargo, boycott or sanctions');
    expect(cameoWords('04')).toBe('consulted');
  });

  it('names actor codes and picks their kind', () => {
    expect(cameoActor('USA', 'UNITED STATES')).toEqual({ name: 'United States', kind: 'state' });
    expect(cameoActor('VENGOV', 'NICOLAS MADURO')).toEqual({ name: 'Venezuela government', kind: 'institution' });
    expect(cameoActor('VENMIL', 'SOLDIER')).toEqual({ name: 'Venezuela military', kind: 'armed_force' });
    expect(cameoActor('VENOPP', 'JUAN GUAIDO')).toEqual({ name: 'Venezuela opposition', kind: 'group' });
    expect(cameoActor('IGOUNO', 'UNITED NATIONS')).toEqual({ name: 'United Nations', kind: 'organisation' });
    expect(cameoActor('LAM', 'LATIN AMERICA')).toEqual({ name: 'Latin America', kind: 'bloc' });
    expect(cameoActor('BUS', 'COMPANY')).toEqual({ name: 'Business', kind: 'company' });
    // An unknown part: the row's own name, title-cased.
    expect(cameoActor('VENXYZ', "NICOLAS MADURO O'NEIL")).toEqual({ name: "Nicolas Maduro O'Neil", kind: 'organisation' });
    expect(cameoActor('QQQQ', '')).toEqual({ name: 'QQQQ', kind: 'organisation' });
  });
});
