using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Audit;

namespace TrainingHub.Web.Audit;

/// <summary>
/// What the audit log records by hand: sign-ins, failed sign-ins, a lead reading another person's record, and writes
/// made without change tracking (ExecuteUpdate/ExecuteDelete), which <see cref="AuditTrail"/> cannot see.
/// </summary>
public sealed class AuditLog(TrainingHubDbContext db, AuditActor actor, TimeProvider clock)
{
    public const string SignIn = "Sign-in";
    public const string PersonalData = "Person's data";

    /// <summary>A sign-in's person comes from the account, not the request: nobody is signed in on it yet.</summary>
    public Task SignedInAsync(int personId, string how) => AddAsync(AuditKind.SignedIn, SignIn, personId.ToString(), new { How = how }, actorId: personId);

    /// <summary>
    /// The person tried is named only when the address belongs to an account; the typed address itself is not kept,
    /// so an erased person's email cannot survive here.
    /// </summary>
    public Task SignInFailedAsync(int? personId, string why) => AddAsync(AuditKind.SignInFailed, SignIn, personId?.ToString(), new { Why = why }, actorId: null);

    public Task ReadAsync(string what, int personId) => AddAsync(AuditKind.Read, PersonalData, personId.ToString(), new { What = what });

    /// <summary>A person erased on request; saved with the erasure, so both happen or neither.</summary>
    public void Erased(int personId, string why) =>
        db.AuditEntries.Add(Entry(AuditKind.Erased, PersonalData, personId.ToString(), null, System.Text.Json.JsonSerializer.Serialize(new { Why = why })));

    /// <summary>A write made without change tracking; the values follow the same rule as tracked ones (text masked unless kept).</summary>
    public void Changed(Type record, string id, IReadOnlyDictionary<string, object?> before, IReadOnlyDictionary<string, object?> after)
    {
        var audited = AuditedRecords.For(record) ?? throw new ArgumentException($"{record.Name} is not an audited record", nameof(record));
        db.AuditEntries.Add(Entry(AuditKind.Changed, audited.Kind, id, Masked(audited, before), Masked(audited, after)));
    }

    public void Removed(Type record, string id, IReadOnlyDictionary<string, object?> before)
    {
        var audited = AuditedRecords.For(record) ?? throw new ArgumentException($"{record.Name} is not an audited record", nameof(record));
        db.AuditEntries.Add(Entry(AuditKind.Removed, audited.Kind, id, Masked(audited, before), null));
    }

    private static string Masked(AuditedRecords.Audited audited, IReadOnlyDictionary<string, object?> values) =>
        AuditValues.Write(values.ToDictionary(v => v.Key, v => AuditValues.Kept(audited, v.Key, v.Value)));

    private Task AddAsync(AuditKind kind, string entityKind, string? id, object what) =>
        AddAsync(kind, entityKind, id, what, actor.Current().PersonId);

    private async Task AddAsync(AuditKind kind, string entityKind, string? id, object what, int? actorId)
    {
        var entry = Entry(kind, entityKind, id, null, System.Text.Json.JsonSerializer.Serialize(what));
        entry.ActorPersonId = actorId;
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
    }

    private AuditEntry Entry(AuditKind kind, string entityKind, string? id, string? before, string? after)
    {
        var (who, address) = actor.Current();
        return new AuditEntry
        {
            At = clock.GetUtcNow(), ActorPersonId = who, Address = address, Kind = kind, EntityKind = entityKind, EntityId = id,
            Before = before, After = after,
        };
    }
}
