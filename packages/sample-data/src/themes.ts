/**
 * The kinds of group the sample data holds, each with the topics, traditions, names and
 * descriptions that go together in real listings.
 *
 * @packageDocumentation
 */
import type { Cost, Openness, Serves } from '@peer-groups/core';
import type { Weighted } from './random.js';

/** The language a listing's text is written in. */
export type TextLanguage = 'en' | 'es';

/** Text in each language a listing can be written in. */
export type Localized<T> = Readonly<Record<TextLanguage, T>>;

/**
 * The tradition a group comes from, which decides who leads it and how it runs:
 * - `twelveStep`: anonymous fellowships, peer-led, donations, open or closed meetings;
 * - `peerNetwork`: peer-run networks with trained peer facilitators;
 * - `clinical`: groups run with or by professionals, often at a hospital or clinic;
 * - `community`: groups of community organizations, hospices, centres, led in any way.
 */
export type Tradition = 'twelveStep' | 'peerNetwork' | 'clinical' | 'community';

/** How a group's meetings repeat. */
export type ScheduleStyle = 'weekly' | 'biweekly' | 'monthly' | 'cohort';

/**
 * A kind of group. Name templates may use `{place}` (neighbourhood, locality or "Online"),
 * `{day}` (its one weekly day: only for groups meeting weekly on one day), `{daypart}`
 * ("Evening") and `{who}` (the audience: "Women's " in English, " de Mujeres" in Spanish, or
 * empty), and must read well when `{who}` is empty.
 */
export interface Theme {
  /** A stable id, also used in contact e-mail addresses. */
  id: string;
  /** Relative share of groups of this kind. */
  weight: number;
  tradition: Tradition;
  /** Topics every group of this kind has, main topic first. */
  topics: readonly string[];
  /** Narrower or neighbouring topics, of which a group may add one or two. */
  relatedTopics?: readonly string[];
  /** Whom groups of this kind serve, first the usual one. */
  serves: readonly Serves[];
  /** Audiences a group may be for; `null` for everyone. */
  audiences: readonly Weighted<string | null>[];
  /** How its meetings usually repeat; overrides the tradition's habit. */
  schedules?: readonly Weighted<ScheduleStyle>[];
  /** Its networks: the organization runs under one of these names. `{metro}` is the metro. */
  networks: Localized<readonly string[]>;
  /** Name templates. */
  names: Localized<readonly string[]>;
  /** Opening sentences of the description: what the group is. */
  about: Localized<readonly string[]>;
  /** Sentences on what happens at a meeting. */
  format: Localized<readonly string[]>;
  /** Audiences every group of this kind is for, whatever else `audiences` adds. */
  baseAudiences?: readonly string[];
  /** Who may come, when different from the tradition's habit. */
  openness?: readonly Weighted<Openness>[];
  /** What it costs, when different from the tradition's habit. */
  costs?: readonly Weighted<Cost>[];
}

/* @__NO_SIDE_EFFECTS__ */
function texts(en: readonly string[], es: readonly string[]): Localized<readonly string[]> {
  return { en, es };
}

const TWELVE_STEP_FORMATS = texts(
  [
    'Each meeting opens with the readings, then members share on a topic.',
    'Speaker meeting on the first week of the month, open discussion the other weeks.',
    'A step and tradition study; the literature is provided.',
    'Open discussion: newcomers are invited to share first, or simply to listen.',
  ],
  [
    'Cada reunión empieza con las lecturas y después los miembros comparten sobre un tema.',
    'Reunión de oradores la primera semana del mes y discusión abierta las demás.',
    'Estudio de los pasos y las tradiciones; se presta la literatura.',
    'Discusión abierta: se invita a los recién llegados a compartir primero, o solo a escuchar.',
  ],
);

const PEER_FORMATS = texts(
  [
    'Members take turns sharing how their week went and what has helped, and nobody is asked to speak.',
    'Trained facilitators with lived experience keep the conversation safe, confidential and on track.',
    'We follow simple group guidelines: listen without judging, speak from your own experience, and keep what is shared in the room.',
  ],
  [
    'Los miembros comparten por turnos cómo les fue la semana y qué les ha ayudado; nadie está obligado a hablar.',
    'Facilitadores capacitados con experiencia propia mantienen la conversación segura, confidencial y centrada.',
    'Seguimos pautas sencillas: escuchar sin juzgar, hablar desde la propia experiencia y guardar lo que se comparte.',
  ],
);

const CLINICAL_FORMATS = texts(
  [
    'Each session combines practical information from a member of the care team with time to talk with others who understand.',
    'Some sessions welcome a guest speaker; most are open conversation, led by a social worker and a peer volunteer.',
    'Bring your questions: we talk about treatment, side effects, work, family and the feelings that come with all of it.',
  ],
  [
    'Cada sesión combina información práctica de un miembro del equipo de salud con tiempo para conversar con otras personas que entienden.',
    'Algunas sesiones tienen un invitado; la mayoría son conversación abierta, guiada por una trabajadora social y un voluntario.',
    'Traiga sus preguntas: hablamos de tratamientos, efectos secundarios, trabajo, familia y las emociones que acompañan todo eso.',
  ],
);

const COMMUNITY_FORMATS = texts(
  [
    'Meetings are relaxed and confidential; tea and coffee are out from a quarter of an hour before.',
    'Each meeting starts with a short check-in, then an open conversation, sometimes on a theme chosen the week before.',
    'You can come once to see whether it feels right: there is no commitment and no need to speak.',
  ],
  [
    'Las reuniones son tranquilas y confidenciales; hay café y té desde un cuarto de hora antes.',
    'Cada reunión empieza con una breve ronda de presentación y sigue con una conversación abierta, a veces sobre un tema elegido la semana anterior.',
    'Puede venir una vez para ver si le sirve: no hay compromiso ni obligación de hablar.',
  ],
);

const RECOVERY_INTERGROUP = texts(
  ['{metro} Area Recovery Intergroup'],
  ['Intergrupo de Recuperación de {metro}'],
);

/** The kinds of group, with their relative shares. */
export const THEMES: readonly Theme[] = [
  {
    id: 'alcohol-recovery',
    weight: 14,
    tradition: 'twelveStep',
    topics: ['alcohol'],
    relatedTopics: ['substance-use'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 78],
      ['women', 7],
      ['men', 5],
      ['lgbtq', 4],
      ['young-adults', 4],
      ['seniors', 2],
    ],
    networks: RECOVERY_INTERGROUP,
    names: texts(
      [
        '{day} {daypart} Serenity Group',
        'Keep It Simple {place}',
        '{place} Big Book Study',
        'Happy Destiny Group',
        'Came to Believe {place}',
        '{who}Step Study – {place}',
        '{place} {daypart} Reflections',
        'Primary Purpose Group {place}',
        'Living Sober {place}',
        '{who}Sobriety Circle – {place}',
      ],
      [
        'Grupo Serenidad {place}',
        'Grupo Nueva Vida',
        'Grupo Un Día a la Vez {place}',
        'Grupo Renacer{who}',
        'Grupo Amanecer {place}',
        'Grupo Esperanza {place}',
        'Grupo Libertad{who} – {place}',
      ],
    ),
    about: texts(
      [
        'A twelve-step meeting for anyone who wants to stop drinking.',
        'Men and women who have had a problem with alcohol share their experience, strength and hope with each other.',
        'A fellowship meeting of people recovering from alcoholism; the only requirement for membership is a desire to stop drinking.',
      ],
      [
        'Una reunión de doce pasos para quien quiera dejar de beber.',
        'Personas que han tenido problemas con el alcohol comparten entre sí su experiencia, fortaleza y esperanza.',
        'Reunión de compañeros en recuperación del alcoholismo; el único requisito para ser miembro es el deseo de dejar de beber.',
      ],
    ),
    format: TWELVE_STEP_FORMATS,
  },
  {
    id: 'drug-recovery',
    weight: 7,
    tradition: 'twelveStep',
    topics: ['substance-use'],
    relatedTopics: ['opioids', 'stimulants'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 82],
      ['women', 5],
      ['men', 4],
      ['young-adults', 6],
      ['lgbtq', 3],
    ],
    networks: RECOVERY_INTERGROUP,
    names: texts(
      [
        'Clean and Serene {place}',
        'Just for Today {place}',
        '{day} {daypart} Recovery Group',
        'Freedom Group {place}',
        'Never Alone {place}',
        '{who}Miracles Happen – {place}',
      ],
      [
        'Grupo Solo por Hoy {place}',
        'Grupo Libres y Serenos',
        'Grupo Nunca Solos {place}',
        'Grupo Milagro{who} – {place}',
      ],
    ),
    about: texts(
      [
        'A twelve-step recovery meeting for people who use drugs or are recovering from drug addiction.',
        'Addicts helping addicts stay clean, one day at a time, whatever the drug and whatever the path into recovery.',
      ],
      [
        'Una reunión de recuperación de doce pasos para personas que consumen drogas o se recuperan de una adicción.',
        'Adictos que ayudan a otros adictos a mantenerse limpios, un día a la vez, sea cual sea la droga y el camino a la recuperación.',
      ],
    ),
    format: TWELVE_STEP_FORMATS,
  },
  {
    id: 'family-recovery',
    weight: 4,
    tradition: 'twelveStep',
    topics: ['family-and-friends', 'alcohol'],
    relatedTopics: ['substance-use'],
    serves: ['familyAndFriends'],
    audiences: [
      [null, 85],
      ['teens', 6],
      ['women', 5],
      ['men', 4],
    ],
    networks: texts(['Family Recovery Groups of {metro}'], ['Grupos de Familia en Recuperación']),
    names: texts(
      [
        '{place} Family Recovery Group',
        'Hope for Today – {place}',
        '{day} Courage to Change',
        '{who}Serenity Seekers – {place}',
      ],
      [
        'Grupo de Familia Esperanza {place}',
        'Grupo de Familia Valor para Cambiar',
        'Grupo de Familia Un Día a la Vez{who}',
      ],
    ),
    about: texts(
      [
        'A twelve-step group for relatives and friends of people whose drinking or drug use has affected their lives.',
        'If someone close to you drinks too much, you are not alone: we share what has helped us find peace whether or not they stop.',
      ],
      [
        'Un grupo de doce pasos para familiares y amigos de personas cuyo consumo de alcohol o drogas ha afectado su vida.',
        'Si alguien cercano bebe demasiado, usted no está solo: compartimos lo que nos ha ayudado a encontrar paz, deje o no de beber.',
      ],
    ),
    format: TWELVE_STEP_FORMATS,
  },
  {
    id: 'gambling-recovery',
    weight: 2,
    tradition: 'twelveStep',
    topics: ['gambling'],
    relatedTopics: ['substance-use'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 90],
      ['men', 5],
      ['women', 5],
    ],
    networks: texts(['Gambling Recovery Fellowship'], ['Comunidad de Recuperación del Juego']),
    names: texts(
      ['{place} Gambling Recovery Group', 'Second Chance Group {place}', '{day} New Beginnings'],
      ['Grupo Nueva Oportunidad {place}', 'Jugadores en Recuperación{who} – {place}'],
    ),
    about: texts(
      [
        'A twelve-step fellowship meeting for people who want to stop gambling, including sports betting and online games.',
      ],
      [
        'Una reunión de doce pasos para personas que quieren dejar de apostar, incluidas las apuestas deportivas y los juegos en línea.',
      ],
    ),
    format: TWELVE_STEP_FORMATS,
  },
  {
    id: 'self-management-recovery',
    weight: 4,
    tradition: 'peerNetwork',
    topics: ['substance-use'],
    relatedTopics: ['alcohol', 'opioids', 'gambling'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 88],
      ['young-adults', 5],
      ['women', 4],
      ['veterans', 3],
    ],
    networks: texts(['Self-Management Recovery Network'], ['Red de Recuperación y Autogestión']),
    names: texts(
      [
        '{place} Self-Management Recovery Meeting',
        'Recovery Tools Group – {place}',
        '{who}Science-Based Recovery – {place}',
      ],
      [
        'Recuperación con Herramientas{who} – {place}',
        'Grupo de Autogestión de la Recuperación – {place}',
      ],
    ),
    about: texts(
      [
        'A secular, science-based mutual-aid meeting for recovery from any addictive behaviour, led by a trained volunteer.',
        'Practical tools for changing drinking, drug use or other addictive habits, shared among people working on the same thing.',
      ],
      [
        'Una reunión laica de ayuda mutua, basada en la evidencia, para recuperarse de cualquier conducta adictiva, guiada por un voluntario capacitado.',
        'Herramientas prácticas para cambiar el consumo de alcohol, drogas u otros hábitos adictivos, entre personas que trabajan en lo mismo.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'mood-support',
    weight: 6,
    tradition: 'peerNetwork',
    topics: ['depression'],
    relatedTopics: ['bipolar', 'mental-health', 'anxiety'],
    serves: ['livingWithCondition', 'familyAndFriends'],
    audiences: [
      [null, 74],
      ['young-adults', 8],
      ['seniors', 4],
      ['lgbtq', 4],
      ['bipoc', 3],
      ['healthcare-workers', 3],
      ['teens', 4],
    ],
    networks: texts(['Mood Peer Support Alliance'], ['Alianza de Apoyo entre Pares del Ánimo']),
    names: texts(
      [
        '{place} Mood Support Group',
        'Depression and Bipolar Support – {place}',
        '{who}Mood Peer Group – {place}',
        'Balance {place}',
        '{day} {daypart} Depression Support',
      ],
      [
        'Grupo de Apoyo para la Depresión y el Trastorno Bipolar{who} – {place}',
        'Grupo Equilibrio {place}',
      ],
    ),
    about: texts(
      [
        'A peer support group for people living with depression or bipolar disorder.',
        'People who live with mood disorders meet to share what helps on the hard days and the good ones.',
      ],
      [
        'Un grupo de apoyo entre pares para personas que viven con depresión o trastorno bipolar.',
        'Personas que viven con trastornos del ánimo se reúnen para compartir lo que ayuda en los días difíciles y en los buenos.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'mental-health-recovery',
    weight: 7,
    tradition: 'peerNetwork',
    topics: ['mental-health'],
    relatedTopics: ['depression', 'anxiety', 'bipolar', 'psychosis'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 70],
      ['young-adults', 9],
      ['veterans', 4],
      ['lgbtq', 5],
      ['bipoc', 4],
      ['women', 4],
      ['men', 4],
    ],
    networks: texts(['Mind Matters Alliance'], ['Alianza Mente y Bienestar']),
    names: texts(
      [
        'Connection Recovery Group – {place}',
        '{place} Peer Recovery Circle',
        '{who}Mental Health Peer Support – {place}',
        '{day} Recovery Connection',
      ],
      ['Grupo de Recuperación Conexión – {place}', 'Círculo de Apoyo entre Pares{who} – {place}'],
    ),
    about: texts(
      [
        'A recovery support group for adults living with a mental health condition, whatever the diagnosis.',
        'A place to be with others who understand what living with a mental health condition is like.',
      ],
      [
        'Un grupo de apoyo a la recuperación para adultos que viven con un problema de salud mental, sea cual sea el diagnóstico.',
        'Un lugar para estar con otras personas que entienden lo que es vivir con un problema de salud mental.',
      ],
    ),
    format: PEER_FORMATS,
    openness: [
      ['open', 60],
      ['closed', 40],
    ],
  },
  {
    id: 'mental-health-family',
    weight: 5,
    tradition: 'peerNetwork',
    topics: ['family-and-friends', 'mental-health'],
    relatedTopics: ['psychosis', 'bipolar'],
    serves: ['familyAndFriends', 'caregivers'],
    audiences: [
      [null, 86],
      ['families', 8],
      ['seniors', 6],
    ],
    schedules: [
      ['weekly', 25],
      ['biweekly', 15],
      ['monthly', 40],
      ['cohort', 20],
    ],
    networks: texts(['Mind Matters Alliance'], ['Alianza Mente y Bienestar']),
    names: texts(
      [
        'Family Support Group – {place}',
        '{place} Families and Mental Illness Group',
        '{who}Family and Friends Circle – {place}',
      ],
      ['Grupo de Apoyo Familiar – {place}', 'Familias y Salud Mental{who} – {place}'],
    ),
    about: texts(
      [
        'A support group for family members, partners and friends of people living with a mental health condition.',
        'Led by family members who have been there, for anyone caring about someone with a mental illness.',
      ],
      [
        'Un grupo de apoyo para familiares, parejas y amigos de personas que viven con un problema de salud mental.',
        'Guiado por familiares que han pasado por lo mismo, para quien se preocupa por alguien con una enfermedad mental.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'anxiety-support',
    weight: 4,
    tradition: 'community',
    topics: ['anxiety'],
    relatedTopics: ['mental-health', 'depression'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 76],
      ['young-adults', 10],
      ['teens', 6],
      ['healthcare-workers', 4],
      ['seniors', 4],
    ],
    networks: texts(['Calm Minds Network'], ['Red Mente Tranquila']),
    names: texts(
      [
        '{place} Anxiety Support Group',
        'Calm Minds {place}',
        '{who}Anxiety and Panic Peer Group – {place}',
      ],
      ['Grupo de Apoyo para la Ansiedad{who} – {place}', 'Mente Tranquila {place}'],
    ),
    about: texts(
      [
        'A support group for people living with anxiety, panic attacks, social anxiety or obsessive worry.',
        'Anxiety shrinks when it is shared: a group for anyone whose worry has started to run their life.',
      ],
      [
        'Un grupo de apoyo para personas que viven con ansiedad, ataques de pánico, ansiedad social o preocupación constante.',
        'La ansiedad se hace más pequeña cuando se comparte: un grupo para quien siente que la preocupación ha tomado el control.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'hearing-voices',
    weight: 2,
    tradition: 'peerNetwork',
    topics: ['psychosis'],
    relatedTopics: ['mental-health'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 88],
      ['young-adults', 12],
    ],
    networks: texts(['Hearing Voices Peer Network'], ['Red de Escuchadores de Voces']),
    names: texts(
      ['Hearing Voices Group – {place}', '{place} Voices and Visions Peer Group'],
      ['Grupo Escuchando Voces{who} – {place}'],
    ),
    about: texts(
      [
        'A peer-led group for people who hear voices, see visions or have other unusual experiences, whatever they call them.',
      ],
      [
        'Un grupo entre pares para personas que escuchan voces, tienen visiones u otras experiencias inusuales, las llamen como las llamen.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'trauma-recovery',
    weight: 3,
    tradition: 'community',
    topics: ['trauma'],
    relatedTopics: ['mental-health', 'anxiety'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 50],
      ['veterans', 25],
      ['first-responders', 10],
      ['women', 10],
      ['healthcare-workers', 5],
    ],
    networks: texts(['After Trauma Peer Network'], ['Red de Apoyo tras el Trauma']),
    names: texts(
      ['{place} {who}Trauma Recovery Group', '{who}After Trauma Peer Circle – {place}'],
      ['Grupo de Recuperación del Trauma{who} – {place}'],
    ),
    about: texts(
      [
        'A support group for people living with the effects of trauma, including post-traumatic stress.',
        'For anyone still carrying something that happened to them: a steady group where you set the pace.',
      ],
      [
        'Un grupo de apoyo para personas que viven con los efectos de un trauma, incluido el estrés postraumático.',
        'Para quien todavía carga con algo que le pasó: un grupo estable donde usted marca el ritmo.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'eating-disorders',
    weight: 2,
    tradition: 'clinical',
    topics: ['eating-disorders'],
    relatedTopics: ['mental-health'],
    serves: ['livingWithCondition', 'familyAndFriends'],
    audiences: [
      [null, 70],
      ['young-adults', 15],
      ['teens', 10],
      ['men', 5],
    ],
    networks: texts(['Eating Disorder Recovery Alliance'], ['Alianza para la Recuperación de TCA']),
    names: texts(
      ['{place} Eating Disorder Recovery Support', '{who}Body and Mind Group – {place}'],
      ['Grupo de Apoyo en Trastornos Alimentarios{who} – {place}'],
    ),
    about: texts(
      [
        'A support group for people recovering from anorexia, bulimia, binge eating or any disordered eating.',
      ],
      [
        'Un grupo de apoyo para personas en recuperación de anorexia, bulimia, atracones o cualquier trastorno de la conducta alimentaria.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'hoarding',
    weight: 1,
    tradition: 'clinical',
    topics: ['hoarding'],
    relatedTopics: ['mental-health', 'anxiety'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 85],
      ['seniors', 15],
    ],
    schedules: [
      ['weekly', 30],
      ['monthly', 20],
      ['cohort', 50],
    ],
    networks: texts(['Clutter Support Network'], ['Red de Apoyo contra la Acumulación']),
    names: texts(
      ['{place} Clutter and Hoarding Support Group', 'Letting Go – {place}'],
      ['Grupo de Apoyo para la Acumulación Compulsiva – {place}', 'Soltar – {place}'],
    ),
    about: texts(
      [
        'A group for people who find it hard to let go of things and whose homes have become hard to live in.',
      ],
      [
        'Un grupo para personas a quienes les cuesta deshacerse de objetos y cuya casa se ha vuelto difícil de habitar.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'postpartum',
    weight: 3,
    tradition: 'clinical',
    topics: ['postpartum', 'parenting'],
    relatedTopics: ['depression', 'anxiety'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 40],
      ['women', 50],
      ['families', 10],
    ],
    networks: texts(['New Parents Support Network'], ['Red de Apoyo a Madres y Padres Recientes']),
    names: texts(
      [
        '{place} New Parents Mood Support',
        'Postpartum Peer Circle – {place}',
        "Mothers' Circle {place}",
      ],
      ['Círculo de Apoyo Posparto{who} – {place}', 'Grupo de Madres – {place}'],
    ),
    about: texts(
      [
        'A support group for parents with depression, anxiety or a hard time of any kind during pregnancy or after a birth.',
        'Feeling low, anxious or not like yourself since the baby came? You are not alone, and it is not your fault.',
      ],
      [
        'Un grupo de apoyo para madres y padres con depresión, ansiedad o un momento difícil durante el embarazo o después del parto.',
        '¿Se siente triste, ansiosa o distinta desde que llegó el bebé? No está sola y no es su culpa.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'parenting',
    weight: 3,
    tradition: 'community',
    topics: ['parenting'],
    relatedTopics: ['family-and-friends', 'mental-health'],
    serves: ['caregivers', 'familyAndFriends'],
    audiences: [
      [null, 65],
      ['families', 15],
      ['men', 8],
      ['lgbtq', 6],
      ['women', 6],
    ],
    networks: texts(['Parents Helping Parents Network'], ['Red Padres Ayudando a Padres']),
    names: texts(
      [
        '{place} Parent Support Group',
        'Parents Helping Parents – {place}',
        '{who}Parenting Circle – {place}',
      ],
      ['Grupo de Apoyo para Madres y Padres{who} – {place}', 'Padres Ayudando a Padres – {place}'],
    ),
    about: texts(
      [
        'A support group for parents and carers raising children through hard times, including children with behavioural or mental health needs.',
      ],
      [
        'Un grupo de apoyo para madres, padres y tutores que crían en tiempos difíciles, también a hijos con necesidades de conducta o de salud mental.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'cancer-support',
    weight: 6,
    tradition: 'clinical',
    topics: ['cancer'],
    relatedTopics: ['chronic-illness', 'caregiving'],
    serves: ['livingWithCondition', 'caregivers'],
    audiences: [
      [null, 70],
      ['women', 15],
      ['young-adults', 5],
      ['men', 5],
      ['seniors', 5],
    ],
    networks: texts(
      ['Hope and Healing Cancer Support Network'],
      ['Red de Apoyo contra el Cáncer Esperanza y Sanación'],
    ),
    names: texts(
      [
        '{place} Cancer Support Group',
        '{who}Cancer Survivors Circle – {place}',
        'Living Well With Cancer – {place}',
        '{daypart} Cancer Support Group – {place}',
      ],
      ['Grupo de Apoyo contra el Cáncer{who} – {place}', 'Vivir con Cáncer – {place}'],
    ),
    about: texts(
      [
        'A support group for people living with any kind of cancer, during treatment or after it.',
        'For anyone facing a cancer diagnosis: newly diagnosed, in treatment, or living with cancer long-term.',
      ],
      [
        'Un grupo de apoyo para personas con cualquier tipo de cáncer, durante el tratamiento o después.',
        'Para quien enfrenta un diagnóstico de cáncer: recién diagnosticado, en tratamiento o conviviendo con el cáncer a largo plazo.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'diabetes-support',
    weight: 3,
    tradition: 'clinical',
    topics: ['diabetes'],
    relatedTopics: ['chronic-illness'],
    serves: ['livingWithCondition', 'familyAndFriends'],
    audiences: [
      [null, 80],
      ['seniors', 10],
      ['teens', 5],
      ['families', 5],
    ],
    networks: texts(['Living With Diabetes Network'], ['Red Vivir con Diabetes']),
    names: texts(
      ['{place} Diabetes Support Group', 'Living With Diabetes – {place}'],
      ['Grupo de Apoyo para la Diabetes{who} – {place}', 'Vivir con Diabetes – {place}'],
    ),
    about: texts(
      [
        'A support group for people living with type 1 or type 2 diabetes and the people who help them manage it.',
      ],
      [
        'Un grupo de apoyo para personas con diabetes tipo 1 o tipo 2 y para quienes les ayudan a controlarla.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'chronic-pain',
    weight: 2,
    tradition: 'peerNetwork',
    topics: ['chronic-pain'],
    relatedTopics: ['chronic-illness', 'depression'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 85],
      ['veterans', 8],
      ['seniors', 7],
    ],
    networks: texts(['Chronic Pain Peer Network'], ['Red de Apoyo entre Pares del Dolor Crónico']),
    names: texts(
      ['{place} Chronic Pain Support Group', '{who}Living With Pain Peer Group – {place}'],
      ['Grupo de Apoyo para el Dolor Crónico{who} – {place}'],
    ),
    about: texts(
      ['A peer support group for people living with persistent pain, whatever its cause.'],
      [
        'Un grupo de apoyo entre pares para personas que viven con dolor persistente, sea cual sea la causa.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'heart-and-stroke',
    weight: 2,
    tradition: 'clinical',
    topics: ['heart-disease'],
    relatedTopics: ['chronic-illness', 'caregiving'],
    serves: ['livingWithCondition', 'caregivers'],
    audiences: [
      [null, 80],
      ['seniors', 20],
    ],
    schedules: [
      ['weekly', 20],
      ['biweekly', 10],
      ['monthly', 60],
      ['cohort', 10],
    ],
    networks: texts(['Healing Hearts Network'], ['Red Corazones en Recuperación']),
    names: texts(
      [
        '{place} Stroke Survivors Group',
        'Heart Health Support Group – {place}',
        'Healing Hearts {place}',
      ],
      ['Grupo de Sobrevivientes de Derrame – {place}', 'Corazones en Recuperación – {place}'],
    ),
    about: texts(
      [
        'A support group for people recovering from a heart attack, heart surgery or a stroke, and for the family who care for them.',
      ],
      [
        'Un grupo de apoyo para personas que se recuperan de un infarto, una cirugía de corazón o un derrame cerebral, y para los familiares que las cuidan.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'hiv-support',
    weight: 2,
    tradition: 'community',
    topics: ['hiv'],
    relatedTopics: ['chronic-illness', 'mental-health'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 55],
      ['lgbtq', 30],
      ['women', 8],
      ['bipoc', 7],
    ],
    networks: texts(['Positive Living Network'], ['Red Vivir en Positivo']),
    names: texts(
      [
        '{place} HIV Peer Support Group',
        'Positive Living {place}',
        '{who}Positive Voices – {place}',
      ],
      ['Grupo de Apoyo VIH{who} – {place}', 'Vivir en Positivo – {place}'],
    ),
    about: texts(
      [
        'A confidential peer support group for people living with HIV, whether newly diagnosed or positive for decades.',
      ],
      [
        'Un grupo confidencial de apoyo entre pares para personas que viven con VIH, recién diagnosticadas o desde hace décadas.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'dementia-caregivers',
    weight: 4,
    tradition: 'community',
    topics: ['dementia', 'caregiving'],
    relatedTopics: ['chronic-illness', 'family-and-friends'],
    serves: ['caregivers', 'familyAndFriends'],
    audiences: [
      [null, 85],
      ['seniors', 10],
      ['families', 5],
    ],
    schedules: [
      ['weekly', 20],
      ['biweekly', 15],
      ['monthly', 55],
      ['cohort', 10],
    ],
    networks: texts(['Memory Care Family Alliance'], ['Alianza de Familias y Memoria']),
    names: texts(
      ['{place} Memory Loss Caregivers Group', 'Dementia Caregiver Support – {place}'],
      [
        'Cuidando con Memoria – {place}',
        'Grupo de Apoyo para Cuidadores de Personas con Demencia – {place}',
      ],
    ),
    about: texts(
      [
        "A support group for people caring for a family member or friend with Alzheimer's disease or another dementia.",
      ],
      [
        'Un grupo de apoyo para quienes cuidan a un familiar o amigo con alzhéimer u otra demencia.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'caregivers',
    weight: 3,
    tradition: 'community',
    topics: ['caregiving'],
    relatedTopics: ['family-and-friends', 'chronic-illness'],
    serves: ['caregivers'],
    audiences: [
      [null, 75],
      ['seniors', 12],
      ['young-adults', 5],
      ['men', 8],
    ],
    networks: texts(['Caring Together Network'], ['Red Cuidar Juntos']),
    names: texts(
      [
        '{place} Caregiver Support Group',
        'Caring for the Caregiver – {place}',
        '{who}Caregivers Circle – {place}',
      ],
      ['Grupo de Apoyo para Cuidadores{who} – {place}', 'Cuidar al Cuidador – {place}'],
    ),
    about: texts(
      [
        'A group for anyone looking after a partner, parent, child or friend who is ill, disabled or frail.',
      ],
      [
        'Un grupo para quien cuida de su pareja, madre, padre, hijo o amigo enfermo, con discapacidad o frágil.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'grief-support',
    weight: 6,
    tradition: 'community',
    topics: ['grief-and-loss'],
    relatedTopics: ['family-and-friends'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 65],
      ['seniors', 10],
      ['young-adults', 5],
      ['teens', 5],
      ['men', 5],
      ['families', 5],
      ['lgbtq', 5],
    ],
    schedules: [
      ['weekly', 35],
      ['biweekly', 10],
      ['monthly', 25],
      ['cohort', 30],
    ],
    networks: texts(['Open Circle Grief Network'], ['Red de Apoyo en el Duelo Círculo Abierto']),
    names: texts(
      [
        '{place} Grief Support Group',
        '{who}Grief Circle – {place}',
        'Healing After Loss – {place}',
        'Widowed Persons Group – {place}',
      ],
      ['Grupo de Apoyo en el Duelo{who} – {place}', 'Sanar la Pérdida – {place}'],
    ),
    about: texts(
      [
        'A support group for adults grieving the death of someone close, however long ago it happened.',
        'Grief has no timetable: a gentle group for anyone who has lost a partner, a parent, a child or a friend.',
      ],
      [
        'Un grupo de apoyo para adultos que viven el duelo por la muerte de un ser querido, haga el tiempo que haga.',
        'El duelo no tiene calendario: un grupo cálido para quien ha perdido a su pareja, a su madre o padre, a un hijo o a un amigo.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'suicide-loss',
    weight: 2,
    tradition: 'peerNetwork',
    topics: ['suicide-loss', 'grief-and-loss'],
    serves: ['familyAndFriends'],
    audiences: [
      [null, 90],
      ['families', 10],
    ],
    schedules: [
      ['weekly', 15],
      ['biweekly', 15],
      ['monthly', 70],
    ],
    networks: texts(['Survivors of Suicide Loss Network'], ['Red de Sobrevivientes del Suicidio']),
    names: texts(
      ['{place} Suicide Loss Survivors Group', 'After a Suicide – {place}'],
      [
        'Grupo para Sobrevivientes de Pérdida por Suicidio – {place}',
        'Después del Suicidio – {place}',
      ],
    ),
    about: texts(
      [
        'A peer-facilitated group for people who have lost someone to suicide, led by people who have lived that loss themselves.',
      ],
      [
        'Un grupo guiado por pares para personas que han perdido a alguien por suicidio, facilitado por quienes han vivido esa misma pérdida.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'pregnancy-loss',
    weight: 1,
    tradition: 'community',
    topics: ['pregnancy-loss', 'grief-and-loss'],
    serves: ['livingWithCondition', 'familyAndFriends'],
    audiences: [
      [null, 80],
      ['women', 10],
      ['families', 10],
    ],
    schedules: [
      ['weekly', 15],
      ['monthly', 70],
      ['cohort', 15],
    ],
    networks: texts(['Empty Arms Network'], ['Red Brazos Vacíos']),
    names: texts(
      ['{place} Pregnancy and Infant Loss Support', 'Empty Arms {place}'],
      ['Grupo de Apoyo por Pérdida Gestacional e Infantil – {place}', 'Brazos Vacíos {place}'],
    ),
    about: texts(
      [
        'A support group for parents who have lost a pregnancy or a baby, at any stage, whenever it happened.',
      ],
      [
        'Un grupo de apoyo para madres y padres que han perdido un embarazo o un bebé, en cualquier etapa y en cualquier momento.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
  {
    id: 'domestic-violence',
    weight: 2,
    tradition: 'clinical',
    topics: ['domestic-violence'],
    relatedTopics: ['trauma'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 40],
      ['women', 50],
      ['lgbtq', 10],
    ],
    openness: [
      ['registration', 70],
      ['closed', 30],
    ],
    networks: texts(['Safe Circle Survivors Network'], ['Red Círculo Seguro']),
    names: texts(
      ['{who}Survivors Support Group – {place}', 'Safe Circle {place}'],
      ['Grupo de Apoyo para Sobrevivientes{who} – {place}', 'Círculo Seguro {place}'],
    ),
    about: texts(
      [
        'A confidential support group for survivors of domestic or intimate partner abuse, whether or not they are still in the relationship.',
      ],
      [
        'Un grupo confidencial de apoyo para sobrevivientes de violencia doméstica o de pareja, sigan o no en la relación.',
      ],
    ),
    format: CLINICAL_FORMATS,
  },
  {
    id: 'suicidal-thoughts',
    weight: 1,
    tradition: 'peerNetwork',
    topics: ['suicide-prevention'],
    relatedTopics: ['mental-health', 'depression'],
    serves: ['livingWithCondition'],
    audiences: [
      [null, 85],
      ['young-adults', 10],
      ['lgbtq', 5],
    ],
    networks: texts(['Alternatives Peer Network'], ['Red de Alternativas entre Pares']),
    names: texts(
      ['Alternatives Peer Group – {place}', '{place} Living Through It Peer Group'],
      ['Grupo de Apoyo entre Pares ante Pensamientos Suicidas – {place}'],
    ),
    about: texts(
      [
        'A peer-led space to talk openly about suicidal thoughts and feelings without being judged or rushed into a crisis plan.',
      ],
      [
        'Un espacio entre pares para hablar abiertamente de pensamientos y sentimientos suicidas sin ser juzgado ni apresurado.',
      ],
    ),
    format: PEER_FORMATS,
  },
  {
    id: 'lgbtq-support',
    weight: 2,
    tradition: 'community',
    topics: ['mental-health'],
    relatedTopics: ['anxiety', 'depression', 'family-and-friends'],
    serves: ['livingWithCondition'],
    baseAudiences: ['lgbtq'],
    audiences: [
      [null, 80],
      ['young-adults', 10],
      ['seniors', 10],
    ],
    networks: texts(['Rainbow Circle Network'], ['Red Círculo Arcoíris']),
    names: texts(
      ['{place} LGBTQ+ Peer Support Group', 'Rainbow Circle {place}'],
      ['Grupo de Apoyo LGBTQ+ – {place}', 'Círculo Arcoíris {place}'],
    ),
    about: texts(
      [
        'A peer support group for lesbian, gay, bisexual, transgender, queer and questioning people looking after their mental health.',
      ],
      [
        'Un grupo de apoyo entre pares para personas lesbianas, gais, bisexuales, trans, queer y en búsqueda que cuidan su salud mental.',
      ],
    ),
    format: COMMUNITY_FORMATS,
  },
];
