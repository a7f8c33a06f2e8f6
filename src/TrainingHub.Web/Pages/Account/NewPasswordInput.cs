using System.ComponentModel.DataAnnotations;

namespace TrainingHub.Web.Pages.Account;

/// <summary>A one-time link's email and token, and the password the person chooses (reset or invitation).</summary>
public sealed class NewPasswordInput
{
    public string Email { get; set; } = "";
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same")]
    public string ConfirmPassword { get; set; } = "";
}
