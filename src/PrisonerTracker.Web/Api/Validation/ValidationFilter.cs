namespace PrisonerTracker.Web.Api.Validation;

/// <summary>Runs <see cref="IValidatedRequest.Validate"/> on every request body and answers 400 with the field errors.</summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is not IValidatedRequest request) continue;
            var errors = new RequestErrors();
            request.Validate(errors);
            if (errors.Any) return Problems.Invalid(errors.ToDictionary());
        }
        return await next(context);
    }
}
