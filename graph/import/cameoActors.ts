/**
 * CAMEO actor codes (`USA`, `VENGOV`, `IGOUNO`) as readable names and actor kinds. A code is a
 * run of three-letter parts: a country (or region), then roles (`GOV` government, `MIL`
 * military...), or an international body. docs/import/gdelt.md explains the rules.
 */
import type { ActorKind } from '@/graph/model/schema';

/** ISO 3166 alpha-3 codes (CAMEO's country codes) and a few older codes CAMEO keeps. */
const COUNTRIES: Readonly<Record<string, string>> = Object.fromEntries(
  `AFG Afghanistan|ALB Albania|DZA Algeria|AND Andorra|AGO Angola|ATG Antigua and Barbuda|ARG Argentina|ARM Armenia|AUS Australia|AUT Austria|AZE Azerbaijan|BHS Bahamas|BHR Bahrain|BGD Bangladesh|BRB Barbados|BLR Belarus|BEL Belgium|BLZ Belize|BEN Benin|BTN Bhutan|BOL Bolivia|BIH Bosnia and Herzegovina|BWA Botswana|BRA Brazil|BRN Brunei|BGR Bulgaria|BFA Burkina Faso|BDI Burundi|KHM Cambodia|CMR Cameroon|CAN Canada|CPV Cape Verde|CAF Central African Republic|TCD Chad|CHL Chile|CHN China|COL Colombia|COM Comoros|COG Republic of the Congo|COD Democratic Republic of the Congo|CRI Costa Rica|CIV Ivory Coast|HRV Croatia|CUB Cuba|CYP Cyprus|CZE Czech Republic|DNK Denmark|DJI Djibouti|DMA Dominica|DOM Dominican Republic|ECU Ecuador|EGY Egypt|SLV El Salvador|GNQ Equatorial Guinea|ERI Eritrea|EST Estonia|ETH Ethiopia|FJI Fiji|FIN Finland|FRA France|GAB Gabon|GMB Gambia|GEO Georgia|DEU Germany|GHA Ghana|GRC Greece|GRD Grenada|GTM Guatemala|GIN Guinea|GNB Guinea-Bissau|GUY Guyana|HTI Haiti|VAT Holy See|HND Honduras|HKG Hong Kong|HUN Hungary|ISL Iceland|IND India|IDN Indonesia|IRN Iran|IRQ Iraq|IRL Ireland|ISR Israel|ITA Italy|JAM Jamaica|JPN Japan|JOR Jordan|KAZ Kazakhstan|KEN Kenya|KIR Kiribati|PRK North Korea|KOR South Korea|KWT Kuwait|KGZ Kyrgyzstan|LAO Laos|LVA Latvia|LBN Lebanon|LSO Lesotho|LBR Liberia|LBY Libya|LIE Liechtenstein|LTU Lithuania|LUX Luxembourg|MKD North Macedonia|MDG Madagascar|MWI Malawi|MYS Malaysia|MDV Maldives|MLI Mali|MLT Malta|MHL Marshall Islands|MRT Mauritania|MUS Mauritius|MEX Mexico|FSM Micronesia|MDA Moldova|MCO Monaco|MNG Mongolia|MNE Montenegro|MAR Morocco|MOZ Mozambique|MMR Myanmar|NAM Namibia|NRU Nauru|NPL Nepal|NLD Netherlands|NZL New Zealand|NIC Nicaragua|NER Niger|NGA Nigeria|NOR Norway|OMN Oman|PAK Pakistan|PLW Palau|PSE Palestine|PAN Panama|PNG Papua New Guinea|PRY Paraguay|PER Peru|PHL Philippines|POL Poland|PRT Portugal|PRI Puerto Rico|QAT Qatar|ROU Romania|RUS Russia|RWA Rwanda|KNA Saint Kitts and Nevis|LCA Saint Lucia|VCT Saint Vincent and the Grenadines|WSM Samoa|SMR San Marino|STP São Tomé and Príncipe|SAU Saudi Arabia|SEN Senegal|SRB Serbia|SYC Seychelles|SLE Sierra Leone|SGP Singapore|SVK Slovakia|SVN Slovenia|SLB Solomon Islands|SOM Somalia|ZAF South Africa|SSD South Sudan|ESP Spain|LKA Sri Lanka|SDN Sudan|SUR Suriname|SWZ Eswatini|SWE Sweden|CHE Switzerland|SYR Syria|TWN Taiwan|TJK Tajikistan|TZA Tanzania|THA Thailand|TLS Timor-Leste|TGO Togo|TON Tonga|TTO Trinidad and Tobago|TUN Tunisia|TUR Turkey|TKM Turkmenistan|TUV Tuvalu|UGA Uganda|UKR Ukraine|ARE United Arab Emirates|GBR United Kingdom|USA United States|URY Uruguay|UZB Uzbekistan|VUT Vanuatu|VEN Venezuela|VNM Vietnam|YEM Yemen|ZMB Zambia|ZWE Zimbabwe|ROM Romania|ZAR Democratic Republic of the Congo|TMP Timor-Leste|KSV Kosovo|YUG Yugoslavia`
    .split('|')
    .map((entry) => [entry.slice(0, 3), entry.slice(4)]),
);

/** CAMEO's regions: a bare region is a bloc, not a state. */
const REGIONS: Readonly<Record<string, string>> = Object.fromEntries(
  `AFR Africa|ASA Asia|BLK Balkans|CRB Caribbean|CAU Caucasus|CFR Central Africa|CAS Central Asia|CEU Central Europe|EAF East Africa|EEU Eastern Europe|EUR Europe|LAM Latin America|MEA Middle East|MDT Mediterranean|NAF North Africa|NMR North America|PGS Persian Gulf|SCN Scandinavia|SAM South America|SAS South Asia|SEA Southeast Asia|SAF Southern Africa|WAF West Africa|WST the West`
    .split('|')
    .map((entry) => [entry.slice(0, 3), entry.slice(4)]),
);

/** Role (type) codes: the words they add to a name, and the kind an actor led by that role has. */
const ROLES: Readonly<Record<string, { words: string; kind: ActorKind }>> = {
  GOV: { words: 'government', kind: 'institution' },
  LEG: { words: 'legislature', kind: 'institution' },
  JUD: { words: 'judiciary', kind: 'institution' },
  COP: { words: 'police', kind: 'institution' },
  SPY: { words: 'intelligence services', kind: 'institution' },
  MIL: { words: 'military', kind: 'armed_force' },
  UAF: { words: 'unaligned armed forces', kind: 'armed_force' },
  IMG: { words: 'international militarised group', kind: 'armed_force' },
  PKO: { words: 'peacekeepers', kind: 'armed_force' },
  OPP: { words: 'opposition', kind: 'group' },
  REB: { words: 'rebels', kind: 'group' },
  INS: { words: 'insurgents', kind: 'group' },
  SEP: { words: 'separatists', kind: 'group' },
  RAD: { words: 'radicals', kind: 'group' },
  MOD: { words: 'moderates', kind: 'group' },
  CVL: { words: 'civilians', kind: 'group' },
  LAB: { words: 'labour', kind: 'group' },
  REF: { words: 'refugees', kind: 'group' },
  CRM: { words: 'criminals', kind: 'group' },
  ELI: { words: 'elites', kind: 'group' },
  SET: { words: 'settlers', kind: 'group' },
  BUS: { words: 'business', kind: 'company' },
  MNC: { words: 'multinational corporation', kind: 'company' },
  MED: { words: 'media', kind: 'organisation' },
  EDU: { words: 'education', kind: 'organisation' },
  HLH: { words: 'health', kind: 'organisation' },
  HRI: { words: 'human rights groups', kind: 'organisation' },
  ENV: { words: 'environmental groups', kind: 'organisation' },
  DEV: { words: 'development groups', kind: 'organisation' },
  AGR: { words: 'agriculture', kind: 'organisation' },
  NGO: { words: 'non-governmental organisation', kind: 'organisation' },
  NGM: { words: 'non-governmental movement', kind: 'organisation' },
  IGO: { words: 'intergovernmental organisation', kind: 'organisation' },
  UIS: { words: 'unidentified state actor', kind: 'organisation' },
};

/** International bodies (CAMEO known groups) that have a name of their own. */
const KNOWN_GROUPS: Readonly<Record<string, { name: string; kind: ActorKind }>> = {
  UNO: { name: 'United Nations', kind: 'organisation' },
  EEC: { name: 'European Union', kind: 'bloc' },
};

/** `NICOLAS MADURO` -> `Nicolas Maduro`: GDELT writes names in capitals. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The readable name and kind of an actor code. Every part known: the name is built from them
 * (`VENGOV` -> `Venezuela government`); otherwise it is the row's own actor name (title-cased),
 * or the code itself. Kind: a bare country or region is a state; a known body its own kind; else
 * the first role's kind; else organisation. A bare region (`EUR`) is a bloc.
 */
export function cameoActor(code: string, rowName: string): { name: string; kind: ActorKind } {
  const parts = code.toUpperCase().match(/.{1,3}/g) ?? [];
  const region = parts[0] !== undefined ? REGIONS[parts[0]] : undefined;
  const country = parts[0] !== undefined ? (COUNTRIES[parts[0]] ?? region) : undefined;
  const rest = country === undefined ? parts : parts.slice(1);
  const group = rest.map((p) => KNOWN_GROUPS[p]).find((g) => g !== undefined);
  const roles = rest.filter((p) => p !== 'IGO' || group === undefined);
  const known = roles.every((p) => ROLES[p] !== undefined || KNOWN_GROUPS[p] !== undefined) && parts.every((p) => p.length === 3);
  const firstRole = roles.map((p) => ROLES[p]).find((r) => r !== undefined);
  const kind: ActorKind = group?.kind ?? (country !== undefined && rest.length === 0 ? (region === undefined ? 'state' : 'bloc') : (firstRole?.kind ?? 'organisation'));
  if (known && parts.length > 0) {
    const words = roles.map((p) => KNOWN_GROUPS[p]?.name ?? ROLES[p]?.words ?? p);
    const name = [country, ...words].filter(Boolean).join(' ');
    return { name: name.charAt(0).toUpperCase() + name.slice(1), kind };
  }
  const fallback = rowName.trim();
  return { name: fallback ? titleCase(fallback) : code, kind };
}
