using Microsoft.AspNetCore.Identity;

namespace TrainingHub.Web.Data.Entities;

/// <summary>A sign-in account. Every account belongs to exactly one Person; the Person holds the programme's facts.</summary>
public class PortalUser : IdentityUser
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}
