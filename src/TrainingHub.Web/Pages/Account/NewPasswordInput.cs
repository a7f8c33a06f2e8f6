using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;

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

/// <summary>A page opened from an emailed one-time link: the link's email and token ride in the form to the POST.</summary>
public abstract class NewPasswordPageModel : PortalPageModel
{
    [BindProperty] public NewPasswordInput Input { get; set; } = new();
    public bool Done { get; protected set; }

    public void OnGet(string? email, string? token)
    {
        Input.Email = email ?? "";
        Input.Token = token ?? "";
    }
}
