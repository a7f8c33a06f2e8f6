using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.PersonalData;

namespace TrainingHub.Web.Data.Configurations;

public class PersonalDataRequestConfiguration : IEntityTypeConfiguration<PersonalDataRequest>
{
    public void Configure(EntityTypeBuilder<PersonalDataRequest> b)
    {
        b.HasIndex(x => new { x.PersonId, x.At });
        b.HasOne<Entities.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Entities.Person>().WithMany().HasForeignKey(x => x.ActedByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
