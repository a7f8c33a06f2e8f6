using System.Security.Claims;
using Microsoft.Identity.Abstractions;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Tests.Pages.Account;

public sealed class EntraIdRulesTests
{
    private const string Issuer = "https://login.microsoftonline.com/7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a/v2.0";

    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)).Append(new Claim("iss", Issuer)), "test"));

    [Fact]
    public void A_members_sign_in_name_is_their_verified_work_email()
    {
        Assert.Equal("sam.jones@nhs.example", EntraIdentity.VerifiedEmailOf(Token(("preferred_username", "Sam.Jones@NHS.example"))));
    }

    [Fact]
    public void An_email_claim_alone_is_not_trusted_but_one_the_domain_owner_verified_is()
    {
        Assert.Null(EntraIdentity.VerifiedEmailOf(Token(("email", "sam@nhs.example"), ("idp", "https://sts.windows.net/other/"))));
        Assert.Equal("sam@nhs.example", EntraIdentity.VerifiedEmailOf(Token(("email", "sam@nhs.example"), ("xms_edov", "true"), ("idp", "live.com"))));
    }

    [Fact]
    public void A_guest_from_another_identity_provider_has_no_trusted_email()
    {
        Assert.Null(EntraIdentity.VerifiedEmailOf(Token(("preferred_username", "sam@gmail.example"), ("idp", "live.com"))));
    }

    [Fact]
    public void A_sign_in_name_that_is_not_an_address_is_no_email()
    {
        Assert.Null(EntraIdentity.VerifiedEmailOf(Token(("preferred_username", "sam_gmail.com#EXT#@tenant.onmicrosoft.example"))));
        Assert.Null(EntraIdentity.VerifiedEmailOf(Token(("preferred_username", "sam"))));
    }

    [Fact]
    public void The_link_key_is_tenant_and_object_id_because_object_ids_are_unique_only_within_a_tenant()
    {
        var who = EntraIdentity.From(Token(("tid", "7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a"), ("oid", "00000000-0000-0000-0000-000000000042"), ("roles", "Trainer")))!;

        Assert.Equal("7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a/00000000-0000-0000-0000-000000000042", who.LoginKey);
        Assert.Equal(["Trainer"], who.AppRoles);
        Assert.Null(EntraIdentity.From(Token(("oid", "00000000-0000-0000-0000-000000000042"))));
    }

    [Fact]
    public void An_absent_registration_has_no_problems_and_a_half_filled_one_names_each()
    {
        Assert.Empty(new EntraIdOptions().Problems());

        var problems = new EntraIdOptions
        {
            TenantId = "contoso",
            ClientCredentials = [new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = "s" }, new CredentialDescription { SourceType = CredentialSource.StoreWithThumbprint, CertificateThumbprint = "AB12" }],
        }.Problems();

        Assert.Contains(problems, p => p.Contains("TenantId"));
        Assert.Contains(problems, p => p.Contains("ClientId"));
        Assert.Contains(problems, p => p.Contains("only one entry"));
    }

    [Fact]
    public void A_registration_with_no_client_credential_is_told_how_to_give_one()
    {
        var problems = new EntraIdOptions { TenantId = "7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a", ClientId = "c" }.Problems();

        Assert.Equal(["Add one entry to ClientCredentials: a ClientSecret, or a certificate (CertificateDiskPath, CertificateStorePath with CertificateThumbprint, or Base64EncodedValue)."], problems);
    }

    [Fact]
    public void The_instance_must_be_https_even_on_this_machine()
    {
        var registration = new EntraIdOptions
        {
            TenantId = "7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a", ClientId = "c",
            ClientCredentials = [new CredentialDescription { SourceType = CredentialSource.ClientSecret, ClientSecret = "s" }],
        };
        Assert.Empty(registration.Problems());

        registration.Instance = "http://login.example/";
        Assert.Contains(registration.Problems(), p => p.Contains("https"));
        registration.Instance = "http://127.0.0.1:5000/";
        Assert.Contains(registration.Problems(), p => p.Contains("https"));
    }
}
