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
public class StaffListModel(StaffListUpload upload, StagedImportFiles staged) : PortalPageModel
{
    private const int MaxUploadBytes = 2 * 1024 * 1024;

    [BindProperty] public new IFormFile? File { get; set; }
    [BindProperty] public Guid? StagedFile { get; set; }
    public StaffListReport? Report { get; private set; }
    /// <summary>The invitations queued with the list: the outbox sends them within a minute or two.</summary>
    public int Invited { get; private set; }

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
        Invited = toInvite.Count;
        return Page();
    }
}
