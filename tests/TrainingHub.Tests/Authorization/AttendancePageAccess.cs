using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Register;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Authorization;

/// <summary>
/// Registers: trainers allocated to the event and leads (a trainer sees nothing of other events); check-in: anyone
/// signed in; training records and certificates: their person and leads only.
/// </summary>
public sealed class AttendancePageAccess : PageAccess
{
    private static AccessRow Registers(string page, string path, string method = "GET") =>
        new(page, path, Access.SignIn, Access.Forbidden, Access.Allowed, Access.Forbidden, Access.Allowed, method);

    private static AccessRow PersonAndLeads(string page, string path) =>
        new(page, path, Access.SignIn, Access.Allowed, Access.Forbidden, Access.Forbidden, Access.Allowed);

    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var trained = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: world.Trainer.Id);
        var notTheirs = await factory.EventWithSessionsAsync(factory.DaysAgo(1));
        var completed = await factory.BookingAsync(trained.Id, world.Attendee.Id, world.Practice.Id, BookingState.Attended);
        var session = trained.Sessions[0].Id;
        var otherSession = notTheirs.Sessions[0].Id;
        return
        [
            Registers("/Register/Index", "/Register"),
            Registers("/Register/Session", $"/Register/Session/{session}"),
            Registers("/Register/Session", $"/Register/Session/{session}", "POST"),
            Registers("/Register/Session", $"/Register/Session/{session}?handler=Mark", "POST"),
            Registers("/Register/Session", $"/Register/Session/{otherSession}") with { Trainer = Access.NotFound },
            Registers("/Register/WalkIn", $"/Register/WalkIn/{session}?q=a"),
            Registers("/Register/WalkIn", $"/Register/WalkIn/{session}?handler=Add", "POST"),
            Registers("/Register/WalkIn", $"/Register/WalkIn/{session}?handler=New", "POST"),
            Registers("/Register/WalkIn", $"/Register/WalkIn/{otherSession}") with { Trainer = Access.NotFound },
            Registers("/Register/Code", $"/Register/Code/{session}"),
            Registers("/Register/Code", $"/Register/Code/{otherSession}") with { Trainer = Access.NotFound },
            Registers("/Register/SignInSheet", $"/Register/SignInSheet/{session}"),
            Registers("/Register/SignInSheet", $"/Register/SignInSheet/{otherSession}") with { Trainer = Access.NotFound },
            AccessRow.SignedIn("/Register/CheckIn", "/Register/CheckIn"),
            AccessRow.SignedIn("/Register/CheckIn", "/Register/CheckIn", "POST"),
            AccessRow.LeadsOnly("/Register/Absences", "/Register/Absences"),
            AccessRow.SignedIn("/TrainingRecord/Index", "/TrainingRecord"),
            PersonAndLeads("/TrainingRecord/Index", $"/TrainingRecord/{world.Attendee.Id}"),
            PersonAndLeads("/TrainingRecord/Certificate", $"/TrainingRecord/Certificate/{completed.Id}"),
        ];
    }
}
