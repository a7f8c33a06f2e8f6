using System.IO.Compression;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Every active GP practice in England from an ODS epraccur file (Welsh practices and other prescribing settings
/// left out); each commissioner becomes a place and each high-level health geography an integrated care system.
/// A smaller scale takes whole commissioners in code order, then trims to the number of practices asked for.
/// </summary>
public static class NationalPractices
{
    public const string ResourceName = "TrainingHub.Web.Demo.National.epraccur.csv.gz";

    public static IReadOnlyList<OdsPracticeRow> Read(string? path)
    {
        using var stream = path is null
            ? typeof(NationalPractices).Assembly.GetManifestResourceStream(ResourceName)!
            : File.OpenRead(path);
        using var file = (path ?? ResourceName).EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress))
            : new StreamReader(stream);
        return OdsPracticeFile.Read(file).Rows
            .Where(r => r.Status == PracticeStatus.Active && r.IsGpPractice && !r.OdsCode.StartsWith('W'))
            .OrderBy(r => r.CommissionerCode, StringComparer.Ordinal).ThenBy(r => r.OdsCode, StringComparer.Ordinal)
            .ToList();
    }

    public static List<IntegratedCareSystem> Systems(IEnumerable<OdsPracticeRow> rows) =>
        rows.Select(r => r.HighLevelHealthGeography).Distinct().Order(StringComparer.Ordinal)
            .Select((code, i) => new IntegratedCareSystem { Id = i + 1, Code = code, Name = $"Health geography {code}" })
            .ToList();

    public static List<Place> Places(IEnumerable<OdsPracticeRow> rows, List<IntegratedCareSystem> systems)
    {
        var systemId = systems.ToDictionary(s => s.Code!, s => s.Id);
        return rows.GroupBy(r => r.CommissionerCode).Select((g, i) => new Place
        {
            Id = i + 1, Name = $"Commissioner {g.Key}", CommissionerCode = g.Key, IntegratedCareSystemId = systemId[g.First().HighLevelHealthGeography],
        }).ToList();
    }

    public static IEnumerable<Practice> Practices(IEnumerable<OdsPracticeRow> rows, List<Place> places, Bogus.Faker faker, DateTimeOffset now)
    {
        var placeId = places.ToDictionary(p => p.CommissionerCode, p => p.Id);
        var conditions = Enum.GetValues<LongTermConditions>().Where(c => c != LongTermConditions.None).ToArray();
        var id = 0;
        foreach (var row in rows)
        {
            var incoming = PracticeImportPlan.ToRegistered(row);
            var lines = incoming.AddressLines;
            yield return new Practice
            {
                Id = ++id, OdsCode = incoming.OdsCode, Name = incoming.Name, CommissionerCode = incoming.CommissionerCode,
                AddressLine1 = lines.ElementAtOrDefault(0), AddressLine2 = lines.ElementAtOrDefault(1), AddressLine3 = lines.ElementAtOrDefault(2),
                AddressLine4 = lines.ElementAtOrDefault(3), AddressLine5 = lines.ElementAtOrDefault(4),
                Postcode = incoming.Postcode, Telephone = incoming.Telephone, Status = incoming.Status,
                OpenedOn = incoming.OpenedOn, ClosedOn = incoming.ClosedOn, PlaceId = placeId[row.CommissionerCode], UpdatedAt = now,
                ConditionsInScope = LongTermConditions.Diabetes |
                    faker.PickRandom(conditions, faker.Random.Int(0, 3)).Aggregate(LongTermConditions.None, (a, c) => a | c),
                EnhancedServiceLevel = faker.PickRandom<EnhancedServiceLevel>(),
            };
        }
    }

    public static List<OdsPracticeRow> Take(IReadOnlyList<OdsPracticeRow> all, int? practices) =>
        practices is { } n ? all.Take(n).ToList() : [.. all];
}
