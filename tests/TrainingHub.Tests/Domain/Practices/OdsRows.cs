namespace TrainingHub.Tests.Domain.Practices;

/// <summary>
/// Builds epraccur lines in the publisher's 27-column format, stating only what a test cares about: <see cref="Line"/>
/// as files before 2024 have them (status letters, prescribing settings), <see cref="TodayLine"/> as since 2024
/// (status words, role codes, the ICB in the high-level health geography column).
/// </summary>
public static class OdsRows
{
    public static string Line(string code, string name = "THE SURGERY", string commissioner = "10Q", string status = "A",
        string setting = "4", string opened = "19740401", string closed = "", string postcode = "OX1 1AA", string address1 = "1 HIGH STREET")
    {
        string[] f =
        [
            code, name, "Y59", "Q87", address1, "", "OXFORD", "OXFORDSHIRE", "", postcode, opened, closed, status, "B",
            commissioner, "20130401", "", "01865 000000", "", "", "", "0", "", commissioner, "", setting, "",
        ];
        return string.Join(",", f.Select(v => $"\"{v}\""));
    }

    public static string TodayLine(string code, string name = "THE SURGERY", string commissioner = "10Q", string status = "ACTIVE",
        string role = "RO76", string opened = "19740401", string closed = "", string postcode = "OX1 1AA", string icb = "QU9") =>
        Line(code, name, commissioner, status, role, opened, closed, postcode).Replace("\"Q87\"", $"\"{icb}\"");

    public static string File(params string[] lines) => string.Join("\n", lines) + "\n";
}
