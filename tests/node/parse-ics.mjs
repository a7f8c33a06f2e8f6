// Parses an iCalendar file with ical.js (a real RFC 5545 parser) and prints what a calendar app would see, as JSON.
// The file's own VTIMEZONEs are registered first, as a calendar app does, so TZID times convert by them.
// Usage: node parse-ics.mjs FILE. Exits non-zero when the file does not parse.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const zones = calendar.getAllSubcomponents('vtimezone').map((vtimezone) => {
  const zone = new ICAL.Timezone(vtimezone);
  ICAL.TimezoneService.register(zone.tzid, zone);
  return zone.tzid;
});
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  const attendees = vevent.getAllProperties('attendee');
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    location: event.location,
    description: event.description,
    status: vevent.getFirstPropertyValue('status'),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    startZone: vevent.getFirstProperty('dtstart').getParameter('tzid') ?? null,
    endZone: vevent.getFirstProperty('dtend').getParameter('tzid') ?? null,
    organizer: vevent.getFirstPropertyValue('organizer'),
    attendees: attendees.map((p) => p.getFirstValue()),
    partstats: attendees.map((p) => p.getParameter('partstat') ?? null),
    alarms: vevent.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()),
  };
});
process.stdout.write(JSON.stringify({ version: calendar.getFirstPropertyValue('version'), method: calendar.getFirstPropertyValue('method'), zones, events }));
