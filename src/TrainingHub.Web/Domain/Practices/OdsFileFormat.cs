using System.Globalization;

namespace TrainingHub.Web.Domain.Practices;

/// <summary>
/// The two shapes the epraccur file has been published in. Files before 2024 hold a status letter and a numeric
/// prescribing setting (4 = GP practice); since 2024 they hold a status word and an ODS role code (RO76 = GP practice).
/// A file is recognised by what its first row holds, never by a flag.
/// </summary>
public sealed class OdsFileFormat
{
    public static readonly OdsFileFormat StatusLetters = new(
        "status letters and prescribing settings (files before 2024)", "prescribing setting", "4",
        new Dictionary<string, PracticeStatus>
        {
            ["A"] = PracticeStatus.Active, ["C"] = PracticeStatus.Closed, ["D"] = PracticeStatus.Dormant, ["P"] = PracticeStatus.Proposed,
        },
        setting => int.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out _), "a number");

    public static readonly OdsFileFormat StatusWords = new(
        "status words and role codes (files since 2024)", "role code", "RO76",
        new Dictionary<string, PracticeStatus>
        {
            ["ACTIVE"] = PracticeStatus.Active, ["INACTIVE"] = PracticeStatus.Closed,
            ["DORMANT"] = PracticeStatus.Dormant, ["PROPOSED"] = PracticeStatus.Proposed,
        },
        setting => setting.Length > 2 && setting.StartsWith("RO", StringComparison.Ordinal) && setting[2..].All(char.IsAsciiDigit), "a role code such as RO76");

    private readonly Func<string, bool> validSetting;
    private readonly string settingShape;

    private OdsFileFormat(string description, string settingName, string gpPractice, IReadOnlyDictionary<string, PracticeStatus> statuses,
        Func<string, bool> validSetting, string settingShape)
    {
        Description = description;
        SettingName = settingName;
        GpPractice = gpPractice;
        Statuses = statuses;
        this.validSetting = validSetting;
        this.settingShape = settingShape;
    }

    public string Description { get; }
    /// <summary>What column 26 is called in this shape: the prescribing setting, or the role code that replaced it.</summary>
    public string SettingName { get; }
    public string GpPractice { get; }
    public IReadOnlyDictionary<string, PracticeStatus> Statuses { get; }

    private string StatusList => string.Join(", ", Statuses.Keys.SkipLast(1)) + " or " + Statuses.Keys.Last();

    public static OdsFileFormat Recognise(int line, string status) =>
        new[] { StatusLetters, StatusWords }.FirstOrDefault(f => f.Statuses.ContainsKey(status))
        ?? throw new OdsFileFormatException(line,
            $"expected a status of {StatusLetters.StatusList} ({StatusLetters.Description}) or {StatusWords.StatusList} " +
            $"({StatusWords.Description}); found '{status}'. Is this an epraccur file?");

    public PracticeStatus StatusOf(int line, string status) =>
        Statuses.TryGetValue(status, out var known)
            ? known
            : throw new OdsFileFormatException(line, $"status '{status}' is not {StatusList}, as the file's first row is in {Description}.");

    public string SettingOf(int line, string setting) =>
        validSetting(setting)
            ? setting
            : throw new OdsFileFormatException(line, $"{SettingName} '{setting}' is not {settingShape}, as a file in {Description} holds.");
}
