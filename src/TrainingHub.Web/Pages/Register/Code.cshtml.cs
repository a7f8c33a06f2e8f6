using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages.Register;

/// <summary>The session's check-in code, big enough to put on the room's screen.</summary>
public class CodeModel(RegisterSessions sessions, SessionCodes codes) : PageModel
{
    public RegisterSession Session { get; private set; } = null!;
    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int sessionId)
    {
        if (await sessions.FindAsync(User, sessionId) is not { } session) return NotFound();
        Session = session;
        Code = await codes.ForAsync(sessionId);
        return Page();
    }
}
