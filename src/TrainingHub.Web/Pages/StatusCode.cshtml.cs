using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class StatusCodeModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Advice { get; private set; } = "";

    public void OnGet(int code) => (Heading, Advice) = code switch
    {
        404 => ("Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address."),
        403 => ("You do not have access to this page", "Ask a programme lead if you think you should."),
        429 => ("Too many attempts", "Wait a minute, then try again."),
        _ => ("Sorry, there is a problem", "Try again later."),
    };

    public void OnPost(int code) => OnGet(code);
}
