/**
 * The metro areas sample groups are spread over: real neighbourhoods with their real postal
 * codes, approximate centres and a few of their real streets.
 *
 * @packageDocumentation
 */
import type { Coordinates } from '@peer-groups/core';
import type { Weighted } from './random.js';

/** A language a metro's groups may meet in, besides its main one. */
export type SampleLanguage = 'en' | 'es' | 'zh' | 'vi' | 'fr' | 'ase';

/** A neighbourhood of a metro: where in-person groups of the metro meet. */
export interface Neighbourhood {
  /** The neighbourhood as locals name it, e.g. `Central Square`. */
  name: string;
  /** The locality of its postal addresses, e.g. `Cambridge`. */
  locality: string;
  /** A real postal code covering it (outward code only in the UK, forward sortation area in Canada). */
  postalCode: string;
  /** Its approximate centre. */
  centre: Coordinates;
  /** A few real streets in it. */
  streets: readonly string[];
  /** Languages with a large community here: groups in those languages favour this neighbourhood. */
  communityLanguages?: readonly SampleLanguage[];
}

/** A metro area of the sample data. */
export interface Metro {
  /** A stable lowercase id, e.g. `boston`. */
  id: string;
  /** Its display name, e.g. `Boston–Cambridge`. */
  name: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** The region of its addresses (`MA`, `ON`, `NSW`), absent where addresses carry none. */
  region?: string;
  /** Its IANA time zone. */
  timeZone: string;
  /** The centre of the metro. */
  centre: Coordinates;
  /** Every neighbourhood centre lies within this distance of `centre`, in kilometres. */
  radiusKm: number;
  /** The language most of its groups meet in. */
  mainLanguage: 'en' | 'es';
  /** Shares of groups meeting in another language; the rest meet in `mainLanguage`. */
  otherLanguages: readonly Weighted<SampleLanguage>[];
  /** Relative share of the in-person groups held here. */
  weight: number;
  /**
   * Local phone numbers reserved for fiction (NANP 555-01xx, Ofcom's drama range, ACMA's 5550
   * range), with `#` for each digit to fill in. Empty where no such range exists, so the metro's
   * contacts carry no phone number at all.
   */
  phonePatterns: readonly string[];
  /** Neighbourhoods groups meet in. */
  neighbourhoods: readonly Neighbourhood[];
  /** The postal codes of `neighbourhoods`: each has sample groups within a few kilometres. */
  postalCodes: readonly string[];
}

type MetroDefinition = Omit<Metro, 'postalCodes'>;

/* @__NO_SIDE_EFFECTS__ */
function place(
  name: string,
  locality: string,
  postalCode: string,
  lat: number,
  lng: number,
  streets: readonly string[],
  communityLanguages?: readonly SampleLanguage[],
): Neighbourhood {
  const neighbourhood: Neighbourhood = {
    name,
    locality,
    postalCode,
    centre: { lat, lng },
    streets,
  };
  if (communityLanguages !== undefined) neighbourhood.communityLanguages = communityLanguages;
  return neighbourhood;
}

/* @__NO_SIDE_EFFECTS__ */
function metro(definition: MetroDefinition): Metro {
  return {
    ...definition,
    postalCodes: definition.neighbourhoods.map((neighbourhood) => neighbourhood.postalCode),
  };
}

/** The metro areas of the sample data, largest share first within each country. */
export const METROS: readonly Metro[] = [
  metro({
    id: 'new-york',
    name: 'New York',
    country: 'US',
    region: 'NY',
    timeZone: 'America/New_York',
    centre: { lat: 40.7128, lng: -74.006 },
    radiusKm: 30,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.2],
      ['zh', 0.04],
      ['ase', 0.015],
      ['fr', 0.005],
    ],
    weight: 14,
    phonePatterns: ['212-555-01##', '718-555-01##', '646-555-01##'],
    neighbourhoods: [
      place('Harlem', 'New York', '10027', 40.8116, -73.9533, [
        'West 125th Street',
        'Adam Clayton Powell Jr. Boulevard',
        'Lenox Avenue',
      ]),
      place('Chelsea', 'New York', '10011', 40.7418, -74.0002, [
        'West 14th Street',
        'Eighth Avenue',
        'West 23rd Street',
      ]),
      place('East Village', 'New York', '10003', 40.7318, -73.9891, [
        'Second Avenue',
        'East 10th Street',
        'Third Avenue',
      ]),
      place('Upper West Side', 'New York', '10025', 40.7986, -73.9684, [
        'Amsterdam Avenue',
        'West 104th Street',
        'Broadway',
      ]),
      place(
        'Washington Heights',
        'New York',
        '10032',
        40.8388,
        -73.9427,
        ['Fort Washington Avenue', 'West 168th Street', 'Broadway'],
        ['es'],
      ),
      place('Park Slope', 'Brooklyn', '11215', 40.6681, -73.986, [
        'Seventh Avenue',
        'Fifth Avenue',
        'Union Street',
      ]),
      place(
        'Sunset Park',
        'Brooklyn',
        '11220',
        40.641,
        -74.017,
        ['Fourth Avenue', 'Fifth Avenue', 'Eighth Avenue'],
        ['es', 'zh'],
      ),
      place('Flatbush', 'Brooklyn', '11226', 40.6461, -73.9567, [
        'Flatbush Avenue',
        'Church Avenue',
        'Cortelyou Road',
      ]),
      place(
        'Concourse',
        'Bronx',
        '10451',
        40.82,
        -73.923,
        ['Grand Concourse', 'East 161st Street', 'Morris Avenue'],
        ['es'],
      ),
      place(
        'Jackson Heights',
        'Jackson Heights',
        '11372',
        40.7516,
        -73.883,
        ['37th Avenue', 'Roosevelt Avenue', '82nd Street'],
        ['es'],
      ),
      place(
        'Flushing',
        'Flushing',
        '11354',
        40.7686,
        -73.8275,
        ['Main Street', 'Roosevelt Avenue', 'Union Street'],
        ['zh'],
      ),
      place('Astoria', 'Astoria', '11103', 40.7627, -73.9132, [
        'Steinway Street',
        '31st Street',
        'Broadway',
      ]),
    ],
  }),
  metro({
    id: 'los-angeles',
    name: 'Los Angeles',
    country: 'US',
    region: 'CA',
    timeZone: 'America/Los_Angeles',
    centre: { lat: 34.0522, lng: -118.2437 },
    radiusKm: 35,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.35],
      ['zh', 0.03],
      ['vi', 0.03],
      ['ase', 0.015],
    ],
    weight: 11,
    phonePatterns: ['213-555-01##', '323-555-01##', '818-555-01##'],
    neighbourhoods: [
      place('Echo Park', 'Los Angeles', '90026', 34.0766, -118.2646, [
        'Sunset Boulevard',
        'Echo Park Avenue',
        'Alvarado Street',
      ]),
      place(
        'Boyle Heights',
        'Los Angeles',
        '90033',
        34.0506,
        -118.2115,
        ['East Cesar E Chavez Avenue', 'North Soto Street', 'East 1st Street'],
        ['es'],
      ),
      place('Mid-City', 'Los Angeles', '90019', 34.0487, -118.339, [
        'West Pico Boulevard',
        'South La Brea Avenue',
        'West Washington Boulevard',
      ]),
      place(
        'South Los Angeles',
        'Los Angeles',
        '90011',
        34.0077,
        -118.2588,
        ['South Central Avenue', 'East Vernon Avenue', 'South San Pedro Street'],
        ['es'],
      ),
      place('Los Feliz', 'Los Angeles', '90027', 34.1044, -118.2927, [
        'Hillhurst Avenue',
        'Vermont Avenue',
        'Los Feliz Boulevard',
      ]),
      place('Pasadena', 'Pasadena', '91101', 34.1463, -118.1391, [
        'East Colorado Boulevard',
        'North Lake Avenue',
        'East Walnut Street',
      ]),
      place('Downtown Long Beach', 'Long Beach', '90802', 33.7676, -118.1994, [
        'East Broadway',
        'Pine Avenue',
        'Long Beach Boulevard',
      ]),
      place('Santa Monica', 'Santa Monica', '90401', 34.0159, -118.4934, [
        'Santa Monica Boulevard',
        'Fourth Street',
        'Wilshire Boulevard',
      ]),
      place(
        'East Los Angeles',
        'East Los Angeles',
        '90022',
        34.024,
        -118.1561,
        ['East Whittier Boulevard', 'South Atlantic Boulevard'],
        ['es'],
      ),
      place(
        'Alhambra',
        'Alhambra',
        '91801',
        34.0953,
        -118.127,
        ['West Main Street', 'South Garfield Avenue', 'South Atlantic Boulevard'],
        ['zh', 'vi'],
      ),
      place(
        'Van Nuys',
        'Van Nuys',
        '91405',
        34.201,
        -118.449,
        ['Van Nuys Boulevard', 'Sherman Way'],
        ['es'],
      ),
    ],
  }),
  metro({
    id: 'chicago',
    name: 'Chicago',
    country: 'US',
    region: 'IL',
    timeZone: 'America/Chicago',
    centre: { lat: 41.8781, lng: -87.6298 },
    radiusKm: 30,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.15],
      ['zh', 0.015],
      ['vi', 0.01],
      ['ase', 0.015],
    ],
    weight: 9,
    phonePatterns: ['312-555-01##', '773-555-01##'],
    neighbourhoods: [
      place('Lincoln Park', 'Chicago', '60614', 41.9227, -87.6533, [
        'North Clark Street',
        'West Fullerton Avenue',
        'North Halsted Street',
      ]),
      place(
        'Logan Square',
        'Chicago',
        '60647',
        41.9209,
        -87.7043,
        ['North Milwaukee Avenue', 'West Diversey Avenue', 'North Kedzie Avenue'],
        ['es'],
      ),
      place(
        'Pilsen',
        'Chicago',
        '60608',
        41.8469,
        -87.6705,
        ['West 18th Street', 'South Blue Island Avenue', 'South Ashland Avenue'],
        ['es'],
      ),
      place(
        'Little Village',
        'Chicago',
        '60623',
        41.849,
        -87.7176,
        ['West 26th Street', 'South Pulaski Road', 'South Kedzie Avenue'],
        ['es'],
      ),
      place(
        'Uptown',
        'Chicago',
        '60640',
        41.9719,
        -87.6626,
        ['North Broadway', 'West Lawrence Avenue', 'West Argyle Street'],
        ['vi'],
      ),
      place('Hyde Park', 'Chicago', '60615', 41.8026, -87.6025, [
        'East 53rd Street',
        'South Lake Park Avenue',
        'South Woodlawn Avenue',
      ]),
      place('Lakeview', 'Chicago', '60657', 41.9399, -87.6528, [
        'North Broadway',
        'West Belmont Avenue',
        'North Halsted Street',
      ]),
      place(
        'Chinatown',
        'Chicago',
        '60616',
        41.8527,
        -87.632,
        ['South Wentworth Avenue', 'West Cermak Road'],
        ['zh'],
      ),
      place('Evanston', 'Evanston', '60201', 42.0546, -87.6943, [
        'Sherman Avenue',
        'Church Street',
        'Chicago Avenue',
      ]),
      place('Oak Park', 'Oak Park', '60302', 41.8938, -87.7894, ['Lake Street', 'Oak Park Avenue']),
      place(
        'Cicero',
        'Cicero',
        '60804',
        41.842,
        -87.7598,
        ['West Cermak Road', 'South Cicero Avenue'],
        ['es'],
      ),
    ],
  }),
  metro({
    id: 'houston',
    name: 'Houston',
    country: 'US',
    region: 'TX',
    timeZone: 'America/Chicago',
    centre: { lat: 29.7604, lng: -95.3698 },
    radiusKm: 35,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.3],
      ['vi', 0.035],
      ['zh', 0.015],
      ['ase', 0.01],
    ],
    weight: 7,
    phonePatterns: ['713-555-01##', '832-555-01##'],
    neighbourhoods: [
      place('Downtown', 'Houston', '77002', 29.756, -95.365, [
        'Main Street',
        'Travis Street',
        'Texas Avenue',
      ]),
      place('Montrose', 'Houston', '77006', 29.741, -95.39, [
        'Westheimer Road',
        'Montrose Boulevard',
        'Lovett Boulevard',
      ]),
      place(
        'Near Northside',
        'Houston',
        '77009',
        29.794,
        -95.359,
        ['Irvington Boulevard', 'Fulton Street', 'North Main Street'],
        ['es'],
      ),
      place(
        'Bellaire Chinatown',
        'Houston',
        '77036',
        29.7,
        -95.534,
        ['Bellaire Boulevard', 'Fondren Road', 'Beechnut Street'],
        ['vi', 'zh'],
      ),
      place(
        'East End',
        'Houston',
        '77011',
        29.742,
        -95.308,
        ['Navigation Boulevard', 'Harrisburg Boulevard', '75th Street'],
        ['es'],
      ),
      place('Texas Medical Center', 'Houston', '77030', 29.7073, -95.401, [
        'Fannin Street',
        'Holcombe Boulevard',
        'Main Street',
      ]),
      place(
        'Gulfton',
        'Houston',
        '77081',
        29.711,
        -95.483,
        ['Hillcroft Avenue', 'Bellaire Boulevard', 'Renwick Drive'],
        ['es'],
      ),
      place('The Heights', 'Houston', '77008', 29.799, -95.41, [
        'West 19th Street',
        'Heights Boulevard',
        'Yale Street',
      ]),
      place(
        'Pasadena',
        'Pasadena',
        '77506',
        29.703,
        -95.199,
        ['Southmore Avenue', 'Richey Street'],
        ['es'],
      ),
      place('Sugar Land', 'Sugar Land', '77478', 29.6197, -95.6349, [
        'Eldridge Road',
        'Dairy Ashford Road',
      ]),
    ],
  }),
  metro({
    id: 'boston',
    name: 'Boston–Cambridge',
    country: 'US',
    region: 'MA',
    timeZone: 'America/New_York',
    centre: { lat: 42.3601, lng: -71.0589 },
    radiusKm: 20,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.08],
      ['zh', 0.02],
      ['vi', 0.015],
      ['ase', 0.015],
      ['fr', 0.005],
    ],
    weight: 7,
    phonePatterns: ['617-555-01##', '857-555-01##'],
    neighbourhoods: [
      place('Back Bay', 'Boston', '02116', 42.3496, -71.0746, [
        'Boylston Street',
        'Clarendon Street',
        'Columbus Avenue',
      ]),
      place('Jamaica Plain', 'Boston', '02130', 42.3097, -71.1151, [
        'Centre Street',
        'South Street',
        'Washington Street',
      ]),
      place(
        'Dorchester',
        'Boston',
        '02124',
        42.2857,
        -71.0708,
        ['Washington Street', 'Talbot Avenue', 'Dorchester Avenue'],
        ['vi'],
      ),
      place('South End', 'Boston', '02118', 42.3388, -71.0707, [
        'Tremont Street',
        'Harrison Avenue',
        'Shawmut Avenue',
      ]),
      place(
        'East Boston',
        'Boston',
        '02128',
        42.375,
        -71.033,
        ['Meridian Street', 'Bennington Street'],
        ['es'],
      ),
      place('Central Square', 'Cambridge', '02139', 42.3647, -71.1042, [
        'Massachusetts Avenue',
        'Prospect Street',
        'Pearl Street',
      ]),
      place('Harvard Square', 'Cambridge', '02138', 42.377, -71.1256, [
        'Church Street',
        'Brattle Street',
        'Mount Auburn Street',
      ]),
      place('East Cambridge', 'Cambridge', '02141', 42.3703, -71.0829, [
        'Cambridge Street',
        'Third Street',
      ]),
      place('Union Square', 'Somerville', '02143', 42.3815, -71.099, [
        'Somerville Avenue',
        'Washington Street',
      ]),
      place('Brookline Village', 'Brookline', '02445', 42.332, -71.117, [
        'Washington Street',
        'Harvard Street',
      ]),
      place(
        'Quincy Center',
        'Quincy',
        '02169',
        42.251,
        -71.003,
        ['Hancock Street', 'Washington Street'],
        ['zh', 'vi'],
      ),
      place(
        'Chelsea',
        'Chelsea',
        '02150',
        42.3918,
        -71.0328,
        ['Broadway', 'Everett Avenue'],
        ['es'],
      ),
    ],
  }),
  metro({
    id: 'miami',
    name: 'Miami',
    country: 'US',
    region: 'FL',
    timeZone: 'America/New_York',
    centre: { lat: 25.7617, lng: -80.1918 },
    radiusKm: 30,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.45],
      ['fr', 0.01],
      ['ase', 0.01],
    ],
    weight: 6,
    phonePatterns: ['305-555-01##', '786-555-01##'],
    neighbourhoods: [
      place(
        'Little Havana',
        'Miami',
        '33135',
        25.768,
        -80.233,
        ['Southwest 8th Street', 'West Flagler Street', 'Southwest 27th Avenue'],
        ['es'],
      ),
      place(
        'Allapattah',
        'Miami',
        '33125',
        25.783,
        -80.237,
        ['Northwest 17th Avenue', 'Northwest 20th Street'],
        ['es'],
      ),
      place('Edgewater', 'Miami', '33137', 25.815, -80.188, [
        'Biscayne Boulevard',
        'Northeast 2nd Avenue',
      ]),
      place('Brickell', 'Miami', '33130', 25.767, -80.205, [
        'Brickell Avenue',
        'Southwest 1st Avenue',
      ]),
      place('Health District', 'Miami', '33136', 25.786, -80.205, [
        'Northwest 12th Avenue',
        'Northwest 14th Street',
      ]),
      place(
        'Hialeah',
        'Hialeah',
        '33010',
        25.832,
        -80.28,
        ['West 49th Street', 'Palm Avenue', 'East 4th Avenue'],
        ['es'],
      ),
      place('South Beach', 'Miami Beach', '33139', 25.783, -80.134, [
        'Washington Avenue',
        'Collins Avenue',
        'Alton Road',
      ]),
      place('Coral Gables', 'Coral Gables', '33134', 25.753, -80.271, [
        'Ponce de Leon Boulevard',
        'Miracle Mile',
        'Le Jeune Road',
      ]),
      place(
        'Doral',
        'Doral',
        '33172',
        25.785,
        -80.36,
        ['Northwest 107th Avenue', 'Northwest 41st Street'],
        ['es'],
      ),
      place('Kendall', 'Miami', '33176', 25.6565, -80.3628, [
        'North Kendall Drive',
        'Southwest 117th Avenue',
      ]),
    ],
  }),
  metro({
    id: 'phoenix',
    name: 'Phoenix',
    country: 'US',
    region: 'AZ',
    timeZone: 'America/Phoenix',
    centre: { lat: 33.4484, lng: -112.074 },
    radiusKm: 30,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.2],
      ['vi', 0.01],
      ['ase', 0.015],
    ],
    weight: 5,
    phonePatterns: ['602-555-01##', '480-555-01##'],
    neighbourhoods: [
      place('Downtown', 'Phoenix', '85004', 33.452, -112.07, [
        'East Washington Street',
        'North Central Avenue',
        'East Van Buren Street',
      ]),
      place('Capitol District', 'Phoenix', '85007', 33.448, -112.089, [
        'West Adams Street',
        'North 15th Avenue',
      ]),
      place(
        'Garfield',
        'Phoenix',
        '85006',
        33.465,
        -112.048,
        ['East McDowell Road', 'North 16th Street'],
        ['es'],
      ),
      place('Arcadia', 'Phoenix', '85018', 33.498, -111.986, [
        'East Camelback Road',
        'North 44th Street',
      ]),
      place(
        'Maryvale',
        'Phoenix',
        '85031',
        33.494,
        -112.169,
        ['West Indian School Road', 'North 51st Avenue'],
        ['es'],
      ),
      place(
        'South Phoenix',
        'Phoenix',
        '85040',
        33.39,
        -112.029,
        ['East Baseline Road', 'South Central Avenue'],
        ['es'],
      ),
      place('Midtown', 'Phoenix', '85013', 33.509, -112.084, [
        'North Central Avenue',
        'West Camelback Road',
      ]),
      place('Tempe', 'Tempe', '85281', 33.426, -111.929, [
        'East University Drive',
        'South Mill Avenue',
        'East Apache Boulevard',
      ]),
      place('Downtown Mesa', 'Mesa', '85201', 33.435, -111.847, [
        'West Main Street',
        'North Country Club Drive',
      ]),
      place('Glendale', 'Glendale', '85301', 33.533, -112.177, [
        'West Glendale Avenue',
        'North 59th Avenue',
      ]),
    ],
  }),
  metro({
    id: 'atlanta',
    name: 'Atlanta',
    country: 'US',
    region: 'GA',
    timeZone: 'America/New_York',
    centre: { lat: 33.749, lng: -84.388 },
    radiusKm: 25,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.06],
      ['vi', 0.01],
      ['zh', 0.01],
      ['ase', 0.015],
    ],
    weight: 5,
    phonePatterns: ['404-555-01##', '678-555-01##'],
    neighbourhoods: [
      place('Downtown', 'Atlanta', '30303', 33.753, -84.39, [
        'Peachtree Street',
        'Auburn Avenue',
        'Marietta Street',
      ]),
      place('Inman Park', 'Atlanta', '30307', 33.77, -84.34, [
        'Euclid Avenue',
        'Moreland Avenue',
        'Edgewood Avenue',
      ]),
      place('Midtown', 'Atlanta', '30308', 33.772, -84.376, [
        'Peachtree Street',
        'Ponce de Leon Avenue',
        'West Peachtree Street',
      ]),
      place('West End', 'Atlanta', '30310', 33.727, -84.423, [
        'Ralph David Abernathy Boulevard',
        'Lee Street',
      ]),
      place('Grant Park', 'Atlanta', '30312', 33.745, -84.379, [
        'Cherokee Avenue',
        'Memorial Drive',
      ]),
      place('Decatur', 'Decatur', '30030', 33.774, -84.296, [
        'West Ponce de Leon Avenue',
        'Church Street',
        'East College Avenue',
      ]),
      place(
        'Doraville',
        'Doraville',
        '30340',
        33.897,
        -84.26,
        ['Buford Highway', 'Peachtree Industrial Boulevard'],
        ['es', 'vi', 'zh'],
      ),
      place('East Point', 'East Point', '30344', 33.679, -84.439, [
        'Main Street',
        'Washington Road',
      ]),
    ],
  }),
  metro({
    id: 'seattle',
    name: 'Seattle',
    country: 'US',
    region: 'WA',
    timeZone: 'America/Los_Angeles',
    centre: { lat: 47.6062, lng: -122.3321 },
    radiusKm: 25,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.05],
      ['zh', 0.03],
      ['vi', 0.03],
      ['ase', 0.02],
    ],
    weight: 5,
    phonePatterns: ['206-555-01##', '425-555-01##'],
    neighbourhoods: [
      place('Downtown', 'Seattle', '98101', 47.611, -122.335, [
        'Pike Street',
        'Fourth Avenue',
        'Pine Street',
      ]),
      place('Capitol Hill', 'Seattle', '98102', 47.636, -122.323, [
        'Broadway East',
        'Eastlake Avenue East',
      ]),
      place('Fremont', 'Seattle', '98103', 47.673, -122.342, [
        'Fremont Avenue North',
        'North 45th Street',
        'Stone Way North',
      ]),
      place(
        'Chinatown–International District',
        'Seattle',
        '98104',
        47.602,
        -122.326,
        ['South Jackson Street', 'South King Street', 'Maynard Avenue South'],
        ['zh', 'vi'],
      ),
      place('Beacon Hill', 'Seattle', '98108', 47.542, -122.303, [
        'Beacon Avenue South',
        'South Albro Place',
      ]),
      place(
        'Columbia City',
        'Seattle',
        '98118',
        47.541,
        -122.275,
        ['Rainier Avenue South', 'South Edmunds Street'],
        ['vi'],
      ),
      place('Central District', 'Seattle', '98122', 47.611, -122.305, [
        'East Union Street',
        '23rd Avenue',
        'East Cherry Street',
      ]),
      place('Downtown Bellevue', 'Bellevue', '98004', 47.618, -122.205, [
        'Bellevue Way Northeast',
        'Northeast 8th Street',
      ]),
      place('Renton', 'Renton', '98057', 47.48, -122.217, [
        'South 3rd Street',
        'Logan Avenue South',
      ]),
    ],
  }),
  metro({
    id: 'denver',
    name: 'Denver',
    country: 'US',
    region: 'CO',
    timeZone: 'America/Denver',
    centre: { lat: 39.7392, lng: -104.9903 },
    radiusKm: 25,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.12],
      ['vi', 0.01],
      ['ase', 0.015],
    ],
    weight: 4,
    phonePatterns: ['303-555-01##', '720-555-01##'],
    neighbourhoods: [
      place('LoDo', 'Denver', '80202', 39.753, -104.999, [
        'Larimer Street',
        '16th Street',
        'Wazee Street',
      ]),
      place('Capitol Hill', 'Denver', '80203', 39.731, -104.982, [
        'East Colfax Avenue',
        'Grant Street',
        'Logan Street',
      ]),
      place(
        'Lincoln Park',
        'Denver',
        '80204',
        39.734,
        -105.02,
        ['Santa Fe Drive', 'West 10th Avenue'],
        ['es'],
      ),
      place('Five Points', 'Denver', '80205', 39.759, -104.966, ['Welton Street', '27th Street']),
      place(
        'Westwood',
        'Denver',
        '80219',
        39.696,
        -105.034,
        ['West Alameda Avenue', 'South Federal Boulevard', 'Morrison Road'],
        ['es', 'vi'],
      ),
      place('Park Hill', 'Denver', '80220', 39.733, -104.916, [
        'Colorado Boulevard',
        'East 17th Avenue',
      ]),
      place('Aurora', 'Aurora', '80012', 39.699, -104.837, [
        'East Mississippi Avenue',
        'South Havana Street',
      ]),
      place('Lakewood', 'Lakewood', '80226', 39.712, -105.066, [
        'West Alameda Avenue',
        'South Wadsworth Boulevard',
      ]),
    ],
  }),
  metro({
    id: 'toronto',
    name: 'Toronto',
    country: 'CA',
    region: 'ON',
    timeZone: 'America/Toronto',
    centre: { lat: 43.6532, lng: -79.3832 },
    radiusKm: 25,
    mainLanguage: 'en',
    otherLanguages: [
      ['fr', 0.05],
      ['zh', 0.04],
      ['es', 0.02],
      ['vi', 0.01],
    ],
    weight: 6,
    phonePatterns: ['416-555-01##', '647-555-01##'],
    neighbourhoods: [
      place('The Annex', 'Toronto', 'M5S', 43.6629, -79.3957, [
        'Bloor Street West',
        'Spadina Avenue',
        'Huron Street',
      ]),
      place(
        'Kensington Market',
        'Toronto',
        'M5T',
        43.6532,
        -79.4,
        ['Spadina Avenue', 'Dundas Street West', 'Augusta Avenue'],
        ['zh'],
      ),
      place('Church and Wellesley', 'Toronto', 'M4Y', 43.6658, -79.3832, [
        'Church Street',
        'Wellesley Street East',
        'Alexander Street',
      ]),
      place('Little Portugal', 'Toronto', 'M6J', 43.6479, -79.4197, [
        'Dundas Street West',
        'Ossington Avenue',
        'Queen Street West',
      ]),
      place('Leslieville', 'Toronto', 'M4M', 43.6595, -79.3409, [
        'Queen Street East',
        'Carlaw Avenue',
        'Gerrard Street East',
      ]),
      place(
        'Regent Park',
        'Toronto',
        'M5A',
        43.6547,
        -79.3623,
        ['Dundas Street East', 'Parliament Street', 'Sackville Street'],
        ['fr'],
      ),
      place(
        'Agincourt',
        'Scarborough',
        'M1S',
        43.7942,
        -79.262,
        ['Sheppard Avenue East', 'Midland Avenue'],
        ['zh'],
      ),
      place('North York Centre', 'North York', 'M2N', 43.7701, -79.4083, [
        'Yonge Street',
        'Sheppard Avenue West',
      ]),
      place(
        'Weston',
        'Toronto',
        'M9N',
        43.7068,
        -79.5182,
        ['Weston Road', 'Lawrence Avenue West'],
        ['es', 'vi'],
      ),
      place('The Danforth', 'Toronto', 'M4K', 43.6795, -79.3523, [
        'Danforth Avenue',
        'Pape Avenue',
      ]),
    ],
  }),
  metro({
    id: 'london',
    name: 'London',
    country: 'GB',
    timeZone: 'Europe/London',
    centre: { lat: 51.5074, lng: -0.1278 },
    radiusKm: 25,
    mainLanguage: 'en',
    otherLanguages: [
      ['es', 0.01],
      ['zh', 0.015],
      ['vi', 0.005],
      ['fr', 0.01],
    ],
    weight: 8,
    phonePatterns: ['020 7946 0###'],
    neighbourhoods: [
      place('Islington', 'London', 'N1', 51.539, -0.103, [
        'Upper Street',
        'Essex Road',
        'Caledonian Road',
      ]),
      place(
        'Hackney',
        'London',
        'E8',
        51.544,
        -0.062,
        ['Mare Street', 'Dalston Lane', 'Kingsland Road'],
        ['vi'],
      ),
      place('Peckham', 'London', 'SE15', 51.47, -0.067, [
        'Rye Lane',
        'Peckham High Street',
        "Queen's Road",
      ]),
      place('Brixton', 'London', 'SW9', 51.464, -0.115, [
        'Brixton Road',
        'Coldharbour Lane',
        'Stockwell Road',
      ]),
      place('Whitechapel', 'London', 'E1', 51.517, -0.059, [
        'Whitechapel Road',
        'Commercial Road',
        'Brick Lane',
      ]),
      place('Camden Town', 'London', 'NW1', 51.539, -0.143, [
        'Camden High Street',
        'Parkway',
        'Camden Road',
      ]),
      place('North Kensington', 'London', 'W10', 51.522, -0.212, [
        'Ladbroke Grove',
        'Portobello Road',
        'Golborne Road',
      ]),
      place('Borough', 'London', 'SE1', 51.501, -0.094, [
        'Borough High Street',
        'Southwark Street',
        'Great Suffolk Street',
      ]),
      place('Walthamstow', 'London', 'E17', 51.585, -0.02, [
        'Hoe Street',
        'High Street',
        'Forest Road',
      ]),
      place('Tooting', 'London', 'SW17', 51.427, -0.168, [
        'Tooting High Street',
        'Mitcham Road',
        'Upper Tooting Road',
      ]),
      place(
        'Elephant and Castle',
        'London',
        'SE17',
        51.489,
        -0.095,
        ['Walworth Road', 'East Street'],
        ['es'],
      ),
      place('Soho', 'London', 'W1D', 51.5115, -0.131, ['Gerrard Street', 'Wardour Street'], ['zh']),
    ],
  }),
  metro({
    id: 'madrid',
    name: 'Madrid',
    country: 'ES',
    region: 'Madrid',
    timeZone: 'Europe/Madrid',
    centre: { lat: 40.4168, lng: -3.7038 },
    radiusKm: 20,
    mainLanguage: 'es',
    otherLanguages: [
      ['en', 0.03],
      ['zh', 0.01],
    ],
    weight: 5,
    phonePatterns: [],
    neighbourhoods: [
      place('Lavapiés', 'Madrid', '28012', 40.4085, -3.701, [
        'Calle de Argumosa',
        'Calle del Ave María',
        'Calle de Atocha',
      ]),
      place('Malasaña', 'Madrid', '28004', 40.426, -3.704, [
        'Calle de Fuencarral',
        'Calle del Pez',
        'Calle de San Bernardo',
      ]),
      place('Chamberí', 'Madrid', '28010', 40.433, -3.697, [
        'Calle de Santa Engracia',
        'Calle de Luchana',
        'Calle de Eloy Gonzalo',
      ]),
      place('Arganzuela', 'Madrid', '28045', 40.396, -3.693, [
        'Paseo de las Delicias',
        'Calle de Embajadores',
        'Paseo de Santa María de la Cabeza',
      ]),
      place(
        'Usera',
        'Madrid',
        '28026',
        40.385,
        -3.707,
        ['Calle de Marcelo Usera', 'Calle del Amparo Usera'],
        ['zh'],
      ),
      place('Puente de Vallecas', 'Madrid', '28038', 40.392, -3.657, [
        'Avenida de la Albufera',
        'Calle de Monte Igueldo',
      ]),
      place('Tetuán', 'Madrid', '28020', 40.456, -3.698, [
        'Calle de Bravo Murillo',
        'Calle de Orense',
      ]),
      place('Carabanchel', 'Madrid', '28025', 40.382, -3.733, [
        'Calle del General Ricardos',
        'Vía Carpetana',
      ]),
      place('Salamanca', 'Madrid', '28006', 40.434, -3.677, [
        'Calle de Velázquez',
        'Calle de Goya',
      ]),
      place('Getafe', 'Getafe', '28901', 40.308, -3.732, ['Calle Madrid', 'Calle Toledo']),
    ],
  }),
  metro({
    id: 'mexico-city',
    name: 'Ciudad de México',
    country: 'MX',
    region: 'CDMX',
    timeZone: 'America/Mexico_City',
    centre: { lat: 19.4326, lng: -99.1332 },
    radiusKm: 25,
    mainLanguage: 'es',
    otherLanguages: [['en', 0.03]],
    weight: 5,
    phonePatterns: [],
    neighbourhoods: [
      place('Roma Norte', 'Ciudad de México', '06700', 19.419, -99.162, [
        'Calle Colima',
        'Avenida Álvaro Obregón',
        'Calle Orizaba',
      ]),
      place('Condesa', 'Ciudad de México', '06140', 19.411, -99.173, [
        'Avenida Tamaulipas',
        'Avenida Michoacán',
        'Calle Amsterdam',
      ]),
      place('Centro Histórico', 'Ciudad de México', '06000', 19.433, -99.137, [
        'Calle República de Uruguay',
        'Calle de Regina',
        'Calle Donceles',
      ]),
      place('Del Valle', 'Ciudad de México', '03100', 19.387, -99.165, [
        'Avenida Coyoacán',
        'Calle Pilares',
        'Calle Gabriel Mancera',
      ]),
      place('Coyoacán', 'Ciudad de México', '04000', 19.35, -99.162, [
        'Calle Francisco Sosa',
        'Avenida Hidalgo',
        'Calle Higuera',
      ]),
      place('Juárez', 'Ciudad de México', '06600', 19.427, -99.163, [
        'Calle Londres',
        'Calle Havre',
        'Calle Marsella',
      ]),
      place('Polanco', 'Ciudad de México', '11560', 19.433, -99.195, [
        'Avenida Presidente Masaryk',
        'Calle Emilio Castelar',
      ]),
      place('Lindavista', 'Ciudad de México', '07300', 19.488, -99.131, [
        'Avenida Montevideo',
        'Calle Riobamba',
      ]),
      place('Iztapalapa', 'Ciudad de México', '09000', 19.358, -99.093, [
        'Calle Ayuntamiento',
        'Avenida Ermita Iztapalapa',
      ]),
      place('Narvarte', 'Ciudad de México', '03020', 19.397, -99.153, [
        'Calle Uxmal',
        'Calle Pitágoras',
      ]),
      place('Tlalpan', 'Ciudad de México', '14000', 19.288, -99.167, [
        'Calle Juárez',
        'Calle Hidalgo',
      ]),
    ],
  }),
  metro({
    id: 'sydney',
    name: 'Sydney',
    country: 'AU',
    region: 'NSW',
    timeZone: 'Australia/Sydney',
    centre: { lat: -33.8688, lng: 151.2093 },
    radiusKm: 35,
    mainLanguage: 'en',
    otherLanguages: [
      ['zh', 0.03],
      ['vi', 0.03],
      ['es', 0.01],
    ],
    weight: 5,
    phonePatterns: ['02 5550 ####'],
    neighbourhoods: [
      place('Sydney CBD', 'Sydney', '2000', -33.8688, 151.2093, [
        'George Street',
        'Pitt Street',
        'Liverpool Street',
      ]),
      place('Surry Hills', 'Surry Hills', '2010', -33.884, 151.212, [
        'Crown Street',
        'Bourke Street',
        'Cleveland Street',
      ]),
      place('Glebe', 'Glebe', '2037', -33.879, 151.185, ['Glebe Point Road', 'St Johns Road']),
      place('Newtown', 'Newtown', '2042', -33.897, 151.179, ['King Street', 'Enmore Road']),
      place('Camperdown', 'Camperdown', '2050', -33.888, 151.177, [
        'Missenden Road',
        'Parramatta Road',
      ]),
      place('Parramatta', 'Parramatta', '2150', -33.815, 151.001, [
        'Church Street',
        'Macquarie Street',
        'George Street',
      ]),
      place(
        'Bankstown',
        'Bankstown',
        '2200',
        -33.917,
        151.035,
        ['Chapel Road', 'South Terrace'],
        ['vi'],
      ),
      place(
        'Cabramatta',
        'Cabramatta',
        '2166',
        -33.895,
        150.937,
        ['John Street', 'Park Road'],
        ['vi', 'zh'],
      ),
      place('Randwick', 'Randwick', '2031', -33.914, 151.241, ['Belmore Road', 'Avoca Street']),
      place(
        'Chatswood',
        'Chatswood',
        '2067',
        -33.796,
        151.183,
        ['Victoria Avenue', 'Archer Street'],
        ['zh'],
      ),
      place('Redfern', 'Redfern', '2016', -33.893, 151.204, ['Redfern Street', 'Regent Street']),
    ],
  }),
];

/** The metro with id `id`, or `undefined`. */
export function findMetro(id: string): Metro | undefined {
  return METROS.find((candidate) => candidate.id === id);
}
