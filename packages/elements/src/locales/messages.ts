import type {
  AccessibilityFeature,
  Attendance,
  Cost,
  Facilitation,
  Openness,
  Platform,
  SortOrder,
  TimeOfDay,
} from '@peer-groups/core';

/**
 * Every string the widget shows or speaks, in one locale. A locale file that misses a key does
 * not compile. Functions take numbers and dates already formatted through `Intl`.
 */
export interface Messages {
  /** Heading of the widget. */
  title: string;
  /** Label of the place field. */
  place: string;
  /** Hint under the place field. */
  placeHint: string;
  /** The search button. */
  search: string;
  /** The "use my location" button. */
  useLocation: string;
  /** Why the location is asked for and what happens to it. */
  locationWhy: string;
  /** Shown while the browser finds the position. */
  locating: string;
  /** Shown when the position is refused or unavailable. */
  locationFailed: string;
  /** What the place field shows after "use my location". */
  myLocation: string;
  /** The "where" choice: near a place. */
  nearPlace: string;
  /** The "where" choice: online groups. */
  onlineOnly: string;
  /** Legend of the "where" choice. */
  where: string;
  /** Label of the free-text search. */
  keywords: string;
  /** Heading of the filters. */
  filters: string;
  /** The button that clears every filter. */
  clearAll: string;
  /** Heading of the topics filter. */
  topics: string;
  /** Heading of the audiences filter. */
  audiences: string;
  /** Heading of the attendance filter. */
  attendance: string;
  /** Heading of the days filter. */
  days: string;
  /** Heading of the time-of-day filter. */
  timeOfDay: string;
  /** Heading of the languages filter. */
  languages: string;
  /** Heading of the other yes/no filters. */
  more: string;
  /** Names of the attendance modes. */
  attendanceNames: Record<Attendance, string>;
  /** Names of the parts of the day. */
  timeOfDayNames: Record<TimeOfDay, string>;
  /** Filter: free groups only. */
  free: string;
  /** Filter: wheelchair-accessible venue. */
  accessible: string;
  /** Filter: accepts referrals. */
  acceptsReferrals: string;
  /** Filter: meets at a healthcare facility. */
  atFacility: string;
  /** Filter: meets in the next 7 days. */
  withinWeek: string;
  /** Label of the sort menu. */
  sort: string;
  /** Names of the sort orders. */
  sortNames: Record<SortOrder, string>;
  /** The live announcement of a result count. */
  found: (count: number, formatted: string) => string;
  /** The "show more" button. */
  showMore: string;
  /** Spoken while results load. */
  loading: string;
  /** Nothing matched. */
  empty: string;
  /** Offer to search a wider area. */
  widen: (distance: string) => string;
  /** Offer to show online groups. */
  showOnline: string;
  /** The browser is offline or the API unreachable. */
  offline: string;
  /** The API failed or answered nonsense. */
  failed: string;
  /** The API asked to slow down. */
  rateLimited: (seconds: string) => string;
  /** The typed place is unknown. */
  placeUnknown: string;
  /** The group is gone. */
  notFound: string;
  /** The retry button. */
  retry: string;
  /** Card: the next meeting. */
  nextMeeting: string;
  /** Card: no upcoming meeting. */
  noUpcoming: string;
  /** Card: the distance. */
  away: (distance: string) => string;
  /** Add a group to the clinician's short list. */
  pick: string;
  /** Heading of the short list. */
  shortlist: (count: string) => string;
  /** Print the referral handout. */
  printHandout: string;
  /** Empty the short list. */
  clearShortlist: string;
  /** Heading of the printed handout. */
  handoutTitle: string;
  /** Back from the detail view. */
  back: string;
  /** Detail: when the group meets. */
  when: string;
  /** Detail: where the group meets. */
  venue: string;
  /** Detail: how to join online. */
  joinOnline: string;
  /** Detail: the map link. */
  directions: string;
  /** Detail: accessibility. */
  accessibility: string;
  /** Names of accessibility features. */
  accessibilityNames: Record<AccessibilityFeature, string>;
  /** Names of meeting platforms. */
  platformNames: Record<Platform, string>;
  /** The join link, naming the platform. */
  join: (platform: string) => string;
  /** Label of a dial-in number. */
  dialIn: string;
  /** Label of an access code. */
  accessCode: string;
  /** Detail: contact. */
  contact: string;
  /** Detail: referrals. */
  referrals: string;
  /** The group takes referrals. */
  referralsYes: string;
  /** The group takes no referrals. */
  referralsNo: string;
  /** When the listing was last checked. */
  verified: (date: string) => string;
  /** Names of costs. */
  costNames: Record<Cost, string>;
  /** Names of openness. */
  opennessNames: Record<Openness, string>;
  /** Names of facilitation. */
  facilitationNames: Record<Facilitation, string>;
  /** Detail: the group's website. */
  website: string;
  /** Add to calendar. */
  addToCalendar: string;
  /** Share. */
  share: string;
  /** Said after the link was copied. */
  copied: string;
  /** Said when the browser refused to copy the link, with the link to copy by hand. */
  copyFailed: (url: string) => string;
  /** Print. */
  print: string;
  /** Open the correction form. */
  suggestCorrection: string;
  /** Label of the correction text. */
  correctionNote: string;
  /** Label of the optional email. */
  correctionEmail: string;
  /** Send the correction. */
  send: string;
  /** Close the correction form. */
  cancel: string;
  /** The correction was received. */
  sent: string;
  /** The correction could not be sent. */
  sendFailed: string;
  /** The correction's text was left empty. */
  noteRequired: string;
  /** Close the thanks after a correction was sent. */
  close: string;
}
