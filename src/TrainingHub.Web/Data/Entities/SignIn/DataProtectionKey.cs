namespace TrainingHub.Web.Data.Entities.SignIn;

/// <summary>One data-protection key as the framework writes it (XML), shared by every web node through the database.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
