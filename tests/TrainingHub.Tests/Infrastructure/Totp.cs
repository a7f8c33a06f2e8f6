using System.Security.Cryptography;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>What an authenticator app does (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) from a base32 shared key.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset now)
    {
        var key = Base32(base32Key.Replace(" ", "").ToUpperInvariant());
        var step = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(step);
        var hash = HMACSHA1.HashData(key, step);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits < 8) continue;
            bytes.Add((byte)(buffer >> (bits - 8)));
            bits -= 8;
        }
        return [.. bytes];
    }
}
