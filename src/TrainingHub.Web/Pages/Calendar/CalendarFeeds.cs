using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;

namespace TrainingHub.Web.Pages.Calendar;

/// <summary>Private calendar feed links: 256 random bits each, so a link cannot be guessed, only shared or replaced.</summary>
public sealed class CalendarFeeds(TrainingHubDbContext db, TimeProvider clock)
{
    public Task<string?> TokenForAsync(int personId) =>
        db.CalendarFeeds.Where(f => f.PersonId == personId).Select(f => f.Token).FirstOrDefaultAsync();

    public Task<int?> PersonForAsync(string token) =>
        db.CalendarFeeds.Where(f => f.Token == token).Select(f => (int?)f.PersonId).FirstOrDefaultAsync();

    /// <summary>Gives the person a new link; any old link stops working at once.</summary>
    public async Task ReplaceAsync(int personId)
    {
        var token = NewToken();
        var replaced = await db.CalendarFeeds.Where(f => f.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Token, token).SetProperty(f => f.CreatedAt, clock.GetUtcNow()));
        if (replaced > 0) return;
        db.CalendarFeeds.Add(new CalendarFeed { PersonId = personId, Token = token, CreatedAt = clock.GetUtcNow() });
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { /* A second request created the link first; theirs stands. */ }
    }

    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
