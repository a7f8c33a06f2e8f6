using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.YourData;

namespace TrainingHub.Tests.Pages.YourData;

public sealed class PersonalDataCoverageTests
{
    [Fact]
    public async Task Every_table_with_a_person_foreign_key_is_exported_or_left_out_with_a_reason()
    {
        using var factory = new PortalFactory().OnTestClock();
        var exported = PersonalDataExport.Sections.Select(s => s.Entity).ToHashSet();

        var missing = await factory.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => t.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Person)))
            .Select(t => t.ClrType)
            .Where(t => !exported.Contains(t) && !PersonalDataExport.LeftOut.ContainsKey(t))
            .Select(t => t.Name).ToList()));

        Assert.Empty(missing);
        Assert.All(PersonalDataExport.LeftOut.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }
}
