using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrainingHub.Web.Pages.Messages;

/// <summary>
/// The hook the feedback chase asks before it is sent: has this person already given feedback on this booking?
/// The feedback feature (issue 7, Pages/Feedback) implements it over its own records and registers it with
/// AddScoped, which replaces <see cref="NoFeedbackRecordsYet"/>. The request links to /Feedback/{bookingId}.
/// </summary>
public interface IFeedbackGiven
{
    Task<bool> HasGivenFeedbackAsync(int bookingId, CancellationToken cancellationToken);
}

/// <summary>Until the portal records feedback, nobody has given any, so the one chase goes to everyone who completed.</summary>
public sealed class NoFeedbackRecordsYet : IFeedbackGiven
{
    public Task<bool> HasGivenFeedbackAsync(int bookingId, CancellationToken cancellationToken) => Task.FromResult(false);

    internal static void AddUnlessReplaced(IServiceCollection services) => services.TryAddScoped<IFeedbackGiven, NoFeedbackRecordsYet>();
}
