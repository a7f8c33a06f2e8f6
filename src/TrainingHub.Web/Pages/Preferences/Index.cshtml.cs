using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Preferences;

public sealed record MessagePreferenceInput
{
    public bool OptedOutOfNonEssential { get; init; }
}

/// <summary>The signed-in person's own mail choices; whose they are comes from the sign-in, never the form.</summary>
public sealed class IndexModel(TrainingHubDbContext db, TimeProvider clock) : PortalPageModel
{
    [BindProperty] public MessagePreferenceInput Input { get; set; } = new();
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        if (User.PersonId() is not { } personId) return Forbid();
        Input = new MessagePreferenceInput
        {
            OptedOutOfNonEssential = await db.MessagePreferences.AsNoTracking()
                .AnyAsync(p => p.PersonId == personId && p.OptedOutOfNonEssential),
        };
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.PersonId() is not { } personId) return Forbid();
        var now = clock.GetUtcNow();
        var updated = await db.MessagePreferences.Where(p => p.PersonId == personId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.OptedOutOfNonEssential, Input.OptedOutOfNonEssential).SetProperty(p => p.UpdatedAt, now));
        if (updated == 0)
        {
            db.MessagePreferences.Add(new MessagePreference { PersonId = personId, OptedOutOfNonEssential = Input.OptedOutOfNonEssential, UpdatedAt = now });
            await db.SaveChangesAsync();
        }
        return RedirectToPage(new { saved = true });
    }
}
