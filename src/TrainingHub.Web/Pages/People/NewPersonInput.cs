using System.ComponentModel.DataAnnotations;

namespace TrainingHub.Web.Pages.People;

/// <summary>Someone new to the portal, as a lead types them in (the invitation page, a walk-in at the door).</summary>
public class NewPersonInput
{
    [Required(ErrorMessage = "Enter their first name"), StringLength(100, ErrorMessage = "First name must be 100 characters or fewer")]
    public string GivenName { get; set; } = "";

    [Required(ErrorMessage = "Enter their last name"), StringLength(100, ErrorMessage = "Last name must be 100 characters or fewer")]
    public string FamilyName { get; set; } = "";

    [Required(ErrorMessage = "Enter their work email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@nhs.net")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";
}
