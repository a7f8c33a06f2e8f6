using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Venues;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Pages.Bookings;
using TrainingHub.Web.Pages.Venues;

namespace TrainingHub.Web.Pages.Events;

/// <summary>
/// Checks an event form against the programme's rules (UK times, venue or link, trainer allocation) and saves it,
/// recording what changed. Every problem is found before anything is written.
/// </summary>
public sealed class EventEditor(TrainingHubDbContext db, TrainerDirectory trainers, VenueDirectory venues, EventHistory history, TimeProvider clock)
{
    public const string StaleMessage = "Someone else changed this event while you were editing it. Your changes have not been saved: reload the event and make them again";

    /// <summary>The sessions as UTC intervals, in order; problems are added to the model state.</summary>
    public async Task<List<Interval>> ValidateAsync(EventInput input, int? eventId, ModelStateDictionary errors)
    {
        var type = input.EventTypeId is { } typeId ? await db.EventTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == typeId) : null;
        if (input.EventTypeId is not null && type is null) errors.AddModelError("Input.EventTypeId", "Choose the type of event");
        if (input.PlaceId is { } placeId && !await db.Places.AnyAsync(p => p.Id == placeId))
            errors.AddModelError("Input.PlaceId", "Choose a place from the list");
        await CheckVenueAsync(input, eventId, errors);
        BindingMessages.Replace(errors, "Input.CheckInOpensMinutesBefore",
            "Enter when check-in opens as a number of minutes, for example 30");
        NameSessionsInBindingErrors(input, errors);
        var sessions = ReadSessions(input, errors);
        await CheckScheduleAsync(input, eventId, sessions, errors);
        await CheckTrainersAsync(input, eventId, type?.RequiredAccreditation, sessions, errors);
        return sessions;
    }

    private async Task CheckScheduleAsync(EventInput input, int? eventId, List<Interval> sessions, ModelStateDictionary errors)
    {
        DateTimeOffset? first = sessions.Count > 0 ? sessions[0].StartsAt : null;
        if (EventSchedule.WhyNotOpens(input.BookingOpensOn, first) is { } opens) errors.AddModelError("Input.BookingOpensOn", opens);
        if (EventSchedule.WhyNotCloses(input.BookingOpensOn, input.BookingClosesOn, first) is { } closes)
            errors.AddModelError("Input.BookingClosesOn", closes);
        if (eventId is not { } id || input.Capacity is not { } capacity) return;
        var saved = await db.ProgrammeEvents.AsNoTracking().Where(e => e.Id == id).Select(e => (int?)e.Capacity).FirstOrDefaultAsync();
        if (EventSchedule.WhyNotCapacity(capacity, saved, await EventFacts.PlacesHeldAsync(db, id)) is { } tooFew)
            errors.AddModelError("Input.Capacity", tooFew);
    }

    private async Task CheckVenueAsync(EventInput input, int? eventId, ModelStateDictionary errors)
    {
        var typedLink = !string.IsNullOrWhiteSpace(input.JoiningLink);
        if (input.IsOnline && !typedLink)
            errors.AddModelError("Input.JoiningLink", "Enter the joining link for an online event");
        else if (typedLink && !WebLink.IsHttps(input.JoiningLink))
            errors.AddModelError("Input.JoiningLink", WebLink.NotHttps);
        else if (!input.IsOnline && typedLink)
            errors.AddModelError("Input.JoiningLink", "An event in person has no joining link: remove the link, or choose online");
        if (input.IsOnline) return;
        if (input.VenueId is { } venueId)
        {
            if (await venues.WhyNotAsync(venueId, input.Capacity, await SavedVenueAsync(eventId)) is { } whyNot)
                errors.AddModelError("Input.VenueId", whyNot);
        }
        else if (string.IsNullOrWhiteSpace(input.VenueName))
            errors.AddModelError("Input.VenueName", "Enter the venue name, or choose online");
    }

    /// <summary>The venue the event was saved with: it may still be chosen after it is retired.</summary>
    public async Task<int?> SavedVenueAsync(int? eventId) => eventId is { } id
        ? await db.ProgrammeEvents.AsNoTracking().Where(e => e.Id == id).Select(e => e.VenueId).FirstOrDefaultAsync()
        : null;

    private async Task<VenueDetails?> ChosenVenueAsync(EventInput input, int? eventId) =>
        input.IsOnline || input.VenueId is not { } venueId ? null : await venues.ChosenAsync(venueId, await SavedVenueAsync(eventId));

    /// <summary>The sessions the form holds so far, ignoring rows not yet complete (to show trainers' standing before saving).</summary>
    public static List<Interval> SessionsOf(EventInput input) => ReadSessions(input, new ModelStateDictionary());

    /// <summary>A date or time that could not be read is refused by the model binder, which knows the field but not the session.</summary>
    private static void NameSessionsInBindingErrors(EventInput input, ModelStateDictionary errors)
    {
        for (var i = 0; i < input.Sessions.Count; i++)
        {
            var key = $"Input.Sessions[{i}]";
            BindingMessages.Replace(errors, $"{key}.Date", $"Session {i + 1} date must be a real date");
            BindingMessages.Replace(errors, $"{key}.Start", $"Session {i + 1} start time must be a time, for example 09:30");
            BindingMessages.Replace(errors, $"{key}.End", $"Session {i + 1} end time must be a time, for example 16:30");
        }
    }

    private static List<Interval> ReadSessions(EventInput input, ModelStateDictionary errors)
    {
        var sessions = new List<Interval>();
        for (var i = 0; i < input.Sessions.Count; i++)
        {
            var row = input.Sessions[i];
            var key = $"Input.Sessions[{i}]";
            var unreadable = new[] { "Date", "Start", "End" }.Any(part => errors.GetFieldValidationState($"{key}.{part}") == ModelValidationState.Invalid);
            if (row.IsBlank || unreadable) continue;
            if (row.Date is not { } date) { errors.AddModelError($"{key}.Date", $"Enter the date of session {i + 1}"); continue; }
            if (row.Start is not { } start) { errors.AddModelError($"{key}.Start", $"Enter the start time of session {i + 1}"); continue; }
            if (row.End is not { } end) { errors.AddModelError($"{key}.End", $"Enter the end time of session {i + 1}"); continue; }
            var from = LondonTime.ToInstant(date, start);
            var to = LondonTime.ToInstant(date, end);
            if (!from.IsValid) errors.AddModelError($"{key}.Start", $"Session {i + 1}: {from.Problem}");
            else if (!to.IsValid) errors.AddModelError($"{key}.End", $"Session {i + 1}: {to.Problem}");
            else if (to.Instant <= from.Instant) errors.AddModelError($"{key}.End", $"Session {i + 1} must end after it starts");
            else sessions.Add(new Interval(from.Instant!.Value, to.Instant!.Value));
        }
        var ordered = sessions.OrderBy(s => s.StartsAt).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(pair => pair.First.Overlaps(pair.Second)))
            errors.AddModelError("Input.Sessions[0].Date", "Sessions of the same event must not overlap");
        return ordered;
    }

    private async Task CheckTrainersAsync(EventInput input, int? eventId, string? accreditation, List<Interval> sessions, ModelStateDictionary errors)
    {
        var rows = input.Trainers.Select((t, i) => (Row: i, t.PersonId, t.Role)).Where(r => r.PersonId is not null).ToList();
        if (rows.Count == 0) return;
        var ids = rows.Select(r => r.PersonId!.Value).Distinct().ToList();
        var standings = await trainers.StandingsAsync(ids);
        foreach (var missing in rows.Where(r => !standings.ContainsKey(r.PersonId!.Value)))
            errors.AddModelError($"Input.Trainers[{missing.Row}].PersonId", "Choose a trainer from the list");
        var proposed = rows.Where(r => standings.ContainsKey(r.PersonId!.Value))
            .Select(r => new ProposedTrainer(r.Row, standings[r.PersonId!.Value], r.Role)).ToList();
        var commitments = sessions.Count == 0 ? []
            : await trainers.CommitmentsAsync(ids, eventId, sessions[0].StartsAt, sessions.Max(s => s.EndsAt));
        foreach (var problem in TrainerAllocationRules.Check(proposed, accreditation, sessions, commitments))
            errors.AddModelError(problem.Row is { } row ? $"Input.Trainers[{row}].PersonId" : "Input.Trainers", problem.Message);
    }

    /// <summary>The new event's id, or why it was not saved.</summary>
    public async Task<(int? Id, string? Problem)> CreateAsync(EventInput input, List<Interval> sessions, int changedBy)
    {
        var now = clock.GetUtcNow();
        var programmeEvent = new ProgrammeEvent { Title = "", Status = EventStatus.Draft, CreatedAt = now };
        Apply(programmeEvent, input, await ChosenVenueAsync(input, null), sessions, now);
        db.ProgrammeEvents.Add(programmeEvent);
        history.Record(programmeEvent, changedBy, "Created as a draft");
        if (await SaveAllocationAsync(programmeEvent, sessions, null) is { } problem) return (null, problem);
        return (programmeEvent.Id, null);
    }

    /// <summary>Saves the form over the event, or returns why not (stale form, event no longer editable).</summary>
    public async Task<string?> UpdateAsync(int eventId, EventInput input, List<Interval> sessions, int changedBy)
    {
        var programmeEvent = await db.ProgrammeEvents.Include(e => e.Sessions).Include(e => e.Trainers)
            .FirstAsync(e => e.Id == eventId);
        if (!EventLifecycle.IsEditable(programmeEvent.Status)) return $"A {programmeEvent.Status.ToString().ToLowerInvariant()} event cannot be changed";
        if (programmeEvent.Sequence != input.Sequence) return StaleMessage;
        var before = await history.SnapshotAsync(programmeEvent);
        db.Entry(programmeEvent).Property(e => e.Sequence).OriginalValue = input.Sequence;
        Apply(programmeEvent, input, await ChosenVenueAsync(input, eventId), sessions, clock.GetUtcNow());
        var changes = EventSnapshot.Differences(before, await history.SnapshotAsync(programmeEvent));
        if (changes.Count == 0) return null;
        programmeEvent.Sequence = input.Sequence + 1;
        history.Record(programmeEvent, changedBy, string.Join(Environment.NewLine, changes));
        try
        {
            return await SaveAllocationAsync(programmeEvent, sessions, eventId);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleMessage;
        }
    }

    /// <summary>
    /// The overlap check was made when the form was read; another lead may have allocated the same trainer since.
    /// Taking the trainers' diary rows first makes such saves take turns, so the re-check here sees the other one.
    /// </summary>
    private async Task<string?> SaveAllocationAsync(ProgrammeEvent e, List<Interval> sessions, int? eventId)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ids = e.Trainers.Select(t => t.PersonId).Distinct().ToList();
        if (ids.Count > 0 && sessions.Count > 0)
        {
            await trainers.TakeDiariesAsync(ids);
            var commitments = await trainers.CommitmentsAsync(ids, eventId, sessions[0].StartsAt, sessions.Max(s => s.EndsAt));
            if (ids.Select(id => TrainerAllocationRules.Clash(id, sessions, commitments)).FirstOrDefault(c => c is not null) is { } clash)
                return $"A trainer on this event was allocated to {clash.EventTitle} at an overlapping time ({LondonTime.Describe(clash.Session.StartsAt, clash.Session.EndsAt)}) while you were saving. Nothing has been saved: choose another trainer";
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    /// <summary>A venue from the directory gives the event its name, address and accessibility notes: what attendees are told.</summary>
    private void Apply(ProgrammeEvent e, EventInput input, VenueDetails? venue, List<Interval> sessions, DateTimeOffset now)
    {
        e.EventTypeId = input.EventTypeId!.Value;
        e.Title = input.Title!.Trim();
        e.PlaceId = input.PlaceId;
        e.IsOnline = input.IsOnline;
        e.VenueId = venue is null ? null : input.VenueId;
        e.VenueName = venue is null ? Tidy(input.VenueName) : venue.Name;
        e.VenueAddress = venue is null ? Tidy(input.VenueAddress) : venue.Address;
        e.AccessibilityNotes = venue is null ? Tidy(input.AccessibilityNotes) : venue.AccessibilityNotes;
        e.JoiningLink = input.IsOnline ? Tidy(input.JoiningLink) : null;
        e.Capacity = input.Capacity!.Value;
        e.CheckInOpensMinutesBefore = input.CheckInOpensMinutesBefore ?? Domain.Bookings.SelfCheckIn.DefaultOpensMinutesBefore;
        e.BookingOpensAt = input.BookingOpensOn is { } opens ? LondonTime.StartOfDay(opens) : null;
        e.BookingClosesAt = input.BookingClosesOn is { } closes ? EventSchedule.ClosesAt(closes) : null;
        e.UpdatedAt = now;
        ApplySessions(e, sessions);
        ApplyTrainers(e, input.Trainers.Where(t => t.PersonId is not null).ToList());
    }

    // Sessions keep their rows (and so their calendar UIDs) by position: moving a date updates the entry people already have.
    private void ApplySessions(ProgrammeEvent e, List<Interval> sessions)
    {
        var existing = e.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToList();
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = i < existing.Count ? existing[i] : AddSession(e);
            session.StartsAt = sessions[i].StartsAt;
            session.EndsAt = sessions[i].EndsAt;
        }
        foreach (var gone in existing.Skip(sessions.Count)) { e.Sessions.Remove(gone); db.EventSessions.Remove(gone); }
        e.RecalculateDates();
    }

    private static EventSession AddSession(ProgrammeEvent e)
    {
        var session = new EventSession();
        e.Sessions.Add(session);
        return session;
    }

    private void ApplyTrainers(ProgrammeEvent e, List<TrainerInput> wanted)
    {
        foreach (var gone in e.Trainers.Where(t => wanted.All(w => w.PersonId != t.PersonId)).ToList())
        {
            e.Trainers.Remove(gone);
            db.EventTrainers.Remove(gone);
        }
        foreach (var w in wanted)
        {
            var current = e.Trainers.FirstOrDefault(t => t.PersonId == w.PersonId);
            if (current is null) e.Trainers.Add(new EventTrainer { PersonId = w.PersonId!.Value, Role = w.Role });
            else current.Role = w.Role;
        }
    }

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The form filled from a saved event.</summary>
    public async Task<EventInput?> InputForAsync(int eventId)
    {
        var e = await db.ProgrammeEvents.AsNoTracking().Include(x => x.Sessions).Include(x => x.Trainers)
            .FirstOrDefaultAsync(x => x.Id == eventId);
        if (e is null) return null;
        return new EventInput
        {
            EventTypeId = e.EventTypeId, Title = e.Title, PlaceId = e.PlaceId, IsOnline = e.IsOnline, VenueId = e.VenueId,
            // The typed venue is for "other": a directory venue's details come from the directory when saved.
            VenueName = e.VenueId is null ? e.VenueName : null, VenueAddress = e.VenueId is null ? e.VenueAddress : null,
            AccessibilityNotes = e.VenueId is null ? e.AccessibilityNotes : null,
            JoiningLink = e.JoiningLink, Capacity = e.Capacity, Sequence = e.Sequence, CheckInOpensMinutesBefore = e.CheckInOpensMinutesBefore,
            BookingOpensOn = e.BookingOpensAt is { } o ? LondonTime.DateOf(o) : null,
            BookingClosesOn = e.BookingClosesAt is { } c ? LondonTime.DateOf(c.AddTicks(-1)) : null,
            Sessions = e.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionInput
            { Date = LondonTime.DateOf(s.StartsAt), Start = LondonTime.TimeOf(s.StartsAt), End = LondonTime.TimeOf(s.EndsAt) }).ToList(),
            Trainers = e.Trainers.OrderBy(t => t.Role).Select(t => new TrainerInput { PersonId = t.PersonId, Role = t.Role }).ToList(),
        };
    }

    /// <summary>A new event's form, filled from its type's defaults.</summary>
    public async Task<EventInput> InputForTypeAsync(int? typeId)
    {
        var type = typeId is { } id ? await db.EventTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id) : null;
        if (type is null) return new EventInput();
        return new EventInput
        {
            EventTypeId = type.Id, Title = type.Name, Capacity = type.DefaultCapacity,
            Sessions = Enumerable.Range(0, type.DefaultDays)
                .Select(_ => new SessionInput { Start = type.DefaultStartTime, End = type.DefaultEndTime }).ToList(),
        };
    }
}
