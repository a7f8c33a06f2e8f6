using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Coverage;

namespace TrainingHub.Web.Pages.Practices;

/// <param name="NoDatabaseYet">A dry run before the database exists compares the file with an empty register rather than create one.</param>
public sealed record PracticeImportReport(string? Rejection, IReadOnlyList<ImportOutcome> Outcomes, bool DryRun, int RowsRead,
    OdsFileFormat? Format = null, bool NoDatabaseYet = false)
{
    public int Count(ImportAction action) => Outcomes.Count(o => o.Action == action);
    public static PracticeImportReport Rejected(string reason) => new(reason, [], true, 0);
}

/// <summary>
/// Applies the import rules (<see cref="PracticeImportPlan"/>) to the register in one transaction, then records
/// today's coverage again so the trend's last point counts the register the coverage table now counts.
/// </summary>
public sealed class PracticeImporter(TrainingHubDbContext db, CoverageSnapshots snapshots, TimeProvider clock)
{
    public Task<PracticeImportReport> ImportAsync(TextReader file, IEnumerable<string> commissionerCodes, bool dryRun, CancellationToken ct = default) =>
        ImportAsync(file, commissionerCodes, DepartureChoices.None, dryRun, ct);

    public async Task<PracticeImportReport> ImportAsync(TextReader file, IEnumerable<string> commissionerCodes, DepartureChoices choices, bool dryRun,
        CancellationToken ct = default)
    {
        OdsPracticeFileContents contents;
        try { contents = OdsPracticeFile.Read(file); }
        catch (OdsFileFormatException ex) { return PracticeImportReport.Rejected(ex.Message + " Nothing was imported."); }
        var rows = contents.Rows;

        var codes = commissionerCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToHashSet();
        if (codes.Count == 0) return PracticeImportReport.Rejected("Choose at least one commissioner code. Nothing was imported.");

        var noDatabaseYet = false;
        if (dryRun)
        {
            if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct)) noDatabaseYet = true;
            else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                return PracticeImportReport.Rejected("The database is not up to date: run the migrate command first. Nothing was changed.");
        }
        var register = noDatabaseYet ? [] : await db.Practices.Include(p => p.Place).ToDictionaryAsync(p => p.OdsCode, ct);
        if (!noDatabaseYet && await UnknownPlaceAsync(choices, ct) is { } unknown)
            return PracticeImportReport.Rejected($"No place has commissioner code {unknown}: follow to an existing place's code, or to 'new' for a new place. Nothing was imported.");
        var registered = register.ToDictionary(kv => kv.Key, kv => Snapshot(kv.Value));
        var outcomes = PracticeImportPlan.Decide(rows, codes, registered).Concat(PracticeDepartures.Decide(rows, codes, registered, choices)).ToList();
        var undecided = outcomes.Count(o => o.Action == ImportAction.NeedsChoice);
        if (!dryRun && undecided > 0)
            return new PracticeImportReport($"{undecided} practices the file no longer lists under the chosen commissioners need a choice: follow each new commissioner to a place, or mark them as having left the programme's area. Nothing was imported.",
                outcomes, true, rows.Count, contents.Format);
        if (dryRun) return new PracticeImportReport(null, outcomes, dryRun, rows.Count, contents.Format, noDatabaseYet);
        try
        {
            await ApplyAsync(rows, codes, choices, outcomes, register, ct);
        }
        catch (DbUpdateException)
        {
            // Another import committed first (the unique ODS code index refused a second copy); this one rolled back.
            return PracticeImportReport.Rejected("Another import changed the register while this one ran. Nothing from this file was imported: check the file again.");
        }
        return new PracticeImportReport(null, outcomes, dryRun, rows.Count, contents.Format);
    }

    private async Task<string?> UnknownPlaceAsync(DepartureChoices choices, CancellationToken ct)
    {
        var existing = choices.Follow.Values.Except(choices.Follow.Keys).ToList();
        var known = await db.Places.Where(p => existing.Contains(p.CommissionerCode)).Select(p => p.CommissionerCode).ToListAsync(ct);
        return existing.Except(known).FirstOrDefault();
    }

    private async Task ApplyAsync(IReadOnlyList<OdsPracticeRow> rows, HashSet<string> codes, DepartureChoices choices,
        IReadOnlyList<ImportOutcome> outcomes, Dictionary<string, Practice> register, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var places = await EnsurePlacesAsync(rows, [.. codes, .. choices.Follow.Values], ct);
        var byLine = rows.ToDictionary(r => r.LineNumber);
        var now = clock.GetUtcNow();
        foreach (var outcome in outcomes.Where(o => o.Action is ImportAction.Follow or ImportAction.Left))
        {
            var practice = register[outcome.OdsCode];
            if (outcome.Action == ImportAction.Left)
            {
                practice.LeftProgrammeOn = LondonTime.DateOf(now);
                practice.UpdatedAt = now;
                continue;
            }
            var row = byLine[outcome.LineNumber];
            CopyFrom(practice, row, places[choices.Follow[row.CommissionerCode]], now);
        }
        foreach (var outcome in outcomes.Where(o => o.Action is ImportAction.Create or ImportAction.Update or ImportAction.Close))
        {
            var row = byLine[outcome.LineNumber];
            if (!register.TryGetValue(row.OdsCode, out var practice))
            {
                practice = new Practice { OdsCode = row.OdsCode, Name = row.Name, CommissionerCode = row.CommissionerCode };
                db.Practices.Add(practice);
            }
            // A practice followed earlier stays in the place it was followed to.
            CopyFrom(practice, row, places.GetValueOrDefault(row.CommissionerCode) ?? practice.Place!, now);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var today = LondonTime.DateOf(now);
        await snapshots.RecordAsync(today, today, ct);
    }

    private async Task<Dictionary<string, Place>> EnsurePlacesAsync(IReadOnlyList<OdsPracticeRow> rows, HashSet<string> codes, CancellationToken ct)
    {
        var places = await db.Places.Where(p => codes.Contains(p.CommissionerCode)).ToDictionaryAsync(p => p.CommissionerCode, ct);
        foreach (var code in codes.Where(c => !places.ContainsKey(c)))
        {
            var geography = rows.FirstOrDefault(r => r.CommissionerCode == code)?.HighLevelHealthGeography;
            if (geography is null) continue;
            var ics = await db.IntegratedCareSystems.FirstOrDefaultAsync(i => i.Code == geography, ct)
                      ?? db.IntegratedCareSystems.Local.FirstOrDefault(i => i.Code == geography)
                      ?? db.IntegratedCareSystems.Add(new IntegratedCareSystem { Name = $"Health geography {geography}", Code = geography }).Entity;
            places[code] = db.Places.Add(new Place { Name = $"Commissioner {code}", CommissionerCode = code, IntegratedCareSystem = ics }).Entity;
        }
        return places;
    }

    private static void CopyFrom(Practice practice, OdsPracticeRow row, Place place, DateTimeOffset now)
    {
        var incoming = PracticeImportPlan.ToRegistered(row);
        practice.Name = incoming.Name;
        var lines = incoming.AddressLines;
        practice.AddressLine1 = lines.ElementAtOrDefault(0);
        practice.AddressLine2 = lines.ElementAtOrDefault(1);
        practice.AddressLine3 = lines.ElementAtOrDefault(2);
        practice.AddressLine4 = lines.ElementAtOrDefault(3);
        practice.AddressLine5 = lines.ElementAtOrDefault(4);
        practice.Postcode = incoming.Postcode;
        practice.Telephone = incoming.Telephone;
        practice.Status = incoming.Status;
        practice.OpenedOn = incoming.OpenedOn;
        practice.ClosedOn = incoming.ClosedOn;
        practice.CommissionerCode = incoming.CommissionerCode;
        practice.IcbCode = incoming.IcbCode ?? practice.IcbCode;
        practice.Place = place;
        practice.UpdatedAt = now;
    }

    private static RegisteredPractice Snapshot(Practice p) => new(
        p.OdsCode, p.Name,
        new[] { p.AddressLine1, p.AddressLine2, p.AddressLine3, p.AddressLine4, p.AddressLine5 }.OfType<string>().ToArray(),
        p.Postcode, p.Telephone, p.Status, p.OpenedOn, p.ClosedOn, p.CommissionerCode, p.IcbCode, p.LeftProgrammeOn, p.Place?.CommissionerCode);
}
