"""Parses an iCalendar file with Debian's python3-icalendar (a second parser beside ical.js) and prints what a
calendar app would see as JSON, in the same shape as tests/node/parse-ics.mjs: times in UTC.
Usage: parse_ics.py FILE. Exits non-zero when the file does not parse."""
import json, sys
from datetime import timezone
from icalendar import Calendar

with open(sys.argv[1], "rb") as f:
    calendar = Calendar.from_ical(f.read())


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def utc(component, name):
    value = component.decoded(name)
    if value.tzinfo is None:
        raise SystemExit(f"{name} {value} has no zone")
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def listed(component, name):
    value = component.get(name)
    return [] if value is None else value if isinstance(value, list) else [value]


events = []
for vevent in calendar.walk("VEVENT"):
    attendees = listed(vevent, "ATTENDEE")
    events.append({
        "uid": text(vevent, "UID"), "sequence": int(vevent.get("SEQUENCE", 0)),
        "summary": text(vevent, "SUMMARY"), "location": text(vevent, "LOCATION"),
        "description": text(vevent, "DESCRIPTION"), "status": text(vevent, "STATUS"),
        "start": utc(vevent, "DTSTART"), "end": utc(vevent, "DTEND"),
        "startZone": vevent["DTSTART"].params.get("TZID"), "endZone": vevent["DTEND"].params.get("TZID"),
        "organizer": text(vevent, "ORGANIZER"),
        "attendees": [str(a) for a in attendees],
        "partstats": [a.params.get("PARTSTAT") for a in attendees],
        "alarms": [str(a.get("TRIGGER").to_ical().decode()) for a in vevent.walk("VALARM")],
    })
print(json.dumps({"version": text(calendar, "VERSION"), "method": text(calendar, "METHOD"),
                  "zones": [text(z, "TZID") for z in calendar.walk("VTIMEZONE")], "events": events}))
