// Parses an iCalendar file with ical.js (a real RFC 5545 parser) and prints what a calendar app would see, as JSON.
// Usage: node parse-ics.mjs FILE. Exits non-zero when the file does not parse.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    location: event.location,
    description: event.description,
    status: vevent.getFirstPropertyValue('status'),
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    organizer: vevent.getFirstPropertyValue('organizer'),
    attendees: vevent.getAllProperties('attendee').map((p) => p.getFirstValue()),
    alarms: vevent.getAllSubcomponents('valarm').map((a) => a.getFirstPropertyValue('trigger').toString()),
  };
});
process.stdout.write(JSON.stringify({ version: calendar.getFirstPropertyValue('version'), method: calendar.getFirstPropertyValue('method'), events }));
