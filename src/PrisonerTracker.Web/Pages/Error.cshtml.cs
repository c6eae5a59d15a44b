using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PrisonerTracker.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Code = code ?? FromException();

    public void OnPost(int? code) => Code = code ?? FromException();

    // After an exception the handler has already chosen the status (503 for a database outage).
    private int FromException() => Response.StatusCode >= 400 ? Response.StatusCode : 500;
}
