using System.Security.Cryptography;

namespace TrainingHub.Web.Domain.Attendance;

/// <summary>Codes short enough to read off a screen at the back of a room, without letters that look like digits.</summary>
public static class CheckInCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>As typed on a phone: spaces and case do not matter.</summary>
    public static string Normalise(string? entered) =>
        new string((entered ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
}
