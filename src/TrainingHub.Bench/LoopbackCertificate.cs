using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TrainingHub.Bench;

/// <summary>
/// The portal's cookies are secure-only outside Development, so it is measured over HTTPS as it is served: with a
/// self-signed certificate for 127.0.0.1 made for the run, which the benchmark's clients (and only they) trust.
/// </summary>
public sealed record LoopbackCertificate(string Path, string Password, string Thumbprint)
{
    public static LoopbackCertificate Create(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = System.IO.Path.Combine(folder, "loopback.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return new LoopbackCertificate(path, password, certificate.Thumbprint);
    }

    public string[] HostArguments => ["--Kestrel:Certificates:Default:Path", Path, "--Kestrel:Certificates:Default:Password", Password];

    public bool Trusts(X509Certificate? presented) =>
        presented is not null && string.Equals(presented.GetCertHashString(), Thumbprint, StringComparison.OrdinalIgnoreCase);
}
