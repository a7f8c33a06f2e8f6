using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Account;
using TrainingHub.Web.Pages.Practices;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>
/// A lead uploads a staff list: checked first and shown as a plan (nothing changes), then applied exactly as
/// checked, in one transaction, only when no line is rejected. New people get the usual invitation email.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
public class StaffListModel(StaffListUpload upload, StagedImportFiles staged, AccountMail mail, ILogger<StaffListModel> logger) : PortalPageModel
{
    private const int MaxUploadBytes = 2 * 1024 * 1024;

    [BindProperty] public new IFormFile? File { get; set; }
    [BindProperty] public Guid? StagedFile { get; set; }
    public StaffListReport? Report { get; private set; }
    public int InvitationsSent { get; private set; }
    public int InvitationsNotSent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (File is null || File.Length == 0)
        {
            ModelState.AddModelError(nameof(File), "Choose a staff list (CSV) to check");
            return Page();
        }
        await using (var stream = File.OpenReadStream())
            StagedFile = await staged.StageAsync(stream, ct);
        using (var reader = staged.Open(StagedFile.Value)!)
            Report = await upload.PlanAsync(reader, ct);
        if (Report.Rejection is not null) ModelState.AddModelError(nameof(File), Report.Rejection);
        if (!Report.CanApply)
        {
            staged.Remove(StagedFile.Value);
            StagedFile = null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        using var reader = StagedFile is { } id ? staged.Open(id) : null;
        if (reader is null)
        {
            ModelState.AddModelError(nameof(File), "The checked staff list has expired. Choose the file and check it again");
            return Page();
        }
        var (report, toInvite) = await upload.ApplyAsync(reader, User.PersonId()!.Value, ct);
        reader.Dispose();
        Report = report;
        if (!report.Applied)
        {
            ModelState.AddModelError(nameof(File), report.Rejection ?? "Nothing was changed: the list has rejected lines. Fix them and check the file again");
            return Page();
        }
        staged.Remove(StagedFile!.Value);
        StagedFile = null;
        foreach (var user in toInvite) await InviteAsync(user, ct);
        return Page();
    }

    /// <summary>The people are already saved; an email that fails is counted and shown (they can still set a password through "forgot your password").</summary>
    private async Task InviteAsync(Data.Entities.PortalUser user, CancellationToken ct)
    {
        try
        {
            await mail.SendInvitationAsync(user, User.Identity?.Name ?? "A programme lead", Url, Request.Scheme, ct);
            InvitationsSent++;
        }
        catch (Exception ex) when (ex is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            logger.LogWarning(ex, "An invitation from a staff list could not be sent");
            InvitationsNotSent++;
        }
    }
}
