using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Organisations;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.Organisations;
using PrisonerTracker.Web.Pages.Workspace.Shared;

namespace PrisonerTracker.Web.Pages.Workspace.Organisations;

/// <summary>Saving an organisation through the write service, with its errors beside the fields (a taken name beside the name).</summary>
public static class OrganisationForm
{
    public static async Task<Organisation?> SaveAsync(OrganisationWriteService writes, OrganisationInput input, Organisation? current,
        ModelStateDictionary state, IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var request = input.ToRequest();
        if (!state.IsValid || !FormErrors.Validate(state, request)) return null;
        try
        {
            if (current is null) return await writes.CreateAsync(request, ct);
            await writes.ReplaceAsync(current, request, ct);
            return current;
        }
        catch (DomainRuleException rule) { FormErrors.Add(state, rule); }
        catch (ConflictException) { state.AddModelError("Input.Name", text["Account.Error.OrganisationTaken"]); }
        return null;
    }
}
