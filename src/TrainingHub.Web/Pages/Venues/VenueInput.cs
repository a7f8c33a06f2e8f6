using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingHub.Web.Domain.Venues;
using TrainingHub.Web.FormComponents;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>What a lead types into the venue form; the venue itself checks it (<see cref="VenueDetails.Check"/>).</summary>
public sealed class VenueInput
{
    public string? Name { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? AccessibilityNotes { get; set; }
    public int? Capacity { get; set; }

    /// <summary>The form's fields top to bottom, for the error summary.</summary>
    public static readonly string[] FieldOrder =
        [.. new[] { "Name", "AddressLine1", "AddressLine2", "Town", "Postcode", "AccessibilityNotes", "Capacity" }.Select(f => "Input." + f), ""];

    public static VenueInput From(VenueDetails venue) => new()
    {
        Name = venue.Name, AddressLine1 = venue.AddressLine1, AddressLine2 = venue.AddressLine2, Town = venue.Town,
        Postcode = venue.Postcode, AccessibilityNotes = venue.AccessibilityNotes, Capacity = venue.Capacity,
    };

    public VenueDetails Details => new(Name, AddressLine1, AddressLine2, Town, Postcode, AccessibilityNotes, Capacity);

    /// <summary>
    /// The venue's refusals, each on its field. A number that is not one ("twenty") already failed binding with the
    /// framework's words: it is said in ours, once.
    /// </summary>
    public static void Show(IEnumerable<VenueProblem> problems, ModelStateDictionary errors)
    {
        BindingMessages.Replace(errors, "Input.Capacity", "Enter how many people the venue holds as a number, for example 24");
        foreach (var problem in problems)
        {
            var key = "Input." + problem.Field;
            if (errors.GetFieldValidationState(key) != ModelValidationState.Invalid) errors.AddModelError(key, problem.Message);
        }
    }
}
